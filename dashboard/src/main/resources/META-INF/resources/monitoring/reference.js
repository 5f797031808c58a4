// The coordinator's page for the reference points of the monitor: per indicator its baselines and
// targets (PUT /api/v1/monitoring/baselines|targets/...) and the versions of its definition, whose
// footnote is printed wherever a series crosses the change (POST /api/v1/indicators/{code}/definitions).
import { getJson, postJson, sendJson } from '../js/api.js';
import { currentLanguage, loadMessages, t } from '../js/i18n.js';
import { showSession } from '../js/session.js';
import { cell, clearFieldErrors, showError, showFieldErrors } from '../js/dom.js';

const indicatorSelect = document.getElementById('indicator');
const errorBox = document.getElementById('reference-error');
const statusBox = document.getElementById('reference-status');
const areaNames = new Map([['region', null]]);
let indicators = [];

function indicatorName(indicator) {
  return currentLanguage() === 'en' ? indicator.nameEn : indicator.nameNl;
}

function areaName(code) {
  if (!code || code === 'region' || code === 'REGION') {
    return t('monitoring.region');
  }
  return areaNames.get(code) ?? code;
}

function formatNumber(value) {
  return new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 4 }).format(value);
}

function number(text) {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
}

function say(text) {
  statusBox.textContent = text;
  statusBox.hidden = false;
}

function rows(tableId, entries, toCells, emptyKey) {
  const body = document.querySelector(`#${tableId} tbody`);
  if (entries.length === 0) {
    const row = document.createElement('tr');
    const td = cell(row, t(emptyKey));
    td.colSpan = document.querySelectorAll(`#${tableId} thead th`).length;
    body.replaceChildren(row);
    return;
  }
  body.replaceChildren(...entries.map((entry) => {
    const row = document.createElement('tr');
    toCells(entry).forEach((content) => cell(row, content));
    return row;
  }));
}

async function show() {
  const code = indicatorSelect.value;
  const url = new URL(location.href);
  url.searchParams.set('indicator', code);
  history.replaceState(null, '', url);
  const [baselines, targets, definitions] = await Promise.all([
    getJson(`api/v1/monitoring/baselines?indicator=${encodeURIComponent(code)}`),
    getJson(`api/v1/monitoring/targets?indicator=${encodeURIComponent(code)}`),
    getJson(`api/v1/indicators/${encodeURIComponent(code)}/definitions`),
  ]);
  rows('baseline-table', baselines, (b) => [areaName(b.area), formatNumber(b.value), b.referencePeriod], 'monitoring.reference.noBaselines');
  rows('target-table', targets, (tg) => [areaName(tg.area), String(tg.targetYear),
    `${t(`monitoring.reference.${tg.direction}`)} ${formatNumber(tg.value)}`], 'monitoring.reference.noTargets');
  rows('definition-table', definitions, (d) => [String(d.version), d.validFrom, d.definition, d.footnote ?? ''],
    'monitoring.reference.noDefinitions');
}

/** Sends a form's request; on a refusal the server's texts go next to the fields they name. */
async function submit(form, request, done) {
  clearFieldErrors(form);
  showError(errorBox, '');
  statusBox.hidden = true;
  try {
    await request();
    await show();
    say(done);
  } catch (e) {
    showFieldErrors(form, e);
    showError(errorBox, e);
    errorBox.focus();
  }
}

function fillAreas(select, members) {
  const subregions = [...new Set(members.map((m) => m.subregion))].sort();
  select.replaceChildren(new Option(t('monitoring.region'), 'region'),
    ...subregions.map((s) => new Option(`${t('monitoring.reference.subregion')} ${s}`, s)),
    ...members.map((m) => new Option(m.name, m.cbsCode)));
}

await loadMessages('monitoring');
await showSession();
const members = await getJson(`api/v1/municipalities?date=${new Date().toISOString().slice(0, 10)}`);
members.forEach((m) => areaNames.set(m.cbsCode, m.name));
fillAreas(document.getElementById('baseline-area'), members);
fillAreas(document.getElementById('target-area'), members);
indicators = await getJson('api/v1/indicators');
indicatorSelect.replaceChildren(...indicators.map((i) => new Option(indicatorName(i), i.code)));
const asked = new URLSearchParams(location.search).get('indicator');
if (indicators.some((i) => i.code === asked)) {
  indicatorSelect.value = asked;
}
indicatorSelect.addEventListener('change', () => show().catch((e) => showError(errorBox, e)));

document.getElementById('baseline-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const f = event.target.elements;
  submit(event.target, () => sendJson('PUT',
    `api/v1/monitoring/baselines/${encodeURIComponent(indicatorSelect.value)}/${encodeURIComponent(f.area.value)}`,
    { value: number(f.value.value), referencePeriod: f.referencePeriod.value.trim() }),
  t('monitoring.reference.baselineSaved', { area: areaName(f.area.value) }));
});
document.getElementById('target-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const f = event.target.elements;
  submit(event.target, () => sendJson('PUT',
    `api/v1/monitoring/targets/${encodeURIComponent(indicatorSelect.value)}/${encodeURIComponent(f.area.value)}/${encodeURIComponent(f.year.value.trim())}`,
    { direction: f.direction.value, value: number(f.value.value) }),
  t('monitoring.reference.targetSaved', { area: areaName(f.area.value), year: f.year.value.trim() }));
});
document.getElementById('definition-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const f = event.target.elements;
  submit(event.target, () => postJson(`api/v1/indicators/${encodeURIComponent(indicatorSelect.value)}/definitions`,
    { validFrom: f.validFrom.value.trim(), definition: f.definition.value.trim(), footnote: f.footnote.value.trim() }),
  t('monitoring.reference.definitionSaved'));
});
try {
  await show();
} catch (e) {
  showError(errorBox, e);
}
document.body.dataset.ready = 'true';
