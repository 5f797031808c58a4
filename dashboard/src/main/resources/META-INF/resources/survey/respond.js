// A data steward fills in the municipality's one response to a year's survey: answers per question
// (scale with "weet niet / n.v.t.", mark 1-10, choice, open text), saved as a draft with the ETag it
// read (PUT .../responses/{cbsCode}, If-Match) and submitted before the deadline (POST .../submit).
import { getJson, getWithEtag, sendJson } from '../js/api.js';
import { loadMessages, t } from '../js/i18n.js';
import { showSession } from '../js/session.js';
import { clearFieldErrors, showError, showFieldErrors } from '../js/dom.js';

const yearSelect = document.getElementById('year');
const form = document.getElementById('response-form');
const errorBox = document.getElementById('respond-error');
const statusBox = document.getElementById('respond-status');
let me;
let survey;
let etag;
let questions = [];

function say(text) {
  statusBox.textContent = text;
  statusBox.hidden = !text;
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

function radio(name, value, label, checked, disabled) {
  const wrap = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'radio';
  input.name = name;
  input.value = value;
  input.checked = checked;
  input.disabled = disabled;
  wrap.append(input, document.createTextNode(label));
  return wrap;
}

/** One question as a fieldset named answers.{index} (the API's /answers/{index}), where the server's field errors land. */
function questionField(question, index, answer, locked) {
  const fieldset = element('fieldset', undefined, 'answer survey-question');
  fieldset.dataset.field = `answers.${index}`;
  fieldset.id = `answer-${index}`;
  const legend = element('legend', question.required ? `${question.text} ${t('survey.requiredMark')}` : question.text);
  fieldset.appendChild(legend);
  const name = `q${question.id}`;
  if (question.kind === 'OPEN') {
    const label = element('label', t('survey.respond.yourAnswer'));
    label.htmlFor = `${name}-text`;
    const area = document.createElement('textarea');
    area.id = `${name}-text`;
    area.name = name;
    area.rows = 3;
    area.maxLength = 2000;
    area.value = answer?.text ?? '';
    area.disabled = locked;
    fieldset.append(label, area);
    return fieldset;
  }
  const options = element('div', undefined, 'answer-options');
  if (question.kind === 'AGREEMENT') {
    question.labels.forEach((label, i) => options.appendChild(radio(name, String(i + 1), label, answer?.score === i + 1, locked)));
    options.appendChild(radio(name, 'dontKnow', t('survey.dontKnow'), answer?.dontKnow === true, locked));
  } else if (question.kind === 'RATING') {
    for (let mark = 1; mark <= 10; mark++) {
      options.appendChild(radio(name, String(mark), String(mark), answer?.score === mark, locked));
    }
  } else {
    question.options.forEach((option) => options.appendChild(radio(name, option, option, answer?.choice === option, locked)));
  }
  fieldset.appendChild(options);
  return fieldset;
}

/** Every question gets an entry, an empty one when unanswered, so /answers/{i} is question i. */
function answers() {
  return questions.map((question) => {
    const answer = { questionId: question.id };
    const value = form.elements[`q${question.id}`];
    const chosen = question.kind === 'OPEN' ? value.value.trim() : [...form.querySelectorAll(`[name="q${question.id}"]`)]
      .find((input) => input.checked)?.value;
    if (!chosen) {
      return answer;
    }
    if (question.kind === 'OPEN') {
      answer.text = chosen;
    } else if (question.kind === 'CHOICE') {
      answer.choice = chosen;
    } else if (chosen === 'dontKnow') {
      answer.dontKnow = true;
    } else {
      answer.score = Number(chosen);
    }
    return answer;
  });
}

/** Submitting names a missing answer as answers/{questionId}: shown at that question. */
function onQuestions(error) {
  const fieldErrors = (error.fieldErrors || []).map((f) => {
    const byId = /^answers\/(\d+)$/.exec(f.field);
    const index = byId ? questions.findIndex((q) => String(q.id) === byId[1]) : -1;
    const byIndex = /^(answers\.\d+)/.exec(f.field);
    return { ...f, field: index >= 0 ? `answers.${index}` : byIndex ? byIndex[1] : f.field };
  });
  return { ...error, message: error.message, fieldErrors };
}

function render(response) {
  const locked = response.status === 'SUBMITTED' || !response.open;
  document.getElementById('response-heading').textContent = t('survey.respond.heading',
    { title: survey.title, municipality: response.municipality });
  document.getElementById('response-state').textContent = t(`survey.respond.state.${response.status}`,
    { deadline: survey.deadline })
    + (response.open ? '' : ` ${t('survey.respond.closedNow')}`);
  const byQuestion = new Map(response.answers.map((a) => [a.questionId, a]));
  const container = document.getElementById('response-sections');
  container.replaceChildren();
  let index = 0;
  questions = [];
  survey.sections.forEach((section) => {
    const block = element('section', undefined, 'survey-section');
    block.appendChild(element('h3', section.title));
    section.questions.forEach((question) => {
      questions.push(question);
      block.appendChild(questionField(question, index++, byQuestion.get(question.id), locked));
    });
    container.appendChild(block);
  });
  document.getElementById('response-actions').hidden = locked;
  form.hidden = false;
}

async function show() {
  say('');
  showError(errorBox, '');
  const year = yearSelect.value;
  survey = await getJson(`api/v1/surveys/${year}`);
  const reply = await getWithEtag(`api/v1/surveys/${year}/responses/${me.municipalityCbsCode}`);
  etag = reply.etag;
  render(reply.body);
}

async function send(request, done) {
  clearFieldErrors(form);
  showError(errorBox, '');
  say('');
  try {
    await request();
    await show();
    say(done);
  } catch (e) {
    const mapped = onQuestions(e);
    showFieldErrors(form, mapped);
    showError(errorBox, e);
    errorBox.focus();
  }
}

await loadMessages('survey');
me = await showSession();
try {
  const surveys = (await getJson('api/v1/surveys')).filter((s) => s.open || s.year === Number(new URLSearchParams(location.search).get('year')));
  if (surveys.length === 0 || !me.municipalityCbsCode) {
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
form.addEventListener('submit', (event) => {
  event.preventDefault();
  send(() => sendJson('PUT', `api/v1/surveys/${yearSelect.value}/responses/${me.municipalityCbsCode}`, { answers: answers() },
    etag ? { 'If-Match': etag } : {}), t('survey.respond.saved'));
});
document.getElementById('submit-response').addEventListener('click', () => {
  // what is on screen is saved first, so the submitted response is what the steward sees
  send(async () => {
    const saved = await sendJson('PUT', `api/v1/surveys/${yearSelect.value}/responses/${me.municipalityCbsCode}`,
      { answers: answers() }, etag ? { 'If-Match': etag } : {});
    await sendJson('POST', `api/v1/surveys/${yearSelect.value}/responses/${me.municipalityCbsCode}/submit`, undefined,
      { 'If-Match': `"${saved.version}"` });
  }, t('survey.respond.submitted'));
});
document.body.dataset.ready = 'true';
