// Shared by the question pages: the API path, a person as others see them, and a question's age.
import { t } from './i18n.js';

export const QUESTIONS_API = new URL('../api/v1/questions/', import.meta.url).pathname;

/** "Name (Municipality)", or the name alone for regional staff. */
export function personText(person) {
  if (!person) {
    return '';
  }
  return person.municipalityName ? `${person.displayName} (${person.municipalityName})` : person.displayName;
}

/** How long ago, in whole days: "vandaag", "1 dag geleden", "3 dagen geleden". */
export function ageText(iso) {
  const days = Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 86400000));
  if (days === 0) {
    return t('questions.age.today');
  }
  return t(days === 1 ? 'questions.age.one' : 'questions.age.other', { count: days });
}
