// Small wrapper around fetch: JSON in and out, the CSRF header on changes, problem+json turned into a readable Error.
// Requests carry the page language as Accept-Language, so the server writes its problems in it.
import { currentLanguage } from './i18n.js';

const CSRF_KEY = 'kb.csrf';
// api.js lives in <context>/js/: paths such as 'api/v1/...' resolve against the context root, from any page.
const CONTEXT_ROOT = new URL('../', import.meta.url);

function resolve(path) {
  return new URL(path, CONTEXT_ROOT);
}

export function rememberCsrfToken(token) {
  if (token) {
    sessionStorage.setItem(CSRF_KEY, token);
  }
}

async function readReply(response) {
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.status === 401 && !location.pathname.endsWith('login.html')) {
    location.assign(resolve(`login.html?next=${encodeURIComponent(location.pathname + location.search)}`));
  }
  if (!response.ok) {
    const error = new Error(problemText(body, response));
    error.status = response.status;
    error.problem = body;
    throw error;
  }
  return body;
}

/**
 * The readable text of a problem+json answer: the texts of its field errors (field: message), else its detail.
 * A problem has code (message key), detail, and errors [{field (JSON pointer or parameter), code, message}].
 */
export function problemText(body, response) {
  if (body && Array.isArray(body.errors) && body.errors.length > 0) {
    return body.errors.map((e) => {
      const text = e.message ?? e.reason;
      return e.field ? `${fieldLabel(e.field)}: ${text}` : text;
    }).join('; ');
  }
  return body && body.detail ? body.detail : `${response.status} ${response.statusText}`;
}

/** '/values/0/value' -> 'values 1 value': a JSON pointer as a person reads it; parameter names stay. */
function fieldLabel(field) {
  if (!field.startsWith('/')) {
    return field;
  }
  return field.slice(1).split('/').map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part)).join(' ');
}

function languageHeader() {
  return { 'Accept-Language': currentLanguage() };
}

export async function getJson(path) {
  const response = await fetch(resolve(path), {
    headers: { Accept: 'application/json', ...languageHeader() },
    credentials: 'same-origin',
  });
  return readReply(response);
}

export async function sendJson(method, path, body, extraHeaders = {}) {
  const response = await fetch(resolve(path), {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      ...languageHeader(),
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
  const me = await getJson('api/v1/auth/me');
  rememberCsrfToken(me.csrfToken);
  return me;
}
