// 定档成绩: the standing frozen at a milestone's deadline (or at a bulletin), beside today's. A
// later appeal, override or exemption never changes the frozen record; it shows as a revision.
import { api, apiOptional, clear, el, formatDate, formatDateTime, formatNumber, qs, startPage, STATUS_LABELS } from './app.js';

const OCCASION = { deadline: '截止日期定档', bulletin: '通报定档' };

startPage('rankings', async (user, main) => {
  const records = (await apiOptional('/api/official-scores/records')) || [];
  const milestones = [...new Set(records.map((r) => r.milestoneId).filter(Boolean))].sort();
  const chosen = qs('milestone') || milestones[milestones.length - 1];
  clear(main);
  main.append(el('h1', {}, '定档成绩'), el('p', {}, el('a', { href: '/rankings.html' }, '← 返回当前排名')));
  if (!chosen) {
    main.append(el('p', { class: 'muted', id: 'official-none' }, '尚无定档记录：各阶段截止日期过后或发布通报时自动定档。'));
    return;
  }
  main.append(el('div', { class: 'tabs', role: 'tablist' }, milestones.map((m) => el('a', {
    class: m === chosen ? 'button active' : 'button secondary', href: `/official.html?milestone=${encodeURIComponent(m)}` }, m))));
  const data = await api(`/api/official-scores?milestone=${encodeURIComponent(chosen)}`);
  const f = data.frozen;
  main.append(el('p', { class: 'muted small', id: 'official-frozen' },
    `${chosen} ${OCCASION[f.occasion] || f.occasion}：数据截至 ${formatDate(f.asOf)}，定档时间 ${formatDateTime(f.frozenAt)}${f.bulletinId ? `（第 ${f.bulletinId} 号通报）` : ''}。`
    + `“当前”为截至 ${formatDate(data.currentAsOf)} 的成绩；定档后的申诉改判、人工修正和不适用认定列为修订，定档记录本身不变。`));
  const groups = [...new Set(data.comparison.map((u) => u.group))];
  groups.forEach((g) => {
    const rows = data.comparison.filter((u) => u.group === g)
      .sort((a, b) => (a.official.rank || 999) - (b.official.rank || 999));
    main.append(el('section', { class: 'card' }, el('h2', {}, g), el('table', { class: 'official-table' },
      el('thead', {}, el('tr', {}, ['定档名次', '单位', '定档得分', '阶段状态', '当前名次', '当前得分', '修订'].map((h) => el('th', {}, h)))),
      el('tbody', {}, rows.map((u) => el('tr', { dataset: { unit: u.code }, class: u.changed ? 'changed' : null },
        el('td', { class: 'num' }, u.official.rank ?? '—'),
        el('td', {}, el('a', { href: `/unit.html?code=${encodeURIComponent(u.code)}` }, u.name)),
        el('td', { class: 'num' }, `${formatNumber(u.official.total)} / ${formatNumber(u.official.max, 0)}`),
        el('td', {}, STATUS_LABELS[u.official.milestoneStatus] || '—'),
        el('td', { class: 'num' }, u.current ? (u.current.rank ?? '—') : '—'),
        el('td', { class: 'num' }, u.current ? `${formatNumber(u.current.total)} / ${formatNumber(u.current.max, 0)}` : '—'),
        el('td', { class: 'small' }, u.revisions.length ? u.revisions.map((r) => el('div', {},
          `${formatDateTime(r.at)} ${r.by}：${r.reason || r.action}`)) : '—')))))));
  });
}, { roles: ['office', 'leader', 'unit'] });
