// The knowledge-base list: filters on kind, theme and status, "my stale items" for owners, paged by the server.
import { getJson, postJson } from './api.js';
import { loadMessages, t, tn } from './i18n.js';
import { cell, link, showError } from './dom.js';
import { hasRole, showSession } from './session.js';
import { KB_API, KINDS, STATUSES, fillSelect, label } from './kb-common.js';

const themeNames = new Map();

async function themes(select) {
  const list = await getJson(`${KB_API}themes`);
  list.forEach((theme) => themeNames.set(theme.code, document.documentElement.lang === 'en' ? theme.nameEn : theme.nameNl));
  const any = document.createElement('option');
  any.value = '';
  any.textContent = t('kb.any');
  const lang = document.documentElement.lang;
  select.replaceChildren(any, ...list.map((theme) => {
    const option = document.createElement('option');
    option.value = theme.code;
    option.textContent = `${theme.code}. ${lang === 'en' ? theme.nameEn : theme.nameNl}`;
    return option;
  }));
}

async function showWatches() {
  const watches = await getJson(`${KB_API}watches`);
  const entries = watches.map((watch) => {
    const li = document.createElement('li');
    const what = watch.type === 'THEME'
      ? t('kb.watch.theme', { name: themeNames.get(watch.target) ?? watch.target })
      : t('kb.watch.item', { id: watch.target });
    li.append(`${what}: ${t('kb.watch.changed', { count: watch.changed.length })}`);
    if (watch.changed.length > 0) {
      const list = document.createElement('ul');
      for (const item of watch.changed) {
        const entry = document.createElement('li');
        entry.appendChild(link(`item.html?id=${item.id}`, item.title));
        list.appendChild(entry);
      }
      li.appendChild(list);
    }
    return li;
  });
  if (entries.length === 0) {
    const none = document.createElement('li');
    none.textContent = t('kb.watch.none');
    entries.push(none);
  }
  document.getElementById('watch-list').replaceChildren(...entries);
}

const PAGE_SIZE = 25;
let currentPage = 0;

async function show() {
  const form = document.getElementById('filter-form');
  const query = new URLSearchParams({ size: String(PAGE_SIZE), page: String(currentPage) });
  for (const name of ['kind', 'theme', 'status']) {
    if (form.elements[name].value) {
      query.set(name, form.elements[name].value);
    }
  }
  if (form.elements.stale.checked) {
    query.set('owner', 'me');
    query.set('stale', 'true');
  }
  const error = document.getElementById('list-error');
  error.hidden = true;
  try {
    const page = await getJson(`${KB_API}items?${query}`);
    const rows = page.items.map((item) => {
      const row = document.createElement('tr');
      cell(row, link(`item.html?id=${item.id}`, item.title));
      cell(row, label('kind', item.kind));
      cell(row, item.municipalityName ?? t('kb.region'));
      cell(row, label('status', item.status));
      cell(row, item.reviewBy ? `${item.reviewBy}${item.stale ? ` (${t('kb.stale')})` : ''}` : '');
      return row;
    });
    document.querySelector('#item-table tbody').replaceChildren(...rows);
    document.getElementById('list-count').textContent = tn('kb.list.count', page.total);
    document.getElementById('paging').hidden = page.total === 0;
    const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
    document.getElementById('page-info').textContent = t('kb.list.page', { page: currentPage + 1, pages });
    document.getElementById('page-previous').disabled = currentPage === 0;
    document.getElementById('page-next').disabled = currentPage + 1 >= pages;
  } catch (e) {
    showError(error, e);
  }
}

await loadMessages('kb');
const me = await showSession();
// Only writers own items, so only they filter on their own stale ones.
document.getElementById('filter-stale-label').hidden = !hasRole(me, 'contributor', 'editor');
fillSelect(document.getElementById('filter-kind'), 'kind', KINDS, 'kb.any');
fillSelect(document.getElementById('filter-status'), 'status', STATUSES, 'kb.any');
await themes(document.getElementById('filter-theme'));
await themes(document.getElementById('follow-theme'));
document.getElementById('follow-theme').options[0].textContent = t('kb.watch.chooseTheme');
document.getElementById('follow-button').addEventListener('click', async () => {
  const target = document.getElementById('follow-theme').value;
  if (target) {
    await postJson(`${KB_API}watches`, { type: 'THEME', target }).catch((e) => showError(document.getElementById('list-error'), e));
    showWatches();
  }
});
document.getElementById('seen-button').addEventListener('click', async () => {
  await postJson(`${KB_API}watches/seen`);
  showWatches();
});
if (new URLSearchParams(location.search).get('stale') === 'mine') {
  document.getElementById('filter-stale').checked = true;
}
document.getElementById('filter-form').addEventListener('submit', (event) => {
  event.preventDefault();
  currentPage = 0; // new filters start at the first page
  show();
});
document.getElementById('page-previous').addEventListener('click', () => {
  currentPage = Math.max(0, currentPage - 1);
  show();
});
document.getElementById('page-next').addEventListener('click', () => {
  currentPage += 1;
  show();
});
await Promise.all([showWatches().catch((e) => showError(document.getElementById('list-error'), e)), show()]);
document.body.dataset.ready = 'true';
