// One question to the region: its text, who asked it and when, its answers with their votes and the
// accepted one, and what the reader may do (answer, accept as the asker, vote an answer useful).
import { getJson, postJson } from './api.js';
import { loadMessages, t } from './i18n.js';
import { showSession } from './session.js';
import { clearFieldErrors, showError, showFieldErrors } from './dom.js';
import { catalogueNames, formatDate, label } from './kb-common.js';
import { QUESTIONS_API, ageText, personText } from './questions-common.js';

const id = new URLSearchParams(location.search).get('id');
let catalogue = new Map();

function meta(list, key, value) {
  const dt = document.createElement('dt');
  dt.textContent = t(key);
  const dd = document.createElement('dd');
  dd.textContent = value ?? '';
  list.append(dt, dd);
}

function themeName(code) {
  const name = catalogue.get(code);
  return name ? `${code}. ${name}` : code;
}

function button(idText, key, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.id = idText;
  b.textContent = t(key);
  b.addEventListener('click', onClick);
  return b;
}

function renderAnswer(question, answer) {
  const li = document.createElement('li');
  li.className = answer.accepted ? 'answer accepted' : 'answer';
  li.id = `answer-${answer.id}`;
  if (answer.accepted) {
    const mark = document.createElement('p');
    mark.className = 'accepted-mark';
    mark.textContent = t('questions.answer.accepted');
    li.appendChild(mark);
  }
  const body = document.createElement('div');
  body.className = 'answer-body';
  // bodyHtml was sanitized by the server with the same safelist as items.
  body.innerHTML = answer.bodyHtml;
  const about = document.createElement('p');
  about.className = 'answer-meta';
  about.id = `answer-meta-${answer.id}`;
  about.textContent = t('questions.answer.by', { person: personText(answer.author), date: formatDate(answer.createdAt) });
  const votes = document.createElement('p');
  votes.className = 'answer-votes';
  votes.textContent = t(answer.usefulVotes === 1 ? 'questions.votes.one' : 'questions.votes.other', { count: answer.usefulVotes });
  li.append(body, about, votes);
  const actions = document.createElement('p');
  actions.className = 'inline-form';
  if ((answer.actions || []).includes('vote')) {
    const vote = button(`vote-${answer.id}`, 'questions.answer.vote', () => act(`${id}/answers/${answer.id}/vote`));
    vote.setAttribute('aria-describedby', about.id);
    actions.appendChild(vote);
  } else if (answer.votedByMe) {
    actions.append(t('questions.answer.voted'));
  }
  if ((question.actions || []).includes('accept') && question.status === 'OPEN') {
    const accept = button(`accept-${answer.id}`, 'questions.answer.accept', () => act(`${id}/answers/${answer.id}/accept`));
    accept.setAttribute('aria-describedby', about.id);
    actions.appendChild(accept);
  }
  if (actions.childNodes.length > 0) {
    li.appendChild(actions);
  }
  return li;
}

function render(question) {
  document.title = `${question.title} – ${t('questions.title')}`;
  document.getElementById('question-title').textContent = question.title;
  document.getElementById('question-status').textContent = t(`questions.status.${question.status}`);
  const list = document.getElementById('question-meta');
  list.replaceChildren();
  meta(list, 'questions.field.municipality', question.municipalityName ?? t('kb.region'));
  meta(list, 'questions.field.visibility', label('visibility', question.visibility));
  meta(list, 'questions.field.themes', question.themes.map(themeName).join(', '));
  meta(list, 'questions.field.asker', personText(question.asker));
  meta(list, 'questions.field.asked', `${formatDate(question.askedAt)} (${ageText(question.askedAt)})`);
  if (question.assignedExpert) {
    meta(list, 'questions.field.expert', personText(question.assignedExpert));
  }
  document.getElementById('question-body').innerHTML = question.bodyHtml;
  const answers = question.answers || [];
  document.getElementById('answer-count').textContent = answers.length === 0 ? t('questions.answers.none')
    : t(answers.length === 1 ? 'questions.answers.one' : 'questions.answers.other', { count: answers.length });
  document.getElementById('answer-list').replaceChildren(...answers.map((a) => renderAnswer(question, a)));
  // An answered question takes no new answers (the server answers 409), whoever may otherwise answer.
  const canAnswer = (question.actions || []).includes('answer') && question.status === 'OPEN';
  document.getElementById('answer-section').hidden = !canAnswer;
  document.getElementById('answer-closed').hidden = question.status === 'OPEN';
  document.getElementById('question').hidden = false;
}

function showMissing() {
  document.getElementById('question').hidden = true;
  document.getElementById('question-missing').hidden = false;
  document.title = `${t('questions.missing.title')} – ${t('questions.title')}`;
}

async function load() {
  if (!/^\d+$/.test(id ?? '')) {
    showMissing(); // no question named in the address (without an id the path would be the list)
    return;
  }
  try {
    render(await getJson(`${QUESTIONS_API}${id}`));
  } catch (e) {
    if (e.status === 404 || e.status === 400) {
      // Unknown, or not for this reader: the server says no more than "not found", nor does the page.
      showMissing();
    } else {
      showError(document.getElementById('question-error'), e);
    }
  }
}

async function act(path) {
  const error = document.getElementById('action-error');
  showError(error, '');
  try {
    await postJson(`${QUESTIONS_API}${path}`);
    await load();
  } catch (e) {
    showError(error, e);
  }
}

async function submitAnswer(event) {
  event.preventDefault();
  const form = document.getElementById('answer-form');
  const error = document.getElementById('answer-error');
  clearFieldErrors(form);
  showError(error, '');
  try {
    await postJson(`${QUESTIONS_API}${id}/answers`, { body: form.elements.body.value });
    form.reset();
    await load();
  } catch (e) {
    const unplaced = showFieldErrors(form, e);
    showError(error, e.fieldErrors.length > 0 && unplaced.length === 0 ? t('error.summary') : e);
    error.focus();
  }
}

await loadMessages('kb', 'questions');
await showSession();
catalogue = (await catalogueNames()).names;
document.getElementById('answer-form').addEventListener('submit', submitAnswer);
await load();
document.body.dataset.ready = 'true';
