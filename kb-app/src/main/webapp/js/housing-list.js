// The register of housing locations: filters on municipality, kind, status and name, paged by the server,
// each location with how many norms it meets.
import { getJson } from './api.js';
import { loadMessages, t } from './i18n.js';
import { cell, link, showError } from './dom.js';
import { hasRole, showSession } from './session.js';
import { KINDS, STATUSES, options } from './housing-common.js';

const PAGE_SIZE = 25;
let currentPage = 0;

async function show() {
  const form = document.getElementById('filter-form');
  const query = new URLSearchParams({ size: String(PAGE_SIZE), page: String(currentPage) });
  for (const name of ['municipality', 'kind', 'status', 'q']) {
    if (form.elements[name].value.trim()) {
      query.set(name, form.elements[name].value.trim());
    }
  }
  const errorBox = document.getElementById('list-error');
  showError(errorBox, '');
  let page;
  try {
    page = await getJson(`api/v1/housing/locations?${query}`);
  } catch (e) {
    showError(errorBox, e);
    return;
  }
  const body = document.querySelector('#location-table tbody');
  if (page.locations.length === 0) {
    const row = document.createElement('tr');
    cell(row, t('housing.list.none')).colSpan = 6;
    body.replaceChildren(row);
  } else {
    body.replaceChildren(...page.locations.map((location) => {
      const d = location.details;
      const row = document.createElement('tr');
      cell(row, link(`location.html?id=${location.id}`, d.name));
      cell(row, location.municipalityName ?? d.municipality);
      cell(row, t(`housing.kind.${d.kind}`));
      cell(row, t(`housing.status.${d.status}`));
      cell(row, d.beds == null ? t('housing.unknown') : String(d.beds));
      cell(row, t('housing.list.normSummary', location.normCounts));
      return row;
    }));
  }
  const exportQuery = new URLSearchParams(query);
  exportQuery.delete('page');
  exportQuery.delete('size');
  document.getElementById('export-link').href = `../api/v1/housing/export?${exportQuery}`;
  document.getElementById('list-count').textContent = t('housing.list.count', { count: page.total });
  const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  document.getElementById('paging').hidden = pages <= 1;
  document.getElementById('page-info').textContent = t('housing.list.page', { page: currentPage + 1, pages });
  document.getElementById('page-previous').disabled = currentPage === 0;
  document.getElementById('page-next').disabled = currentPage + 1 >= pages;
}

await loadMessages('housing');
const me = await showSession();
document.getElementById('new-location').hidden = !hasRole(me, 'contributor', 'editor', 'coordinator');
const municipalities = await getJson(`api/v1/municipalities?date=${new Date().toISOString().slice(0, 10)}`);
const form = document.getElementById('filter-form');
form.elements.municipality.replaceChildren(new Option(t('housing.any'), ''),
  ...municipalities.map((m) => new Option(m.name, m.cbsCode)));
form.elements.kind.replaceChildren(new Option(t('housing.any'), ''), ...options(KINDS, 'housing.kind'));
form.elements.status.replaceChildren(new Option(t('housing.any'), ''), ...options(STATUSES, 'housing.status'));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  currentPage = 0;
  show();
});
document.getElementById('page-previous').addEventListener('click', () => { currentPage -= 1; show(); });
document.getElementById('page-next').addEventListener('click', () => { currentPage += 1; show(); });
await show();
document.body.dataset.ready = 'true';
