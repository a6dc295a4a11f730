// 申诉办理: the office's queue of appeals (counts, overdue highlighted), with a re-check of the
// unit's site offered first (the judgment may simply be stale) and the decision: uphold or revise,
// always with a reason. Leaders see it read-only.
import { api, clear, el, formatDateTime, notice, showError, startPage, STATUS_LABELS, text } from './app.js';

const STATUS = { pending: '待办理', upheld: '维持原判', revised: '已改判' };

startPage('appeals', async (user, main) => render(user, main), { roles: ['office', 'leader'] });

async function render(user, main) {
  const [summary, appeals] = user.role === 'office'
    ? await Promise.all([api('/api/appeals/summary'), api('/api/appeals')])
    : [null, []];
  clear(main);
  main.append(el('h1', {}, '申诉办理'));
  if (!summary) {
    main.append(el('p', { class: 'muted' }, '申诉由省政府办公厅办理；各单位的申诉及答复见单位详情页。'));
    return;
  }
  const overdueBefore = Date.now() - summary.overdueAfterDays * 86400000;
  main.append(el('p', { class: 'muted small' }, `提出超过 ${summary.overdueAfterDays} 天仍未办理的申诉标为逾期。办理前可先重新检测该单位网站，检查结果可能已经过时。`),
    el('div', { class: 'stats', id: 'appeal-counts' },
      count('待办理', summary.pending, 'pending'), count('逾期未办', summary.overdue, 'overdue', true),
      count('维持原判', summary.upheld, 'upheld'), count('已改判', summary.revised, 'revised')));
  const pending = appeals.filter((a) => a.status === 'pending');
  const card = el('section', { class: 'card' }, el('h2', {}, `待办理（${pending.length}）`));
  if (!pending.length) card.append(el('p', { class: 'muted' }, '没有待办理的申诉。'));
  else card.append(table(pending, overdueBefore, user, main));
  const done = appeals.filter((a) => a.status !== 'pending').reverse();
  const history = el('section', { class: 'card' }, el('h2', {}, `已办理（${done.length}）`),
    done.length ? el('table', { id: 'appeals-done' },
      el('thead', {}, el('tr', {}, ['单位', '指标', '申诉理由', '结论', '办理意见', '办理时间'].map((h) => el('th', {}, h)))),
      el('tbody', {}, done.map((a) => el('tr', {}, unitCell(a), el('td', {}, a.indicatorId), el('td', {}, a.reason),
        el('td', {}, STATUS[a.status] || a.status), el('td', {}, a.decisionReason || ''),
        el('td', {}, formatDateTime(a.decidedAt))))))
      : el('p', { class: 'muted' }, '暂无。'));
  main.append(card, history);
}

function count(label, value, status, warn) {
  return el('div', { class: 'stat', dataset: { status } }, el('div', { class: 'label' }, label),
    el('div', { class: warn && value ? 'value down' : 'value' }, String(value)));
}

function unitCell(a) {
  return el('td', {}, el('a', { href: `/unit.html?code=${encodeURIComponent(a.unitCode)}` }, a.unitCode));
}

function table(list, overdueBefore, user, main) {
  const body = el('tbody');
  list.forEach((a) => {
    const overdue = Date.parse(a.filedAt) < overdueBefore;
    const row = el('tr', { class: overdue ? 'overdue' : null, dataset: { appeal: a.id } },
      unitCell(a), el('td', {}, a.indicatorId), el('td', {}, a.reason,
        a.evidenceUrl ? el('div', { class: 'small' }, '证据：', el('a', { href: a.evidenceUrl, target: '_blank', rel: 'noopener noreferrer' }, a.evidenceUrl)) : null,
        a.evidenceFile ? el('div', { class: 'small' }, el('a', { class: 'evidence-file', href: `/api/appeals/${a.id}/evidence` }, `附件：${a.evidenceFile}`)) : null),
      el('td', {}, formatDateTime(a.filedAt), overdue ? el('div', { class: 'overdue-reason' }, '逾期未办') : null),
      el('td', {}, decisionForm(a, user, main)));
    body.append(row);
  });
  return el('table', { id: 'appeal-queue' },
    el('thead', {}, el('tr', {}, ['单位', '指标', '申诉理由与证据', '提出时间', '办理'].map((h) => el('th', {}, h)))), body);
}

function decisionForm(a, user, main) {
  const status = el('div');
  const reason = el('textarea', { maxlength: '1000', placeholder: '办理理由（必填，单位将看到）', 'aria-label': '办理理由' });
  const corrected = el('select', { 'aria-label': '改判后的状态' },
    ['met_on_time', 'met_late', 'not_met'].map((s) => el('option', { value: s }, STATUS_LABELS[s])));
  const recheckStatus = el('span', { class: 'muted small' });
  const decide = async (decision) => {
    clear(status);
    try {
      const body = { decision, reason: reason.value };
      if (decision === 'revise') body.status = corrected.value;
      await api(`/api/appeals/${a.id}/decision`, { method: 'POST', body });
      await render(user, main);
      notice(main, decision === 'revise' ? `已改判第 ${a.id} 号申诉` : `已维持第 ${a.id} 号申诉的原检查结果`);
    } catch (e) {
      showError(status, e);
    }
  };
  const recheck = async (event) => {
    event.currentTarget.disabled = true;
    try {
      await api(`/api/units/${encodeURIComponent(a.unitCode)}/check`, { method: 'POST' });
      text(recheckStatus, '已开始重新检测，完成后请到单位详情页查看最新结果。');
    } catch (e) {
      showError(status, e);
    }
  };
  return el('div', { class: 'review-actions' },
    el('button', { type: 'button', class: 'secondary', on: { click: recheck } }, '先重新检测网站'), recheckStatus,
    reason, status,
    el('div', { class: 'toolbar' },
      el('button', { type: 'button', class: 'secondary', dataset: { decision: 'uphold' }, on: { click: () => decide('uphold') } }, '维持'),
      corrected,
      el('button', { type: 'button', dataset: { decision: 'revise' }, on: { click: () => decide('revise') } }, '改判')));
}
