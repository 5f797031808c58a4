// The coordinator's overview of a period: who submitted, was approved, has not started or is late;
// approve or send back (with a reason); set the period's deadline.
import { getJson, sendJson, postJson, postFile } from '../js/api.js';
import { loadMessages, t } from '../js/i18n.js';
import { hasRole, showSession } from '../js/session.js';
import { cell, errorText, showError } from '../js/dom.js';

const periodInput = document.getElementById('period');
const errorBox = document.getElementById('overview-error');
const statusLine = document.getElementById('overview-status');
let coordinator = false;

function period() {
  return periodInput.value.trim().toUpperCase();
}


function button(id, key, handler) {
  const b = document.createElement('button');
  b.type = 'button';
  b.id = id;
  b.textContent = t(key);
  b.addEventListener('click', handler);
  return b;
}

async function act(municipality, action, body) {
  showError(errorBox, '');
  try {
    await postJson(`api/v1/monitoring/forms/${municipality.cbsCode}/${encodeURIComponent(period())}/${action}`, body);
    await load();
    statusLine.textContent = t(`monitoring.done.${action}`, { name: municipality.name });
  } catch (e) {
    showError(errorBox, e);
  }
}

function actions(municipality) {
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.href = `entry.html?area=${municipality.cbsCode}&period=${encodeURIComponent(period())}`;
  link.textContent = t('monitoring.open');
  box.appendChild(link);
  if (!coordinator) {
    return box;
  }
  if (municipality.status === 'SUBMITTED') {
    box.appendChild(button(`approve-${municipality.cbsCode}`, 'monitoring.approve', () => act(municipality, 'approve')));
  }
  if (municipality.status === 'SUBMITTED' || municipality.status === 'APPROVED') {
    const reason = document.createElement('input');
    reason.id = `reason-${municipality.cbsCode}`;
    reason.size = 20;
    reason.setAttribute('aria-label', t('monitoring.sendBackReason', { name: municipality.name }));
    box.appendChild(reason);
    box.appendChild(button(`send-back-${municipality.cbsCode}`, 'monitoring.sendBack',
      () => act(municipality, 'send-back', { reason: reason.value })));
  }
  return box;
}

async function load() {
  showError(errorBox, '');
  if (!periodInput.checkValidity()) {
    showError(errorBox, t('monitoring.periodHint'));
    return;
  }
  const url = new URL(location.href);
  url.searchParams.set('period', period());
  history.replaceState(null, '', url);
  try {
    const overview = await getJson(`api/v1/monitoring/completeness?period=${encodeURIComponent(period())}`);
    const body = document.querySelector('#completeness-table tbody');
    body.replaceChildren();
    for (const m of overview.municipalities) {
      const row = document.createElement('tr');
      row.id = `row-${m.cbsCode}`;
      cell(row, m.name);
      cell(row, m.subregion);
      cell(row, t(`monitoring.formStatus.${m.status}`)).className = `status status-${m.status}`;
      cell(row, `${m.entered} / ${m.due}`);
      cell(row, m.late ? t('monitoring.yes') : '');
      cell(row, actions(m));
      body.appendChild(row);
    }
    document.getElementById('deadline').value = overview.deadline || '';
    const delivered = overview.municipalities.filter((m) => m.status === 'SUBMITTED' || m.status === 'APPROVED').length;
    statusLine.textContent = t('monitoring.overview', { period: overview.period, delivered, total: overview.municipalities.length });
  } catch (e) {
    showError(errorBox, t('error.load', { detail: errorText(e) }));
  }
}

document.getElementById('choose-form').addEventListener('submit', (event) => {
  event.preventDefault();
  load();
});

document.getElementById('deadline-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  showError(errorBox, '');
  try {
    const saved = await sendJson('PUT', `api/v1/monitoring/periods/${encodeURIComponent(period())}`,
      { deadline: document.getElementById('deadline').value });
    await load();
    statusLine.textContent = t('monitoring.deadlineSaved', { period: saved.period, date: saved.deadline });
  } catch (e) {
    showError(errorBox, e);
  }
});

/** The coordinator's imports of CBS files and the mapping of CBS measures to indicators. */
async function loadPublicFigures() {
  const errorLine = document.getElementById('public-figures-error');
  showError(errorLine, '');
  try {
    const [imports, mappings] = await Promise.all([getJson('api/v1/monitoring/public-figures/imports'),
      getJson('api/v1/monitoring/public-figures/mappings')]);
    const importRows = imports.map((i) => {
      const row = document.createElement('tr');
      const c = i.counts;
      [new Date(i.importedAt).toLocaleString(document.documentElement.lang), i.table, i.downloaded,
        `${c.stored} / ${c.replaced} / ${c.unchanged} / ${c.skippedOutside + c.skippedOtherAreas + c.skippedPeriods}`,
        i.importedBy].forEach((text) => cell(row, text));
      return row;
    });
    document.querySelector('#imports-table tbody').replaceChildren(...importRows);
    const english = document.documentElement.lang === 'en';
    const mappingRows = mappings.map((m) => {
      const row = document.createElement('tr');
      [m.table, m.measure, `${m.indicator} – ${english ? m.indicatorNameEn : m.indicatorNameNl}`, String(m.factor)]
        .forEach((text) => cell(row, text));
      return row;
    });
    document.querySelector('#mappings-table tbody').replaceChildren(...mappingRows);
  } catch (e) {
    showError(errorLine, e);
  }
}

/** A StatLine file sent as it is; the answer says what was (or would be) stored, or lists each problem by row and column. */
document.getElementById('public-figures-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = document.getElementById('public-figures-file').files[0];
  const table = document.getElementById('public-figures-table').value.trim();
  const dryRun = document.getElementById('public-figures-dry-run').checked;
  const status = document.getElementById('public-figures-status');
  const errorLine = document.getElementById('public-figures-error');
  const problems = document.getElementById('public-figures-problems');
  showError(errorLine, '');
  problems.hidden = true;
  status.textContent = t('monitoring.publicFigures.importing', { name: file.name });
  const query = new URLSearchParams({ dryRun: String(dryRun) });
  if (table) {
    query.set('table', table);
  }
  try {
    const reply = await postFile(`api/v1/monitoring/public-figures?${query}`, file);
    status.textContent = reply.detail;
    await loadPublicFigures();
  } catch (e) {
    status.textContent = '';
    showError(errorLine, e);
    const rows = (e.problem && Array.isArray(e.problem.errors) ? e.problem.errors : []).map((p) => {
      const row = document.createElement('tr');
      [String(p.row ?? ''), p.column ?? '', p.problem ?? ''].forEach((text) => cell(row, text));
      return row;
    });
    problems.querySelector('tbody').replaceChildren(...rows);
    problems.hidden = rows.length === 0;
  }
});

await loadMessages('monitoring');
const me = await showSession();
coordinator = hasRole(me, 'coordinator');
document.getElementById('deadline-form').hidden = !coordinator;
document.getElementById('public-figures').hidden = !coordinator;
if (coordinator) {
  await loadPublicFigures();
}
const now = new Date();
const quarter = Math.floor(now.getMonth() / 3);
periodInput.value = new URLSearchParams(location.search).get('period')
  || (quarter === 0 ? `${now.getFullYear() - 1}-Q4` : `${now.getFullYear()}-Q${quarter}`);
await load();
document.body.dataset.ready = 'true';
