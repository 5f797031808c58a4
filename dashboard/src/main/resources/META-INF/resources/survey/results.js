// The results of a year's collaboration survey (GET /api/v1/surveys/{year}/results): per question n,
// "weet niet" and the distribution; the agreement scales together as diverging stacked bars centred on
// neutral (disagreeing to the left, agreeing to the right, neutral split over both sides); ratings as
// mean with spread; open answers listed; the change against last year's same question. An anonymous
// survey shows a question only from five municipalities on; the page says so where it holds one back.
import { getJson } from '../js/api.js';
import { currentLanguage, loadMessages, t, tn } from '../js/i18n.js';
import { showSession } from '../js/session.js';
import { cell, showError } from '../js/dom.js';

const { Chart } = window;
const yearSelect = document.getElementById('year');
const errorBox = document.getElementById('results-error');
// Okabe-Ito, from disagreeing (orange) through neutral (grey) to agreeing (blue): colour-blind safe.
const SCALE_COLOURS = ['#D55E00', '#E69F00', '#BBBBBB', '#56B4E9', '#0072B2'];
let chart;

function number(value, digits = 1) {
  return new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL',
    { maximumFractionDigits: digits }).format(value);
}

function signed(value, unit) {
  const text = `${value > 0 ? '+' : ''}${number(value)}`;
  return unit ? `${text} ${unit}` : text;
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) {
    node.textContent = text;
  }
  if (className) {
    node.className = className;
  }
  return node;
}

/** A table of the distribution: one row per label, mark or option, with count and share. */
function distributionTable(question, labels) {
  const table = document.createElement('table');
  const caption = element('caption', t('survey.results.distributionOf', { question: question.text }));
  caption.className = 'visually-hidden';
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  [t('survey.results.answer'), t('survey.results.count'), t('survey.results.share')].forEach((text) => {
    const th = element('th', text);
    th.scope = 'col';
    headRow.appendChild(th);
  });
  head.appendChild(headRow);
  const body = document.createElement('tbody');
  question.counts.forEach((count, i) => {
    const row = document.createElement('tr');
    const th = element('th', labels[i]);
    th.scope = 'row';
    row.appendChild(th);
    cell(row, String(count));
    cell(row, question.n > 0 ? `${number((100 * count) / question.n)}%` : '–');
    body.appendChild(row);
  });
  if (question.kind === 'AGREEMENT') {
    const row = document.createElement('tr');
    const th = element('th', t('survey.dontKnow'));
    th.scope = 'row';
    row.appendChild(th);
    cell(row, String(question.dontKnow));
    cell(row, '');
    body.appendChild(row);
  }
  table.append(caption, head, body);
  return table;
}

function comparison(question) {
  const previous = question.previous;
  if (!previous) {
    return null;
  }
  if (!previous.shown) {
    return t('survey.results.previousHidden', { year: previous.year, n: previous.n });
  }
  if (question.kind === 'AGREEMENT' && previous.agreeShare !== null && previous.agreeShare !== undefined) {
    return question.shown && previous.change !== null && previous.change !== undefined
      ? t('survey.results.previousShare', { year: previous.year, share: number(previous.agreeShare),
        change: signed(previous.change, t('survey.results.points')) })
      : t('survey.results.previousShareOnly', { year: previous.year, share: number(previous.agreeShare) });
  }
  if (question.kind === 'RATING' && previous.mean !== null && previous.mean !== undefined) {
    return question.shown && previous.change !== null && previous.change !== undefined
      ? t('survey.results.previousMean', { year: previous.year, mean: number(previous.mean), change: signed(previous.change) })
      : t('survey.results.previousMeanOnly', { year: previous.year, mean: number(previous.mean) });
  }
  return t('survey.results.previousAsked', { year: previous.year, n: previous.n });
}

function questionBlock(question, index, anonymous) {
  const block = element('section', undefined, 'question-result');
  const headingId = `question-${index}`;
  block.setAttribute('aria-labelledby', headingId);
  const heading = element('h4', question.text);
  heading.id = headingId;
  block.appendChild(heading);
  const counted = question.kind === 'AGREEMENT'
    ? t('survey.results.nWithDontKnow', { n: question.n, dontKnow: question.dontKnow })
    : tn('survey.results.n', question.n);
  block.appendChild(element('p', counted));
  if (!question.shown) {
    block.appendChild(element('p', t('survey.results.heldBack', { minimum: 5 }), 'notice'));
  } else if (question.kind === 'AGREEMENT') {
    if (question.agreeShare !== null && question.agreeShare !== undefined) {
      block.appendChild(element('p', t('survey.results.agreeShare', { share: number(question.agreeShare) }), 'result-figures'));
    }
    block.appendChild(distributionTable(question, question.labels));
  } else if (question.kind === 'RATING') {
    if (question.mean !== null && question.mean !== undefined) {
      block.appendChild(element('p', t('survey.results.mean', { mean: number(question.mean), spread: number(question.spread),
        lowest: question.lowest, highest: question.highest }), 'result-figures'));
    }
    block.appendChild(distributionTable(question, question.counts.map((_, i) => String(i + 1))));
  } else if (question.kind === 'CHOICE') {
    block.appendChild(distributionTable(question, question.labels));
  } else if (question.openAnswers.length > 0) {
    const list = element('ul');
    question.openAnswers.forEach((answer) => {
      list.appendChild(element('li', answer.municipality ? `${answer.municipality}: ${answer.text}` : answer.text));
    });
    block.appendChild(list);
  }
  if (question.shown && !anonymous && question.kind !== 'OPEN' && question.perMunicipality.length > 0) {
    const details = document.createElement('details');
    details.appendChild(element('summary', t('survey.results.perMunicipality')));
    const list = element('ul');
    question.perMunicipality.forEach((a) => {
      const value = a.dontKnow ? t('survey.dontKnow')
        : question.kind === 'AGREEMENT' && a.score ? question.labels[a.score - 1]
          : a.score ?? a.choice ?? '–';
      list.appendChild(element('li', `${a.municipality}: ${value}`));
    });
    details.appendChild(list);
    block.appendChild(details);
  }
  const change = comparison(question);
  if (change) {
    block.appendChild(element('p', change));
  }
  return block;
}

/** Shares of n per scale point, disagreeing negative and neutral split in two, so the bars centre on neutral. */
function drawScales(results) {
  const section = document.getElementById('scales');
  const scales = results.questions.filter((q) => q.kind === 'AGREEMENT' && q.shown && q.n > 0);
  if (chart) {
    chart.destroy();
    chart = null;
  }
  section.hidden = scales.length === 0 || !Chart;
  if (section.hidden) {
    return;
  }
  const share = (q, i) => (100 * q.counts[i]) / q.n;
  const labels = scales[0].labels;
  const datasets = [
    { label: labels[1], data: scales.map((q) => -share(q, 1)), backgroundColor: SCALE_COLOURS[1] },
    { label: labels[0], data: scales.map((q) => -share(q, 0)), backgroundColor: SCALE_COLOURS[0] },
    { label: labels[2], data: scales.map((q) => -share(q, 2) / 2), backgroundColor: SCALE_COLOURS[2] },
    { label: `${labels[2]} `, data: scales.map((q) => share(q, 2) / 2), backgroundColor: SCALE_COLOURS[2], hideInLegend: true },
    { label: labels[3], data: scales.map((q) => share(q, 3)), backgroundColor: SCALE_COLOURS[3] },
    { label: labels[4], data: scales.map((q) => share(q, 4)), backgroundColor: SCALE_COLOURS[4] },
  ];
  const canvas = document.getElementById('scale-chart');
  canvas.setAttribute('aria-label', t('survey.results.chartAlt', { count: scales.length,
    summary: scales.map((q) => `${q.text}: ${number(q.agreeShare)}%`).join('; ') }));
  chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: scales.map((q) => (q.text.length > 60 ? `${q.text.slice(0, 57)}…` : q.text)), datasets },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true, min: -100, max: 100, ticks: { stepSize: 25, callback: (v) => `${Math.abs(v)}%` } },
        y: { stacked: true },
      },
      plugins: {
        legend: { labels: { filter: (item, data) => !data.datasets[item.datasetIndex].hideInLegend } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label.trim()}: ${number(Math.abs(c.raw))}%` } },
      },
    },
  });
  canvas.parentElement.style.height = `${Math.max(12, 4 + scales.length * 3)}rem`;
}

async function show() {
  const year = yearSelect.value;
  const url = new URL(location.href);
  url.searchParams.set('year', year);
  history.replaceState(null, '', url);
  const results = await getJson(`api/v1/surveys/${encodeURIComponent(year)}/results`);
  document.getElementById('results-heading').textContent = results.title;
  document.getElementById('results-summary').textContent = t('survey.results.summary',
    { respondents: results.respondents, members: results.members, year: results.year });
  document.getElementById('results-privacy').textContent = results.anonymous
    ? t('survey.results.anonymous', { minimum: results.minimumShown }) : t('survey.results.named');
  const container = document.getElementById('questions');
  container.replaceChildren();
  let section = null;
  results.questions.forEach((question, i) => {
    if (question.section !== section) {
      section = question.section;
      container.appendChild(element('h3', section));
    }
    container.appendChild(questionBlock(question, i, results.anonymous));
  });
  document.getElementById('results').hidden = false;
  drawScales(results);
}

await loadMessages('survey');
await showSession();
try {
  const surveys = await getJson('api/v1/surveys');
  if (surveys.length === 0) {
    document.getElementById('no-surveys').hidden = false;
  } else {
    yearSelect.replaceChildren(...surveys.map((s) => new Option(String(s.year), String(s.year))));
    const asked = new URLSearchParams(location.search).get('year');
    if (surveys.some((s) => String(s.year) === asked)) {
      yearSelect.value = asked;
    }
    yearSelect.addEventListener('change', () => show().catch((e) => showError(errorBox, e)));
    await show();
  }
} catch (e) {
  showError(errorBox, e);
}
document.body.dataset.ready = 'true';
