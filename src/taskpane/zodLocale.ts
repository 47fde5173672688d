import { config } from 'zod/mini';
import nl from 'zod/v4/locales/nl.cjs';
import en from 'zod/v4/locales/en.cjs';
import type { Lang } from './i18n';

/**
 * Settings validation messages in the pane's language ("Te klein: verwacht dat number >0 is").
 * Only these two locales are imported, so the bundle does not carry all of zod's.
 */
export function setValidationLanguage(lang: Lang): void {
  config(lang === 'nl' ? nl() : en());
}
