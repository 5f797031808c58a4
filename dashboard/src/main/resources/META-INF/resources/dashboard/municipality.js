// One municipality: all its indicators against its own baseline and against the region, how complete
// its figures are, and links to its recent knowledge-base items, so figures and knowledge meet.
import { getJson } from '../js/api.js';
import { loadMessages, t } from '../js/i18n.js';
import { showSession } from '../js/session.js';
import { showError } from '../js/dom.js';
import { bindFilters, csvLink, fillTable, formatChange, formatNumber, indicatorName, query } from './charts.js';

const FILTERS = ['code', 'period'];
const form = document.getElementById('filters');
const errorBox = document.getElementById('error');

function knowledgeItem(item) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = `../${item.link}`;
  a.textContent = item.title;
  li.append(`${t(`dashboard.kind.${item.kind}`)}: `, a, ` (${item.publishedOn}) – ${item.summary}`);
  return li;
}

/** The counts per 1,000 inhabitants beside the four members nearest in population and the region. */
function showPeers(page) {
  const intro = document.getElementById('peers-intro');
  const table = document.getElementById('peers-table');
  const counts = page.indicators.filter((i) => i.perThousand);
  if (page.population === null || page.population === undefined || page.peers.length === 0) {
    intro.textContent = t('dashboard.peers.noPopulation', { period: page.period });
    table.hidden = true;
    return;
  }
  intro.textContent = t('dashboard.peers.intro', {
    name: page.name,
    population: formatNumber(page.population),
    period: page.period,
    peers: page.peers.map((p) => `${p.name} (${formatNumber(p.population)})`).join(', '),
  });
  table.hidden = false;
  fillTable(table, [t('dashboard.indicator.title'), page.name, ...page.peers.map((p) => p.name), t('dashboard.region')],
    counts.map((i) => [indicatorName(i), i.perThousand.value ?? null, ...i.perThousand.peers.map((p) => p.value ?? null),
      i.perThousand.region ?? null]));
}

async function load() {
  showError(errorBox, '');
  document.body.dataset.ready = 'false';
  try {
    const code = form.elements.code.value.trim();
    if (!code) {
      throw new Error(t('dashboard.municipality.none'));
    }
    const params = query(form, ['period']);
    const [page, knowledge] = await Promise.all([
      getJson(`api/v1/dashboard/municipalities/${encodeURIComponent(code)}?${params}`),
      getJson(`api/v1/dashboard/municipalities/${encodeURIComponent(code)}/knowledge`),
    ]);
    document.getElementById('title').textContent = page.name;
    document.title = `${page.name} – ${t('dashboard.municipality.title')}`;
    form.elements.period.value = page.period;
    document.getElementById('subregion').textContent = `${t('dashboard.subregion')}: ${page.subregion}`;
    document.getElementById('completeness').textContent = t('dashboard.municipality.completeness', page.completeness);
    const table = document.getElementById('indicator-table');
    fillTable(table, [t('dashboard.indicator.title'), `${t('dashboard.value')} ${page.period}`, t('dashboard.sinceBaseline'),
      t('dashboard.sinceYearBefore'), t('dashboard.region'), t('dashboard.source')],
    page.indicators.map((i) => {
      const latest = i.figures.latest && i.figures.latest.period === page.period ? i.figures.latest.value : null;
      return [indicatorName(i), latest, formatChange(i.figures.sinceBaseline), formatChange(i.figures.sinceYearBefore),
        i.regionValue ?? null, i.source ? t('dashboard.publicSource', i.source) : ''];
    }));
    csvLink(document.getElementById('indicator-csv'), table, `${page.cbsCode}-${page.period}.csv`);
    showPeers(page);
    const list = document.getElementById('knowledge');
    list.replaceChildren(...(knowledge.length > 0 ? knowledge.map(knowledgeItem)
      : [Object.assign(document.createElement('li'), { textContent: t('dashboard.municipality.noKnowledge') })]));
  } catch (e) {
    showError(errorBox, e.status === 404 ? `${t('dashboard.municipality.unknown')} ${e.message}` : e.message);
  }
  document.body.dataset.ready = 'true';
}

await loadMessages('dashboard');
await showSession();
bindFilters(form, FILTERS, load);
await load();
