// The expertise team's inbox: open questions oldest first with their age in working days (overdue
// ones marked), who took them, and assigning one to an expert.
import { getJson, postJson } from './api.js';
import { loadMessages, t } from './i18n.js';
import { showSession } from './session.js';
import { cell, link, showError } from './dom.js';
import { QUESTIONS_API, personText } from './questions-common.js';

let experts = [];

function assignControls(entry) {
  const question = entry.question;
  const wrap = document.createElement('div');
  wrap.className = 'inline-form';
  const select = document.createElement('select');
  select.id = `assign-${question.id}`;
  select.setAttribute('aria-label', t('questions.inbox.assignTo', { title: question.title }));
  select.replaceChildren(...experts.map((expert) => {
    const option = document.createElement('option');
    option.value = expert.username;
    option.textContent = personText(expert);
    option.selected = question.assignedExpert?.username === expert.username;
    return option;
  }));
  const button = document.createElement('button');
  button.type = 'button';
  button.id = `assign-button-${question.id}`;
  button.textContent = t('questions.inbox.assign');
  button.setAttribute('aria-describedby', `inbox-title-${question.id}`);
  button.addEventListener('click', () => assign(question.id, select.value));
  wrap.append(select, button);
  return wrap;
}

function row(entry) {
  const question = entry.question;
  const tr = document.createElement('tr');
  tr.id = `inbox-${question.id}`;
  const title = link(`question.html?id=${question.id}`, question.title);
  title.id = `inbox-title-${question.id}`;
  cell(tr, title);
  cell(tr, question.municipalityName ?? t('kb.region'));
  const age = cell(tr, String(entry.workingDaysOpen));
  if (entry.overdue) {
    tr.classList.add('overdue');
    const mark = document.createElement('strong');
    mark.className = 'overdue-mark';
    mark.textContent = t('questions.inbox.overdue');
    age.append(' ', mark);
  }
  cell(tr, String(question.answers));
  cell(tr, question.assignedExpert ? personText(question.assignedExpert) : t('questions.inbox.nobody'));
  cell(tr, experts.length > 0 ? assignControls(entry) : '');
  return tr;
}

async function load() {
  try {
    const inbox = await getJson(`${QUESTIONS_API}inbox`);
    experts = inbox.experts || [];
    document.querySelector('#inbox-table tbody').replaceChildren(...inbox.questions.map(row));
    document.getElementById('inbox-count').textContent = inbox.questions.length === 0 ? t('questions.inbox.empty')
      : t('questions.inbox.count', { count: inbox.questions.length });
  } catch (e) {
    showError(document.getElementById('inbox-error'), e);
  }
}

async function assign(id, expert) {
  const error = document.getElementById('inbox-error');
  const message = document.getElementById('inbox-message');
  showError(error, '');
  try {
    const question = await postJson(`${QUESTIONS_API}${id}/assign`, { expert });
    await load();
    message.textContent = t('questions.inbox.assigned', { name: personText(question.assignedExpert) });
    message.hidden = false;
  } catch (e) {
    message.hidden = true;
    showError(error, e);
  }
}

await loadMessages('kb', 'questions');
await showSession();
await load();
document.body.dataset.ready = 'true';
