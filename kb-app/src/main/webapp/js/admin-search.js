// Search administration: synonym groups (editors) and the index rebuild with its progress (administrators).
import { getJson, postJson, sendJson } from './api.js';
import { loadMessages, t } from './i18n.js';
import { showSession } from './session.js';

// Absolute, so it works whether api.js resolves paths against the page or the context root.
const API = new URL('../api/v1/', import.meta.url).pathname;

function say(message) {
  const box = document.getElementById('admin-message');
  box.textContent = message;
  box.hidden = false;
}

function termsOf(text) {
  return text.split(',').map((term) => term.trim()).filter((term) => term.length > 0);
}

async function attempt(action, done) {
  try {
    await action();
    say(done);
  } catch (e) {
    say(t('searchadmin.failed', { detail: e.message }));
  }
}

async function showSynonyms() {
  const groups = await getJson(`${API}kb/synonyms`);
  const body = document.querySelector('#synonym-table tbody');
  body.replaceChildren(...groups.map((group) => {
    const row = document.createElement('tr');
    const termsCell = document.createElement('td');
    const field = document.createElement('input');
    field.size = 60;
    field.value = group.terms.join(', ');
    field.setAttribute('aria-label', t('searchadmin.editTerms', { id: group.id }));
    termsCell.appendChild(field);
    const actions = document.createElement('td');
    const save = document.createElement('button');
    save.type = 'button';
    save.textContent = t('searchadmin.save');
    save.addEventListener('click', () => attempt(async () => {
      await sendJson('PUT', `${API}kb/synonyms/${group.id}`, { terms: termsOf(field.value) }, { 'If-Match': `"${group.version}"` });
      await showSynonyms();
    }, t('searchadmin.saved')));
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = t('searchadmin.delete');
    remove.addEventListener('click', () => attempt(async () => {
      await sendJson('DELETE', `${API}kb/synonyms/${group.id}`, undefined, { 'If-Match': `"${group.version}"` });
      await showSynonyms();
    }, t('searchadmin.deleted')));
    actions.append(save, remove);
    row.append(termsCell, actions);
    return row;
  }));
}

function statusLine(list, key, value) {
  if (value === null || value === undefined || value === '') {
    return;
  }
  const term = document.createElement('dt');
  term.textContent = t(key);
  const description = document.createElement('dd');
  description.textContent = String(value);
  list.append(term, description);
}

async function showStatus() {
  const status = await getJson(`${API}admin/search/status`);
  const list = document.getElementById('index-status');
  list.replaceChildren();
  statusLine(list, 'searchadmin.state', t(`searchadmin.state.${status.state}`));
  statusLine(list, 'searchadmin.documents', status.documents);
  if (status.rebuilding) {
    statusLine(list, 'searchadmin.progress', status.rebuildDone);
  }
  statusLine(list, 'searchadmin.generation', status.generation);
  statusLine(list, 'searchadmin.analyzer', status.analyzerVersion);
  statusLine(list, 'searchadmin.lastRebuild', status.lastRebuild);
  statusLine(list, 'searchadmin.error', status.error);
  document.getElementById('rebuild').disabled = status.rebuilding;
  if (status.rebuilding) {
    setTimeout(showStatus, 1000); // follow the progress until the swap
  }
}

await loadMessages('search');

const me = await showSession();
if (me.roles.includes('editor')) {
  document.getElementById('synonym-section').hidden = false;
  document.getElementById('new-synonym').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = document.getElementById('new-synonym-terms');
    attempt(async () => {
      await postJson(`${API}kb/synonyms`, { terms: termsOf(input.value) });
      input.value = '';
      await showSynonyms();
    }, t('searchadmin.saved'));
  });
  showSynonyms().catch((e) => say(t('searchadmin.failed', { detail: e.message })));
}
if (me.roles.includes('admin')) {
  document.getElementById('index-section').hidden = false;
  document.getElementById('rebuild').addEventListener('click', () => attempt(async () => {
    await postJson(`${API}admin/search/rebuild`, {});
    setTimeout(showStatus, 300);
  }, t('searchadmin.rebuild')));
  showStatus().catch((e) => say(t('searchadmin.failed', { detail: e.message })));
}
document.body.dataset.ready = 'true';
