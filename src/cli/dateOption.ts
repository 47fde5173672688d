import { dayFromDateInput } from '../core/dateInput';
import type { DayNumber } from '../core/dates';
import { CliError } from './io';
import { say, type CliLang } from './lang';

/**
 * The day of a date option (`--as-of`), written either way people write it: 04-12-2026 or
 * 2026-12-04. Undefined when the option was not given; anything else ends the command with one line.
 */
export function dateOption(option: string, value: string | undefined, lang: CliLang | undefined): DayNumber | undefined {
  if (value === undefined) return undefined;
  const day = dayFromDateInput(value);
  if (day !== undefined) return day;
  throw new CliError(
    say(
      lang,
      `ongeldige ${option === '--as-of' ? 'peildatum' : 'datum'} voor ${option}: "${value}" (verwacht dd-mm-jjjj of jjjj-mm-dd, bijv. 04-12-2026)`,
      `invalid ${option === '--as-of' ? 'as-of date' : 'date'} for ${option}: "${value}" (expected dd-mm-yyyy or yyyy-mm-dd, e.g. 04-12-2026)`,
    ),
  );
}
