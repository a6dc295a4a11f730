import { api, ApiError, homeFor, session, text } from './app.js';

const form = document.getElementById('login-form');
const error = document.getElementById('login-error');

function nextPage(user) {
  const next = new URLSearchParams(location.search).get('next');
  const target = sameOriginPath(next);
  if (target && !target.startsWith('/login.html')) {
    // a unit account is not sent to another unit's page
    if (user.role !== 'unit' || !/^\/unit\.html/.test(target) || target.includes(`code=${encodeURIComponent(user.unitCode)}`)) return target;
  }
  return homeFor(user);
}

// Resolves `next` as the browser would (tabs and newlines dropped, backslashes read as slashes)
// and keeps it only when it stays on this origin: never an open redirect.
function sameOriginPath(next) {
  if (!next) return null;
  let url;
  try {
    url = new URL(next, location.origin);
  } catch (e) {
    return null;
  }
  if (url.origin !== location.origin) return null;
  return url.pathname + url.search + url.hash;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  const button = document.getElementById('login-submit');
  button.disabled = true;
  try {
    const user = await api('/api/session', {
      method: 'POST',
      body: { username: document.getElementById('username').value.trim(), password: document.getElementById('password').value },
    });
    location.assign(nextPage(user));
  } catch (e) {
    text(error, e instanceof ApiError ? e.message : '无法连接服务器，请稍后再试');
    error.hidden = false;
    button.disabled = false;
  }
});

// already signed in: go straight on
session().then((user) => {
  if (user) location.assign(nextPage(user));
  document.body.dataset.ready = 'true';
});
