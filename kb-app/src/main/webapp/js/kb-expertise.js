// The expertise point: participation cases, filtered on outcome, method, phase, kind of housing and participants.
import { getJson } from './api.js';
import { loadMessages, t, tn } from './i18n.js';
import { hasRole, showSession } from './session.js';
import { cell, link, showError } from './dom.js';
import { HOUSING_KINDS, KB_API, METHODS, OUTCOMES, PARTICIPANTS, PHASES, fillSelect, label } from './kb-common.js';

let writer = false;

async function show() {
  const form = document.getElementById('expertise-form');
  const query = new URLSearchParams({ kind: 'PARTICIPATION_CASE', size: '100' });
  let filtered = false;
  for (const name of ['outcome', 'method', 'phase', 'housingKind', 'participant']) {
    if (form.elements[name].value) {
      query.set(name, form.elements[name].value);
      filtered = true;
    }
  }
  const error = document.getElementById('expertise-error');
  error.hidden = true;
  try {
    const page = await getJson(`${KB_API}items?${query}`);
    const rows = page.items.map((item) => {
      const pc = item.participation ?? {};
      const row = document.createElement('tr');
      cell(row, link(`item.html?id=${item.id}`, item.title));
      cell(row, item.municipalityName ?? t('kb.region'));
      cell(row, pc.location);
      cell(row, pc.beds);
      cell(row, (pc.methods ?? []).map((m) => label('method', m)).join(', '));
      cell(row, label('outcome', pc.outcome));
      return row;
    });
    document.querySelector('#case-table tbody').replaceChildren(...rows);
    document.getElementById('expertise-count').textContent = tn('kb.expertise.count', page.total);
    // No bare empty table: say why and what to do next.
    document.getElementById('case-table').hidden = page.total === 0;
    document.getElementById('case-empty').hidden = page.total !== 0;
    document.getElementById('case-empty-filtered').hidden = !filtered;
    document.getElementById('case-empty-writer').hidden = !writer;
  } catch (e) {
    showError(error, e);
  }
}

await loadMessages('kb');
const me = await showSession();
writer = hasRole(me, 'contributor', 'editor');
document.getElementById('record-case').hidden = !writer;
fillSelect(document.getElementById('filter-outcome'), 'outcome', OUTCOMES, 'kb.any');
fillSelect(document.getElementById('filter-method'), 'method', METHODS, 'kb.any');
fillSelect(document.getElementById('filter-phase'), 'phase', PHASES, 'kb.any');
fillSelect(document.getElementById('filter-housing'), 'housingKind', HOUSING_KINDS, 'kb.any');
fillSelect(document.getElementById('filter-participant'), 'participant', PARTICIPANTS, 'kb.any');
document.getElementById('expertise-form').addEventListener('change', show);
await show();
document.body.dataset.ready = 'true';
