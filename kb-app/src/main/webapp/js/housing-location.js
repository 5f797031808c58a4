// One housing location: its norm check, its details and versions; for those who may change it (the
// "edit" action the API returns, or a writer's role for a new one) the form, saved with If-Match.
import { getJson, getWithEtag, postJson, sendJson } from './api.js';
import { loadMessages, t, translate } from './i18n.js';
import { cell, clearFieldErrors, showError, showFieldErrors } from './dom.js';
import { hasRole, showSession } from './session.js';
import { KINDS, MANAGERS, STATUSES, VISIBILITIES, options } from './housing-common.js';

const form = document.getElementById('location-form');
const errorBox = document.getElementById('location-error');
const statusBox = document.getElementById('location-status');
const YES_NO = ['snfCertified', 'separateRentalContract', 'minorsHoused', 'sleepingPlaceSharedPerDay', 'shortStays', 'nightRegister'];
const TEXTS = ['name', 'address', 'municipality', 'kind', 'status', 'permitAppliedOn', 'permittedOn', 'inUseFrom',
  'closedOn', 'operator', 'snfCertifiedOn', 'snfExpiresOn', 'manager', 'contactPerson', 'visibility'];
const NUMBERS = ['beds', 'averageRoomArea', 'averageOccupants', 'usableLivingArea'];
let locationId = new URLSearchParams(location.search).get('id');
let etag = null;

function number(text) {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
}

function list(text) {
  return text.split(',').map((part) => part.trim()).filter(Boolean);
}

function yesNo(value) {
  if (value == null) {
    return t('housing.unknown');
  }
  return t(value ? 'housing.yes' : 'housing.no');
}

function addRoom(room = { area: '', occupants: 1, couple: false }) {
  const body = document.querySelector('#room-table tbody');
  const index = body.rows.length;
  const row = document.createElement('tr');
  const number = document.createElement('th');
  number.scope = 'row';
  number.textContent = String(index + 1);
  row.appendChild(number);
  const inputs = [
    ['area', 'text', room.area == null ? '' : String(room.area), 'housing.field.area'],
    ['occupants', 'text', room.occupants == null ? '' : String(room.occupants), 'housing.field.occupants'],
  ];
  for (const [name, type, value, labelKey] of inputs) {
    const input = document.createElement('input');
    input.type = type;
    input.inputMode = name === 'area' ? 'decimal' : 'numeric';
    input.value = value;
    input.className = `room-${name}`;
    input.id = `room-${index}-${name}`;
    input.dataset.field = `/rooms/${index}/${name}`;
    input.setAttribute('aria-label', `${t('housing.field.roomNumber')} ${index + 1}: ${t(labelKey)}`);
    const td = document.createElement('td');
    td.appendChild(input);
    row.appendChild(td);
  }
  const couple = document.createElement('input');
  couple.type = 'checkbox';
  couple.checked = Boolean(room.couple);
  couple.className = 'room-couple';
  couple.id = `room-${index}-couple`;
  couple.dataset.field = `/rooms/${index}/couple`;
  couple.setAttribute('aria-label', `${t('housing.field.roomNumber')} ${index + 1}: ${t('housing.field.couple')}`);
  cell(row, couple);
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = '×';
  remove.setAttribute('aria-label', t('housing.field.removeRoom', { number: index + 1 }));
  remove.addEventListener('click', () => {
    const rooms = readRooms().filter((_, i) => i !== index);
    body.replaceChildren();
    rooms.forEach(addRoom);
  });
  cell(row, remove);
  body.appendChild(row);
}

function readRooms() {
  return [...document.querySelectorAll('#room-table tbody tr')].map((row) => ({
    area: number(row.querySelector('.room-area').value),
    occupants: number(row.querySelector('.room-occupants').value),
    couple: row.querySelector('.room-couple').checked,
  }));
}

function fillForm(d) {
  for (const name of TEXTS) {
    form.elements[name].value = d[name] ?? '';
  }
  for (const name of NUMBERS) {
    form.elements[name].value = d[name] == null ? '' : String(d[name]);
  }
  for (const name of YES_NO) {
    form.elements[name].value = d[name] == null ? '' : String(d[name]);
  }
  form.elements.houseRulesLanguages.value = (d.houseRulesLanguages || []).join(', ');
  form.elements.residentLanguages.value = (d.residentLanguages || []).join(', ');
  form.elements.linkedItems.value = (d.linkedItems || []).join(', ');
  document.querySelector('#room-table tbody').replaceChildren();
  (d.rooms || []).forEach(addRoom);
}

function readForm() {
  const body = {};
  for (const name of TEXTS) {
    body[name] = form.elements[name].value.trim() || null;
  }
  for (const name of NUMBERS) {
    body[name] = number(form.elements[name].value);
  }
  for (const name of YES_NO) {
    const value = form.elements[name].value;
    body[name] = value === '' ? null : value === 'true';
  }
  body.rooms = readRooms();
  body.houseRulesLanguages = list(form.elements.houseRulesLanguages.value);
  body.residentLanguages = list(form.elements.residentLanguages.value);
  body.linkedItems = list(form.elements.linkedItems.value).map((id) => (/^\d+$/.test(id) ? Number(id) : -1));
  return body;
}

function showNorms(view) {
  document.getElementById('norm-section').hidden = false;
  const c = view.normCounts;
  document.getElementById('norm-summary').textContent = t('housing.norms.summary',
    { met: c.met, notMet: c.notMet, unknown: c.unknown, total: view.norms.length });
  document.querySelector('#norm-table tbody').replaceChildren(...view.norms.map((norm) => {
    const row = document.createElement('tr');
    row.dataset.norm = norm.norm;
    cell(row, norm.name);
    cell(row, t(`housing.outcome.${norm.outcome}`)).className = `outcome-${norm.outcome}`;
    cell(row, norm.findings.join('; '));
    return row;
  }));
}

function showDetails(view) {
  const d = view.details;
  const entries = [
    ['housing.field.address', d.address], ['housing.field.municipality', view.municipalityName],
    ['housing.field.kind', t(`housing.kind.${d.kind}`)], ['housing.field.status', t(`housing.status.${d.status}`)],
    ['housing.field.inUseFrom', d.inUseFrom], ['housing.field.closedOn', d.closedOn],
    ['housing.field.operator', d.operator], ['housing.field.beds', d.beds],
    ['housing.field.residents', view.residents], ['housing.field.usableLivingArea', d.usableLivingArea],
    ['housing.field.snfCertified', yesNo(d.snfCertified)], ['housing.field.snfExpiresOn', d.snfExpiresOn],
    ['housing.field.manager', d.manager ? t(`housing.manager.${d.manager}`) : null],
    ['housing.field.contactPerson', d.contactPerson],
    ['housing.field.visibility', t(`housing.visibility.${d.visibility}`)],
  ];
  document.getElementById('details-list').replaceChildren(...entries.flatMap(([key, value]) => {
    const term = document.createElement('dt');
    term.textContent = t(key);
    const description = document.createElement('dd');
    description.textContent = value == null || value === '' ? t('housing.unknown') : String(value);
    return [term, description];
  }));
  document.getElementById('details-section').hidden = false;
}

async function showHistory() {
  const versions = await getJson(`api/v1/housing/locations/${locationId}/versions`);
  document.getElementById('history-list').replaceChildren(...versions.map((v) => {
    const item = document.createElement('li');
    item.textContent = t('housing.location.savedBy', { date: new Date(v.savedAt).toLocaleString(document.documentElement.lang),
      name: v.savedBy, note: v.note });
    return item;
  }));
  document.getElementById('history-section').hidden = false;
}

function show(view, canEdit) {
  document.getElementById('location-title').textContent = view.details.name;
  document.title = `${view.details.name} – ${t('housing.location.title')}`;
  showNorms(view);
  if (canEdit) {
    fillForm(view.details);
    form.hidden = false;
    document.getElementById('details-section').hidden = true;
  } else {
    form.hidden = true;
    showDetails(view);
  }
}

async function save(event) {
  event.preventDefault();
  clearFieldErrors(form);
  showError(errorBox, '');
  statusBox.hidden = true;
  try {
    const view = locationId
      ? await sendJson('PUT', `api/v1/housing/locations/${locationId}`, readForm(), { 'If-Match': etag })
      : await postJson('api/v1/housing/locations', readForm());
    locationId = String(view.id);
    etag = `"${view.version}"`;
    history.replaceState(null, '', `location.html?id=${view.id}`);
    show(view, view.actions.includes('edit'));
    statusBox.textContent = t('housing.location.saved', { revision: view.revision });
    statusBox.hidden = false;
    await showHistory();
    document.getElementById('norms-heading').focus?.();
  } catch (e) {
    showFieldErrors(form, e);
    showError(errorBox, e);
    errorBox.focus();
  }
}

await loadMessages('housing');
const me = await showSession();
const municipalities = await getJson(`api/v1/municipalities?date=${new Date().toISOString().slice(0, 10)}`);
form.elements.municipality.replaceChildren(...municipalities.map((m) => new Option(m.name, m.cbsCode)));
form.elements.kind.replaceChildren(...options(KINDS, 'housing.kind'));
form.elements.status.replaceChildren(...options(STATUSES, 'housing.status'));
form.elements.manager.replaceChildren(new Option(t('housing.unknown'), ''), ...options(MANAGERS, 'housing.manager'));
form.elements.visibility.replaceChildren(...options(VISIBILITIES, 'housing.visibility'));
document.querySelectorAll('select.yes-no').forEach((select) => select.replaceChildren(
  new Option(t('housing.unknown'), ''), new Option(t('housing.yes'), 'true'), new Option(t('housing.no'), 'false')));
document.getElementById('add-room').addEventListener('click', () => addRoom());
form.addEventListener('submit', save);
translate(form);

try {
  if (locationId) {
    const { body, etag: tag } = await getWithEtag(`api/v1/housing/locations/${encodeURIComponent(locationId)}`);
    etag = tag;
    show(body, body.actions.includes('edit'));
    await showHistory();
  } else if (hasRole(me, 'contributor', 'editor', 'coordinator')) {
    document.getElementById('location-title').textContent = t('housing.location.newTitle');
    if (me.municipalityCbsCode) {
      form.elements.municipality.value = me.municipalityCbsCode;
    }
    addRoom();
    form.hidden = false;
  } else {
    showError(errorBox, t('housing.location.notAllowed'));
  }
} catch (e) {
  showError(errorBox, e);
}
document.body.dataset.ready = 'true';
