// Shared by the dashboard pages: Chart.js set-up (loaded as a classic script before the page module),
// a palette for colour-blind readers that also survives grey print (Okabe-Ito colours plus a dash
// pattern and marker per series), number formatting, tables under charts and CSV export.
import { currentLanguage, t } from '../js/i18n.js';

const { Chart } = window;

export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
export const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2], [12, 6], [6, 2, 2, 2]];
export const MARKERS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'rectRounded', 'cross'];

if (Chart) {
  Chart.defaults.font.family = 'system-ui, sans-serif';
  Chart.defaults.color = '#1a1a1a';
  // Drawn at once: the page (and print) shows the finished chart, and tests read it reliably.
  Chart.defaults.animation = false;
}

export function formatNumber(value) {
  if (value === null || value === undefined) {
    return t('dashboard.missing');
  }
  return new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(value);
}

export function formatChange(change) {
  if (!change) {
    return t('dashboard.missing');
  }
  const sign = change.absolute > 0 ? '+' : '';
  const percent = change.percent === null || change.percent === undefined ? '' : ` (${sign}${formatNumber(change.percent)}%)`;
  return `${sign}${formatNumber(change.absolute)}${percent}`;
}

/** null stays null: Chart.js draws a gap, never a zero. */
export function valuesOf(points) {
  return points.map((p) => (p.value === undefined ? null : p.value));
}

export function indicatorName(item) {
  return currentLanguage() === 'en' ? item.nameEn : item.nameNl;
}

function lineDataset(label, data, index) {
  return {
    label,
    data,
    borderColor: PALETTE[index % PALETTE.length],
    backgroundColor: PALETTE[index % PALETTE.length],
    borderDash: DASHES[index % DASHES.length],
    pointStyle: MARKERS[index % MARKERS.length],
    pointRadius: 4,
    borderWidth: 2,
    spanGaps: false,
  };
}

/** A horizontal reference line (baseline, target) as a flat dataset, dashed and in grey-safe black. */
function referenceDataset(label, value, count, dash) {
  return {
    label,
    data: Array(count).fill(value),
    borderColor: '#000000',
    backgroundColor: '#000000',
    borderDash: dash,
    borderWidth: 1.5,
    pointRadius: 0,
  };
}

/** Definition breaks of a series-like object ({breaks: [{period, footnote}]}); absent means none. */
export function breaksOf(...holders) {
  const seen = new Map();
  holders.filter((h) => h && Array.isArray(h.breaks)).flatMap((h) => h.breaks)
    .forEach((b) => seen.set(`${b.period}|${b.footnote}`, b));
  return [...seen.values()];
}

/**
 * Draws a dashed vertical line just before each period where a definition changed (options.plugins.breakMarkers.periods),
 * in dark grey so it survives grey print; the footnote itself goes under the chart (breakNotes).
 */
const breakMarkers = {
  id: 'breakMarkers',
  afterDatasetsDraw(chart, args, options) {
    const periods = (options && options.periods) || [];
    const { ctx, chartArea, scales } = chart;
    if (periods.length === 0 || !scales.x) {
      return;
    }
    ctx.save();
    ctx.strokeStyle = '#333333';
    ctx.lineWidth = 1.5;
    ctx.setLineDash([5, 4]);
    periods.forEach((period) => {
      const index = chart.data.labels.indexOf(period);
      if (index < 0) {
        return;
      }
      const here = scales.x.getPixelForValue(index);
      const x = index > 0 ? (here + scales.x.getPixelForValue(index - 1)) / 2 : here;
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
    });
    ctx.restore();
  },
};

/** Fills a container with one footnote per definition break ("Definition change from 2025-Q1: ..."). */
export function breakNotes(container, breaks) {
  container.replaceChildren(...breaks.map((b) => {
    const p = document.createElement('p');
    p.className = 'break-note';
    p.textContent = `${t('dashboard.break', { period: b.period })} ${b.footnote}`;
    return p;
  }));
}

/**
 * A trend chart: one line per series ({label, data}), with optional baseline and target lines.
 * responsive false keeps the drawing fixed in size, so it prints as it is seen. options.breaks
 * ([{period, footnote}]) adds a marker per definition break.
 */
export function trendChart(canvas, labels, series, references = {}, options = {}) {
  noDataNote(canvas, series.every((s) => s.data.every((v) => v === null || v === undefined)));
  const datasets = series.map((s, i) => lineDataset(s.label, s.data, i));
  if (references.baseline !== undefined && references.baseline !== null) {
    datasets.push(referenceDataset(references.baselineLabel, references.baseline, labels.length, [3, 3]));
  }
  if (references.target !== undefined && references.target !== null) {
    datasets.push(referenceDataset(references.targetLabel, references.target, labels.length, [12, 4]));
  }
  const chart = new Chart(canvas, {
    type: 'line',
    data: { labels, datasets },
    plugins: [breakMarkers],
    options: {
      responsive: false,
      plugins: {
        legend: { display: options.legend !== false, position: 'bottom' },
        tooltip: { enabled: options.tooltip !== false },
        breakMarkers: { periods: (options.breaks || []).map((b) => b.period) },
      },
      scales: options.small ? { x: { display: false }, y: { display: false } } : axisScales(options.axis),
    },
  });
  // Time to first chart, for the benchmark and the browser's own performance tools.
  if (performance.getEntriesByName('first-chart').length === 0) {
    performance.mark('first-chart');
  }
  return chart;
}

/** The value axis as the server worked it out (round 1-2-5 ticks from zero), or Chart.js's own without one. */
function axisScales(axis) {
  return axis ? { y: { min: axis.min, max: axis.max, ticks: { stepSize: axis.step } } } : {};
}

/**
 * A chart without a single value would draw bare axes: the canvas is hidden and a sentence says
 * "nog geen cijfers" in its place (the chart is still made, so a later redraw finds it).
 */
function noDataNote(canvas, empty) {
  const next = canvas.nextElementSibling;
  const note = next && next.classList.contains('no-data') ? next : null;
  canvas.hidden = empty;
  if (!empty) {
    note?.remove();
    return;
  }
  if (!note) {
    const p = document.createElement('p');
    p.className = 'no-data';
    p.textContent = t('dashboard.noData');
    canvas.after(p);
  }
}

/** A bar chart of one period: bars in one colour with an outline, so grey print keeps them readable. */
export function barChart(canvas, labels, data, label) {
  noDataNote(canvas, data.every((v) => v === null || v === undefined));
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [{ label, data, backgroundColor: '#56B4E9', borderColor: '#0072B2', borderWidth: 1.5 }] },
    options: { responsive: false, indexAxis: 'y', plugins: { legend: { display: false } } },
  });
}

/** Fills a table: header cells and rows of cells (strings or numbers; numbers are formatted). */
export function fillTable(table, headers, rows) {
  const thead = document.createElement('thead');
  const headRow = document.createElement('tr');
  headers.forEach((h) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    headRow.appendChild(th);
  });
  thead.appendChild(headRow);
  const tbody = document.createElement('tbody');
  rows.forEach((cells) => {
    const tr = document.createElement('tr');
    cells.forEach((c, i) => {
      const td = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) {
        td.scope = 'row';
      }
      td.textContent = typeof c === 'number' || c === null ? formatNumber(c) : c;
      if (typeof c === 'number' || c === null) {
        td.className = 'number';
        td.dataset.value = c === null ? '' : String(c);
      }
      tr.appendChild(td);
    });
    tbody.appendChild(tr);
  });
  const caption = table.querySelector('caption');
  table.replaceChildren(...(caption ? [caption] : []), thead, tbody);
}

/** Turns the row headers of a filled table into links (hrefs in row order), e.g. to the municipality page. */
export function linkRowHeaders(table, hrefs) {
  table.querySelectorAll('tbody tr').forEach((tr, i) => {
    const th = tr.querySelector('th');
    if (th && hrefs[i]) {
      const a = document.createElement('a');
      a.href = hrefs[i];
      a.textContent = th.textContent;
      th.replaceChildren(a);
    }
  });
}

/**
 * One CSV cell. A raw number (data-value) is written as it is, so -5 stays a number; any other text
 * that starts with = + - @, a tab or a carriage return gets a leading apostrophe so that a spreadsheet
 * shows it as text instead of running it (CSV injection, OWASP). The server's CSVs follow the same rule.
 */
function csvCell(text, numeric) {
  let value = text ?? '';
  if (!(numeric && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value)) && /^[=+\-@\t\r]/.test(value)) {
    value = `'${value}`;
  }
  return /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Makes a link download the table as CSV (raw numbers, empty where a value is missing). */
export function csvLink(link, table, fileName) {
  const lines = [...table.querySelectorAll('tr')].map((tr) => [...tr.children]
    .map((cell) => (cell.dataset.value !== undefined ? csvCell(cell.dataset.value, true) : csvCell(cell.textContent, false)))
    .join(','));
  if (link.href.startsWith('blob:')) {
    URL.revokeObjectURL(link.href);
  }
  link.href = URL.createObjectURL(new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }));
  link.download = fileName;
  link.hidden = false;
}

/** Reads the page's filters from the URL and writes them back when the form is sent, so views can be shared. */
export function bindFilters(form, names, onChange) {
  const params = new URLSearchParams(location.search);
  names.forEach((name) => {
    if (params.has(name)) {
      form.elements[name].value = params.get(name);
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    names.forEach((name) => {
      const value = form.elements[name].value.trim();
      if (value) {
        next.set(name, value);
      }
    });
    history.pushState(null, '', `${location.pathname}?${next}`);
    onChange();
  });
  window.addEventListener('popstate', () => {
    const now = new URLSearchParams(location.search);
    names.forEach((name) => { form.elements[name].value = now.get(name) ?? ''; });
    onChange();
  });
}

export function query(form, names) {
  const params = new URLSearchParams();
  names.forEach((name) => {
    const value = form.elements[name].value.trim();
    if (value) {
      params.set(name, value);
    }
  });
  return params;
}
