// One indicator: a trend chart per area with baseline and target lines, a comparison of the
// municipalities for one period, a table with the same numbers under each chart and CSV export.
import { getJson } from '../js/api.js';
import { loadMessages, t } from '../js/i18n.js';
import { showSession } from '../js/session.js';
import { showError } from '../js/dom.js';
import {
  barChart, bindFilters, breakNotes, breaksOf, csvLink, fillTable, formatChange, formatNumber, indicatorName, linkRowHeaders, query,
  trendChart, valuesOf,
} from './charts.js';

const FILTERS = ['code', 'areas', 'from', 'to', 'granularity', 'period'];
const form = document.getElementById('filters');
const errorBox = document.getElementById('error');
const statusLine = document.getElementById('status');
const { Chart } = window;

function areaLabel(series) {
  return series.area === 'region' ? t('dashboard.region') : series.label;
}

function drawTrend(page) {
  const labels = page.series[0] ? page.series[0].points.map((p) => p.period) : [];
  const canvas = document.getElementById('trend-chart');
  Chart.getChart(canvas)?.destroy();
  const breaks = breaksOf(page, ...page.series);
  const breakPeriods = new Set(breaks.map((b) => b.period));
  trendChart(canvas, labels, page.series.map((s) => ({ label: areaLabel(s), data: valuesOf(s.points) })), {
    baseline: page.baseline ? page.baseline.value : null,
    baselineLabel: page.baseline ? t('dashboard.baselineOf', { period: page.baseline.period }) : '',
    target: page.target ? page.target.value : null,
    targetLabel: page.target ? t('dashboard.targetOf', { year: page.target.year }) : '',
  }, { breaks });
  breakNotes(document.getElementById('trend-breaks'), breaks);
  const headers = [t('dashboard.periodColumn'), ...page.series.map(areaLabel)];
  const rows = labels.map((label, i) => [breakPeriods.has(label) ? `${label} *` : label, ...page.series.map((s) => s.points[i].value ?? null)]);
  if (page.baseline) {
    headers.push(t('dashboard.baselineOf', { period: page.baseline.period }));
    rows.forEach((row) => row.push(page.baseline.value));
  }
  if (page.target) {
    headers.push(t('dashboard.targetOf', { year: page.target.year }));
    rows.forEach((row) => row.push(page.target.value));
  }
  const table = document.getElementById('trend-table');
  fillTable(table, headers, rows);
  csvLink(document.getElementById('trend-csv'), table, `${page.indicator}-trend-${page.from}-${page.to}.csv`);
}

function drawComparison(page) {
  const { comparison } = page;
  const canvas = document.getElementById('comparison-chart');
  Chart.getChart(canvas)?.destroy();
  document.getElementById('per-thousand').textContent = comparison.perThousandAvailable ? '' : t('dashboard.noPopulation');
  document.getElementById('comparison-heading').textContent = t('dashboard.comparisonIn', { period: comparison.period });
  barChart(canvas, comparison.rows.map((r) => r.name), comparison.rows.map((r) => r.value ?? null), indicatorName(page));
  const table = document.getElementById('comparison-table');
  const perThousand = comparison.perThousandAvailable;
  fillTable(table, [t('dashboard.municipality'), t('dashboard.subregion'), comparison.period,
    ...(perThousand ? [t('dashboard.perThousand')] : [])],
  comparison.rows.map((r) => [r.name, r.subregion, r.value ?? null, ...(perThousand ? [r.perThousand ?? null] : [])]));
  linkRowHeaders(table, comparison.rows.map((r) => `municipality.html?code=${encodeURIComponent(r.cbsCode)}&period=${comparison.period.slice(0, 4)}`));
  csvLink(document.getElementById('comparison-csv'), table, `${page.indicator}-${comparison.period}.csv`);
}

async function load() {
  showError(errorBox, '');
  document.body.dataset.ready = 'false';
  const params = query(form, FILTERS);
  params.delete('code');
  try {
    const code = form.elements.code.value.trim();
    if (!code) {
      throw new Error(t('dashboard.indicator.none'));
    }
    const page = await getJson(`api/v1/dashboard/indicators/${encodeURIComponent(code)}?${params}`);
    document.getElementById('title').textContent = indicatorName(page);
    document.title = `${indicatorName(page)} – ${t('dashboard.indicator.title')}`;
    const f = page.figures;
    document.getElementById('figures').textContent = t('dashboard.indicator.figures', {
      latest: f.latest ? `${formatNumber(f.latest.value)} (${f.latest.period})` : t('dashboard.missing'),
      baseline: formatChange(f.sinceBaseline),
      yearBefore: formatChange(f.sinceYearBefore),
    });
    drawTrend(page);
    drawComparison(page);
    statusLine.textContent = t('dashboard.indicator.status', { from: page.from, to: page.to });
  } catch (e) {
    showError(errorBox, e.status === 404 ? `${t('dashboard.indicator.unknown')} ${e.message}` : e.message);
  }
  document.body.dataset.ready = 'true';
}

await loadMessages('dashboard');
await showSession();
bindFilters(form, FILTERS, load);
await load();
