// What the housing pages share: the codes of the register and options labelled in the page's language.
import { t } from './i18n.js';

export const KINDS = ['CONCENTRATED_LOCATION', 'CONVERTED_BUILDING', 'TEMPORARY_UNITS', 'SHARED_DWELLING', 'OTHER'];
export const STATUSES = ['PLANNED', 'PERMIT_APPLIED', 'PERMITTED', 'IN_USE', 'CLOSED'];
export const MANAGERS = ['ON_SITE_24_7', 'REMOTE'];
export const VISIBILITIES = ['REGION', 'MUNICIPALITY', 'STEERING'];

/** Options for codes, labelled by their message keys (prefix.CODE). */
export function options(codes, prefix) {
  return codes.map((code) => new Option(t(`${prefix}.${code}`), code));
}
