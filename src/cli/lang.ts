import { CliError } from './io';

/** The language of what the command line prints: Dutch, the product's language, unless asked. */
export type CliLang = 'nl' | 'en';

/** The environment variable that sets the language for every call (`--lang` wins over it). */
export const LANG_ENV = 'VERZUIMSIGNAAL_LANG';

/**
 * `--lang en` (or VERZUIMSIGNAAL_LANG=en) for English; Dutch otherwise. Not the system's LANG: a
 * Dutch school's server or laptop often runs an English locale, and the pane, too, is Dutch
 * unless Office's display language is English.
 */
export function cliLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): CliLang {
  const value = (flag ?? env[LANG_ENV] ?? '').trim().toLowerCase();
  if (value === '' || value === 'nl' || value.startsWith('nl-') || value.startsWith('nl_')) return 'nl';
  if (value === 'en' || value.startsWith('en-') || value.startsWith('en_')) return 'en';
  const from = flag !== undefined ? '--lang' : LANG_ENV;
  throw new CliError(`${from}: nl of en, niet "${value}" / nl or en, not "${value}"`);
}

/** The text for the language: one call per message keeps both versions side by side. */
export function say(lang: CliLang | undefined, nl: string, en: string): string {
  return lang === 'en' ? en : nl;
}

/**
 * A whole number as the language writes it: 12.345 in Dutch, 12,345 in English (what
 * toLocaleString gives for nl-NL and en-GB, without loading ICU's number formatting, some 10 ms of
 * a command's start).
 */
export function wholeNumber(n: number, lang: CliLang | undefined): string {
  const digits = String(Math.abs(Math.trunc(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, lang === 'en' ? ',' : '.');
  return n < 0 && grouped !== '0' ? `-${grouped}` : grouped;
}
