// Login page: logs in, asks for a new password when one is required, then returns to where the person was going.
import { postJson, rememberCsrfToken } from './api.js';
import { loadMessages, t } from './i18n.js';
import { showError } from './dom.js';

await loadMessages('app');

function destination() {
  const next = new URLSearchParams(location.search).get('next') || '';
  // Only paths on this site: never an open redirect.
  return next.startsWith('/') && !next.startsWith('//') ? next : './';
}

let currentPassword = '';

document.getElementById('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  document.getElementById('login-error').hidden = true;
  const username = document.getElementById('username').value.trim();
  currentPassword = document.getElementById('password').value;
  if (!username || !currentPassword) {
    showError(document.getElementById('login-error'), t('login.missing'));
    return;
  }
  try {
    const me = await postJson('api/v1/auth/login', { username, password: currentPassword });
    rememberCsrfToken(me.csrfToken);
    if (me.mustChangePassword) {
      document.getElementById('login-form').hidden = true;
      document.getElementById('password-form').hidden = false;
      document.getElementById('new-password').focus();
      return;
    }
    location.assign(destination());
  } catch (e) {
    showError(document.getElementById('login-error'), e);
    document.getElementById('password').value = '';
    document.getElementById('password').focus();
  }
});

document.getElementById('password-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    await postJson('api/v1/auth/password', {
      currentPassword,
      newPassword: document.getElementById('new-password').value,
    });
    location.assign(destination());
  } catch (e) {
    showError(document.getElementById('password-error'), e);
  }
});
document.body.dataset.ready = 'true';
