// The annual policy report: per theme and indicator region and subregions against baseline and
// target with a chart and a table, a per-municipality table, the completeness said plainly and per
// municipality its developments and initiatives. ?year=2025 shows the working version (the
// coordinator edits the developments and finalises it); ?year=2025&version=2 an archived,
// finalised version exactly as it was stored. The print stylesheet gives clean A4 pages; the PDF
// button downloads the server-made PDF.
import { getJson, sendJson, postJson } from '../js/api.js';
import { currentLanguage, loadMessages, t } from '../js/i18n.js';
import { showSession } from '../js/session.js';
import { scrollBox, showError } from '../js/dom.js';
import {
  bindFilters, breakNotes, breaksOf, csvLink, fillTable, formatChange, formatNumber, indicatorName, linkRowHeaders, trendChart,
  valuesOf,
} from './charts.js';

const form = document.getElementById('filters');
const errorBox = document.getElementById('error');
const statusLine = document.getElementById('status');
let coordinator = false;
// Indicator names by code, for the summary's list of gaps and the steering page.
const names = new Map();

function when(instant) {
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' })
    .format(new Date(instant));
}

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
  canvas.setAttribute('aria-label', chartDescription(item));
  const notes = document.createElement('div');
  notes.className = 'break-notes';
  const table = document.createElement('table');
  const caption = document.createElement('caption');
  caption.textContent = indicatorName(item);
  caption.className = 'visually-hidden';
  table.appendChild(caption);
  const csv = document.createElement('a');
  csv.className = 'csv';
  csv.textContent = t('dashboard.csv');
  section.append(heading, summary, canvas, notes, table, csv);
  scrollBox(table);
  const breaks = breaksOf(item);
  breakNotes(notes, breaks);
  trendChart(canvas, item.trend.map((p) => p.period), [{ label: t('dashboard.region'), data: valuesOf(item.trend) }], {
    baseline: item.baseline ? item.baseline.value : null,
    baselineLabel: t('dashboard.baseline'),
    target: item.target ? item.target.value : null,
    targetLabel: t('dashboard.target'),
  }, { breaks, axis: item.axis });
  const figures = [{ ...item.region, label: t('dashboard.region') }, ...item.subregions];
  fillTable(table, [t('dashboard.area'), t('dashboard.value'), t('dashboard.reported')],
    figures.map((f) => [f.label, f.value ?? null, t('dashboard.reportedOf', { reported: f.reported, expected: f.expected })]));
  csvLink(csv, table, `${item.indicator}-${form.elements.year.value}.csv`);
  return section;
}

/** The chart's text alternative: what it shows in one sentence, each year's value and the reference lines (as in the PDF). */
function chartDescription(item) {
  const points = item.trend.map((p) => t('dashboard.report.chartAltPoint', { value: formatNumber(p.value ?? null), period: p.period }));
  const parts = [t('dashboard.report.chartAlt', {
    name: indicatorName(item),
    from: item.trend.length ? item.trend[0].period : '',
    to: item.trend.length ? item.trend[item.trend.length - 1].period : '',
    values: points.join(', '),
  })];
  if (item.baseline) {
    parts.push(t('dashboard.report.chartAltBaseline', { baseline: `${formatNumber(item.baseline.value)} (${item.baseline.period})` }));
  }
  if (item.target) {
    parts.push(t('dashboard.report.chartAltTarget', {
      target: t(`dashboard.direction.${item.target.direction}`, { value: formatNumber(item.target.value), year: item.target.year }),
    }));
  }
  return parts.join(' ');
}

// A version finalised before the report knew hasValues shows every indicator, as it was.
const hasValues = (item) => item.hasValues !== false;

function steeringPage(report) {
  const section = document.getElementById('steering-section');
  section.hidden = !report.steering;
  const container = document.getElementById('steering');
  container.replaceChildren();
  for (const level of report.steering || []) {
    const heading = document.createElement('h3');
    heading.textContent = t(`dashboard.level.${level.level}`);
    container.appendChild(heading);
    const count = level.onTrack.length + level.offTrack.length + level.unknown.length;
    const counts = document.createElement('p');
    counts.textContent = count === 0 ? t('dashboard.report.levelNone') : t('dashboard.report.levelCounts', {
      onTrack: level.onTrack.length, offTrack: level.offTrack.length, unknown: level.unknown.length,
    });
    container.appendChild(counts);
    const list = document.createElement('ul');
    [['dashboard.report.levelOnTrack', level.onTrack], ['dashboard.report.levelOffTrack', level.offTrack],
      ['dashboard.report.levelUnknown', level.unknown]].forEach(([key, codes]) => {
      if (codes.length > 0) {
        list.appendChild(Object.assign(document.createElement('li'),
          { textContent: t(key, { names: codes.map((c) => names.get(c) ?? c).join(', ') }) }));
      }
    });
    if (list.children.length > 0) {
      container.appendChild(list);
    }
    if (level.level === 'COLLABORATION' && report.survey) {
      container.appendChild(Object.assign(document.createElement('p'),
        { textContent: t('dashboard.report.levelSurvey', { chapter: report.survey.title }) }));
    }
  }
}

function withoutValues(report) {
  const items = report.themes.flatMap((theme) => theme.indicators).filter((i) => !hasValues(i));
  document.getElementById('without-values-section').hidden = items.length === 0;
  const trend = report.themes.flatMap((theme) => theme.indicators)[0]?.trend ?? [];
  document.getElementById('without-values-intro').textContent = t('dashboard.report.withoutValuesIntro', {
    from: trend.length ? trend[0].period : '', to: trend.length ? trend[trend.length - 1].period : '',
  });
  document.getElementById('without-values').replaceChildren(...items.map((i) => Object.assign(document.createElement('li'),
    { textContent: indicatorName(i) })));
}

function surveyQuestion(q) {
  const div = document.createElement('div');
  div.className = 'survey-question';
  const heading = document.createElement('h4');
  heading.textContent = q.question;
  div.append(heading, Object.assign(document.createElement('p'),
    { textContent: t('dashboard.report.surveyAnswered', { answered: q.answered, dontKnow: q.dontKnow }) }));
  if (!q.shown) {
    div.appendChild(Object.assign(document.createElement('p'), { textContent: t('dashboard.report.surveyHidden') }));
    return div;
  }
  if (q.mean !== undefined && q.mean !== null) {
    let text = q.spread !== undefined && q.spread !== null
      ? t('dashboard.report.surveyMeanSpread', { mean: formatNumber(q.mean), spread: formatNumber(q.spread) })
      : t('dashboard.report.surveyMean', { mean: formatNumber(q.mean) });
    if (q.lastYearMean !== undefined && q.lastYearMean !== null) {
      text += ` ${t('dashboard.report.surveyLastYear', { mean: formatNumber(q.lastYearMean) })}`;
    }
    div.appendChild(Object.assign(document.createElement('p'), { textContent: text }));
  }
  if ((q.distribution || []).length > 0) {
    const table = document.createElement('table');
    table.appendChild(Object.assign(document.createElement('caption'), { textContent: q.question, className: 'visually-hidden' }));
    fillTable(table, [t('dashboard.report.surveyOption'), t('dashboard.report.surveyCount')],
      q.distribution.map((share) => [share.label, share.count]));
    div.appendChild(table);
  }
  if ((q.openAnswers || []).length > 0) {
    div.appendChild(Object.assign(document.createElement('p'), { textContent: t('dashboard.report.surveyOpen') }));
    const list = document.createElement('ul');
    q.openAnswers.forEach((a) => list.appendChild(Object.assign(document.createElement('li'), { textContent: a })));
    div.appendChild(list);
  } else if (q.kind === 'OPEN') {
    div.appendChild(Object.assign(document.createElement('p'), { textContent: t('dashboard.report.surveyNoAnswers') }));
  }
  if ((q.perMunicipality || []).length > 0) {
    const table = document.createElement('table');
    table.appendChild(Object.assign(document.createElement('caption'), { textContent: q.question, className: 'visually-hidden' }));
    fillTable(table, [t('dashboard.municipality'), t('dashboard.report.surveyMunicipalityAnswer')],
      q.perMunicipality.map((a) => [a.municipality, a.answer]));
    div.appendChild(table);
  }
  return div;
}

function surveyChapter(report) {
  const survey = report.survey;
  document.getElementById('survey-section').hidden = !survey;
  const container = document.getElementById('survey');
  container.replaceChildren();
  if (!survey) {
    return;
  }
  document.getElementById('survey-heading').textContent = survey.title;
  container.appendChild(Object.assign(document.createElement('p'), {
    textContent: `${t('dashboard.report.surveyResponse', { responded: survey.responded, invited: survey.invited })} ${
      t(survey.anonymous ? 'dashboard.report.surveyAnonymous' : 'dashboard.report.surveyNamed')}`,
  }));
  if (survey.note) {
    container.appendChild(Object.assign(document.createElement('p'), { textContent: survey.note, className: 'note' }));
  }
  for (const section of survey.sections || []) {
    container.appendChild(Object.assign(document.createElement('h3'), { textContent: section.title }));
    (section.questions || []).forEach((q) => container.appendChild(surveyQuestion(q)));
  }
}

/** The table of contents: a link to each chapter the report has. */
function contents() {
  const chapters = [...document.querySelectorAll('#main > section:not([hidden]) > h2, #themes > section > h2')]
    .filter((h) => h.id !== 'versions-heading' && h.id !== 'contents-heading');
  document.getElementById('contents').replaceChildren(...chapters.map((h) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `#${h.id}`;
    a.textContent = h.textContent;
    li.appendChild(a);
    return li;
  }));
}

function municipalityTable(report) {
  const indicators = report.themes.flatMap((theme) => theme.indicators).filter((i) => i.municipalities.length > 0 && hasValues(i));
  const rows = report.municipalities.map((m) => [m.name, ...indicators.map((i) => {
    const figure = i.municipalities.find((f) => f.area === m.cbsCode);
    return figure && !figure.missing ? figure.value ?? null : null;
  })]);
  const table = document.getElementById('municipality-table');
  const links = report.municipalities.map((m) => `municipality.html?code=${encodeURIComponent(m.cbsCode)}&period=${report.year}`);
  fillTable(table, [t('dashboard.municipality'), ...indicators.map(indicatorName)], rows);
  linkRowHeaders(table, links);
  scrollBox(table);
  csvLink(document.getElementById('municipality-csv'), table, `municipalities-${report.year}.csv`);
  // On paper the wide table is split into parts of a few indicators each, so every column is printed.
  const parts = document.getElementById('municipality-print');
  parts.replaceChildren();
  for (let start = 0; start < indicators.length; start += PRINT_COLUMNS) {
    const part = document.createElement('table');
    part.className = 'municipality-table print-part';
    const caption = document.createElement('caption');
    caption.textContent = t('dashboard.report.perMunicipalityPart', {
      part: start / PRINT_COLUMNS + 1, parts: Math.ceil(indicators.length / PRINT_COLUMNS),
    });
    part.appendChild(caption);
    const chosen = indicators.slice(start, start + PRINT_COLUMNS);
    fillTable(part, [t('dashboard.municipality'), ...chosen.map(indicatorName)],
      rows.map((row) => [row[0], ...row.slice(1 + start, 1 + start + PRINT_COLUMNS)]));
    parts.appendChild(part);
  }
}

const PRINT_COLUMNS = 6;

function paragraphs(text) {
  return text.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = p.trim();
    return paragraph;
  });
}

function developmentSection(d, year, editable) {
  const section = document.createElement('section');
  section.className = 'developments';
  section.id = `developments-${d.cbsCode}`;
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = `municipality.html?code=${encodeURIComponent(d.cbsCode)}&period=${year}`;
  link.textContent = d.municipality;
  heading.appendChild(link);
  const body = document.createElement('div');
  body.className = 'developments-text';
  body.replaceChildren(...(d.text.trim() ? paragraphs(d.text) : [Object.assign(document.createElement('p'),
    { textContent: t('dashboard.report.noDevelopments') })]));
  section.append(heading, body);
  if (d.edited) {
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = t('dashboard.report.edited');
    section.appendChild(note);
  }
  if (d.items.length > 0) {
    const sources = document.createElement('ul');
    sources.className = 'sources';
    d.items.forEach((item) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `../${item.link}`;
      a.textContent = item.title;
      li.append(a, ` (${item.publishedOn})`);
      sources.appendChild(li);
    });
    section.appendChild(sources);
  }
  if (editable) {
    section.appendChild(editor(d, year, body));
  }
  return section;
}

function editor(d, year, body) {
  const details = document.createElement('details');
  details.className = 'no-print';
  const summary = document.createElement('summary');
  summary.textContent = t('dashboard.report.edit');
  const label = document.createElement('label');
  label.htmlFor = `text-${d.cbsCode}`;
  label.textContent = t('dashboard.report.editLabel', { municipality: d.municipality });
  const area = document.createElement('textarea');
  area.id = `text-${d.cbsCode}`;
  area.rows = 6;
  area.cols = 80;
  area.value = d.text;
  const save = document.createElement('button');
  save.type = 'button';
  save.textContent = t('dashboard.report.save');
  save.addEventListener('click', async () => {
    try {
      const saved = await sendJson('PUT', `api/v1/reports/${year}/developments/${encodeURIComponent(d.cbsCode)}`, { text: area.value });
      body.replaceChildren(...(saved.text.trim() ? paragraphs(saved.text) : []));
      statusLine.textContent = t('dashboard.report.saved', { municipality: d.municipality });
    } catch (e) {
      showError(errorBox, e.message);
    }
  });
  details.append(summary, label, area, save);
  return details;
}

async function showVersions(year, current) {
  const versions = await getJson(`api/v1/reports/${encodeURIComponent(year)}/versions`);
  const list = document.getElementById('versions');
  const items = versions.map((v) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `report.html?year=${year}&version=${v.version}`;
    a.textContent = t('dashboard.report.versionItem', { version: v.version, date: when(v.finalisedAt), by: v.finalisedBy });
    if (String(v.version) === current) {
      a.setAttribute('aria-current', 'page');
    }
    li.appendChild(a);
    return li;
  });
  if (current) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `report.html?year=${year}`;
    a.textContent = t('dashboard.report.current');
    li.appendChild(a);
    items.push(li);
  }
  if (items.length === 0) {
    items.push(Object.assign(document.createElement('li'), { textContent: t('dashboard.report.noVersions') }));
  }
  list.replaceChildren(...items);
}

function render(report, developments, version) {
  document.getElementById('title').textContent = t('dashboard.report.titleYear', { year: report.year });
  const banner = document.getElementById('banner');
  banner.className = version ? 'report-banner finalised' : 'report-banner';
  banner.textContent = version
    ? t('dashboard.report.versionBanner', { version: version.version, date: when(version.finalisedAt), by: version.finalisedBy })
    : t('dashboard.report.draftBanner');
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
  for (const theme of report.themes) {
    theme.indicators.forEach((item) => names.set(item.indicator, indicatorName(item)));
  }
  document.getElementById('gaps-intro').hidden = c.gaps.length === 0;
  document.getElementById('gaps').replaceChildren(...c.gaps.map((gap) => {
    const li = document.createElement('li');
    const all = gap.municipalities.length === report.municipalityCount && report.municipalityCount > 1;
    li.textContent = `${names.get(gap.indicator) ?? gap.indicator}: ${all ? t('dashboard.report.allMissing', { count: report.municipalityCount })
      : gap.municipalities.map((m) => (m === 'region' ? t('dashboard.region') : m)).join(', ')}`;
    return li;
  }));
  steeringPage(report);
  const themes = document.getElementById('themes');
  for (const theme of report.themes) {
    const shown = theme.indicators.filter(hasValues);
    if (shown.length === 0) {
      continue;
    }
    const section = document.createElement('section');
    section.className = 'theme-section';
    const heading = document.createElement('h2');
    heading.id = `theme-${theme.theme}`;
    heading.textContent = t(`dashboard.theme.${theme.theme}`);
    section.appendChild(heading);
    themes.appendChild(section);
    shown.forEach((item) => section.appendChild(indicatorSection(item)));
  }
  withoutValues(report);
  surveyChapter(report);
  municipalityTable(report);
  contents();
  const editable = coordinator && !version;
  document.getElementById('developments').replaceChildren(...developments.map((d) => developmentSection(d, report.year, editable)));
  document.getElementById('finalise').hidden = !(coordinator && !version && report.hasData);
}

async function load() {
  showError(errorBox, '');
  document.body.dataset.ready = 'false';
  const year = form.elements.year.value.trim() || String(new Date().getFullYear() - 1);
  form.elements.year.value = year;
  const version = new URLSearchParams(location.search).get('version');
  document.getElementById('themes').replaceChildren();
  document.getElementById('developments').replaceChildren();
  const base = `api/v1/reports/${encodeURIComponent(year)}`;
  document.getElementById('pdf').href = new URL(`../${base}${version ? `/versions/${encodeURIComponent(version)}` : ''}/pdf?lang=${currentLanguage()}`,
    location.href).href;
  try {
    if (version) {
      const archived = await getJson(`${base}/versions/${encodeURIComponent(version)}`);
      render(archived.data.report, archived.data.developments, archived);
    } else {
      const [report, developments] = await Promise.all([getJson(base), getJson(`${base}/developments`)]);
      render(report, developments, null);
    }
    await showVersions(year, version);
  } catch (e) {
    document.getElementById('banner').textContent = '';
    showError(errorBox, e.status === 404 ? `${t('dashboard.report.unknown')} ${e.message}` : e.message);
  }
  document.body.dataset.ready = 'true';
}

async function finalise() {
  const year = form.elements.year.value.trim();
  if (!window.confirm(t('dashboard.report.finaliseConfirm', { year }))) {
    return;
  }
  try {
    const version = await postJson(`api/v1/reports/${encodeURIComponent(year)}/finalise`);
    history.pushState(null, '', `report.html?year=${year}&version=${version.version}`);
    await load();
    statusLine.textContent = t('dashboard.report.finalised', { version: version.version });
  } catch (e) {
    showError(errorBox, e.message);
  }
}

await loadMessages('dashboard');
const me = await showSession();
coordinator = (me.roles || []).includes('coordinator');
document.getElementById('print').addEventListener('click', () => window.print());
document.getElementById('finalise').addEventListener('click', finalise);
bindFilters(form, ['year'], load);
await load();
