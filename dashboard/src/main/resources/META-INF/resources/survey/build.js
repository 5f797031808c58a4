// The coordinator's page for the yearly survey: the list of surveys, a new one (its own questions or a
// copy of another year's), the settings and the questions of one (PUT with the ETag it read), who has
// responded, and closing after the deadline.
import { getJson, getWithEtag, postJson, sendJson } from '../js/api.js';
import { loadMessages, t } from '../js/i18n.js';
import { showSession } from '../js/session.js';
import { cell, clearFieldErrors, link, showError, showFieldErrors } from '../js/dom.js';

const KINDS = ['AGREEMENT', 'RATING', 'CHOICE', 'OPEN'];
const settingsForm = document.getElementById('settings-form');
const questionsForm = document.getElementById('questions-form');
const editor = document.getElementById('editor');
const errorBox = document.getElementById('build-error');
const statusBox = document.getElementById('build-status');
const selectedYear = new URLSearchParams(location.search).get('year');
let etag = null;
let locked = false;
let outline = [];

function say(text) {
  statusBox.textContent = text;
  statusBox.hidden = !text;
}

function defaultLabels() {
  return [1, 2, 3, 4, 5].map((i) => t(`survey.scale.${i}`));
}

function newQuestion() {
  return { kind: 'AGREEMENT', text: '', required: true, labels: defaultLabels(), options: [] };
}

function labelled(id, key, control) {
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = t(key);
  control.id = id;
  return [label, control];
}

function button(text, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  b.disabled = locked;
  return b;
}

/** Reads the editor back into the outline the API takes. */
function readEditor() {
  return [...editor.querySelectorAll('.survey-section')].map((section) => ({
    title: section.querySelector('.section-title').value.trim(),
    questions: [...section.querySelectorAll('.survey-question')].map((q) => {
      const kind = q.querySelector('.question-kind').value;
      const lines = q.querySelector('.question-choices').value.split('\n').map((l) => l.trim()).filter(Boolean);
      return { kind, text: q.querySelector('.question-text').value.trim(), required: q.querySelector('.question-required').checked,
        labels: kind === 'AGREEMENT' ? lines : [], options: kind === 'CHOICE' ? lines : [] };
    }),
  }));
}

function renderEditor() {
  editor.replaceChildren();
  outline.forEach((section, s) => {
    const box = document.createElement('fieldset');
    box.className = 'survey-section';
    box.dataset.field = `sections.${s}.questions`;
    const legend = document.createElement('legend');
    legend.textContent = t('survey.build.section', { number: s + 1 });
    box.appendChild(legend);
    const title = document.createElement('input');
    title.className = 'section-title';
    title.value = section.title;
    title.dataset.field = `sections.${s}.title`;
    title.disabled = locked;
    box.append(...labelled(`s${s}-title`, 'survey.build.sectionTitle', title));
    section.questions.forEach((question, q) => {
      const at = `sections.${s}.questions.${q}`;
      const item = document.createElement('div');
      item.className = 'survey-question grid-form';
      const kind = document.createElement('select');
      kind.className = 'question-kind';
      kind.dataset.field = `${at}.kind`;
      KINDS.forEach((k) => kind.appendChild(new Option(t(`survey.kind.${k}`), k)));
      kind.value = question.kind;
      kind.disabled = locked;
      kind.addEventListener('change', () => {
        outline = readEditor();
        const changed = outline[s].questions[q];
        if (changed.kind === 'AGREEMENT' && changed.labels.length === 0) {
          changed.labels = defaultLabels();
        }
        renderEditor();
      });
      const text = document.createElement('input');
      text.className = 'question-text';
      text.value = question.text;
      text.maxLength = 500;
      text.dataset.field = `${at}.text`;
      text.disabled = locked;
      const required = document.createElement('input');
      required.type = 'checkbox';
      required.className = 'question-required';
      required.checked = question.required;
      required.disabled = locked;
      const choices = document.createElement('textarea');
      choices.className = 'question-choices';
      choices.rows = 5;
      choices.value = (question.kind === 'AGREEMENT' ? question.labels : question.options).join('\n');
      choices.dataset.field = `${at}.choices`;
      choices.disabled = locked;
      const id = `s${s}-q${q}`;
      item.append(...labelled(`${id}-kind`, 'survey.build.kind', kind), ...labelled(`${id}-text`, 'survey.build.question', text),
        ...labelled(`${id}-required`, 'survey.build.required', required));
      if (question.kind === 'AGREEMENT' || question.kind === 'CHOICE') {
        item.append(...labelled(`${id}-choices`, question.kind === 'AGREEMENT' ? 'survey.build.labels' : 'survey.build.options',
          choices));
      } else {
        choices.hidden = true;
        item.appendChild(choices);
      }
      item.appendChild(button(t('survey.build.removeQuestion', { number: q + 1 }), () => {
        outline = readEditor();
        outline[s].questions.splice(q, 1);
        renderEditor();
      }));
      box.appendChild(item);
    });
    box.append(button(t('survey.build.addQuestion'), () => {
      outline = readEditor();
      outline[s].questions.push(newQuestion());
      renderEditor();
    }), button(t('survey.build.removeSection', { number: s + 1 }), () => {
      outline = readEditor();
      outline.splice(s, 1);
      renderEditor();
    }));
    editor.appendChild(box);
  });
}

/** The server names /sections/0/questions/1/labels (sections.0.questions.1.labels here; or options, or one of them): that question's text area. */
function onEditor(error) {
  return { ...error, fieldErrors: (error.fieldErrors || []).map((f) => ({ ...f,
    field: f.field.replace(/\.(labels|options)(\.\d+)?$/, '.choices') })) };
}

async function request(form, call, done, mapErrors = (e) => e) {
  clearFieldErrors(form);
  showError(errorBox, '');
  say('');
  try {
    await call();
    say(done);
    return true;
  } catch (e) {
    showFieldErrors(form, mapErrors(e));
    showError(errorBox, e);
    errorBox.focus();
    return false;
  }
}

function surveyState(s) {
  return t(s.closed ? 'survey.state.closed' : s.open ? 'survey.state.open' : 'survey.state.pastDeadline');
}

async function showList() {
  const surveys = await getJson('api/v1/surveys');
  const body = document.querySelector('#survey-table tbody');
  body.replaceChildren(...surveys.map((s) => {
    const row = document.createElement('tr');
    cell(row, link(`build.html?year=${s.year}`, String(s.year)));
    cell(row, s.title);
    cell(row, s.deadline);
    cell(row, `${surveyState(s)}${s.anonymous ? '' : `, ${t('survey.build.namedShort')}`}`);
    return row;
  }));
  if (surveys.length === 0) {
    const row = document.createElement('tr');
    cell(row, t('survey.none')).colSpan = 4;
    body.replaceChildren(row);
  }
  const copy = document.getElementById('copy-from');
  copy.replaceChildren(new Option(t('survey.build.copyNone'), ''), ...surveys.map((s) => new Option(String(s.year), String(s.year))));
  if (!selectedYear && surveys.length > 0) {
    copy.value = String(surveys[0].year); // last year's questions, so results compare
    document.getElementById('survey-year').value = String(surveys[0].year + 1);
  }
  toggleEditorForCopy();
}

function toggleEditorForCopy() {
  if (!selectedYear) {
    questionsForm.hidden = document.getElementById('copy-from').value !== '';
  }
}

async function showProgress(survey) {
  const progress = await getJson(`api/v1/surveys/${survey.year}/responses`);
  document.getElementById('progress-summary').textContent = t('survey.build.progressSummary',
    { submitted: progress.submitted, drafts: progress.drafts, members: progress.members });
  document.querySelector('#progress-table tbody').replaceChildren(...progress.municipalities.map((m) => {
    const row = document.createElement('tr');
    cell(row, m.name);
    cell(row, t(`survey.response.${m.status}`)).className = `status-${m.status}`;
    cell(row, m.submittedAt ? new Date(m.submittedAt).toLocaleString(document.documentElement.lang) : '');
    return row;
  }));
  document.getElementById('results-link').href = `results.html?year=${survey.year}`;
  const today = new Date().toISOString().slice(0, 10);
  document.getElementById('close-survey').hidden = survey.closed || survey.deadline >= today;
  document.getElementById('progress').hidden = false;
  return progress;
}

async function showSurvey() {
  const reply = await getWithEtag(`api/v1/surveys/${selectedYear}`);
  const survey = reply.body;
  etag = reply.etag;
  document.getElementById('settings-heading').textContent = t('survey.build.settings', { year: survey.year });
  const year = document.getElementById('survey-year');
  year.value = String(survey.year);
  year.disabled = true;
  document.getElementById('survey-title').value = survey.title;
  document.getElementById('survey-deadline').value = survey.deadline;
  document.getElementById('survey-named').checked = !survey.anonymous;
  document.getElementById('copy-from').hidden = true;
  document.getElementById('copy-label').hidden = true;
  const progress = await showProgress(survey);
  locked = survey.closed || progress.submitted + progress.drafts > 0;
  document.getElementById('questions-locked').hidden = !locked;
  document.getElementById('editor-actions').hidden = locked;
  settingsForm.querySelectorAll('input, button').forEach((c) => {
    if (c.id !== 'survey-year') {
      c.disabled = survey.closed;
    }
  });
  outline = survey.sections.map((s) => ({ title: s.title, questions: s.questions.map((q) => ({ ...q })) }));
  renderEditor();
}

await loadMessages('survey');
await showSession();
try {
  await showList();
  if (selectedYear) {
    await showSurvey();
  } else {
    outline = [{ title: '', questions: [newQuestion()] }];
    renderEditor();
  }
} catch (e) {
  showError(errorBox, e);
}

document.getElementById('copy-from').addEventListener('change', toggleEditorForCopy);
document.getElementById('add-section').addEventListener('click', () => {
  outline = readEditor();
  outline.push({ title: '', questions: [newQuestion()] });
  renderEditor();
});
settingsForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const f = settingsForm.elements;
  const settings = { title: f.title.value.trim(), deadline: f.deadline.value, anonymous: !f.named.checked };
  if (selectedYear) {
    if (await request(settingsForm, () => sendJson('PUT', `api/v1/surveys/${selectedYear}`, settings, { 'If-Match': etag }),
      t('survey.build.saved'))) {
      await showSurvey();
    }
    return;
  }
  const copyFromYear = f.copyFromYear.value ? Number(f.copyFromYear.value) : null;
  const body = { year: Number(f.year.value.trim()) || null, ...settings, copyFromYear,
    sections: copyFromYear ? [] : readEditor() };
  let created;
  if (await request(settingsForm, async () => { created = await postJson('api/v1/surveys', body); },
    t('survey.build.created'), (e) => { showFieldErrors(questionsForm, onEditor(e)); return e; })) {
    location.assign(`build.html?year=${created.year}`);
  }
});
questionsForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!selectedYear) {
    settingsForm.requestSubmit();
    return;
  }
  if (await request(questionsForm, () => sendJson('PUT', `api/v1/surveys/${selectedYear}/questions`,
    { sections: readEditor() }, { 'If-Match': etag }), t('survey.build.saved'), onEditor)) {
    await showSurvey();
  }
});
document.getElementById('close-survey').addEventListener('click', async () => {
  if (await request(settingsForm, () => postJson(`api/v1/surveys/${selectedYear}/close`), t('survey.build.closed'))) {
    await showSurvey();
    await showList();
  }
});
document.body.dataset.ready = 'true';
