import { apiOptional, el, formatDateTime, formatShortDate, showError, text } from './app.js';

const OUTCOMES = {
  TIMEOUT: '超时未打开', DNS: '域名无法解析', REFUSED: '连接被拒绝', SERVER_ERROR: '服务器错误', FAILED: '无法打开',
};

function percent(share) {
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * 站点可用性: the unit's homepage probes over the last 7 days and, at 5% failures or more, the
 * veto item 站点无法访问. Fills itself once its answer arrives, so the rest of the page does not wait.
 */
export function availabilitySection(code) {
  const section = el('section', { class: 'card', id: 'availability' }, el('h2', {}, '站点可用性'),
    el('p', { class: 'muted' }, '正在读取……'));
  apiOptional(`/api/units/${encodeURIComponent(code)}/availability`).then((data) => {
    if (!data) {
      text(section, el('h2', {}, '站点可用性'), el('p', { class: 'muted' }, '无权查看或暂无探测记录。'));
      return;
    }
    text(section, el('h2', {}, '站点可用性'), ...availabilityBody(data));
  }).catch((e) => showError(section, e));
  return section;
}

function availabilityBody(data) {
  const w = data.sevenDays;
  if (!w.probes) {
    return [el('p', { class: 'muted', id: 'availability-ratio' }, `近7日（${formatShortDate(w.from)}至${formatShortDate(w.to)}）尚无首页探测记录。`)];
  }
  const summary = el('p', { id: 'availability-ratio' },
    `近7日首页可用率 ${percent(w.availability)}（探测 ${w.probes} 次，失败 ${w.failures} 次，失败率 ${percent(w.ratio)}）`);
  const parts = [summary];
  if (w.veto) {
    parts.push(el('p', { id: 'availability-veto' }, el('span', { class: 'badge status-not_met' }, '单项否决：站点无法访问'),
      ` 近7日首页打开失败达到 ${percent(data.vetoShare)} 以上。请检查网站服务器和网络线路，保证首页随时可以打开。`));
  }
  parts.push(el('table', { class: 'small' },
    el('thead', {}, el('tr', {}, ['日期', '探测次数', '失败次数'].map((h) => el('th', {}, h)))),
    el('tbody', {}, data.days.map((d) => el('tr', {}, el('td', {}, formatShortDate(d.date)), el('td', {}, String(d.probes)),
      el('td', {}, String(d.failures)))))));
  if (data.recentFailures && data.recentFailures.length) {
    parts.push(el('h3', {}, '最近的失败'), el('ul', { class: 'small' }, data.recentFailures.slice(0, 5).map((f) =>
      el('li', {}, `${formatDateTime(f.at)} ${OUTCOMES[f.outcome] || f.outcome}：${f.reason}`))));
  }
  return parts;
}
