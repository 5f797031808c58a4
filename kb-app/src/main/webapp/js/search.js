// Search page: the box with autocomplete, facets with counts, highlighted hits, "bedoelde u", paging.
// The state lives in the URL (q, filters, page) so links and the back button work.
import { getJson } from './api.js';
import { currentLanguage, loadMessages, t, translate } from './i18n.js';
import { showSession } from './session.js';
import { errorText, showError } from './dom.js';

const FILTERS = ['kind', 'theme', 'block', 'municipality', 'subregion', 'year'];
const FACETS = ['kind', 'theme', 'municipality', 'subregion', 'year'];
const PAGE_SIZE = 10;
// Absolute, so it works whether api.js resolves paths against the page or the context root.
const API = new URL('../api/v1/', import.meta.url).pathname;

const form = document.getElementById('search-form');
const input = document.getElementById('search-q');
const completions = document.getElementById('search-completions');

function state() {
  const params = new URLSearchParams(location.search);
  const current = { q: params.get('q') || '', page: Math.max(1, parseInt(params.get('page') || '1', 10) || 1) };
  for (const name of FILTERS) {
    current[name] = params.get(name) || '';
  }
  return current;
}

function go(next) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (value !== '' && value !== null && value !== undefined && !(key === 'page' && value === 1)) {
      params.set(key, value);
    }
  }
  history.pushState(null, '', `${location.pathname}?${params}`);
  runSearch();
}

/** Snippets arrive escaped with matches in <mark>; keep only text and mark elements all the same. */
function snippetNodes(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
  const nodes = [];
  for (const node of parsed.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent));
    }
  }
  return nodes;
}

// What a person reads instead of codes: kind labels from the kb bundle, theme and block names from
// the catalogue, municipality names from the region; a value without a known name shows as it is.
const names = { theme: new Map(), block: new Map(), municipality: new Map() };

async function loadNames() {
  const english = currentLanguage() === 'en';
  const [themes, municipalities] = await Promise.all([
    getJson(`${API}kb/themes`).catch(() => []),
    getJson(`${API}municipalities`).catch(() => []),
  ]);
  for (const theme of themes) {
    names.theme.set(theme.code, english ? theme.nameEn : theme.nameNl);
    for (const block of theme.blocks || []) {
      names.block.set(block.code, english ? block.nameEn : block.nameNl);
    }
  }
  for (const municipality of municipalities) {
    names.municipality.set(municipality.cbsCode, municipality.name);
  }
}

function facetLabel(dimension, value) {
  if (dimension === 'kind') {
    const key = `kb.kind.${value}`;
    const text = t(key);
    return text === key ? value : text;
  }
  return (names[dimension] && names[dimension].get(value)) || value;
}

// Years newest first and themes in catalogue order read as expected; the rest by count.
const FACET_ORDER = {
  year: (a, b) => b.value.localeCompare(a.value),
  theme: (a, b) => a.value.localeCompare(b.value, undefined, { numeric: true }),
};

function renderFacets(result, current) {
  const container = document.getElementById('facet-groups');
  container.replaceChildren();
  for (const dimension of FACETS) {
    const values = [...((result.facets && result.facets[dimension]) || [])];
    if (FACET_ORDER[dimension]) {
      values.sort(FACET_ORDER[dimension]);
    }
    if (values.length === 0 && !current[dimension]) {
      continue;
    }
    const group = document.createElement('fieldset');
    group.className = 'facet-group';
    group.dataset.facet = dimension;
    const legend = document.createElement('legend');
    legend.textContent = t(`search.facet.${dimension}`);
    group.appendChild(legend);
    const list = document.createElement('ul');
    if (current[dimension]) {
      const item = document.createElement('li');
      const clear = document.createElement('button');
      clear.type = 'button';
      clear.textContent = t('search.facet.clear', { value: facetLabel(dimension, current[dimension]) });
      clear.addEventListener('click', () => go({ ...current, [dimension]: '', page: 1 }));
      item.appendChild(clear);
      list.appendChild(item);
    }
    for (const value of values) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.value = value.value;
      button.setAttribute('aria-pressed', String(current[dimension] === value.value));
      button.textContent = `${facetLabel(dimension, value.value)} (${value.count})`;
      button.addEventListener('click', () => go({ ...current, [dimension]: value.value, page: 1 }));
      item.appendChild(button);
      list.appendChild(item);
    }
    group.appendChild(list);
    container.appendChild(group);
  }
}

// Questions are found beside the items (kind QUESTION) and open on their own page.
function documentHref(kind, id) {
  return kind === 'QUESTION' ? `questions/question.html?id=${encodeURIComponent(id)}`
    : `kb/item.html?id=${encodeURIComponent(id)}`;
}

function renderHit(hit) {
  const item = document.createElement('li');
  item.className = 'hit';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = documentHref(hit.kind, hit.id);
  link.textContent = hit.title || t('search.untitled');
  heading.appendChild(link);
  if (hit.status && hit.status !== 'PUBLISHED') {
    // Drafts and retired items are found only by those who may see them; say what they are.
    const status = document.createElement('span');
    status.className = 'status-label';
    status.textContent = t(`kb.status.${hit.status}`);
    heading.append(' ', status);
  }
  item.appendChild(heading);
  const meta = document.createElement('p');
  meta.className = 'hit-meta';
  meta.textContent = [facetLabel('kind', hit.kind),
    hit.municipality ? facetLabel('municipality', hit.municipality) : t('search.region'), hit.year || '']
    .filter((part) => part).join(' · ');
  item.appendChild(meta);
  for (const snippet of hit.snippets || []) {
    const paragraph = document.createElement('p');
    paragraph.className = 'hit-snippet';
    if (snippet.source === 'attachment') {
      const from = document.createElement('a');
      from.href = `${API}kb/attachments/${encodeURIComponent(snippet.attachmentId)}`;
      from.textContent = t('search.fromAttachment', { name: snippet.fileName });
      paragraph.append(from, ': ');
    }
    paragraph.append(...snippetNodes(snippet.html));
    item.appendChild(paragraph);
  }
  return item;
}

function renderSuggestion(result, current) {
  const box = document.getElementById('search-suggestion');
  if (!result.suggestion) {
    box.hidden = true;
    return;
  }
  const link = document.createElement('a');
  link.href = `?q=${encodeURIComponent(result.suggestion)}`;
  link.textContent = result.suggestion;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    input.value = result.suggestion;
    go({ ...current, q: result.suggestion, page: 1 });
  });
  box.replaceChildren(`${t('search.didYouMean')} `, link, '?');
  box.hidden = false;
}

/** Says when not every word was found: which words no item holds, or that the hits hold only some words. */
function renderRelaxed(result) {
  const box = document.getElementById('search-relaxed');
  const missing = result.total > 0 ? result.missingWords || [] : [];
  if (missing.length > 0) {
    box.textContent = t('search.missingWords', { words: missing.join(', ') });
  } else if (result.allWords === false) {
    box.textContent = t('search.someWords');
  }
  box.hidden = result.total === 0 || (missing.length === 0 && result.allWords !== false);
}

function renderPaging(result, current) {
  const pages = Math.max(1, Math.ceil(Math.min(result.total, 1000) / PAGE_SIZE));
  const paging = document.getElementById('search-paging');
  paging.hidden = pages <= 1;
  document.getElementById('page-position').textContent = t('search.page', { page: current.page, pages });
  document.getElementById('page-previous').disabled = current.page <= 1;
  document.getElementById('page-next').disabled = current.page >= pages;
}

async function runSearch() {
  const current = state();
  input.value = current.q;
  const error = document.getElementById('search-error');
  error.hidden = true;
  const params = new URLSearchParams({ q: current.q, page: current.page, size: PAGE_SIZE });
  for (const name of FILTERS) {
    if (current[name]) {
      params.set(name, current[name]);
    }
  }
  try {
    const result = await getJson(`${API}kb/search?${params}`);
    document.getElementById('search-count').textContent = t(result.total === 1 ? 'search.one' : 'search.count',
      { count: result.total });
    document.getElementById('search-hits').replaceChildren(...result.hits.map(renderHit));
    renderFacets(result, current);
    renderSuggestion(result, current);
    renderRelaxed(result);
    renderPaging(result, current);
  } catch (e) {
    showError(error, t('search.error', { detail: errorText(e) }));
  }
}

// ---- autocomplete: arrow keys move, Enter picks, Escape closes ----------------------------------
let completionTimer;
let active = -1;

function closeCompletions() {
  completions.hidden = true;
  completions.replaceChildren();
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

function pick(text, href) {
  closeCompletions();
  if (href) {
    location.assign(href);
    return;
  }
  input.value = text;
  go({ ...state(), q: text, page: 1 });
}

function showCompletions(found) {
  const options = [];
  const words = input.value.trim().split(/\s+/);
  const stem = words.slice(0, -1).join(' ');
  for (const term of found.terms) {
    options.push({ label: stem ? `${stem} ${term}` : term, kind: t('search.completion.word') });
  }
  for (const title of found.titles) {
    options.push({ label: title.title, kind: t(title.kind === 'QUESTION' ? 'search.completion.question' : 'search.completion.item'),
      href: documentHref(title.kind, title.id) });
  }
  if (options.length === 0) {
    closeCompletions();
    return;
  }
  completions.replaceChildren(...options.map((option, index) => {
    const li = document.createElement('li');
    li.id = `completion-${index}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.label = option.label;
    if (option.id) {
      li.dataset.item = option.href;
    }
    const kind = document.createElement('span');
    kind.className = 'completion-kind';
    kind.textContent = option.kind;
    li.append(option.label, kind);
    li.addEventListener('mousedown', (event) => {
      event.preventDefault();
      pick(option.label, option.href);
    });
    return li;
  }));
  completions.hidden = false;
  input.setAttribute('aria-expanded', 'true');
  active = -1;
}

function moveActive(step) {
  const options = [...completions.querySelectorAll('[role="option"]')];
  if (options.length === 0) {
    return;
  }
  active = (active + step + options.length) % options.length;
  options.forEach((option, index) => option.setAttribute('aria-selected', String(index === active)));
  input.setAttribute('aria-activedescendant', options[active].id);
}

input.addEventListener('input', () => {
  clearTimeout(completionTimer);
  const typed = input.value;
  if (typed.trim().length < 2) {
    closeCompletions();
    return;
  }
  completionTimer = setTimeout(async () => {
    try {
      const found = await getJson(`${API}kb/suggest?q=${encodeURIComponent(typed.slice(0, 100))}`);
      if (input.value === typed) {
        showCompletions(found);
      }
    } catch (e) {
      closeCompletions();
    }
  }, 150);
});

input.addEventListener('keydown', (event) => {
  if (completions.hidden) {
    return;
  }
  if (event.key === 'Escape') {
    // Closes the list only: a search field would also clear the typed words on Escape.
    event.preventDefault();
    closeCompletions();
    return;
  }
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    moveActive(event.key === 'ArrowDown' ? 1 : -1);
  } else if (event.key === 'Enter' && active >= 0) {
    event.preventDefault();
    const option = completions.querySelectorAll('[role="option"]')[active];
    pick(option.dataset.label, option.dataset.item);
  }
});

input.addEventListener('blur', () => setTimeout(closeCompletions, 100));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  closeCompletions();
  go({ ...state(), q: input.value.trim(), page: 1 });
});

document.getElementById('page-previous').addEventListener('click', () => go({ ...state(), page: state().page - 1 }));
document.getElementById('page-next').addEventListener('click', () => go({ ...state(), page: state().page + 1 }));
window.addEventListener('popstate', runSearch);

await loadMessages('search', 'kb');
await showSession();
await loadNames();
translate(document);
await runSearch();
document.body.dataset.ready = 'true';
