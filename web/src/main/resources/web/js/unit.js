import {
  api, apiOptional, ApiError, CATALOGUE_FIELDS, clear, el, externalLink, formatDate, formatDateTime, formatNumber,
  formatShortDate, GUIDE_ELEMENTS, notice, qs, showError, startPage, statusBadge, text,
} from './app.js';
import { chartLib, COLORS } from './charts.js';
import { availabilitySection } from './availability.js';
import { websiteSection } from './website.js';

const DECLARED_ADVICE = '在“我的填报”中填写并提交，经省政府办公厅初审、复审、复核并公示后计分。';
const ELEMENT_ADVICE = {
  classification: '在指南中说明本机关政府信息的分类（如机构职能、政策法规、规划计划等）。',
  arrangement: '在指南中说明公开目录的编排体系（分类导航、索引号规则、检索方式）。',
  access: '在指南中说明获取政府信息的方式（网站、公报、查阅场所、依申请公开）。',
  officeName: '在指南中写明政府信息公开工作机构的名称。',
  address: '在指南中写明工作机构的办公地址。',
  hours: '在指南中写明办公时间（受理时间）。',
  phone: '在指南中写明联系电话。',
  fax: '在指南中写明传真号码。',
  email: '在指南中写明电子邮箱。',
};

startPage('unit', async (user, main) => {
  let code = qs('code');
  if (user.role === 'unit' && code !== user.unitCode) {
    // a unit sees its own page in full, and no other unit's
    if (code) main.dataset.redirected = 'true';
    code = user.unitCode;
    history.replaceState(null, '', `/unit.html?code=${encodeURIComponent(code)}`);
  }
  if (!code) {
    await unitPicker(main);
    return;
  }
  await renderUnit(user, main, code);
});

async function unitPicker(main) {
  const units = await api('/api/units');
  const filter = el('input', { type: 'search', placeholder: '输入单位名称或代码筛选', id: 'unit-filter' });
  const list = el('tbody', {});
  const draw = () => {
    const q = filter.value.trim();
    text(list, units.filter((u) => !q || u.name.includes(q) || u.code.includes(q) || (u.shortName || '').includes(q))
      .map((u) => el('tr', {}, el('td', {}, u.code),
        el('td', {}, el('a', { href: `/unit.html?code=${encodeURIComponent(u.code)}` }, u.name)), el('td', {}, u.group))));
  };
  filter.addEventListener('input', draw);
  text(main, el('h1', {}, '单位详情'), el('div', { class: 'toolbar' }, filter),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, '代码'), el('th', {}, '单位'), el('th', {}, '分组'))), list));
  draw();
}

async function renderUnit(user, main, code) {
  const c = encodeURIComponent(code);
  const [unit, score, history, checks, declarations, overrides, appeals, exemptions, alerts] = await Promise.all([
    api(`/api/units/${c}`),
    apiOptional(`/api/units/${c}/score`),
    apiOptional(`/api/units/${c}/score/history`),
    apiOptional(`/api/units/${c}/checks?limit=30`),
    apiOptional(`/api/units/${c}/declarations`),
    apiOptional(`/api/units/${c}/overrides`),
    apiOptional(`/api/units/${c}/appeals`),
    apiOptional(`/api/units/${c}/exemptions`),
    apiOptional(`/api/units/${c}/alerts`),
  ]);
  const canCheck = user.role === 'office' || (user.role === 'unit' && user.unitCode === code);
  const latest = checks && checks.checks && checks.checks.length ? checks.checks[0] : null;

  text(main,
    el('h1', { id: 'unit-name' }, unit.name),
    el('div', { class: 'stats' },
      stat('得分', score ? `${formatNumber(score.total)} / ${formatNumber(score.max, 0)}` : '—', score ? `评估日期 ${formatDate(score.asOf)}` : '尚无得分', 'unit-score'),
      stat('组内排名', score && score.rank ? `第 ${score.rank} 名` : '—', score ? `${score.group}，共 ${score.groupSize} 个单位` : unit.group, 'unit-rank'),
      stat('网站', unit.homepage ? externalLink(unit.homepage) : '未登记', latest ? `最近检测：${formatDate(latest.asOf)}` : '尚未检测', 'unit-site')),
    canCheck ? recheckBox(code) : null,
    el('section', { class: 'card', id: 'indicators' }, el('h2', {}, '各项指标'),
      score ? indicatorTable(score, latest) : el('p', { class: 'muted' }, '暂无得分。')),
    el('section', { class: 'card', id: 'evidence' }, el('h2', {}, '检测证据与整改建议'),
      latest ? evidence(latest, checks) : el('p', { class: 'muted' }, checks ? '该单位网站尚未检测。' : '无权查看或暂无检测记录。')),
    availabilitySection(code),
    websiteSection(code),
    el('div', { class: 'grid' },
      el('section', { class: 'card' }, el('h2', {}, '得分变化'),
        history && history.points && history.points.length
          ? el('div', { class: 'chart-box' }, el('canvas', { id: 'history-chart', 'aria-label': '得分变化' }))
          : el('p', { class: 'muted' }, '暂无历史得分。')),
      el('section', { class: 'card', id: 'declarations' }, el('h2', {}, '填报事项与审核状态'), declarationList(declarations, code))),
    appeals && (appeals.length || (user.role === 'unit' && user.unitCode === code))
      ? appealSection(appeals, score, code, user.role === 'unit' && user.unitCode === code) : null,
    exemptionSection(exemptions, score, code, user.role === 'office'),
    alerts && alerts.length ? alertSection(alerts) : null,
    overrides && overrides.overrides && overrides.overrides.length ? el('section', { class: 'card', id: 'overrides' },
      el('h2', {}, '人工修正记录'), overrideTable(overrides.overrides)) : null,
    checks && checks.checks && checks.checks.length > 1 ? el('section', { class: 'card', id: 'check-history' },
      el('h2', {}, '历次检测'), checkHistory(checks.checks)) : null);
  if (history && history.points && history.points.length) drawHistory(history);
}

function stat(label, value, sub, id) {
  return el('div', { class: 'stat', id }, el('div', { class: 'label' }, label), el('div', { class: 'value' }, value),
    el('div', { class: 'sub' }, sub));
}

function indicatorTable(score, latest) {
  const milestones = new Map((score.milestones || []).map((m) => [m.milestoneId, m]));
  return el('table', {},
    el('thead', {}, el('tr', {}, ['阶段', '指标', '状态', '得分', '截止日期', '完成日期', '说明', '依据'].map((h) => el('th', {}, h)))),
    el('tbody', {}, (score.indicators || []).map((i) => {
      const m = milestones.get(i.milestoneId);
      return el('tr', { dataset: { indicator: i.indicatorId } },
        el('td', {}, `${i.milestoneId}${m ? ' ' + m.title : ''}`),
        el('td', {}, i.title),
        el('td', {}, statusBadge(i.status), i.overrideId ? el('div', { class: 'small muted' }, '（人工修正）') : null),
        el('td', { class: 'num' }, `${formatNumber(i.points)} / ${formatNumber(i.maxPoints, 0)}`),
        el('td', {}, formatDate(i.deadline)),
        el('td', {}, i.metOn ? formatDate(i.metOn) : '—', i.daysLate ? el('div', { class: 'small down' }, `逾期${i.daysLate}天`) : null),
        el('td', {}, i.reasonZh || '', advice(i, latest)),
        el('td', {}, evidenceRef(i.evidence)));
    })));
}

function evidenceRef(evidence) {
  if (!evidence || evidence.kind === 'none') return el('span', { class: 'muted' }, '—');
  if (evidence.kind === 'crawl') return evidence.url ? externalLink(evidence.url, '检测页面') : '网站检测';
  if (evidence.kind === 'declaration') return '单位填报';
  if (evidence.kind === 'override') return '人工修正';
  return evidence.kind;
}

/** What the unit should do about an indicator that is not (fully) met. */
function advice(indicator, latest) {
  if (indicator.status === 'met_on_time' && indicator.points >= indicator.maxPoints) return null;
  const tips = [];
  const id = indicator.indicatorId;
  if (id === 'guide_published' && (!latest || !latest.guide.found)) tips.push('在政府网站发布《政府信息公开指南》，并从首页或公开专栏可链接到达。');
  else if (id === 'guide_elements' && latest) {
    Object.keys(GUIDE_ELEMENTS).filter((e) => !(latest.guide.elements || []).includes(e)).forEach((e) => tips.push(ELEMENT_ADVICE[e]));
  } else if (id === 'catalogue_published' && (!latest || !latest.catalogue.found)) tips.push('在政府网站发布《政府信息公开目录》。');
  else if (id === 'catalogue_fields' && latest) {
    Object.entries(CATALOGUE_FIELDS).filter(([f]) => !(latest.catalogue.fields || []).includes(f))
      .forEach(([, label]) => tips.push(`在公开目录中为每条信息列出“${label}”。`));
  } else if (id === 'catalogue_entries') tips.push('继续梳理政府信息，补充公开目录条目。');
  else if (id === 'site_availability') tips.push('保障政府网站稳定可访问（服务器、域名解析、带宽）。');
  else if (id === 'ogi_column') tips.push('在网站首页设置“政府信息公开”专栏入口。');
  else if (indicator.evidence && indicator.evidence.kind !== 'crawl' && !String(id).includes('guide') && !String(id).includes('catalogue')) {
    if (!(indicator.status || '').startsWith('met')) tips.push(DECLARED_ADVICE);
  }
  if (!tips.length) return null;
  return el('ul', { class: 'small advice' }, tips.map((t) => el('li', {}, '整改：', t)));
}

function evidence(check, checks) {
  const parts = [];
  parts.push(el('p', {},
    `检测时间：${formatDateTime(check.finishedAt || check.startedAt)}（评估日 ${formatDate(check.asOf)}），抓取 ${check.pagesFetched} 个页面。`,
    check.carriedOver ? el('span', { class: 'down' }, ' 本次检测失败，沿用上次成功检测的结果。') : null));
  if (!check.reachable) {
    parts.push(el('div', { class: 'error' }, `网站无法访问：${check.error || '未知原因'}。整改：检查服务器、域名解析和网络，确保政府网站稳定可用。`));
  }
  if (check.robotsBlocked) parts.push(el('div', { class: 'error' }, 'robots.txt 禁止检测程序访问政府信息公开栏目。整改：允许检测程序访问公开栏目。'));
  if (!check.ogiColumn) parts.push(el('p', { class: 'missing' }, '首页未发现“政府信息公开”专栏入口。整改：在首页设置专栏入口。'));

  const guide = check.guide || {};
  parts.push(el('h3', {}, '公开指南'), guide.found
    ? el('p', {}, '已发现：', externalLink(guide.url), guide.underConstruction ? el('span', { class: 'missing' }, '（页面显示“建设中”）') : null,
      checks && checks.guideFirstSeen ? el('span', { class: 'muted' }, `　首次检测到：${formatDate(checks.guideFirstSeen)}`) : null)
    : el('p', { class: 'missing' }, '未发现公开指南。整改：在政府网站发布《政府信息公开指南》，并从首页或公开专栏可链接到达。'));
  parts.push(el('ul', { class: 'checklist', id: 'guide-elements' }, Object.entries(GUIDE_ELEMENTS).map(([code, label]) => {
    const found = (guide.elements || []).includes(code);
    return el('li', { class: found ? 'found' : 'missing', dataset: { element: code } }, found ? '✔ ' : '✘ ', label,
      found ? null : el('span', { class: 'muted small' }, '　整改：' + ELEMENT_ADVICE[code]));
  })));

  const cat = check.catalogue || {};
  parts.push(el('h3', {}, '公开目录'), cat.found
    ? el('p', {}, '已发现：', externalLink(cat.url), cat.entries !== null && cat.entries !== undefined ? `　共 ${cat.entries} 条` : '　条目数无法统计',
      cat.underConstruction ? el('span', { class: 'missing' }, '（页面显示“建设中”）') : null,
      checks && checks.catalogueFirstSeen ? el('span', { class: 'muted' }, `　首次检测到：${formatDate(checks.catalogueFirstSeen)}`) : null)
    : el('p', { class: 'missing' }, '未发现公开目录。整改：发布《政府信息公开目录》，逐条列出索引号、名称、内容概述和生成日期。'));
  parts.push(el('ul', { class: 'checklist', id: 'catalogue-fields' }, Object.entries(CATALOGUE_FIELDS).map(([code, label]) => {
    const found = (cat.fields || []).includes(code);
    return el('li', { class: found ? 'found' : 'missing', dataset: { field: code } }, found ? '✔ ' : '✘ ', label,
      found ? null : el('span', { class: 'muted small' }, `　整改：在目录中为每条信息列出“${label}”。`));
  })));

  if (check.evidence && check.evidence.length) {
    parts.push(el('h3', {}, '检测程序看到的页面'), el('table', { id: 'evidence-table' },
      el('thead', {}, el('tr', {}, ['类别', '页面', '状态码', '抓取时间', '标题与摘录', '判定理由'].map((h) => el('th', {}, h)))),
      el('tbody', {}, check.evidence.map((e) => el('tr', { class: 'evidence-row' },
        el('td', {}, { guide: '指南', catalogue: '目录', homepage: '首页' }[e.kind] || e.kind),
        el('td', {}, externalLink(e.url)),
        el('td', { class: 'num' }, e.httpStatus ?? '—'),
        el('td', {}, formatDateTime(e.fetchedAt)),
        el('td', {}, el('div', { class: 'evidence-title' }, e.title || '（无标题）'), e.excerpt ? el('div', { class: 'excerpt' }, e.excerpt) : null),
        el('td', {}, e.reason || ''))))));
  }
  return parts;
}

function checkHistory(list) {
  return el('table', {},
    el('thead', {}, el('tr', {}, ['评估日', '可访问', '指南', '目录', '目录条数', '页面数'].map((h) => el('th', {}, h)))),
    el('tbody', {}, list.map((c) => el('tr', {},
      el('td', {}, formatDate(c.asOf)),
      el('td', {}, c.reachable ? '是' : el('span', { class: 'missing' }, '否')),
      el('td', {}, c.guide && c.guide.found ? '✔' : '✘'),
      el('td', {}, c.catalogue && c.catalogue.found ? '✔' : '✘'),
      el('td', { class: 'num' }, c.catalogue && c.catalogue.entries !== null ? c.catalogue.entries : '—'),
      el('td', { class: 'num' }, c.pagesFetched)))));
}

function declarationList(data, code) {
  const link = el('a', { href: `/declarations.html?code=${encodeURIComponent(code)}` }, '查看和办理填报事项');
  if (!data || !data.declarations) return [el('p', { class: 'muted' }, '暂无填报信息或无权查看。'), link];
  return [el('table', {},
    el('thead', {}, el('tr', {}, ['事项', '阶段', '截止', '状态', '生效版本'].map((h) => el('th', {}, h)))),
    el('tbody', {}, data.declarations.map((d) => el('tr', { dataset: { type: d.type && d.type.id } },
      el('td', {}, d.type ? d.type.title : ''),
      el('td', {}, d.type ? d.type.milestone : ''),
      el('td', {}, d.type ? formatDate(d.type.deadline) : ''),
      el('td', {}, d.statusLabel || d.status),
      el('td', {}, d.approvedVersion ? `第${d.approvedVersion}版` : '—'))))), link];
}

function overrideTable(list) {
  return el('table', {},
    el('thead', {}, el('tr', {}, ['时间', '指标', '操作', '状态/分值', '理由', '修正人'].map((h) => el('th', {}, h)))),
    el('tbody', {}, list.map((o) => el('tr', {},
      el('td', {}, formatDateTime(o.createdAt)), el('td', {}, o.indicatorId),
      el('td', {}, o.action === 'revoke' ? '撤销' : '修正'),
      el('td', {}, [o.status ? statusBadge(o.status) : null, o.points !== null && o.points !== undefined ? ` ${o.points}分` : null]),
      el('td', {}, o.reason), el('td', {}, o.author)))));
}

const APPEAL_STATUS = { pending: '待办理', upheld: '维持原判', revised: '已改判' };

/** The unit's appeals (申诉) and, for the unit's own account, a form to dispute one indicator. */
function appealSection(list, score, code, canFile) {
  const section = el('section', { class: 'card', id: 'appeals' }, el('h2', {}, '申诉'));
  if (list.length) {
    section.append(el('table', {},
      el('thead', {}, el('tr', {}, ['提出时间', '指标', '理由', '状态', '办理意见'].map((h) => el('th', {}, h)))),
      el('tbody', {}, list.map((a) => el('tr', {},
        el('td', {}, formatDateTime(a.filedAt)), el('td', {}, a.indicatorId), el('td', {}, a.reason,
          a.evidenceFile ? el('div', { class: 'small' }, el('a', { href: `/api/appeals/${a.id}/evidence` }, `附件：${a.evidenceFile}`)) : null),
        el('td', {}, APPEAL_STATUS[a.status] || a.status), el('td', {}, a.decisionReason || '—'))))));
  }
  if (!canFile) return section;
  const indicators = (score && score.indicators) || [];
  const form = el('form', { id: 'appeal-form', class: 'no-print' },
    el('label', {}, '申诉的指标 ', el('select', { name: 'indicator' },
      indicators.map((i) => el('option', { value: i.indicatorId }, `${i.milestoneId} ${i.title || i.indicatorId}`)))),
    el('label', {}, ' 理由 ', el('textarea', { name: 'reason', maxlength: '1000', required: true,
      placeholder: '说明检查结果为何有误，例如指南所在的网页' })),
    el('label', {}, ' 证据网址（可选） ', el('input', { name: 'evidenceUrl', size: 30 })),
    el('label', {}, ' 证据材料（可选，PDF 或 Word） ', el('input', { name: 'evidenceFile', type: 'file', accept: '.pdf,.doc,.docx' })),
    el('button', { class: 'primary', type: 'submit' }, '提出申诉'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    const file = data.evidenceFile && data.evidenceFile.size ? data.evidenceFile : null;
    delete data.evidenceFile;
    try {
      const filed = await api(`/api/units/${encodeURIComponent(code)}/appeals`, { method: 'POST', body: data });
      if (file) {
        await api(`/api/appeals/${filed.id}/evidence`, { method: 'POST', body: file,
          headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) } });
      }
      notice(section, '申诉已提交，省政府办公厅将办理并答复。');
      form.reset();
    } catch (e) {
      showError(section, e);
    }
  });
  section.append(form);
  return section;
}

/** Indicators the office ruled not applicable (不适用) to the unit, and for the office a form to rule one. */
function exemptionSection(exemptions, score, code, canRule) {
  const inForce = (exemptions && exemptions.inForce) || [];
  if (!inForce.length && !canRule) return null;
  const section = el('section', { class: 'card', id: 'exemptions' }, el('h2', {}, '不适用事项'));
  section.append(inForce.length ? el('table', {},
    el('thead', {}, el('tr', {}, ['指标', '理由', '认定人', '认定时间'].map((h) => el('th', {}, h)))),
    el('tbody', {}, inForce.map((e) => el('tr', {}, el('td', {}, e.indicatorId), el('td', {}, e.reason),
      el('td', {}, e.createdBy), el('td', {}, formatDateTime(e.createdAt))))))
    : el('p', { class: 'muted' }, '没有被认定不适用的指标。'));
  if (!canRule) return section;
  const indicators = ((score && score.indicators) || []).filter((i) => i.status !== 'exempt');
  const form = el('form', { id: 'exemption-form', class: 'no-print' },
    el('label', {}, '指标 ', el('select', { name: 'indicator' },
      indicators.map((i) => el('option', { value: i.indicatorId }, `${i.milestoneId} ${i.title || i.indicatorId}`)))),
    el('label', {}, ' 理由 ', el('input', { name: 'reason', size: 40, maxlength: '1000', required: true,
      placeholder: '如：本部门无独立网站，由省政府门户网站统一公开' })),
    el('button', { type: 'submit', class: 'secondary' }, '认定不适用'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`/api/units/${encodeURIComponent(code)}/exemptions`, { method: 'POST', body: Object.fromEntries(new FormData(form)) });
      location.reload();
    } catch (e) {
      showError(section, e);
    }
  });
  section.append(form);
  return section;
}

const ALERT_STATUS = { queued: '待发送', sending: '发送中', retry: '发送失败，将重试', sent: '已发送', failed: '发送失败', no_address: '未登记邮箱，未发送' };

/** The alerts (提醒、催办) sent to the unit's OGI office. */
function alertSection(alerts) {
  return el('section', { class: 'card', id: 'alerts' }, el('h2', {}, '提醒与催办'),
    el('table', {}, el('thead', {}, el('tr', {}, ['发现日期', '内容', '邮箱', '状态'].map((h) => el('th', {}, h)))),
      el('tbody', {}, alerts.map((a) => el('tr', {}, el('td', {}, formatDate(a.detectedOn)), el('td', {}, a.message),
        el('td', {}, a.email || '—'), el('td', {}, ALERT_STATUS[a.status] || a.status))))));
}

function drawHistory(history) {
  const Chart = chartLib();
  const avg = new Map((history.groupAverage || []).map((p) => [p.asOf, p.score]));
  new Chart(document.getElementById('history-chart'), {
    type: 'line',
    data: {
      labels: history.points.map((p) => formatShortDate(p.asOf)),
      datasets: [
        { label: '本单位得分', data: history.points.map((p) => p.score), borderColor: COLORS.line, pointRadius: 3, tension: 0.2 },
        { label: `${history.group}平均`, data: history.points.map((p) => avg.get(p.asOf) ?? null), borderColor: COLORS.avg,
          borderDash: [4, 3], pointRadius: 0, tension: 0.2 },
      ],
    },
    options: { scales: { y: { min: 0, max: 100 } },
      plugins: { tooltip: { callbacks: { title: (items) => formatDate(history.points[items[0].dataIndex].asOf) } } } },
  });
}

/** "重新检测": starts a one-unit round and follows /api/crawls/current until it is done. */
function recheckBox(code) {
  const bar = el('div', {});
  const status = el('span', { id: 'recheck-status', class: 'muted' });
  const box = el('section', { class: 'card no-print', id: 'recheck' },
    el('div', { class: 'toolbar' },
      el('button', { type: 'button', class: 'primary', id: 'recheck-button', on: { click: start } }, '重新检测本单位网站'),
      el('div', { class: 'progress', hidden: true, id: 'recheck-progress' }, bar), status));
  async function start(event) {
    const button = event.currentTarget;
    button.disabled = true;
    try {
      const round = await api(`/api/units/${encodeURIComponent(code)}/check`, { method: 'POST' });
      box.querySelector('#recheck-progress').hidden = false;
      text(status, '检测中……');
      await follow(round && round.id);
      text(status, '检测完成，正在刷新……');
      location.reload();
    } catch (e) {
      text(status, '');
      showError(box, e instanceof ApiError && e.status === 409 ? new Error('另一轮检测正在进行，请稍后再试。') : e);
      button.disabled = false;
    }
  }
  async function follow(roundId) {
    for (let i = 0; i < 600; i++) {
      const p = await api('/api/crawls/current');
      const total = Math.max(1, p.unitsTotal || 1);
      bar.style.width = `${Math.round((100 * (p.unitsDone || 0)) / total)}%`;
      text(status, `已检测 ${p.unitsDone || 0}/${p.unitsTotal || 1} 个单位，抓取 ${p.pagesFetched || 0} 个页面${p.errors ? `，${p.errors} 个错误` : ''}`);
      if (!p.running && (!roundId || p.roundId === roundId || p.roundId > roundId)) return;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  return box;
}
