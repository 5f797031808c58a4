// The region overview for the steering group: per level and theme a tile for every indicator.
import { getJson } from '../js/api.js';
import { loadMessages, t } from '../js/i18n.js';
import { showSession } from '../js/session.js';
import { showError } from '../js/dom.js';
import { bindFilters, breakNotes, breaksOf, formatChange, formatNumber, indicatorName, query, trendChart, valuesOf } from './charts.js';

const form = document.getElementById('filters');
const errorBox = document.getElementById('error');
const statusLine = document.getElementById('status');
const groupsBox = document.getElementById('groups');

function definition(list, term, description) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = description;
  list.append(dt, dd);
  return dd;
}

function onTrackText(onTrack) {
  if (onTrack === true) {
    return ['true', `✓ ${t('dashboard.onTrack.true')}`];
  }
  if (onTrack === false) {
    return ['false', `✗ ${t('dashboard.onTrack.false')}`];
  }
  return ['unknown', t('dashboard.onTrack.unknown')];
}

function tileOf(tile, period) {
  const article = document.createElement('article');
  article.className = 'tile';
  article.id = `tile-${tile.indicator}`;
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = `indicator.html?code=${encodeURIComponent(tile.indicator)}&to=${encodeURIComponent(period)}`;
  link.textContent = indicatorName(tile);
  heading.appendChild(link);
  const figures = tile.figures;
  const latest = document.createElement('p');
  latest.className = 'latest';
  latest.textContent = formatNumber(figures.latest ? figures.latest.value : null);
  const list = document.createElement('dl');
  definition(list, t('dashboard.latestPeriod'), figures.latest ? figures.latest.period : t('dashboard.missing'));
  definition(list, t('dashboard.sinceBaseline'), formatChange(figures.sinceBaseline));
  definition(list, t('dashboard.sinceYearBefore'), formatChange(figures.sinceYearBefore));
  definition(list, t('dashboard.target'), figures.target
    ? t(`dashboard.direction.${figures.target.direction}`, { value: formatNumber(figures.target.value), year: figures.target.year })
    : t('dashboard.noTarget'));
  const [state, text] = onTrackText(figures.onTrack);
  definition(list, t('dashboard.onTrack'), text).className = `on-track-${state}`;
  // The counts belong to the same period as the value beside them (the latest value may be a year older).
  const counted = (figures.latest && tile.trend.find((p) => p.period === figures.latest.period))
    || { period, reported: tile.reported, expected: tile.expected };
  definition(list, t('dashboard.reportedIn', { period: counted.period }),
    t('dashboard.reportedOf', { reported: counted.reported, expected: counted.expected }));
  const canvas = document.createElement('canvas');
  canvas.width = 240;
  canvas.height = 60;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', t('dashboard.sparkline', {
    values: tile.trend.map((p) => `${p.period}: ${formatNumber(p.value)}`).join(', '),
  }));
  const notes = document.createElement('div');
  const breaks = breaksOf(tile);
  breakNotes(notes, breaks);
  article.append(heading, latest, canvas, notes, list);
  trendChart(canvas, tile.trend.map((p) => p.period), [{ label: indicatorName(tile), data: valuesOf(tile.trend) }],
    {}, { small: true, legend: false, tooltip: false, breaks });
  return article;
}

async function load() {
  showError(errorBox, '');
  document.body.dataset.ready = 'false';
  try {
    const overview = await getJson(`api/v1/dashboard/overview?${query(form, ['period'])}`);
    form.elements.period.value = overview.period;
    groupsBox.replaceChildren();
    for (const group of overview.groups) {
      const section = document.createElement('section');
      section.className = 'tile-group';
      const heading = document.createElement('h2');
      heading.textContent = `${t(`dashboard.level.${group.level}`)} – ${t(`dashboard.theme.${group.theme}`)}`;
      const tiles = document.createElement('div');
      tiles.className = 'tiles';
      section.append(heading, tiles);
      groupsBox.appendChild(section);
      group.tiles.forEach((tile) => tiles.appendChild(tileOf(tile, overview.period)));
    }
    statusLine.textContent = t('dashboard.overview.status', { period: overview.period });
  } catch (e) {
    showError(errorBox, e.message);
  }
  document.body.dataset.ready = 'true';
  performance.mark('overview-ready');
}

await loadMessages('dashboard');
await showSession();
bindFilters(form, ['period'], load);
await load();
