// Small wrapper around fetch: JSON in and out, the CSRF header on changes, problem+json turned into a readable Error.
const CSRF_KEY = 'kb.csrf';

export function rememberCsrfToken(token) {
  if (token) {
    sessionStorage.setItem(CSRF_KEY, token);
  }
}

async function readReply(response) {
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.status === 401 && !location.pathname.endsWith('login.html')) {
    location.assign(`login.html?next=${encodeURIComponent(location.pathname + location.search)}`);
  }
  if (!response.ok) {
    let detail = body && body.detail ? body.detail : `${response.status} ${response.statusText}`;
    if (body && Array.isArray(body.errors) && body.errors.length > 0) {
      detail = body.errors.map((e) => `${e.field}: ${e.reason}`).join('; ');
    }
    const error = new Error(detail);
    error.status = response.status;
    error.problem = body;
    throw error;
  }
  return body;
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  return readReply(response);
}

export async function sendJson(method, path, body, extraHeaders = {}) {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-CSRF-Token': sessionStorage.getItem(CSRF_KEY) || '',
      ...extraHeaders,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return readReply(response);
}

export function postJson(path, body) {
  return sendJson('POST', path, body);
}

/** Refreshes the CSRF token from the session (after a reload sessionStorage may be empty) and returns the account. */
export async function whoAmI() {
  // Resolved from this module's location, so pages in subfolders (admin/, kb/) reach the API too.
  const me = await getJson(new URL('../api/v1/auth/me', import.meta.url).pathname);
  rememberCsrfToken(me.csrfToken);
  return me;
}
