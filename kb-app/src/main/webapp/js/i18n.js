// Dutch first, English on request; the choice is remembered in localStorage.
// Texts live in bundles: i18n/messages_<lang>.json (shared) plus one bundle per feature,
// e.g. loadMessages('kb') also reads i18n/kb_<lang>.json.
import { renderSiteHeader } from './site-header.js';

const STORAGE_KEY = 'kb.lang';
let messages = {};

export function currentLanguage() {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
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
    toggle.addEventListener('click', () => {
      localStorage.setItem(STORAGE_KEY, lang === 'nl' ? 'en' : 'nl');
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
