import { api, el, formatDate, formatDateTime, qs, startPage, text } from './app.js';

const DELIVERY = { queued: '待发送', sending: '发送中', sent: '已发送', failed: '发送失败' };

startPage('bulletins', async (user, main) => {
  const archive = await api('/api/bulletins');
  const list = el('ul', { class: 'list-select', id: 'bulletin-list' });
  const reader = el('section', { class: 'card', id: 'bulletin-reader' });
  text(main, el('h1', {}, '通报'), archive.length
    ? el('div', { class: 'split' }, el('section', { class: 'card' }, el('h2', {}, `通报档案（${archive.length}期）`), list), reader)
    : el('p', { class: 'muted' }, '尚未发布通报。'));
  archive.forEach((b) => list.append(el('li', { dataset: { id: String(b.id) }, on: { click: () => open(b.id) } },
    el('div', {}, `第${b.number}期`), el('div', { class: 'small' }, b.title), el('div', { class: 'small muted' }, formatDate(b.asOf)))));

  async function open(id) {
    list.querySelectorAll('li').forEach((li) => li.classList.toggle('active', li.dataset.id === String(id)));
    history.replaceState(null, '', `/bulletins.html?id=${id}`);
    const view = await api(`/api/bulletins/${encodeURIComponent(id)}`);
    const b = view.bulletin;
    text(reader,
      el('h2', { id: 'bulletin-title' }, `第${b.number}期　${b.title}`),
      el('p', { class: 'muted' }, `评估日期 ${formatDate(b.asOf)}，${formatDateTime(b.issuedAt)} 由 ${b.issuedBy} 发布`),
      el('div', { class: 'toolbar' },
        b.pdfProblem
          ? el('span', { class: 'muted', id: 'bulletin-pdf-problem' }, b.pdfProblem)
          : el('a', { class: 'button', href: `/api/bulletins/${encodeURIComponent(b.id)}/pdf`, id: 'bulletin-pdf', download: `通报第${b.number}期.pdf` }, '下载 PDF')),
      // the bulletin's own page, framed without scripts; its HTML is never inserted into this page
      el('iframe', { class: 'bulletin', sandbox: 'allow-same-origin', title: b.title,
        src: `/api/bulletins/${encodeURIComponent(b.id)}/html` }),
      view.recipients ? delivery(view) : null);
  }
  if (archive.length) open(qs('id') && archive.some((b) => String(b.id) === qs('id')) ? qs('id') : archive[0].id);
});

function delivery(view) {
  const d = view.delivery || {};
  return el('div', { id: 'delivery' },
    el('h2', { style: 'margin-top:14px' }, '发送情况'),
    el('p', {}, `已发送 ${d.sent ?? 0}，待发送 ${d.queued ?? 0}，失败重试中 ${d.failed ?? 0}，已放弃 ${d.gaveUp ?? 0}`),
    el('table', {},
      el('thead', {}, el('tr', {}, ['收件人', '单位', '状态', '尝试次数', '发送时间', '下次重试', '错误'].map((h) => el('th', {}, h)))),
      el('tbody', {}, view.recipients.map((r) => el('tr', {},
        el('td', {}, r.email), el('td', {}, r.unitCode || '（领导）'),
        el('td', {}, r.status === 'failed' && !r.nextAttemptAt ? '已放弃' : (DELIVERY[r.status] || r.status)),
        el('td', { class: 'num' }, r.attempts), el('td', {}, formatDateTime(r.sentAt)),
        el('td', {}, formatDateTime(r.nextAttemptAt)), el('td', { class: 'small' }, r.lastError || ''))))));
}
