// One item: its sanitized text, attachments, status actions, history, diff between versions and restore.
import { getJson, postJson } from './api.js';
import { loadMessages, t } from './i18n.js';
import { showSession } from './session.js';
import { cell, link, showError } from './dom.js';
import { KB_API, catalogueNames, formatDate, label } from './kb-common.js';

// Names, not codes: themes and building blocks from the catalogue, municipalities from the region.
let catalogue = new Map();
const municipalityNames = new Map();

const id = new URLSearchParams(location.search).get('id');
const errorBox = () => document.getElementById('item-error');

function meta(list, key, value) {
  const dt = document.createElement('dt');
  dt.textContent = t(key);
  const dd = document.createElement('dd');
  dd.textContent = value ?? '';
  list.append(dt, dd);
}

function codeName(code) {
  const name = catalogue.get(code);
  return name ? `${code} ${name}` : code;
}

// Diff lines are "field: value" up to the body; shown with the field's label and the value's name.
const DIFF_FIELDS = {
  kind: ['kb.field.kind', (v) => label('kind', v)],
  status: ['kb.field.status', (v) => label('status', v)],
  title: ['kb.field.title'],
  summary: ['kb.field.summary'],
  municipality: ['kb.field.municipality', (v) => (v === 'region' ? t('kb.region') : municipalityNames.get(v) ?? v)],
  visibility: ['kb.field.visibility', (v) => label('visibility', v)],
  themes: ['kb.field.themes', (v) => list(v).map(codeName).join(', ')],
  blocks: ['kb.field.blocks', (v) => list(v).map(codeName).join(', ')],
  tags: ['kb.field.tags'],
  reviewBy: ['kb.field.reviewBy'],
  body: ['kb.field.body'],
  'participation.location': ['kb.field.location'],
  'participation.beds': ['kb.field.beds'],
  'participation.housingKind': ['kb.field.housingKind', (v) => label('housingKind', v)],
  'participation.phase': ['kb.field.phase', (v) => label('phase', v)],
  'participation.methods': ['kb.field.methods', (v) => list(v).map((m) => label('method', m)).join(', ')],
  'participation.participants': ['kb.field.participants', (v) => list(v).map((p) => label('participant', p)).join(', ')],
  'participation.outcome': ['kb.field.outcome', (v) => label('outcome', v)],
  'participation.whatWorked': ['kb.field.whatWorked'],
  'participation.whatDidNot': ['kb.field.whatDidNot'],
  'participation.contactPerson': ['kb.field.contactPerson'],
};
let inBody = false;

function list(value) {
  return value.replace(/^\[|\]$/g, '').split(',').map((v) => v.trim()).filter(Boolean);
}

function readableLine(text) {
  const match = /^([\w.]+):(?: (.*))?$/.exec(text);
  if (inBody || !match || !DIFF_FIELDS[match[1]]) {
    return text;
  }
  const [key, name] = DIFF_FIELDS[match[1]];
  if (match[1] === 'body') {
    inBody = true;
    return `${t(key)}:`;
  }
  const value = match[2] ?? '';
  return `${t(key)}: ${name && value ? name(value) : value}`;
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
  meta(list, 'kb.field.themes', item.themes.map(codeName).join(', '));
  meta(list, 'kb.field.blocks', item.blocks.map(codeName).join(', '));
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
  // Only what the server says this person may do with this item (the access policy's actions).
  const actions = item.actions || [];
  document.getElementById('item-actions').hidden = actions.length === 0;
  document.getElementById('edit-link').hidden = !actions.includes('edit');
  document.getElementById('edit-link').href = `edit.html?id=${item.id}`;
  document.getElementById('publish').hidden = !actions.includes('publish');
  document.getElementById('retire').hidden = !actions.includes('retire');
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
    if ((item.actions || []).includes('edit') && v.number !== item.revision) {
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
    inBody = false;
    document.getElementById('diff').replaceChildren(...diff.lines.map((line) => {
      const li = document.createElement('li');
      li.className = `diff-${line.change.toLowerCase()}`;
      const sign = { SAME: ' ', REMOVED: '−', ADDED: '+' }[line.change];
      li.textContent = `${sign} ${readableLine(line.text)}`;
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
    await await load();
document.body.dataset.ready = 'true';
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
const [names, municipalities] = await Promise.all([catalogueNames(), getJson('api/v1/municipalities').catch(() => [])]);
catalogue = names.names;
municipalities.forEach((m) => municipalityNames.set(m.cbsCode, m.name));
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
await load();
document.body.dataset.ready = 'true';
