// Shared by the knowledge-base pages: API paths, labels of codes and the theme catalogue's names.
// Table cells, links and error display come from dom.js, which every module's pages share.
import { getJson } from './api.js';
import { currentLanguage, t } from './i18n.js';

export const KB_API = new URL('../api/v1/kb/', import.meta.url).pathname;

export const KINDS = ['BEST_PRACTICE', 'POLICY_DOCUMENT', 'STANDARD_FORM', 'HOUSING_LOCATION', 'NUISANCE_REPORT',
  'DEVELOPMENT_UPDATE', 'PARTICIPATION_CASE'];
export const STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'];
export const VISIBILITIES = ['REGION', 'MUNICIPALITY', 'STEERING'];
export const HOUSING_KINDS = ['CONCENTRATED_LOCATION', 'CONVERTED_BUILDING', 'TEMPORARY_UNITS', 'OTHER'];
export const PHASES = ['EXPLORATION', 'PLANNING', 'PERMIT_PROCEDURE', 'REALISATION', 'IN_USE'];
export const METHODS = ['INFORMATION_EVENING', 'OPEN_DAY', 'SOUNDING_BOARD_GROUP', 'COUNCIL_VISIT', 'NEWSLETTER', 'OTHER'];
export const PARTICIPANTS = ['RESIDENTS', 'COUNCIL_MEMBERS', 'EMPLOYERS', 'HOUSING_PROVIDERS'];
export const OUTCOMES = ['REALISED', 'CHANGED', 'WITHDRAWN', 'PENDING'];

/** The label of a code, e.g. label('kind', 'BEST_PRACTICE') reads key kb.kind.BEST_PRACTICE. */
export function label(group, code) {
  return code ? t(`kb.${group}.${code}`) : '';
}

/** Fills a select with an empty "any" option (when anyKey is given) and one option per code. */
export function fillSelect(select, group, codes, anyKey) {
  const options = [];
  if (anyKey) {
    const any = document.createElement('option');
    any.value = '';
    any.textContent = t(anyKey);
    options.push(any);
  }
  for (const code of codes) {
    const option = document.createElement('option');
    option.value = code;
    option.textContent = label(group, code);
    options.push(option);
  }
  select.replaceChildren(...options);
}

export function formatDate(iso) {
  return iso ? new Date(iso).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL') : '';
}

/** The theme catalogue with names in the page's language: code -> name, for themes and building blocks alike. */
export async function catalogueNames() {
  const themes = await getJson(`${KB_API}themes`);
  const english = currentLanguage() === 'en';
  const names = new Map();
  for (const theme of themes) {
    names.set(theme.code, english ? theme.nameEn : theme.nameNl);
    for (const block of theme.blocks || []) {
      names.set(block.code, english ? block.nameEn : block.nameNl);
    }
  }
  return { themes, names };
}
