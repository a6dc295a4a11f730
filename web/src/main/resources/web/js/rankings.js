import { api, apiOptional, el, formatDate, formatNumber, qs, startPage, text } from './app.js';
import { sparkline } from './charts.js';

const COLUMNS = [
  { key: 'rank', label: '名次', num: true, value: (r) => r.rank },
  { key: 'name', label: '单位', value: (r) => r.shortName || r.name },
  { key: 'total', label: '得分', num: true, value: (r) => r.total },
  { key: 'change', label: '名次变化', num: true, value: (r) => (r.change === null || r.change === undefined ? -Infinity : r.change) },
  { key: 'trend', label: '得分趋势', sortable: false },
];

startPage('rankings', async (user, main) => {
  // the change is measured since the last bulletin, when there is one before today's data
  // ?campaign= ranks by another campaign (the website one: 政府网站第一平台建设); bulletins are the default's
  const campaignId = qs('campaign');
  const inCampaign = campaignId ? `campaign=${encodeURIComponent(campaignId)}` : '';
  const campaigns = await apiOptional('/api/campaigns');
  const campaign = campaignId ? await apiOptional(`/api/campaigns/${encodeURIComponent(campaignId)}`) : null;
  const bulletins = campaignId ? null : await apiOptional('/api/bulletins');
  let data = await api(`/api/rankings${inCampaign ? '?' + inCampaign : ''}`);
  const last = Array.isArray(bulletins) ? bulletins.find((b) => b.asOf && b.asOf < data.asOf) : null;
  if (last) {
    data = await api(`/api/rankings?since=${encodeURIComponent(last.asOf)}${inCampaign ? '&' + inCampaign : ''}`);
  }
  const indicatorTitles = {};
  ((campaign && campaign.milestones) || []).forEach((m) => (m.indicators || []).forEach((i) => { indicatorTitles[i.id] = i.title; }));
  // the server sends the groups in the order they are shown
  const groups = data.rankings || [];
  const sinceLabel = last ? `较上期通报（第${last.number}期，${formatDate(last.asOf)}）`
    : (data.previousAsOf ? `较上一轮检测（${formatDate(data.previousAsOf)}）` : '');
  let current = qs('group') && groups.some((g) => g.group === qs('group')) ? qs('group') : (groups[0] && groups[0].group);

  const tabs = el('div', { class: 'tabs', role: 'tablist' });
  const sections = el('div', {});
  const excel = el('a', { class: 'button secondary', id: 'excel-export' }, '导出 Excel');
  const setExcel = () => excel.setAttribute('href', `/api/rankings.xlsx?group=${encodeURIComponent(current)}&asOf=${encodeURIComponent(data.asOf)}`
    + (last ? `&since=${encodeURIComponent(last.asOf)}` : '') + (inCampaign ? '&' + inCampaign : ''));

  groups.forEach((g) => {
    tabs.append(el('button', { type: 'button', role: 'tab', dataset: { group: g.group },
      class: g.group === current ? 'active' : null, on: { click: () => show(g.group) } }, `${g.group}（${g.units}）`));
    sections.append(groupSection(g, data, user, sinceLabel, indicatorTitles));
  });

  function show(group) {
    current = group;
    tabs.querySelectorAll('button').forEach((b) => b.classList.toggle('active', b.dataset.group === group));
    sections.querySelectorAll('.group-section').forEach((s) => { s.hidden = s.dataset.group !== group; });
    setExcel();
    drawSparklines(sections);
  }

  const chooser = el('select', { id: 'campaign-choice', 'aria-label': '评估项目',
    on: { change: (e) => { window.location.search = e.target.value ? `?campaign=${encodeURIComponent(e.target.value)}` : ''; } } },
  (Array.isArray(campaigns) ? campaigns : []).map((c) => el('option', {
    value: c.isDefault ? '' : c.id, selected: (campaignId ? c.id === campaignId : c.isDefault) ? '' : null }, c.title)));
  text(main,
    el('h1', {}, '排名'),
    el('p', { class: 'muted' }, `评估日期：${formatDate(data.asOf)}　共 ${data.rounds} 轮检测　${sinceLabel ? '名次变化' + sinceLabel : ''}`),
    el('div', { class: 'toolbar no-print' }, chooser, excel,
      el('button', { type: 'button', class: 'secondary', id: 'print', on: { click: () => window.print() } }, '打印'),
      el('a', { class: 'button secondary', id: 'official-link', href: '/official.html' }, '查看定档成绩')),
    tabs, sections);
  if (!groups.length) main.append(el('p', { class: 'muted' }, '暂无排名数据：尚未完成网站检测。'));
  else show(current);
  // printing shows every group, so every sparkline must be drawn first
  window.addEventListener('beforeprint', () => sections.querySelectorAll('.group-section').forEach((s) => drawSparklines(s, true)));
});

function groupSection(group, data, user, sinceLabel, indicatorTitles) {
  const state = { key: 'rank', dir: 1 };
  const tbody = el('tbody', {});
  const head = el('tr', {}, COLUMNS.map((c) => el('th', {
    class: [c.num ? 'num' : '', c.sortable === false ? '' : 'sortable'].join(' ').trim() || null,
    dataset: { key: c.key }, title: c.key === 'change' ? sinceLabel : null,
    on: c.sortable === false ? {} : { click: () => sortBy(c.key) } }, c.label)));
  const table = el('table', { class: 'ranking', dataset: { group: group.group } }, el('thead', {}, head), tbody);

  function sortBy(key) {
    state.dir = state.key === key ? -state.dir : (key === 'total' || key === 'change' ? -1 : 1);
    state.key = key;
    render();
  }

  function render() {
    const column = COLUMNS.find((c) => c.key === state.key);
    const rows = group.rows.slice().sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const cmp = typeof x === 'string' ? x.localeCompare(y, 'zh-CN') : x - y;
      return cmp * state.dir || a.rank - b.rank;
    });
    head.querySelectorAll('th').forEach((th) => {
      th.classList.toggle('sorted-asc', th.dataset.key === state.key && state.dir > 0);
      th.classList.toggle('sorted-desc', th.dataset.key === state.key && state.dir < 0);
    });
    text(tbody, rows.map((r) => el('tr', { dataset: { code: r.code } },
      el('td', { class: 'num' }, String(r.rank)),
      el('td', {}, user.role !== 'unit' || user.unitCode === r.code
        ? el('a', { href: `/unit.html?code=${encodeURIComponent(r.code)}` }, r.shortName || r.name) : (r.shortName || r.name),
      vetoBadge(r.vetoes, indicatorTitles)),
      el('td', { class: 'num' }, `${formatNumber(r.total)} / ${formatNumber(r.max, 0)}`),
      el('td', { class: 'num' }, change(r.change)),
      el('td', {}, el('canvas', { class: 'sparkline', dataset: { series: JSON.stringify(r.series || []), max: String(r.max) },
        'aria-label': `${r.shortName || r.name}得分趋势` })))));
    drawSparklines(tbody, true);
  }

  render();
  return el('section', { class: 'group-section card', dataset: { group: group.group } },
    el('h2', { class: 'print-only' }, `${group.group}排名（评估日期 ${formatDate(data.asOf)}）`), table);
}

/** 单项否决: a unit failing a veto item is marked whatever its score, with the items named. */
function vetoBadge(vetoes, indicatorTitles) {
  if (!vetoes || !vetoes.length) return null;
  const names = vetoes.map((id) => indicatorTitles[id] || id).join('；');
  return el('span', { class: 'badge veto', title: names }, '单项否决');
}

function change(value) {
  if (value === null || value === undefined) return el('span', { class: 'muted' }, '新');
  if (value > 0) return el('span', { class: 'up' }, `↑${value}`);
  if (value < 0) return el('span', { class: 'down' }, `↓${-value}`);
  return el('span', { class: 'muted' }, '—');
}

function drawSparklines(root, force = false) {
  root.querySelectorAll('canvas.sparkline').forEach((canvas) => {
    if (!canvas.isConnected || (!force && (canvas.dataset.drawn || canvas.clientWidth === 0))) return;
    sparkline(canvas, JSON.parse(canvas.dataset.series), Number(canvas.dataset.max));
    canvas.dataset.drawn = 'true';
  });
}
