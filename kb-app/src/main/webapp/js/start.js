// Start page: the member municipalities on a chosen date and the indicator catalogue.
import { getJson } from './api.js';
import { loadMessages, t, currentLanguage } from './i18n.js';
import { showSession } from './session.js';
import { cell, errorText, showError } from './dom.js';

const dateInput = document.getElementById('member-date');

function chosenDate() {
  const fromUrl = new URLSearchParams(location.search).get('date');
  return fromUrl || new Date().toISOString().slice(0, 10);
}

async function showMembers(date) {
  const error = document.getElementById('member-error');
  const body = document.querySelector('#municipality-table tbody');
  error.hidden = true;
  try {
    const members = await getJson(`api/v1/municipalities?date=${encodeURIComponent(date)}`);
    body.replaceChildren();
    for (const member of members) {
      const row = document.createElement('tr');
      cell(row, member.name);
      cell(row, member.cbsCode);
      cell(row, member.subregion);
      body.appendChild(row);
    }
    document.getElementById('member-count').textContent = t('members.count', { count: members.length, date });
  } catch (e) {
    body.replaceChildren();
    document.getElementById('member-count').textContent = '';
    showError(error, t('error.load', { detail: errorText(e) }));
  }
}

async function showIndicators() {
  const indicators = await getJson('api/v1/indicators');
  const body = document.querySelector('#indicator-table tbody');
  const english = currentLanguage() === 'en';
  body.replaceChildren();
  for (const indicator of indicators) {
    const row = document.createElement('tr');
    cell(row, indicator.code);
    cell(row, english ? indicator.nameEn : indicator.nameNl);
    cell(row, t(`indicator.unit.${indicator.unit}`));
    cell(row, t(`indicator.periodType.${indicator.periodType}`));
    cell(row, t(`indicator.level.${indicator.level}`));
    body.appendChild(row);
  }
}

await loadMessages('app');
await showSession();
dateInput.value = chosenDate();
dateInput.addEventListener('change', () => {
  if (!dateInput.value) {
    return;
  }
  const url = new URL(location.href);
  url.searchParams.set('date', dateInput.value);
  history.replaceState(null, '', url);
  showMembers(dateInput.value);
});
await Promise.all([showMembers(dateInput.value), showIndicators()]);
document.body.dataset.ready = 'true';
