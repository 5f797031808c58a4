// The item editor: Markdown with a server-rendered preview, If-Match on save, and attachment upload with progress.
import { getJson, getWithEtag, postJson, sendJson, upload as uploadFile } from './api.js';
import { loadMessages, t } from './i18n.js';
import { hasRole, showSession } from './session.js';
import { clearFieldErrors, errorText, showError, showFieldErrors } from './dom.js';
import { HOUSING_KINDS, KB_API, KINDS, METHODS, OUTCOMES, PARTICIPANTS, PHASES, VISIBILITIES, fillSelect, label }
  from './kb-common.js';

let id = new URLSearchParams(location.search).get('id');
let etag = null;

function checkboxes(containerId, name, entries) {
  document.getElementById(containerId).replaceChildren(...entries.map(([value, text]) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = value;
    box.id = `${name}-${value}`.replace(/\./g, '-');
    const lab = document.createElement('label');
    lab.htmlFor = box.id;
    lab.textContent = text;
    const span = document.createElement('span');
    span.append(box, ' ', lab);
    return span;
  }));
}

function checked(name) {
  return [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);
}

function check(name, values) {
  document.querySelectorAll(`input[name="${name}"]`).forEach((box) => { box.checked = values.includes(box.value); });
}

function command() {
  const f = document.getElementById('item-form').elements;
  const body = {
    kind: f.kind.value,
    title: f.title.value,
    summary: f.summary.value,
    body: f.body.value,
    municipality: f.municipality.value || null,
    visibility: f.visibility.value,
    themes: checked('theme'),
    blocks: checked('block'),
    tags: f.tags.value.split(',').map((tag) => tag.trim()).filter((tag) => tag),
    reviewBy: f.reviewBy.value || null,
  };
  if (f.kind.value === 'PARTICIPATION_CASE') {
    body.participation = {
      location: f.pcLocation.value,
      beds: f.pcBeds.value === '' ? null : Number(f.pcBeds.value),
      housingKind: f.pcHousingKind.value || null,
      phase: f.pcPhase.value || null,
      outcome: f.pcOutcome.value || null,
      methods: checked('method'),
      participants: checked('participant'),
      whatWorked: f.pcWhatWorked.value,
      whatDidNot: f.pcWhatDidNot.value,
      contactPerson: f.pcContact.value,
    };
  }
  return body;
}

function fill(item) {
  const f = document.getElementById('item-form').elements;
  f.kind.value = item.kind;
  f.title.value = item.title;
  f.summary.value = item.summary;
  f.body.value = item.body;
  f.municipality.value = item.municipality ?? 'region';
  f.visibility.value = item.visibility;
  check('theme', item.themes);
  check('block', item.blocks);
  f.tags.value = item.tags.join(', ');
  f.reviewBy.value = item.reviewBy ?? '';
  const pc = item.participation;
  if (pc) {
    f.pcLocation.value = pc.location ?? '';
    f.pcBeds.value = pc.beds ?? '';
    f.pcHousingKind.value = pc.housingKind ?? '';
    f.pcPhase.value = pc.phase ?? '';
    f.pcOutcome.value = pc.outcome ?? '';
    check('method', pc.methods);
    check('participant', pc.participants);
    f.pcWhatWorked.value = pc.whatWorked ?? '';
    f.pcWhatDidNot.value = pc.whatDidNot ?? '';
    f.pcContact.value = pc.contactPerson ?? '';
  }
  toggleParticipation();
  document.getElementById('edit-heading').textContent = t('kb.edit.editTitle', { title: item.title });
  document.getElementById('view-link').href = `item.html?id=${item.id}`;
  document.getElementById('upload-section').hidden = false;
  showAttachments(item.attachments);
}

function showAttachments(attachments) {
  document.getElementById('attachment-list').replaceChildren(...attachments.map((a) => {
    const li = document.createElement('li');
    li.textContent = `${a.fileName} (${Math.ceil(a.size / 1024)} kB)`;
    return li;
  }));
}

function toggleParticipation() {
  document.getElementById('participation').hidden = document.getElementById('kind').value !== 'PARTICIPATION_CASE';
}

function say(text) {
  const box = document.getElementById('edit-message');
  box.textContent = text;
  box.hidden = false;
  document.getElementById('edit-error').hidden = true;
}

async function load() {
  const reply = await getWithEtag(`${KB_API}items/${id}`);
  etag = reply.etag;
  fill(reply.body);
}

async function save(event) {
  event.preventDefault();
  const error = document.getElementById('edit-error');
  const itemForm = document.getElementById('item-form');
  clearFieldErrors(itemForm);
  showError(error, '');
  try {
    if (!id) {
      const created = await postJson(`${KB_API}items`, command());
      history.replaceState(null, '', `edit.html?id=${created.id}`);
      id = String(created.id);
      await load();
      say(t('kb.edit.created'));
    } else {
      await sendJson('PUT', `${KB_API}items/${id}`, command(), { 'If-Match': etag });
      await load();
      say(t('kb.edit.saved'));
    }
  } catch (e) {
    if (e.status === 412) {
      error.textContent = t('kb.edit.conflict', { version: e.problem?.current?.revision ?? '?' });
      error.hidden = false;
    } else {
      // The server's texts: a summary above the form, each field's own text beside it.
      const unplaced = showFieldErrors(itemForm, e);
      showError(error, e.fieldErrors.length > 0 && unplaced.length === 0 ? t('error.summary') : e);
      error.focus();
    }
  }
}

async function preview() {
  try {
    const rendered = await postJson(`${KB_API}preview`, { markdown: document.getElementById('body').value });
    // Sanitized by the server with the same safelist readers get.
    document.getElementById('preview').innerHTML = rendered.html;
  } catch (e) {
    showError(document.getElementById('edit-error'), e);
  }
}

async function upload(event) {
  event.preventDefault();
  const file = document.getElementById('upload-file').files[0];
  const status = document.getElementById('upload-status');
  if (!file) {
    status.textContent = t('kb.attachments.choose');
    return;
  }
  const progress = document.getElementById('upload-progress');
  progress.value = 0;
  progress.hidden = false;
  status.textContent = t('kb.attachments.busy');
  try {
    await uploadFile(`${KB_API}items/${id}/attachments`, file, (fraction) => { progress.value = Math.round(fraction * 100); });
    status.textContent = t('kb.attachments.done', { name: file.name });
    document.getElementById('upload-file').value = '';
    await load();
  } catch (e) {
    status.textContent = t('kb.attachments.failed', { detail: errorText(e) });
  } finally {
    progress.hidden = true;
  }
}

/** Editors write for any municipality and the region; a contributor for their own municipality. */
async function fillMunicipalities(me) {
  const select = document.getElementById('municipality');
  const options = [];
  if (hasRole(me, 'editor')) {
    options.push(new Option(t('kb.region'), 'region'));
    const members = await getJson('api/v1/municipalities');
    members.forEach((m) => options.push(new Option(m.name, m.cbsCode)));
  } else if (me.municipalityCbsCode) {
    options.push(new Option(me.municipality, me.municipalityCbsCode));
  } else {
    options.push(new Option(t('kb.region'), 'region'));
  }
  select.replaceChildren(...options);
}

await loadMessages('kb');
const me = await showSession();
await fillMunicipalities(me);
fillSelect(document.getElementById('kind'), 'kind', KINDS);
fillSelect(document.getElementById('visibility'), 'visibility', VISIBILITIES);
fillSelect(document.getElementById('pc-housing'), 'housingKind', HOUSING_KINDS, 'kb.none');
fillSelect(document.getElementById('pc-phase'), 'phase', PHASES, 'kb.none');
fillSelect(document.getElementById('pc-outcome'), 'outcome', OUTCOMES, 'kb.none');
checkboxes('pc-methods', 'method', METHODS.map((m) => [m, label('method', m)]));
checkboxes('pc-participants', 'participant', PARTICIPANTS.map((p) => [p, label('participant', p)]));
const themes = await getJson(`${KB_API}themes`);
const english = document.documentElement.lang === 'en';
checkboxes('theme-boxes', 'theme', themes.map((th) => [th.code, `${th.code}. ${english ? th.nameEn : th.nameNl}`]));
checkboxes('block-boxes', 'block', themes.flatMap((th) => th.blocks.map((b) => [b.code, `${b.code} ${english ? b.nameEn : b.nameNl}`])));
document.getElementById('kind').addEventListener('change', toggleParticipation);
document.getElementById('item-form').addEventListener('submit', save);
document.getElementById('preview-button').addEventListener('click', preview);
document.getElementById('upload-form').addEventListener('submit', upload);
if (id) {
  try {
    await load();
  } catch (e) {
    showError(document.getElementById('edit-error'), e);
  }
} else {
  document.getElementById('visibility').value = 'MUNICIPALITY';
  // "Casus vastleggen" on the expertise point opens the editor with the kind chosen.
  const kind = new URLSearchParams(location.search).get('kind');
  if (KINDS.includes(kind)) {
    document.getElementById('kind').value = kind;
    toggleParticipation();
    document.getElementById('edit-heading').textContent = t('kb.edit.newCase');
  }
}
document.body.dataset.ready = 'true';
