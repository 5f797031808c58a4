// Dutch first, English on request; the choice is remembered in localStorage and, for a signed-in
// person, follows the account's own choice when the account has one. Texts live in bundles:
// i18n/messages_<lang>.json (shared, in shared-model) plus one bundle per feature, e.g.
// loadMessages('kb') also reads i18n/kb_<lang>.json, wherever that module serves it from.
import { renderSiteHeader } from './site-header.js';

const STORAGE_KEY = 'kb.lang';
let messages = {};
// Run (and awaited) when the person switches language, before the page reloads: session.js saves
// the choice with the account, so it follows the person to other browsers and to the server's texts.
const languageListeners = [];

export function onLanguageChosen(listener) {
  languageListeners.push(listener);
}

export function currentLanguage() {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
}

/** Remembers a language (e.g. the account's choice); true when it differs from the one shown. */
export function rememberLanguage(lang) {
  const chosen = lang === 'en' ? 'en' : 'nl';
  const changed = chosen !== currentLanguage();
  localStorage.setItem(STORAGE_KEY, chosen);
  return changed;
}

function baseUrl() {
  // i18n.js lives in <context>/js/, so the bundles are one level up, wherever the page is.
  return new URL('../i18n/', import.meta.url);
}

export async function loadMessages(...bundles) {
  const lang = currentLanguage();
  const names = ['messages', ...bundles];
  const loaded = await Promise.all(names.map(async (name) => {
    const response = await fetch(new URL(`${name}_${lang}.json`, baseUrl()));
    return response.ok ? response.json() : {};
  }));
  messages = Object.assign({}, ...loaded);
  document.documentElement.lang = lang;
  renderSiteHeader();
  translate(document);
  const toggle = document.getElementById('language-switch');
  if (toggle) {
    toggle.lang = lang === 'nl' ? 'en' : 'nl'; // the button's word is in the other language
    toggle.addEventListener('click', async () => {
      const next = lang === 'nl' ? 'en' : 'nl';
      localStorage.setItem(STORAGE_KEY, next);
      await Promise.all(languageListeners.map((listener) => Promise.resolve(listener(next)).catch(() => {})));
      location.reload();
    });
  }
}

/** Fills every data-i18n element under root (also for content added later). */
export function translate(root) {
  root.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-aria]').forEach((element) => {
    element.setAttribute('aria-label', t(element.dataset.i18nAria));
  });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((element) => {
    element.setAttribute('placeholder', t(element.dataset.i18nPlaceholder));
  });
}

/** The message for a key, with {name} placeholders filled in. */
export function t(key, values = {}) {
  const template = messages[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}

/** Singular or plural: key.one for a count of 1, key.other otherwise ("1 item", "2 items"). */
export function tn(key, count, values = {}) {
  return t(`${key}.${count === 1 ? 'one' : 'other'}`, { count, ...values });
}

/** The name of a role code ("data-steward" reads "Gegevensbeheerder"). */
export function roleName(code) {
  return t(`role.${code}`);
}
