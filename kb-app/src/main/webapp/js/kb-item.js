// One item: its sanitized text, attachments, status actions, history, diff between versions and restore.
import { getJson, postJson } from './api.js';
import { loadMessages, t } from './i18n.js';
import { showSession } from './session.js';
import { KB_API, cell, formatDate, label, link, showError } from './kb-common.js';

const id = new URLSearchParams(location.search).get('id');
const errorBox = () => document.getElementById('item-error');

function meta(list, key, value) {
  const dt = document.createElement('dt');
  dt.textContent = t(key);
  const dd = document.createElement('dd');
  dd.textContent = value ?? '';
  list.append(dt, dd);
}

function render(item) {
  document.title = `${item.title} – ${t('kb.list.title')}`;
  document.getElementById('item-title').textContent = item.title;
  document.getElementById('item-summary').textContent = item.summary;
  const list = document.getElementById('item-meta');
  list.replaceChildren();
  meta(list, 'kb.field.kind', label('kind', item.kind));
  meta(list, 'kb.field.status', label('status', item.status));
  meta(list, 'kb.field.municipality', item.municipalityName ?? t('kb.region'));
  meta(list, 'kb.field.visibility', label('visibility', item.visibility));
  meta(list, 'kb.field.themes', item.themes.join(', '));
  meta(list, 'kb.field.blocks', item.blocks.join(', '));
  meta(list, 'kb.field.tags', item.tags.join(', '));
  meta(list, 'kb.field.reviewBy', item.reviewBy);
  const pc = item.participation;
  if (pc) {
    meta(list, 'kb.field.location', pc.location);
    meta(list, 'kb.field.beds', pc.beds);
    meta(list, 'kb.field.housingKind', label('housingKind', pc.housingKind));
    meta(list, 'kb.field.phase', label('phase', pc.phase));
    meta(list, 'kb.field.methods', pc.methods.map((m) => label('method', m)).join(', '));
    meta(list, 'kb.field.participants', pc.participants.map((p) => label('participant', p)).join(', '));
    meta(list, 'kb.field.outcome', label('outcome', pc.outcome));
    meta(list, 'kb.field.whatWorked', pc.whatWorked);
    meta(list, 'kb.field.whatDidNot', pc.whatDidNot);
    meta(list, 'kb.field.contactPerson', pc.contactPerson);
  }
  document.getElementById('item-stale').hidden = !item.stale;
  // bodyHtml was sanitized by the server with a safelist (no script, no event handlers, no javascript: links).
  document.getElementById('item-body').innerHTML = item.bodyHtml;
  const files = item.attachments.map((a) => {
    const li = document.createElement('li');
    const download = link(new URL(`../${a.url}`, location.href).pathname, a.fileName);
    li.append(download, ` (${Math.ceil(a.size / 1024)} kB)`);
    return li;
  });
  document.getElementById('attachment-list').replaceChildren(...files);
  document.getElementById('item-actions').hidden = !item.canEdit;
  document.getElementById('edit-link').href = `edit.html?id=${item.id}`;
  document.getElementById('publish').hidden = item.status === 'PUBLISHED';
  document.getElementById('retire').hidden = item.status === 'RETIRED';
  document.getElementById('item').hidden = false;
}

/** Version notes are stored as codes ("edited", "restored version 2"); shown in the reader's language. */
function noteText(note) {
  const [code, , number] = (note ?? '').split(' ');
  return code ? t(`kb.note.${code}`, { number }) : '';
}

async function history(item) {
  const versions = await getJson(`${KB_API}items/${id}/versions`);
  const rows = versions.map((v) => {
    const row = document.createElement('tr');
    cell(row, String(v.number));
    cell(row, formatDate(v.savedAt));
    cell(row, v.savedBy);
    cell(row, noteText(v.note));
    const actions = cell(row, '');
    if (item.canEdit && v.number !== item.revision) {
      const restore = document.createElement('button');
      restore.type = 'button';
      restore.textContent = t('kb.history.restore', { number: v.number });
      restore.addEventListener('click', () => act(`items/${id}/restore/${v.number}`));
      actions.appendChild(restore);
    }
    return row;
  });
  document.querySelector('#version-table tbody').replaceChildren(...rows);
  for (const [selectId, preselect] of [['diff-from', versions[1]?.number], ['diff-to', versions[0]?.number]]) {
    const select = document.getElementById(selectId);
    select.replaceChildren(...versions.map((v) => {
      const option = document.createElement('option');
      option.value = v.number;
      option.textContent = String(v.number);
      option.selected = v.number === preselect;
      return option;
    }));
  }
}

async function showDiff(event) {
  event.preventDefault();
  const from = document.getElementById('diff-from').value;
  const to = document.getElementById('diff-to').value;
  try {
    const diff = await getJson(`${KB_API}items/${id}/diff?from=${from}&to=${to}`);
    document.getElementById('diff').replaceChildren(...diff.lines.map((line) => {
      const li = document.createElement('li');
      li.className = `diff-${line.change.toLowerCase()}`;
      const sign = { SAME: ' ', REMOVED: '−', ADDED: '+' }[line.change];
      li.textContent = `${sign} ${line.text}`;
      li.title = t(`kb.diff.${line.change}`);
      return li;
    }));
  } catch (e) {
    showError(errorBox(), e);
  }
}

async function act(path) {
  try {
    await postJson(`${KB_API}${path}`);
    await load();
  } catch (e) {
    showError(errorBox(), e);
  }
}

async function load() {
  try {
    const item = await getJson(`${KB_API}items/${id}`);
    render(item);
    await history(item);
  } catch (e) {
    showError(errorBox(), e);
  }
}

await loadMessages('kb');
await showSession();
document.getElementById('publish').addEventListener('click', () => act(`items/${id}/publish`));
document.getElementById('retire').addEventListener('click', () => act(`items/${id}/retire`));
document.getElementById('diff-form').addEventListener('submit', showDiff);
document.getElementById('follow-item').addEventListener('click', async (event) => {
  try {
    await postJson(`${KB_API}watches`, { type: 'ITEM', target: id });
    event.target.textContent = t('kb.watch.following');
    event.target.disabled = true;
  } catch (e) {
    showError(errorBox(), e);
  }
});
load();
