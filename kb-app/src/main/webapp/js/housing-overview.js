// The coordinator's overview of the register (GET /api/v1/housing/overview): locations and beds per
// municipality and kind, and per norm how many locations meet it.
import { getJson } from './api.js';
import { loadMessages, t } from './i18n.js';
import { cell, showError } from './dom.js';
import { showSession } from './session.js';

function rows(tableId, entries, toCells) {
  const body = document.querySelector(`#${tableId} tbody`);
  if (entries.length === 0) {
    const row = document.createElement('tr');
    cell(row, t('housing.overview.none')).colSpan = document.querySelectorAll(`#${tableId} thead th`).length;
    body.replaceChildren(row);
    return;
  }
  body.replaceChildren(...entries.map((entry) => {
    const row = document.createElement('tr');
    toCells(entry).forEach((content) => cell(row, content));
    return row;
  }));
}

await loadMessages('housing');
await showSession();
try {
  const overview = await getJson('api/v1/housing/overview');
  document.getElementById('overview-total').textContent = t('housing.overview.total',
    { locations: overview.locations, beds: overview.beds });
  rows('group-table', overview.groups, (g) => [g.municipalityName ?? g.municipality, t(`housing.kind.${g.kind}`),
    String(g.locations), String(g.inUse), String(g.beds)]);
  rows('norm-table', overview.locations === 0 ? [] : overview.norms,
    (n) => [n.name, String(n.met), String(n.notMet), String(n.unknown)]);
} catch (e) {
  showError(document.getElementById('overview-error'), e);
}
document.body.dataset.ready = 'true';
