// The person's own e-mail settings: address, digest frequency and which kinds of mail they want.
import { getWithEtag, sendJson } from './api.js';
import { loadMessages, t } from './i18n.js';
import { showSession } from './session.js';
import { clearFieldErrors, showError, showFieldErrors } from './dom.js';

await loadMessages('app');
await showSession();
document.title = `${t('mail.title')} – ${t('app.name')}`;

// Absolute, so it works whether api.js resolves paths against the page or the context root.
const API = new URL('../api/v1/mail/preferences', import.meta.url).pathname;
// The digest has its own choice above; these are switched on or off one by one.
const KINDS = ['NEW_ANSWER', 'QUESTION_ASSIGNED', 'DEADLINE_REMINDER', 'FORM_SUBMITTED'];

const form = document.getElementById('mail-form');
const saved = document.getElementById('mail-saved');
const error = document.getElementById('mail-error');
let etag = null;

function show(preferences, tag) {
  etag = tag;
  document.getElementById('mail-address').value = preferences.address;
  document.getElementById('mail-digest').value = preferences.digest;
  const fieldset = document.getElementById('mail-kinds');
  fieldset.querySelectorAll('.choice').forEach((choice) => choice.remove());
  for (const kind of KINDS) {
    const choice = document.createElement('div');
    choice.className = 'choice';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `mail-kind-${kind}`;
    box.name = kind;
    box.checked = preferences.kinds[kind];
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = t(`mail.kind.${kind}`);
    choice.append(box, label);
    fieldset.appendChild(choice);
  }
}

const first = await getWithEtag(API);
show(first.body, first.etag);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  saved.hidden = true;
  showError(error, '');
  clearFieldErrors(form);
  const kinds = {};
  for (const kind of KINDS) {
    kinds[kind] = document.getElementById(`mail-kind-${kind}`).checked;
  }
  const body = {
    address: document.getElementById('mail-address').value.trim(),
    digest: document.getElementById('mail-digest').value,
    kinds,
  };
  try {
    await sendJson('PUT', API, body, etag ? { 'If-Match': etag } : {});
    const fresh = await getWithEtag(API);
    show(fresh.body, fresh.etag);
    saved.textContent = t('mail.saved');
    saved.hidden = false;
  } catch (e) {
    showError(error, e);
    showFieldErrors(form, e);
  }
});
document.body.dataset.ready = 'true';
