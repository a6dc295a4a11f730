// Shared by every page of the dashboard (and the declarations pages): the API wrapper with the
// CSRF header and the 401 -> login redirect, Chinese dates, safe DOM building, and the navigation.
// Data from the API is only ever inserted as text (el(), text()): never innerHTML.

export const CSRF_HEADER = 'X-CSRF-Token';

// script errors are kept where the browser tests (and a support person with the console) can read them
window.__errors = window.__errors || [];
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason && (e.reason.stack || e.reason))));
export const ROLE_LABELS = { office: '省政府办公厅', leader: '领导', unit: '单位' };
export const STATUS_LABELS = {
  met_on_time: '按时完成', met_late: '逾期完成', not_met: '逾期未完成', pending: '未到期', exempt: '不适用',
};
/** Article 19 elements of a guide, and the fields of a catalogue (codes as in the README's domain section). */
export const GUIDE_ELEMENTS = {
  classification: '政府信息的分类', arrangement: '编排体系', access: '获取方式', officeName: '工作机构名称',
  address: '办公地址', hours: '办公时间', phone: '联系电话', fax: '传真号码', email: '电子邮箱',
};
export const CATALOGUE_FIELDS = { index: '索引号', name: '名称', summary: '内容概述', date: '生成日期' };

/** An API answer other than 2xx: status, the server's message, and its per-row/per-field details. */
export class ApiError extends Error {
  constructor(status, message, details) {
    super(message);
    this.status = status;
    this.details = details;
  }
}

let sessionPromise = null;

/** The signed-in account {username, role, unitCode, unitName, csrfToken}, or null. Cached per page. */
export function session() {
  if (!sessionPromise) {
    sessionPromise = fetch('/api/session', { headers: { 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null);
  }
  return sessionPromise;
}

export function loginUrl() {
  const next = location.pathname + location.search;
  return '/login.html?next=' + encodeURIComponent(next);
}

/**
 * Calls the API. `path` is '/api/...'. A plain object body is sent as JSON; FormData, Blob,
 * strings and ArrayBuffers as they are. Resolves to the parsed JSON (null for 204), or the
 * Response when `raw` is set; rejects with ApiError. A 401 sends the browser to the login page.
 */
export async function api(path, { method = 'GET', body, headers = {}, raw = false } = {}) {
  const h = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json', ...headers };
  if (method !== 'GET' && method !== 'HEAD') {
    const s = await session();
    if (s && s.csrfToken) h[CSRF_HEADER] = s.csrfToken;
  }
  let payload = body;
  if (body !== undefined && body !== null && !(body instanceof FormData) && !(body instanceof Blob)
      && !(body instanceof ArrayBuffer) && typeof body !== 'string') {
    payload = JSON.stringify(body);
    h['Content-Type'] = 'application/json';
  }
  const response = await fetch(method === 'GET' ? asOfPage(path) : path,
    { method, headers: h, body: payload, credentials: 'same-origin' });
  if (response.status === 401 && !path.startsWith('/api/session')) {
    location.assign(loginUrl());
    throw new ApiError(401, '请先登录');
  }
  if (!response.ok) {
    let message = `请求失败（HTTP ${response.status}）`;
    let details;
    try {
      const data = await response.json();
      if (data && (data.error || data.message)) message = data.error || data.message;
      details = data && data.details;
    } catch (e) { /* not JSON */ }
    throw new ApiError(response.status, message, details);
  }
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/** Like api() but resolves to null instead of failing when the endpoint is missing (404/405/501) or refused (403). */
/**
 * A page opened with ?asOf=YYYY-MM-DD reads everything as of that day (a past or later day of a
 * campaign: the API judges as of it); writes never take it.
 */
function asOfPage(path) {
  const asOf = qs('asOf');
  if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !path.startsWith('/api/') || /[?&]asOf=/.test(path)) return path;
  return `${path}${path.includes('?') ? '&' : '?'}asOf=${encodeURIComponent(asOf)}`;
}

export async function apiOptional(path, options) {
  try {
    return await api(path, options);
  } catch (e) {
    if (e instanceof ApiError && [403, 404, 405, 501].includes(e.status)) return null;
    throw e;
  }
}

// --- dates ------------------------------------------------------------------------------

function parseDay(value) {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

/** '2007-10-31' (or an ISO instant) -> '2007年10月31日'; '' when absent. Days are shown as stored (no time zone shift). */
export function formatDate(value) {
  const d = parseDay(value);
  return d ? `${d.y}年${d.m}月${d.d}日` : '';
}

/** '2007-10-31T08:05:00Z' -> '2007年10月31日 16:05' in the browser's time zone. */
export function formatDateTime(value) {
  if (!value) return '';
  const t = new Date(value);
  if (Number.isNaN(t.getTime())) return formatDate(value);
  const pad = (n) => String(n).padStart(2, '0');
  return `${t.getFullYear()}年${t.getMonth() + 1}月${t.getDate()}日 ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

/** Short axis label: '10月31日'. */
export function formatShortDate(value) {
  const d = parseDay(value);
  return d ? `${d.m}月${d.d}日` : '';
}

/** Whole days from `from` to `to` (ISO days). */
export function daysBetween(from, to) {
  const a = parseDay(from);
  const b = parseDay(to);
  if (!a || !b) return null;
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86400000);
}

/**
 * Up to `digits` decimals, trailing zeros dropped: two units at 81.52 and 81.5 must not both read
 * "81.5" when their ranks differ.
 */
export function formatNumber(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const n = Number(value);
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(digits)));
}

// --- safe DOM ---------------------------------------------------------------------------

/**
 * Builds an element. attrs: {class, id, href, title, ...; dataset: {...}; on: {click: fn}}.
 * Children: nodes, or strings/numbers (always inserted as text), null/false skipped, arrays flattened.
 * An href is only set when it is safe (http(s), relative, mailto).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') Object.entries(value).forEach(([ev, fn]) => node.addEventListener(ev, fn));
    else if (key === 'href' || key === 'src' || key === 'action') {
      const safe = safeUrl(value, true);
      if (safe) node.setAttribute(key, safe);
    } else if (key.startsWith('on')) {
      throw new Error('inline event handlers are not allowed: use on: {...}');
    } else if (value === true) node.setAttribute(key, '');
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's content with text (or nodes). */
export function text(node, ...children) {
  clear(node);
  return append(node, children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** For the rare place that builds an HTML string (e.g. a chart tooltip): escapes &, <, >, ", '. */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** The URL when it is http(s) (or, with allowRelative, a same-site path or mailto:); otherwise null (javascript:, data: ...). */
export function safeUrl(value, allowRelative = false) {
  if (value === null || value === undefined) return null;
  const s = String(value).trim();
  if (/^https?:\/\//i.test(s)) return s;
  if (allowRelative && (/^\/(?!\/)/.test(s) || /^[?#]/.test(s) || /^[\w.-]+\.html/.test(s) || /^mailto:/i.test(s))) return s;
  return null;
}

/** A link to an outside page (a crawled URL): opens in a new tab, sends no referrer; plain text when unsafe. */
export function externalLink(url, label) {
  const safe = safeUrl(url);
  const shown = label ?? url ?? '';
  if (!safe) return el('span', { class: 'url' }, shown);
  return el('a', { href: safe, target: '_blank', rel: 'noopener noreferrer', class: 'url' }, shown);
}

export function qs(name) {
  return new URLSearchParams(location.search).get(name);
}

export function statusBadge(status) {
  return el('span', { class: `badge status-${status}` }, STATUS_LABELS[status] || status || '—');
}

/** Shows an error (an ApiError's message and details) in a container. */
export function showError(container, error) {
  const box = el('div', { class: 'error', role: 'alert' }, error && error.message ? error.message : String(error));
  if (error && Array.isArray(error.details) && error.details.length) {
    box.append(el('ul', {}, error.details.map((d) => el('li', {},
      typeof d === 'object' ? [d.line ? `第${d.line}行：` : '', d.field ? `${d.field}：` : '', d.message || d.reason || JSON.stringify(d)] : String(d)))));
  }
  container.prepend(box);
  return box;
}

export function notice(container, message) {
  const box = el('div', { class: 'notice', role: 'status' }, message);
  container.prepend(box);
  setTimeout(() => box.remove(), 6000);
  return box;
}

// --- navigation -------------------------------------------------------------------------

/** The pages an account may open, in nav order. */
export function navItems(user) {
  if (!user) return [];
  const items = [{ id: 'overview', label: '总览', href: '/index.html' }, { id: 'rankings', label: '排名', href: '/rankings.html' }];
  if (user.role === 'unit') {
    const code = encodeURIComponent(user.unitCode);
    items.push({ id: 'unit', label: '本单位', href: `/unit.html?code=${code}` });
    items.push({ id: 'declarations', label: '我的填报', href: `/declarations.html?code=${code}` });
  } else {
    items.push({ id: 'unit', label: '单位详情', href: '/unit.html' });
    items.push({ id: 'reviews', label: '填报审核', href: '/reviews.html' });
    items.push({ id: 'appeals', label: '申诉办理', href: '/appeals.html' });
  }
  items.push({ id: 'bulletins', label: '通报', href: '/bulletins.html' });
  if (user.role === 'office') {
    items.push({ id: 'audit', label: '审计日志', href: '/audit.html' });
    items.push({ id: 'admin', label: '管理', href: '/admin.html' });
  }
  return items;
}

/** Where an account lands after signing in: a unit on its own page, others on the overview. */
export function homeFor(user) {
  return user && user.role === 'unit' ? `/unit.html?code=${encodeURIComponent(user.unitCode)}` : '/index.html';
}

export async function signOut() {
  try {
    await api('/api/session', { method: 'DELETE' });
  } finally {
    location.assign('/login.html');
  }
}

/** Fills <header id="top"> with the title, the role's navigation and the account box. */
export function renderNav(user, active) {
  const header = document.getElementById('top') || document.body.insertBefore(el('header', { id: 'top' }), document.body.firstChild);
  clear(header);
  header.append(
    el('div', { class: 'brand' }, el('a', { href: homeFor(user) }, '政府信息公开准备工作监测平台')),
    el('nav', { id: 'nav', 'aria-label': '主导航' }, navItems(user).map((item) =>
      el('a', { href: item.href, class: item.id === active ? 'active' : null, dataset: { nav: item.id } }, item.label))),
    el('div', { class: 'account' },
      el('span', { id: 'whoami' }, user.unitName ? `${user.unitName}（${user.username}）` : user.username),
      el('span', { class: 'role' }, ROLE_LABELS[user.role] || user.role),
      el('button', { type: 'button', id: 'logout', class: 'link', on: { click: signOut } }, '退出')));
}

/**
 * The start of every page: requires a session (else the login page), checks the role, draws the
 * navigation, then runs render(user, main). Errors end up shown in <main>, not in the console only.
 */
export async function startPage(active, render, { roles } = {}) {
  const user = await session();
  if (!user) {
    location.assign(loginUrl());
    return;
  }
  renderNav(user, active);
  const main = document.getElementById('main');
  if (roles && !roles.includes(user.role)) {
    text(main, el('div', { class: 'error', role: 'alert', id: 'forbidden' }, '当前账号无权查看此页面。'));
    document.body.dataset.ready = 'true';
    return;
  }
  try {
    await render(user, main);
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) showError(main, e);
  } finally {
    document.body.dataset.ready = 'true';
  }
}
