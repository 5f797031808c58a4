// Dutch first, English on request; the choice is remembered in localStorage.
const STORAGE_KEY = 'kb.lang';
let messages = {};

export function currentLanguage() {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
}

export async function loadMessages() {
  const lang = currentLanguage();
  const response = await fetch(`i18n/messages_${lang}.json`);
  messages = await response.json();
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  document.querySelectorAll('[data-i18n-aria]').forEach((element) => {
    element.setAttribute('aria-label', t(element.dataset.i18nAria));
  });
  const toggle = document.getElementById('language-switch');
  if (toggle) {
    toggle.addEventListener('click', () => {
      localStorage.setItem(STORAGE_KEY, lang === 'nl' ? 'en' : 'nl');
      location.reload();
    });
  }
}

/** The message for a key, with {name} placeholders filled in. */
export function t(key, values = {}) {
  const template = messages[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}
