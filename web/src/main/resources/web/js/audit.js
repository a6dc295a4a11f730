// 审计日志: every change by any account, filtered by account, action and dates, exported as CSV.
// Read-only by design: nothing here (or in the API) edits or deletes an entry.
import { api, clear, el, formatDateTime, qs, showError, startPage } from './app.js';

const ACTIONS = {
  '': '全部', unit: '单位信息', override: '人工修正', appeal: '申诉', exemption: '不适用认定',
  'declaration.review': '填报审核', user: '账号', 'crawl.start': '检测', 'bulletin.issue': '通报',
};

startPage('audit', async (user, main) => render(main), { roles: ['office'] });

async function render(main) {
  const form = el('form', { class: 'toolbar no-print', id: 'audit-filter' },
    el('label', {}, '账号 ', el('input', { name: 'actor', size: 12, value: qs('actor') || '' })),
    el('label', {}, ' 操作 ', el('select', { name: 'action' },
      Object.entries(ACTIONS).map(([v, l]) => el('option', { value: v, selected: (qs('action') || '') === v ? true : null }, l)))),
    el('label', {}, ' 对象 ', el('input', { name: 'target', size: 10, value: qs('target') || '', placeholder: '单位代码等' })),
    el('label', {}, ' 自 ', el('input', { name: 'from', type: 'date', value: qs('from') || '' })),
    el('label', {}, ' 至 ', el('input', { name: 'to', type: 'date', value: qs('to') || '' })),
    el('button', { type: 'submit', class: 'primary' }, '查询'),
    el('a', { class: 'button secondary', id: 'audit-export' }, '导出 CSV'));
  const results = el('section', { class: 'card', id: 'audit-results' });
  clear(main);
  main.append(el('h1', {}, '审计日志'),
    el('p', { class: 'muted small' }, '记录每一次修改：谁、以什么角色、何时、改了什么（修改前 → 修改后）以及理由。日志只增不改，任何人都不能修改或删除。'),
    form, results);
  const load = async () => {
    const params = new URLSearchParams();
    new FormData(form).forEach((v, k) => { if (String(v).trim()) params.set(k, String(v).trim()); });
    form.querySelector('#audit-export').setAttribute('href', `/api/audit/export.csv?${params}`);
    history.replaceState(null, '', `?${params}`);
    clear(results);
    try {
      const entries = await api(`/api/audit?${params}`);
      results.append(el('h2', {}, `共 ${entries.length} 条`), entries.length ? el('table', { id: 'audit-table' },
        el('thead', {}, el('tr', {}, ['时间', '账号', '角色', '操作', '对象', '修改前', '修改后', '理由'].map((h) => el('th', {}, h)))),
        el('tbody', {}, entries.map((e) => el('tr', {}, el('td', {}, formatDateTime(e.at)), el('td', {}, e.actor),
          el('td', {}, e.role), el('td', {}, e.action), el('td', {}, e.target), change(e.before), change(e.after),
          el('td', {}, e.reason || '')))))
        : el('p', { class: 'muted' }, '没有符合条件的记录。'));
    } catch (e) {
      showError(results, e);
    }
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  await load();
}

/** A before/after value, shortened; the whole text in the tooltip. */
function change(value) {
  if (!value) return el('td', { class: 'muted' }, '—');
  const shown = value.length > 120 ? `${value.slice(0, 120)}…` : value;
  return el('td', { class: 'small', title: value }, shown);
}
