// The annual policy report: per theme and indicator region and subregions against baseline and
// target with a chart and a table, a per-municipality table and the completeness said plainly.
// The print stylesheet turns it into clean A4 pages (print to PDF for a download).
import { getJson } from '../js/api.js';
import { loadMessages, t } from '../js/i18n.js';
import { showSession } from '../js/session.js';
import { bindFilters, fillTable, formatChange, formatNumber, indicatorName, query, trendChart, valuesOf } from './charts.js';

const form = document.getElementById('filters');
const errorBox = document.getElementById('error');

function indicatorSection(item) {
  const section = document.createElement('section');
  section.className = 'report-indicator';
  section.id = `report-${item.indicator}`;
  const heading = document.createElement('h3');
  heading.textContent = indicatorName(item);
  const summary = document.createElement('p');
  summary.textContent = t('dashboard.report.indicatorSummary', {
    baseline: item.baseline ? `${formatNumber(item.baseline.value)} (${item.baseline.period})` : t('dashboard.missing'),
    change: formatChange(item.figures.sinceBaseline),
    target: item.target
      ? t(`dashboard.direction.${item.target.direction}`, { value: formatNumber(item.target.value), year: item.target.year })
      : t('dashboard.noTarget'),
    onTrack: t(`dashboard.onTrack.${item.figures.onTrack === undefined || item.figures.onTrack === null ? 'unknown' : item.figures.onTrack}`),
  });
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 220;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', t('dashboard.trendChart'));
  const table = document.createElement('table');
  const caption = document.createElement('caption');
  caption.textContent = indicatorName(item);
  caption.className = 'visually-hidden';
  table.appendChild(caption);
  section.append(heading, summary, canvas, table);
  trendChart(canvas, item.trend.map((p) => p.period), [{ label: t('dashboard.region'), data: valuesOf(item.trend) }], {
    baseline: item.baseline ? item.baseline.value : null,
    baselineLabel: t('dashboard.baseline'),
    target: item.target ? item.target.value : null,
    targetLabel: t('dashboard.target'),
  });
  const figures = [{ ...item.region, label: t('dashboard.region') }, ...item.subregions];
  fillTable(table, [t('dashboard.area'), t('dashboard.value'), t('dashboard.reported')],
    figures.map((f) => [f.label, f.value ?? null, t('dashboard.reportedOf', { reported: f.reported, expected: f.expected })]));
  return section;
}

function municipalityTable(report) {
  const indicators = report.themes.flatMap((theme) => theme.indicators).filter((i) => i.municipalities.length > 0);
  const rows = report.municipalities.map((m) => [m.name, ...indicators.map((i) => {
    const figure = i.municipalities.find((f) => f.area === m.cbsCode);
    return figure && !figure.missing ? figure.value ?? null : null;
  })]);
  fillTable(document.getElementById('municipality-table'), [t('dashboard.municipality'), ...indicators.map((i) => i.indicator)], rows);
}

async function load() {
  errorBox.hidden = true;
  document.body.dataset.ready = 'false';
  const year = form.elements.year.value.trim() || String(new Date().getFullYear() - 1);
  form.elements.year.value = year;
  const themes = document.getElementById('themes');
  themes.replaceChildren();
  try {
    const report = await getJson(`api/v1/reports/${encodeURIComponent(year)}`);
    document.getElementById('title').textContent = t('dashboard.report.titleYear', { year: report.year });
    document.getElementById('members').textContent = t('dashboard.report.members', {
      count: report.municipalityCount, year: report.year,
    });
    const c = report.completeness;
    document.getElementById('completeness').textContent = report.hasData
      ? t('dashboard.report.completeness', {
        reported: c.reportedValues, expected: c.expectedValues, missing: c.expectedValues - c.reportedValues,
        unapproved: c.unapprovedValues,
      })
      : t('dashboard.report.noData', { year: report.year });
    const gaps = document.getElementById('gaps');
    gaps.replaceChildren(...c.gaps.map((gap) => {
      const li = document.createElement('li');
      const all = gap.municipalities.length === report.municipalityCount && report.municipalityCount > 1;
      li.textContent = `${gap.indicator}: ${all ? t('dashboard.report.allMissing', { count: report.municipalityCount })
        : gap.municipalities.map((m) => (m === 'region' ? t('dashboard.region') : m)).join(', ')}`;
      return li;
    }));
    for (const theme of report.themes) {
      const section = document.createElement('section');
      section.className = 'theme-section';
      const heading = document.createElement('h2');
      heading.textContent = t(`dashboard.theme.${theme.theme}`);
      section.appendChild(heading);
      themes.appendChild(section);
      theme.indicators.forEach((item) => section.appendChild(indicatorSection(item)));
    }
    municipalityTable(report);
  } catch (e) {
    errorBox.textContent = e.message;
    errorBox.hidden = false;
  }
  document.body.dataset.ready = 'true';
}

await loadMessages('dashboard');
await showSession();
document.getElementById('print').addEventListener('click', () => window.print());
bindFilters(form, ['year'], load);
await load();
