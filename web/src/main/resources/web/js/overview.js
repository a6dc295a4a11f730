import { api, apiOptional, el, formatDate, formatNumber, formatShortDate, startPage, text } from './app.js';
import { chartLib, COLORS } from './charts.js';

startPage('overview', async (user, main) => {
  // one call per chart: progress (both charts), rankings (top/bottom), the campaign's next deadline
  const rankingsPromise = apiOptional('/api/rankings?points=0');
  const progress = await api('/api/progress');
  const campaignId = encodeURIComponent((progress.basis && progress.basis.campaignId) || 'ogi-2007');
  const [milestones, rankings] = await Promise.all([
    apiOptional(`/api/campaigns/${campaignId}/milestones?asOf=${encodeURIComponent(progress.asOf)}`),
    rankingsPromise,
  ]);
  const next = milestones && milestones.next;
  text(main,
    el('h1', {}, '总览'),
    el('div', { class: 'stats' },
      stat('评估日期', formatDate(progress.asOf), `活动：${progress.basis ? progress.basis.campaignId : ''}`, 'as-of'),
      stat('下一个截止日期', next ? formatDate(next.deadline) : '无', next ? `${next.id} ${next.title}` : '各阶段均已到期', 'next-deadline'),
      stat('倒计时', next ? (next.daysLeft > 0 ? `${next.daysLeft} 天` : '今日截止') : '—', next ? next.requirement : '', 'countdown'),
      stat('平均得分', `${formatNumber(progress.averageScore)} / ${formatNumber(progress.maxScore, 0)}`,
        `总体完成度 ${formatNumber(progress.readiness * 100)}%，共 ${progress.units} 个单位`, 'average')),
    el('div', { class: 'grid' },
      el('section', { class: 'card' }, el('h2', {}, '各阶段任务完成情况'),
        el('div', { class: 'chart-box' }, el('canvas', { id: 'milestones-chart', 'aria-label': '各阶段任务完成情况' }))),
      el('section', { class: 'card' }, el('h2', {}, '总体完成度变化（每轮检测一个点）'),
        el('div', { class: 'chart-box' }, el('canvas', { id: 'readiness-chart', 'aria-label': '总体完成度变化' })))),
    el('section', { class: 'card', id: 'top-bottom' }, el('h2', {}, '各组排名前后的单位'),
      rankings ? topBottom(rankings, user) : el('p', { class: 'muted' }, '暂无排名数据'))
  );
  drawMilestones(progress.milestones || []);
  drawReadiness(progress.overTime || []);
});

function stat(label, value, sub, id) {
  return el('div', { class: 'stat', id }, el('div', { class: 'label' }, label), el('div', { class: 'value' }, value),
    el('div', { class: 'sub' }, sub));
}

function drawMilestones(milestones) {
  const Chart = chartLib();
  const labels = milestones.map((m) => `${m.milestoneId} ${m.title}`);
  const set = (label, key, color) => ({ label, data: milestones.map((m) => m[key]), backgroundColor: color, stack: 'units' });
  new Chart(document.getElementById('milestones-chart'), {
    type: 'bar',
    data: {
      labels,
      datasets: [set('按时完成', 'onTime', COLORS.onTime), set('逾期完成', 'late', COLORS.late),
        set('逾期未完成', 'notMet', COLORS.notMet), set('未到期', 'pending', COLORS.pending)],
    },
    options: {
      indexAxis: 'y',
      scales: { x: { stacked: true, title: { display: true, text: '单位数' } }, y: { stacked: true } },
      plugins: {
        tooltip: { callbacks: { afterTitle: (items) => {
          const m = milestones[items[0].dataIndex];
          return m.deadline ? `截止：${formatDate(m.deadline)}` : '';
        } } },
      },
    },
  });
}

function drawReadiness(points) {
  const Chart = chartLib();
  new Chart(document.getElementById('readiness-chart'), {
    type: 'line',
    data: {
      labels: points.map((p) => formatShortDate(p.asOf)),
      datasets: [{ label: '总体完成度（%）', data: points.map((p) => Math.round(p.readiness * 1000) / 10),
        borderColor: COLORS.line, backgroundColor: 'rgba(11,92,173,.12)', fill: true, pointRadius: 3, tension: 0.2 }],
    },
    options: {
      scales: { y: { min: 0, max: 100, title: { display: true, text: '%' } } },
      plugins: { tooltip: { callbacks: { title: (items) => formatDate(points[items[0].dataIndex].asOf) } } },
    },
  });
}

function unitLink(row, user) {
  const name = row.shortName || row.name;
  const allowed = user.role !== 'unit' || user.unitCode === row.code;
  return allowed ? el('a', { href: `/unit.html?code=${encodeURIComponent(row.code)}` }, name) : name;
}

function topBottom(rankings, user) {
  // the server sends the groups in the order they are shown
  const groups = (rankings.rankings || []).filter((g) => g.rows && g.rows.length);
  if (!groups.length) return el('p', { class: 'muted' }, '暂无排名数据');
  const n = 5;
  return el('div', { class: 'grid' }, groups.map((g) => {
    const top = g.rows.slice(0, n);
    const bottom = g.rows.length > n ? g.rows.slice(-Math.min(n, g.rows.length - n)).reverse() : [];
    const list = (rows) => el('table', {}, el('tbody', {}, rows.map((r) => el('tr', {},
      el('td', { class: 'num' }, `第${r.rank}名`), el('td', {}, unitLink(r, user)),
      el('td', { class: 'num' }, `${formatNumber(r.total)} 分`)))));
    return el('div', { class: 'group-box', dataset: { group: g.group } },
      el('h2', {}, `${g.group}（${g.units}个）`),
      el('div', { class: 'small muted' }, '前列'), list(top),
      bottom.length ? [el('div', { class: 'small muted', style: 'margin-top:8px' }, '靠后'), list(bottom)] : null);
  }));
}
