// The data steward's entry form: one municipality (their own) and one period, with the previous four
// values, the baseline, a comment per indicator, warnings, save as draft and submit.
import { getJson, sendJson } from '../js/api.js';
import { loadMessages, t, currentLanguage } from '../js/i18n.js';
import { hasRole, showSession } from '../js/session.js';
import { cell, errorText, showError as show } from '../js/dom.js';

const areaSelect = document.getElementById('area');
const periodInput = document.getElementById('period');
const errorBox = document.getElementById('form-error');
const statusLine = document.getElementById('form-status');
let current = null;

function previousQuarter() {
  const now = new Date();
  const quarter = Math.floor(now.getMonth() / 3);
  return quarter === 0 ? `${now.getFullYear() - 1}-Q4` : `${now.getFullYear()}-Q${quarter}`;
}

function formUrl() {
  return `api/v1/monitoring/forms/${encodeURIComponent(areaSelect.value)}/${encodeURIComponent(periodInput.value.trim().toUpperCase())}`;
}

function showError(message) {
  errorBox.classList.remove('conflict');
  show(errorBox, message);
}

function statusText(status) {
  return status ? t(`monitoring.status.${status}`) : t('monitoring.status.EMPTY');
}


function lineName(line) {
  return currentLanguage() === 'en' ? line.nameEn : line.nameNl;
}

/** The previous periods that have a value; without any, say so instead of a row of dashes. */
function previousText(previous) {
  const known = previous.filter((p) => p.value !== null && p.value !== undefined);
  if (known.length === 0) {
    return t('monitoring.noPrevious');
  }
  return known.map((p) => `${p.period}: ${formatValue(p.value)}`).join('; ');
}

function formatValue(value) {
  return new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(value);
}

function renderForm(form) {
  current = form;
  const english = currentLanguage() === 'en';
  const body = document.querySelector('#values-table tbody');
  body.replaceChildren();
  for (const line of form.lines) {
    const row = document.createElement('tr');
    row.id = `row-${line.indicator}`;
    const name = document.createElement('label');
    name.htmlFor = `value-${line.indicator}`;
    name.textContent = `${english ? line.nameEn : line.nameNl} (${t(`monitoring.unit.${line.unit}`)})`;
    cell(row, name);
    const input = document.createElement('input');
    input.id = `value-${line.indicator}`;
    input.inputMode = 'decimal';
    input.size = 10;
    input.value = line.value ?? '';
    const valueCell = cell(row, input);
    for (const warning of line.warnings) {
      const p = document.createElement('p');
      p.className = 'warning';
      p.id = `warning-${line.indicator}`;
      p.textContent = `${t('monitoring.warning')}: ${warning}`;
      valueCell.appendChild(p);
    }
    cell(row, previousText(line.previous));
    cell(row, line.baseline ? `${line.baseline.value} (${line.baseline.period})` : '–');
    const comment = document.createElement('input');
    comment.id = `comment-${line.indicator}`;
    comment.size = 24;
    comment.value = line.comment ?? '';
    comment.setAttribute('aria-label', t('monitoring.commentFor', { name: name.textContent }));
    const commentCell = cell(row, comment);
    if (line.returnReason && line.status === 'RETURNED') {
      const p = document.createElement('p');
      p.className = 'warning';
      p.textContent = t('monitoring.returned', { reason: line.returnReason });
      commentCell.appendChild(p);
    }
    const statusCell = cell(row, statusText(line.status));
    if (line.valueId) {
      const history = document.createElement('button');
      history.type = 'button';
      history.textContent = t('monitoring.history');
      history.setAttribute('aria-label', `${t('monitoring.history')}: ${name.textContent}`);
      history.addEventListener('click', () => showHistory(line));
      statusCell.appendChild(document.createElement('br'));
      statusCell.appendChild(history);
    }
    body.appendChild(row);
  }
  if (form.lines.length === 0) {
    // No bare table: say there is nothing to enter for this area and period.
    const row = document.createElement('tr');
    const td = cell(row, t('monitoring.nothingToEnter', { area: form.areaName, period: form.period }));
    td.colSpan = 6;
    body.appendChild(row);
  }
  document.getElementById('save-draft').disabled = form.lines.length === 0;
  document.getElementById('submit-form').disabled = form.lines.length === 0;
  const deadline = form.deadline ? t('monitoring.deadline', { date: form.deadline }) : '';
  statusLine.textContent = `${form.areaName}, ${form.period}: ${t(`monitoring.formStatus.${form.status}`)}. ${deadline}`
    + (form.closed ? ` ${t('monitoring.closed')}` : '');
  document.getElementById('values-form').hidden = false;
  showSuggestions(form).catch(() => {}); // a suggestion is a help; the form works without it
}

/**
 * Values the platform proposes from its own records (the housing register: locations in use at the
 * quarter's end), beside their indicator with the list behind them; the steward decides what to enter.
 */
async function showSuggestions(form) {
  if (!/^GM\d{4}$/.test(form.area ?? areaSelect.value) || !/-Q[1-4]$/.test(form.period)) {
    return;
  }
  const suggestions = await getJson(`api/v1/monitoring/suggestions/${encodeURIComponent(areaSelect.value)}/${encodeURIComponent(form.period)}`);
  for (const suggestion of suggestions) {
    const input = document.getElementById(`value-${suggestion.indicator}`);
    if (!input) {
      continue;
    }
    const details = document.createElement('details');
    details.className = 'suggestion';
    details.id = `suggestion-${suggestion.indicator}`;
    const summary = document.createElement('summary');
    summary.textContent = t('monitoring.suggestion', { value: formatValue(suggestion.value) });
    details.appendChild(summary);
    const source = document.createElement('p');
    source.textContent = suggestion.source;
    details.appendChild(source);
    const list = document.createElement('ul');
    for (const basis of suggestion.basis) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `../${basis.link}`;
      link.textContent = basis.name;
      item.append(link, `: ${formatValue(basis.amount)}`);
      list.appendChild(item);
    }
    if (suggestion.basis.length === 0) {
      const item = document.createElement('li');
      item.textContent = t('monitoring.suggestion.none');
      list.appendChild(item);
    }
    details.appendChild(list);
    if (hasRole(me, 'data-steward', 'coordinator') && !form.closed) {
      const use = document.createElement('button');
      use.type = 'button';
      use.id = `use-suggestion-${suggestion.indicator}`;
      use.textContent = t('monitoring.suggestion.use');
      use.addEventListener('click', () => { input.value = String(suggestion.value); input.focus(); });
      details.appendChild(use);
    }
    input.parentElement.appendChild(details);
  }
}

async function showHistory(line) {
  const changes = await getJson(`api/v1/monitoring/values/${line.valueId}/history`);
  const body = document.querySelector('#history-table tbody');
  body.replaceChildren();
  for (const change of changes) {
    const row = document.createElement('tr');
    cell(row, new Date(change.changedAt).toLocaleString(currentLanguage()));
    cell(row, change.changedBy);
    cell(row, change.oldValue ?? '–');
    cell(row, change.newValue ?? '–');
    cell(row, statusText(change.newStatus));
    cell(row, change.comment ?? '');
    body.appendChild(row);
  }
  document.getElementById('history-heading').textContent = `${t('monitoring.history')}: ${lineName(line)}`;
  document.getElementById('history-section').hidden = false;
}

async function load() {
  showError('');
  if (!periodInput.checkValidity()) {
    showError(t('monitoring.periodHint'));
    return;
  }
  const url = new URL(location.href);
  url.searchParams.set('area', areaSelect.value);
  url.searchParams.set('period', periodInput.value.trim().toUpperCase());
  history.replaceState(null, '', url);
  try {
    renderForm(await getJson(formUrl()));
  } catch (e) {
    document.getElementById('values-form').hidden = true;
    showError(t('error.load', { detail: errorText(e) }));
  }
}

function collect() {
  const values = [];
  const problems = [];
  for (const line of current.lines) {
    const text = document.getElementById(`value-${line.indicator}`).value.trim();
    const comment = document.getElementById(`comment-${line.indicator}`).value.trim();
    if (text === '' && line.value === null) {
      continue;
    }
    const number = text === '' ? null : Number(text.replace(',', '.'));
    if (number !== null && Number.isNaN(number)) {
      problems.push(t('monitoring.notANumber', { value: text, name: lineName(line) }));
      continue;
    }
    values.push({ indicator: line.indicator, value: number, comment, version: line.version });
  }
  return { values, problems };
}

// If-Match carries the state the form was loaded in: a colleague's save in between gives 412, not a silent overwrite.
function ifMatch() {
  return { 'If-Match': `"${current.etag}"` };
}

/** 412: says which figures someone else changed, then shows the stored figures so the steward can redo their change. */
function showConflict(problem, values) {
  const stored = new Map(problem.current.lines.map((line) => [line.indicator, line]));
  const changed = current.lines.filter((line) => {
    const now = stored.get(line.indicator);
    return now && (now.version !== line.version || now.status !== line.status);
  });
  const mine = new Map(values.map((v) => [v.indicator, v.value]));
  const details = changed.map((line) => t('monitoring.conflictLine', {
    name: lineName(line),
    value: stored.get(line.indicator).value ?? '-',
    mine: mine.get(line.indicator) ?? '-',
  }));
  renderForm(problem.current);
  showError(`${t('monitoring.conflict')} ${details.join(' ')}`);
  errorBox.classList.add('conflict');
  errorBox.scrollIntoView({ block: 'center' }); // the save button is at the bottom, the message at the top

}

async function save() {
  const { values, problems } = collect();
  if (problems.length > 0) {
    showError(problems.join(' '));
    return false;
  }
  const reason = document.getElementById('reason').value.trim();
  try {
    renderForm(await sendJson('PUT', formUrl(), { values, reason: reason || null }, ifMatch()));
  } catch (e) {
    if (e.status === 412 && e.problem && e.problem.current) {
      showConflict(e.problem, values);
      return false;
    }
    throw e;
  }
  return true;
}

document.getElementById('save-draft').addEventListener('click', async () => {
  showError('');
  try {
    if (await save()) {
      statusLine.textContent = `${t('monitoring.saved')} ${statusLine.textContent}`;
    }
  } catch (e) {
    showError(e);
  }
});

document.getElementById('submit-form').addEventListener('click', async () => {
  showError('');
  try {
    if (await save()) {
      renderForm(await sendJson('POST', `${formUrl()}/submit`, undefined, ifMatch()));
      statusLine.textContent = `${t('monitoring.submitted')} ${statusLine.textContent}`;
    }
  } catch (e) {
    showError(e);
  }
});

document.getElementById('choose-form').addEventListener('submit', (event) => {
  event.preventDefault();
  load();
});

await loadMessages('monitoring');
const me = await showSession();
const params = new URLSearchParams(location.search);
if (me.roles.includes('coordinator') || me.roles.includes('steering')) {
  const members = await getJson(`api/v1/municipalities?date=${new Date().toISOString().slice(0, 10)}`);
  const region = new Option(t('monitoring.region'), 'region');
  areaSelect.add(region);
  for (const m of members) {
    areaSelect.add(new Option(m.name, m.cbsCode));
  }
} else if (me.municipalityCbsCode) {
  areaSelect.add(new Option(me.municipality, me.municipalityCbsCode));
}
const asked = params.get('area');
if (asked && [...areaSelect.options].some((option) => option.value === asked)) {
  areaSelect.value = asked;
} else if (asked && areaSelect.options.length > 0) {
  // Another municipality's address: say plainly why this form shows the own municipality instead.
  showError(t('monitoring.otherMunicipality', { asked, own: areaSelect.options[0].text }));
}
// Only the coordinator corrects approved or closed periods with a reason; stewards and the coordinator save.
document.getElementById('reason-field').hidden = !hasRole(me, 'coordinator');
const mayEnter = hasRole(me, 'coordinator', 'data-steward');
document.getElementById('save-draft').hidden = !mayEnter;
document.getElementById('submit-form').hidden = !mayEnter;
periodInput.value = params.get('period') || previousQuarter();
if (areaSelect.options.length > 0) {
  const warning = errorBox.hidden ? '' : errorBox.textContent;
  await load();
  if (warning && errorBox.hidden) {
    showError(warning);
  }
} else {
  showError(t('monitoring.noMunicipality'));
}
document.body.dataset.ready = 'true';
