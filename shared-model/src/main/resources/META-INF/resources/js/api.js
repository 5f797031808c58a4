// The one API client of every page (knowledge base and monitoring alike): JSON in and out, the CSRF
// header on changes, the chosen language in Accept-Language (so the server's texts come in it),
// a 401 sends the person to the login page, and a problem+json reply becomes an Error that carries
// the server's text (detail), its key (code) and the fields it names (fieldErrors).
import { currentLanguage } from './i18n.js';

const CSRF_KEY = 'kb.csrf';
// api.js lives in <context>/js/: paths such as 'api/v1/...' resolve against the context root, from any page.
const CONTEXT_ROOT = new URL('../', import.meta.url);

export function resolve(path) {
  return new URL(path, CONTEXT_ROOT);
}

export function rememberCsrfToken(token) {
  if (token) {
    sessionStorage.setItem(CSRF_KEY, token);
  }
}

function csrfToken() {
  return sessionStorage.getItem(CSRF_KEY) || '';
}

function languageHeader() {
  return currentLanguage() === 'en' ? 'en, nl;q=0.5' : 'nl, en;q=0.5';
}

function toLogin() {
  if (!location.pathname.endsWith('login.html')) {
    location.assign(resolve(`login.html?next=${encodeURIComponent(location.pathname + location.search)}`));
  }
}

/**
 * The readable text of a problem+json answer (see the error layer's notes): its detail, in the page's
 * language, else the texts of its field errors. A problem has code (message key), detail, and errors
 * [{field (JSON pointer or parameter name), code, message}].
 */
export function problemText(body, response) {
  if (body && body.detail) {
    return body.detail;
  }
  if (body && Array.isArray(body.errors) && body.errors.length > 0) {
    return body.errors.map((e) => e.message ?? e.reason).join(' ');
  }
  return body && body.title ? body.title : `${response.status} ${response.statusText}`;
}

/** The Error a refused request becomes: message is the server's own text, in the page's language. */
function problemError(response, body) {
  const error = new Error(problemText(body, response));
  error.status = response.status;
  error.code = body ? body.code : undefined;
  error.problem = body;
  error.fieldErrors = body && Array.isArray(body.errors)
    ? body.errors.map((e) => ({ field: fieldName(e.field), code: e.code, message: e.message ?? e.reason ?? '' }))
    : [];
  return error;
}

/** '/participation/beds' -> 'participation.beds', '/title' -> 'title': the name a form field carries. */
function fieldName(field) {
  if (!field || !field.startsWith('/')) {
    return field;
  }
  return field.slice(1).split('/').join('.');
}

async function readReply(response) {
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.status === 401) {
    toLogin();
  }
  if (!response.ok) {
    throw problemError(response, body);
  }
  return body;
}

function headers(extra = {}) {
  return { Accept: 'application/json', 'Accept-Language': languageHeader(), ...extra };
}

export async function getJson(path) {
  const response = await fetch(resolve(path), { headers: headers(), credentials: 'same-origin' });
  return readReply(response);
}

/** GET that also returns the ETag, for forms saved later with If-Match. */
export async function getWithEtag(path) {
  const response = await fetch(resolve(path), { headers: headers(), credentials: 'same-origin' });
  const body = await readReply(response);
  return { body, etag: response.headers.get('ETag') };
}

export async function sendJson(method, path, body, extraHeaders = {}) {
  const response = await fetch(resolve(path), {
    method,
    credentials: 'same-origin',
    headers: headers({ 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken(), ...extraHeaders }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return readReply(response);
}

export function postJson(path, body) {
  return sendJson('POST', path, body);
}

/** Sends one file as the request body itself (for endpoints that take the file, not a form), its type or octet-stream. */
export async function postFile(path, file) {
  const response = await fetch(resolve(path), {
    method: 'POST',
    credentials: 'same-origin',
    headers: headers({ 'Content-Type': file.type || 'application/octet-stream', 'X-CSRF-Token': csrfToken() }),
    body: file,
  });
  return readReply(response);
}

/**
 * Uploads one file as multipart/form-data (field "file"), reporting progress as a fraction 0..1.
 * XMLHttpRequest because fetch reports no upload progress; the reply is read like every other one
 * (CSRF, language, 401 to the login page, problem+json as an Error).
 */
export function upload(path, file, onProgress = () => {}) {
  return new Promise((resolvePromise, reject) => {
    const data = new FormData();
    data.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', resolve(path));
    for (const [name, value] of Object.entries(headers({ 'X-CSRF-Token': csrfToken() }))) {
      request.setRequestHeader(name, value);
    }
    request.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        onProgress(e.loaded / e.total);
      }
    });
    request.addEventListener('load', () => {
      let body = null;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch (ignored) { /* not JSON: the status says enough */ }
      if (request.status === 401) {
        toLogin();
      }
      if (request.status >= 200 && request.status < 300) {
        resolvePromise(body);
      } else {
        reject(problemError({ status: request.status, statusText: request.statusText }, body));
      }
    });
    request.addEventListener('error', () => reject(Object.assign(new Error('network'), { status: 0, network: true })));
    request.send(data);
  });
}

/** Refreshes the CSRF token from the session (after a reload sessionStorage may be empty) and returns the account. */
export async function whoAmI() {
  const me = await getJson('api/v1/auth/me');
  rememberCsrfToken(me.csrfToken);
  return me;
}
