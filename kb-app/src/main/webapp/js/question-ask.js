// Asking the region a question. While the title is typed, questions and items that may already hold
// the answer are offered from the search (debounced, only what the person may read); after asking,
// the question's own page opens.
import { getJson, postJson } from './api.js';
import { currentLanguage, loadMessages, t } from './i18n.js';
import { showSession } from './session.js';
import { clearFieldErrors, showError, showFieldErrors } from './dom.js';
import { KB_API, VISIBILITIES, fillSelect } from './kb-common.js';
import { QUESTIONS_API } from './questions-common.js';

const form = document.getElementById('ask-form');
const title = document.getElementById('title');
const SUGGESTION_DELAY = 300;
let suggestionTimer;

function themeBoxes(themes) {
  const english = currentLanguage() === 'en';
  document.getElementById('theme-boxes').replaceChildren(...themes.map((theme) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'theme';
    box.value = theme.code;
    box.id = `theme-${theme.code}`;
    const lab = document.createElement('label');
    lab.htmlFor = box.id;
    lab.textContent = `${theme.code}. ${english ? theme.nameEn : theme.nameNl}`;
    const span = document.createElement('span');
    span.append(box, ' ', lab);
    return span;
  }));
}

function documentHref(hit) {
  return hit.kind === 'QUESTION' ? `question.html?id=${encodeURIComponent(hit.id)}`
    : `../kb/item.html?id=${encodeURIComponent(hit.id)}`;
}

function showSuggestions(hits) {
  const section = document.getElementById('suggestions');
  const list = document.getElementById('suggestion-list');
  if (hits.length === 0) {
    const none = document.createElement('li');
    none.textContent = t('questions.ask.noSuggestions');
    list.replaceChildren(none);
  } else {
    list.replaceChildren(...hits.map((hit) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = documentHref(hit);
      a.textContent = hit.title;
      const kind = hit.kind === 'QUESTION' ? 'QUESTION' : 'ITEM';
      li.append(a, ` (${t(`questions.kind.${kind}`)})`);
      return li;
    }));
  }
  section.hidden = false;
}

/** The title's words only: the search box's operators and wildcards mean nothing in a question. */
function titleWords() {
  return title.value.replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim();
}

title.addEventListener('input', () => {
  clearTimeout(suggestionTimer);
  const typed = titleWords();
  if (typed.length < 3) {
    document.getElementById('suggestions').hidden = true;
    return;
  }
  suggestionTimer = setTimeout(async () => {
    try {
      const found = await getJson(`${KB_API}search?q=${encodeURIComponent(typed.slice(0, 200))}&size=5`);
      if (titleWords() === typed) {
        showSuggestions(found.hits || []);
      }
    } catch (e) {
      // Suggestions are a help, not the task: asking still works without them.
      document.getElementById('suggestions').hidden = true;
    }
  }, SUGGESTION_DELAY);
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('ask-error');
  clearFieldErrors(form);
  showError(error, '');
  const f = form.elements;
  try {
    const question = await postJson(QUESTIONS_API.replace(/\/$/, ''), {
      title: f.title.value,
      body: f.body.value,
      visibility: f.visibility.value,
      themes: [...form.querySelectorAll('input[name="theme"]:checked')].map((box) => box.value),
      blocks: [],
    });
    location.assign(`question.html?id=${question.id}`);
  } catch (e) {
    const unplaced = showFieldErrors(form, e);
    showError(error, e.fieldErrors.length > 0 && unplaced.length === 0 ? t('error.summary') : e);
    error.focus();
  }
});

await loadMessages('kb', 'questions');
await showSession();
fillSelect(document.getElementById('visibility'), 'visibility', VISIBILITIES);
themeBoxes(await getJson(`${KB_API}themes`));
document.body.dataset.ready = 'true';
