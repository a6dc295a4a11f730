// 填报审核: the office's queue (counts per step, overdue highlighted) with pass / send back for
// each waiting version, showing what the unit filed. Leaders see it read-only.
import { api, clear, el, formatDateTime, notice, qs, showError, startPage } from './app.js';

startPage('reviews', async (user, main) => render(user, main), { roles: ['office', 'leader'] });

async function render(user, main) {
  const asOf = qs('asOf');
  const queue = await api('/api/reviews' + (asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''));
  clear(main);
  main.append(el('h1', {}, '填报审核'), el('p', { class: 'muted small' },
    `评估日期 ${queue.asOf}；等待超过 ${queue.overdueDays} 天或已过截止日期仍未审结的标为逾期。流程：填报 → 初审 → 复审 → 复核 → 公示`));
  main.append(el('div', { class: 'stats', id: 'review-counts' },
    queue.counts.map((c) => el('div', { class: 'stat', dataset: { status: c.status } },
      el('div', { class: 'label' }, c.label), el('div', { class: 'value' }, String(c.count)))),
    el('div', { class: 'stat', dataset: { status: 'overdue' } }, el('div', { class: 'label' }, '逾期待办'),
      el('div', { class: 'value down' }, String(queue.overdue)))));
  const card = el('section', { class: 'card' }, el('h2', {}, `待审核（${queue.items.length}）`));
  if (!queue.items.length) card.append(el('p', { class: 'muted' }, '没有待审核的填报。'));
  const table = el('table', { id: 'review-queue' }, el('thead', {}, el('tr', {},
    ['单位', '事项', '版本', '待办环节', '提交时间', '已等待', '状态', ''].map((h) => el('th', {}, h)))));
  const body = el('tbody');
  queue.items.forEach((item) => {
    const row = el('tr', { class: item.overdue ? 'overdue' : null, dataset: { version: item.versionId } },
      el('td', {}, el('a', { href: `/declarations.html?code=${encodeURIComponent(item.unitCode)}&type=${encodeURIComponent(item.typeId)}` }, item.unitName)),
      el('td', {}, item.typeTitle, item.deadline ? el('div', { class: 'muted small' }, `截止 ${item.deadline}`) : null),
      el('td', {}, `第 ${item.version} 版`),
      el('td', {}, item.awaitingStepLabel),
      el('td', {}, formatDateTime(item.submittedAt)),
      el('td', {}, `${item.waitingDays} 天`),
      el('td', {}, item.overdue ? item.overdueReasons.map((r) => el('div', { class: 'overdue-reason' }, r)) : '正常'),
      el('td', {}, el('button', { type: 'button', class: 'secondary', on: { click: () => toggle(row, item, user, main) } }, user.role === 'office' ? '审核' : '查看')));
    body.append(row);
  });
  table.append(body);
  card.append(table);
  main.append(card);
}

async function toggle(row, item, user, main) {
  const next = row.nextElementSibling;
  if (next && next.classList.contains('review-detail')) {
    next.remove();
    return;
  }
  const cell = el('td', { colspan: '8' }, el('p', { class: 'muted' }, '正在加载……'));
  row.after(el('tr', { class: 'review-detail' }, cell));
  try {
    const d = await api(`/api/units/${encodeURIComponent(item.unitCode)}/declarations/${encodeURIComponent(item.typeId)}`);
    const v = d.versions.find((x) => x.id === item.versionId);
    clear(cell);
    const list = el('dl', { class: 'values small' });
    d.type.fields.forEach((f) => {
      const value = v && v.fields ? v.fields[f.id] : undefined;
      if (value === undefined || value === null) return;
      let shown = String(value);
      if (f.type === 'counts' && typeof value === 'object') shown = Object.entries(value).map(([k, n]) => `${k} ${n} 条`).join('；');
      if (f.type === 'document' && typeof value === 'object') {
        shown = value.attachmentId ? el('a', { href: `/api/declarations/attachments/${value.attachmentId}` }, value.fileName || '附件')
          : el('a', { href: value.url, target: '_blank', rel: 'noopener noreferrer' }, value.url);
      }
      list.append(el('dt', {}, f.label), el('dd', {}, shown));
    });
    cell.append(list);
    if (v && v.trail.length) {
      cell.append(el('ol', { class: 'trail' }, v.trail.map((r) => el('li', { class: r.decision === 'return' ? 'return' : null },
        `${formatDateTime(r.at)} ${r.stepLabel}：${r.decisionLabel}（${r.actor}）`, r.comment ? ` — ${r.comment}` : ''))));
    }
    if (user.role !== 'office') return;
    const comment = el('textarea', { maxlength: '1000', placeholder: '审核意见（退回时必须填写退回理由）', 'aria-label': '审核意见' });
    const status = el('div');
    const decide = async (decision) => {
      clear(status);
      try {
        await api(`/api/declarations/versions/${item.versionId}/review`, { method: 'POST', body: { step: item.awaitingStep, decision, comment: comment.value } });
        await render(user, main);
        notice(main, decision === 'pass' ? `已${item.awaitingStepLabel}通过：${item.unitName} ${item.typeTitle}` : `已退回：${item.unitName} ${item.typeTitle}`);
      } catch (e) {
        showError(status, e);
      }
    };
    cell.append(el('div', { class: 'review-actions' }, comment, status, el('div', { class: 'toolbar' },
      el('button', { type: 'button', on: { click: () => decide('pass') } }, `${item.awaitingStepLabel}通过`),
      el('button', { type: 'button', class: 'secondary', on: { click: () => decide('return') } }, '退回修改'))));
  } catch (e) {
    clear(cell);
    showError(cell, e);
  }
}
