// 我的填报: a unit's declarations, one form per declaration type of the campaign (the form is built
// from the campaign file's field definitions), with per-field errors next to each field, and
// every version with its review trail. Everything from the API is inserted as text.
import { api, ApiError, clear, el, formatDateTime, notice, qs, showError, startPage } from './app.js';

startPage('declarations', async (user, main) => {
  const code = qs('code') || user.unitCode;
  if (!code) {
    clear(main);
    main.append(el('p', {}, '请从单位详情页选择一个单位。'));
    return;
  }
  await render(user, main, code);
});

async function render(user, main, code) {
  const data = await api(`/api/units/${encodeURIComponent(code)}/declarations`);
  const canFile = user.role === 'office' || (user.role === 'unit' && user.unitCode === code);
  clear(main);
  main.append(el('h1', {}, `${data.unitName} · ${canFile && user.role === 'unit' ? '我的填报' : '填报事项'}`));
  const docs = el('p', { class: 'small' }, '根据审核通过的填报生成：',
    ['guide.html', 'guide.docx', 'catalogue.html', 'catalogue.docx'].map((f) => [
      el('a', { href: `/api/units/${encodeURIComponent(code)}/generated/${f}`, target: '_blank', rel: 'noopener' },
        { 'guide.html': '公开指南（网页）', 'guide.docx': '公开指南（Word）', 'catalogue.html': '公开目录骨架（网页）',
          'catalogue.docx': '公开目录骨架（Word）' }[f]), ' ']));
  main.append(docs);
  const tabs = el('div', { class: 'tabs', role: 'tablist' });
  const panel = el('div', { id: 'declaration-panel' });
  main.append(tabs, panel);
  const show = (d) => {
    [...tabs.children].forEach((b) => b.classList.toggle('active', b.dataset.type === d.type.id));
    clear(panel);
    panel.append(declarationCard(user, code, d, canFile, () => render(user, main, code).then(() => selectTab(main, d.type.id))));
  };
  data.declarations.forEach((d) => tabs.append(el('button', { type: 'button', dataset: { type: d.type.id },
    on: { click: () => show(d) } }, d.type.title, ' ', statusBadge(d))));
  const wanted = qs('type');
  show(data.declarations.find((d) => d.type.id === wanted) || data.declarations[0]);
}

function selectTab(main, typeId) {
  const button = main.querySelector(`.tabs button[data-type="${CSS.escape(typeId)}"]`);
  if (button) button.click();
}

function statusBadge(d) {
  return el('span', { class: `decl-status ${d.status}` }, d.statusLabel);
}

function declarationCard(user, code, d, canFile, reload) {
  const card = el('section', { class: 'card', dataset: { type: d.type.id } });
  card.append(el('h2', {}, d.type.title, ' ', statusBadge(d)));
  if (d.type.deadline) {
    card.append(el('p', { class: 'muted small' }, `对应 ${d.type.milestone} ${d.type.milestoneTitle || ''}，截止日期 ${d.type.deadline}`));
  }
  if (d.approvedVersion) card.append(el('p', { class: 'small' }, `现行有效：第 ${d.approvedVersion} 版（已公示）`));
  if (d.type.id === 'organisation' && d.approvedVersion) card.append(contactCheck(code));
  const newest = d.versions[0];
  const underReview = newest && ['submitted', 'first_reviewed', 'second_reviewed'].includes(newest.status);
  if (canFile && !underReview) {
    card.append(form(code, d, newest, reload));
  } else if (underReview) {
    card.append(el('p', { class: 'notice' }, `第 ${newest.version} 版正在审核（${newest.statusLabel}），审核结束前不能修改。`));
  }
  card.append(el('h3', {}, '版本与审核记录'));
  if (!d.versions.length) card.append(el('p', { class: 'muted' }, '尚未填报。'));
  d.versions.forEach((v) => card.append(versionBlock(d, v)));
  return card;
}

function versionBlock(d, v) {
  const box = el('div', { class: 'version', dataset: { version: v.version } });
  box.append(el('p', {}, el('strong', {}, `第 ${v.version} 版`), ' ', el('span', { class: `decl-status ${v.status}` }, v.statusLabel),
    el('span', { class: 'muted small' }, `　创建 ${formatDateTime(v.createdAt)}（${v.createdBy}）`,
      v.submittedAt ? `　提交 ${formatDateTime(v.submittedAt)}` : '', v.publishedAt ? `　公示 ${formatDateTime(v.publishedAt)}` : '')));
  box.append(values(d, v));
  if (v.trail.length) {
    box.append(el('ol', { class: 'trail' }, v.trail.map((r) => el('li', { class: r.decision === 'return' ? 'return' : null },
      `${formatDateTime(r.at)} ${r.stepLabel}：${r.decisionLabel}（${r.actor}）`, r.comment ? ` — ${r.comment}` : ''))));
  }
  return box;
}

function values(d, v) {
  const list = el('dl', { class: 'values small' });
  d.type.fields.forEach((f) => {
    const value = v.fields ? v.fields[f.id] : undefined;
    if (value === undefined || value === null) return;
    list.append(el('dt', {}, f.label), el('dd', {}, showValue(f, value)));
  });
  return list;
}

function showValue(field, value) {
  if (field.type === 'counts' && typeof value === 'object') {
    return Object.entries(value).map(([k, n]) => `${k} ${n} 条`).join('；');
  }
  if (field.type === 'document' && typeof value === 'object') {
    if (value.attachmentId) {
      return el('a', { href: `/api/declarations/attachments/${encodeURIComponent(value.attachmentId)}` }, value.fileName || '附件');
    }
    if (value.url) return el('a', { href: value.url, target: '_blank', rel: 'noopener noreferrer' }, value.url);
  }
  return String(value);
}

/** The form of a declaration type, built from its field definitions, prefilled from the newest version. */
function form(code, d, newest, reload) {
  const current = newest ? newest.fields || {} : {};
  const inputs = {};
  const box = el('form', { class: 'decl-form', novalidate: true });
  d.type.fields.forEach((f) => {
    const id = `f-${d.type.id}-${f.id}`;
    const wrap = el('div', { class: 'field', dataset: { field: f.id } });
    wrap.append(el('label', { for: id, class: f.required ? 'required' : null }, f.label));
    const input = fieldInput(code, d, f, id, current[f.id], wrap);
    inputs[f.id] = input;
    if (f.help) wrap.append(el('div', { class: 'help' }, f.help));
    wrap.append(el('div', { class: 'field-error', role: 'alert' }));
    box.append(wrap);
  });
  const status = el('div');
  const collect = () => {
    const fields = {};
    for (const [id, input] of Object.entries(inputs)) {
      const value = input.read();
      if (value !== undefined && value !== null && value !== '') fields[id] = value;
    }
    return { fields };
  };
  const send = async (path, method, label) => {
    box.querySelectorAll('.field').forEach((w) => { w.classList.remove('invalid'); w.querySelector('.field-error').textContent = ''; });
    clear(status);
    try {
      await api(`/api/units/${encodeURIComponent(code)}/declarations/${encodeURIComponent(d.type.id)}/${path}`, { method, body: collect() });
      await reload();
      notice(document.getElementById('main'), label);
    } catch (e) {
      showFieldErrors(box, e);
      showError(status, e);
    }
  };
  box.append(status, el('div', { class: 'toolbar' },
    el('button', { type: 'button', class: 'secondary', on: { click: () => send('draft', 'PUT', '草稿已保存') } }, '保存草稿'),
    el('button', { type: 'button', on: { click: () => send('submit', 'POST', '已提交，等待初审') } }, '提交审核')));
  return box;
}

function showFieldErrors(box, error) {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return;
  error.details.forEach((detail) => {
    const wrap = box.querySelector(`.field[data-field="${CSS.escape(detail.field || '')}"]`);
    if (!wrap) return;
    wrap.classList.add('invalid');
    wrap.querySelector('.field-error').textContent = detail.message;
  });
}

/** An input for one field type; returns {read()} giving the value to send. */
function fieldInput(code, d, f, id, value, wrap) {
  if (f.type === 'counts') {
    const table = el('table', { class: 'counts', id });
    const categories = f.categories && f.categories.length ? f.categories : Object.keys(value || {});
    const cells = {};
    categories.forEach((c) => {
      const input = el('input', { type: 'number', min: '0', step: '1', value: value && value[c] !== undefined ? String(value[c]) : '' });
      cells[c] = input;
      table.append(el('tr', {}, el('td', {}, c), el('td', {}, input, ' 条')));
    });
    wrap.append(table);
    return { read: () => Object.fromEntries(Object.entries(cells).filter(([, i]) => i.value !== '').map(([c, i]) => [c, i.value])) };
  }
  if (f.type === 'document') {
    let current = value && typeof value === 'object' ? value : null;
    const shown = el('span', { class: 'small' });
    const showCurrent = () => {
      clear(shown);
      if (current && current.attachmentId) shown.append('已上传：', el('a', { href: `/api/declarations/attachments/${current.attachmentId}` }, current.fileName || '附件'), ' ');
    };
    showCurrent();
    const url = el('input', { type: 'text', id, placeholder: '或填写已在网站发布的网址 http://…', value: current && current.url ? current.url : '' });
    const file = el('input', { type: 'file', accept: '.pdf,.doc,.docx,application/pdf,application/msword' });
    file.addEventListener('change', async () => {
      if (!file.files.length) return;
      const errorBox = wrap.querySelector('.field-error');
      errorBox.textContent = '正在上传……';
      const body = new FormData();
      body.append('file', file.files[0]);
      try {
        const attachment = await api(`/api/units/${encodeURIComponent(code)}/declarations/${encodeURIComponent(d.type.id)}/attachments?field=${encodeURIComponent(f.id)}`,
          { method: 'POST', body });
        current = { attachmentId: attachment.id, fileName: attachment.fileName };
        url.value = '';
        errorBox.textContent = '';
        showCurrent();
      } catch (e) {
        wrap.classList.add('invalid');
        errorBox.textContent = e.message + (e.details && e.details[0] ? `（${e.details[0].message}）` : '');
      }
      file.value = '';
    });
    wrap.append(shown, file, el('br'), url);
    return { read: () => (url.value.trim() ? url.value.trim() : current && current.attachmentId ? { attachmentId: current.attachmentId } : undefined) };
  }
  if (f.type === 'longtext') {
    const area = el('textarea', { id, maxlength: f.maxLength ? String(f.maxLength) : null });
    area.value = value ?? '';
    wrap.append(area);
    return { read: () => area.value };
  }
  const type = f.type === 'date' ? 'date' : 'text';
  const input = el('input', { type, id, value: value === undefined || value === null ? '' : String(value),
    inputmode: ['number', 'money', 'phone'].includes(f.type) ? (f.type === 'phone' ? 'tel' : 'decimal') : null,
    maxlength: f.maxLength ? String(f.maxLength) : null });
  wrap.append(input);
  return { read: () => input.value };
}

/** The declared contact against the one the crawler saw in the unit's published guide. */
function contactCheck(code) {
  const box = el('div', { class: 'contact-check', id: 'contact-check' }, el('p', { class: 'muted small' }, '正在与网站公开指南比对联系方式……'));
  api(`/api/units/${encodeURIComponent(code)}/contact-check`).then((check) => {
    clear(box);
    box.append(el('p', { class: check.status === 'differs' ? 'error' : 'small' }, '联系方式比对：', check.statusLabel));
    if (check.items && check.items.length) {
      box.append(el('table', { class: 'small' }, el('thead', {}, el('tr', {}, ['项目', '填报', '网站指南', '结果'].map((h) => el('th', {}, h)))),
        el('tbody', {}, check.items.map((i) => el('tr', { dataset: { element: i.element } },
          el('td', {}, i.label), el('td', {}, i.declared || '—'), el('td', {}, (i.found || []).join('、') || '—'),
          el('td', { class: i.result === 'differs' ? 'missing' : i.result === 'match' ? 'found' : 'muted' }, i.resultLabel))))));
      if (check.guide && check.guide.url) box.append(el('p', { class: 'muted small' }, '指南地址：', check.guide.url, `（抓取于 ${check.guide.checkedAsOf || ''}）`));
    }
  }).catch((e) => { clear(box); box.append(el('p', { class: 'muted small' }, `联系方式比对不可用：${e.message}`)); });
  return box;
}
