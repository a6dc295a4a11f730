import { apiOptional, el, externalLink, formatNumber, showError, text } from './app.js';

/** The website campaign of the product (政府网站第一平台建设): its file is reports' website-2008.yml. */
const WEBSITE_CAMPAIGN = 'website-2008';

const STATUS = { met_on_time: '已达标', met_late: '逾期达标', not_met: '未达标', pending: '未到期', exempt: '不适用' };

/** What to fix for each website indicator, in the unit's words. */
const FIXES = {
  site_reachable: '保障网站服务器、域名解析和线路稳定，首页随时可以打开。',
  homepage_fresh: '及时在首页和新闻、通知公告栏目发布新的信息，至少每两周更新一次。',
  broken_links: '逐一修复或删除政府信息公开栏目、指南和目录中的错误链接。',
  apply_online: '在网站上提供依申请公开的在线申请表，或可下载的申请表和受理地址。',
  annual_report_crawled: '每年3月31日前在政府信息公开栏目公布上一年度工作年度报告，内容要素齐全。',
};

/**
 * 网站第一平台: the unit's website indicators (availability, freshness, broken links, online
 * requests, annual report), each with its evidence, a 单项否决 mark where it applies and what to fix.
 */
export function websiteSection(code) {
  const section = el('section', { class: 'card', id: 'website' }, el('h2', {}, '网站第一平台建设'),
    el('p', { class: 'muted' }, '正在读取……'));
  apiOptional(`/api/units/${encodeURIComponent(code)}/score?campaign=${WEBSITE_CAMPAIGN}`).then((score) => {
    if (!score) {
      text(section, el('h2', {}, '网站第一平台建设'), el('p', { class: 'muted' }, '无权查看或尚无网站检查结果。'));
      return;
    }
    const vetoes = new Set(score.vetoes || []);
    text(section, el('h2', {}, '网站第一平台建设'),
      el('p', { id: 'website-total' }, `得分 ${formatNumber(score.total)} / ${formatNumber(score.max, 0)}`,
        vetoes.size ? el('span', { class: 'badge veto' }, `单项否决 ${vetoes.size} 项`) : null),
      el('ul', { class: 'website-indicators' }, score.indicators.map((i) => el('li', { dataset: { indicator: i.indicatorId } },
        el('strong', {}, i.title), vetoes.has(i.indicatorId) ? el('span', { class: 'badge veto' }, '单项否决') : null,
        ` ${STATUS[i.status] || i.status}，${formatNumber(i.points)} / ${formatNumber(i.maxPoints, 0)} 分`,
        el('div', { class: 'small' }, i.reasonZh),
        i.evidence && i.evidence.url ? el('div', { class: 'small' }, '依据：', externalLink(i.evidence.url)) : null,
        i.status === 'met_on_time' || !FIXES[i.indicatorId] ? null : el('div', { class: 'small fix' }, `整改：${FIXES[i.indicatorId]}`)))));
  }).catch((e) => showError(section, e));
  return section;
}
