import type { z } from 'zod';
import { settingsSchema, type Settings } from './schema';
import { migrateSettings } from './migrate';
import { settingsFieldLabel } from './fieldLabels';

export interface SettingsIssue {
  /** Dotted path of the offending key, e.g. `calendar.holidays[0].end` (for the settings file). */
  key: string;
  /** The field as the school knows it: "Einddatum van vakantie 1 (Herfstvakantie)". */
  label: string;
  labelEn: string;
  /** What is wrong, in plain Dutch ("moet een getal groter dan 0 zijn"), without the label. */
  message: string;
  messageEn: string;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

function keyOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

const CATEGORY_WORDS: Record<string, readonly [string, string]> = {
  unauthorised: ['ongeoorloofd', 'unauthorised'],
  late: ['te laat', 'late'],
  sick: ['ziek', 'sick'],
  authorised: ['geoorloofd', 'authorised'],
  luxury: ['luxe verzuim', 'luxury'],
  ignore: ['negeren', 'ignore'],
};

const TYPE_WORDS: Record<string, readonly [string, string]> = {
  number: ['een getal', 'a number'],
  int: ['een heel getal', 'a whole number'],
  string: ['tekst', 'text'],
  boolean: ['aan of uit (true of false)', 'on or off (true or false)'],
  array: ['een lijst', 'a list'],
  object: ['een groep instellingen', 'a group of settings'],
  record: ['een groep instellingen', 'a group of settings'],
};

function shown(v: unknown): string {
  if (typeof v === 'string') return `"${v}"`;
  if (typeof v === 'number' && Number.isNaN(v)) return 'geen getal';
  return JSON.stringify(v) ?? String(v);
}

/** Plain words for what is wrong; never zod's "expected number, received NaN". */
function plain(issue: z.core.$ZodIssue, input: unknown): { nl: string; en: string } {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const [nl, en] = TYPE_WORDS[issue.expected] ?? ['iets anders', 'something else'];
      if (value === undefined) return { nl: `ontbreekt; vul ${nl} in`, en: `is missing; enter ${en}` };
      if (issue.expected === 'int' && typeof value === 'number') return { nl: `moet een heel getal zijn (niet ${String(value).replace('.', ',')})`, en: `must be a whole number (not ${value})` };
      if (typeof value === 'number' && Number.isNaN(value)) return { nl: `moet ${nl} zijn; het veld is leeg of bevat geen getal`, en: `must be ${en}; the field is empty or not a number` };
      return { nl: `moet ${nl} zijn (nu: ${shown(value)})`, en: `must be ${en} (now: ${shown(value)})` };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return { nl: `vul er minstens ${min} in`, en: `enter at least ${min}` };
      if (issue.origin === 'string') return { nl: 'mag niet leeg zijn', en: 'must not be empty' };
      if (min === 0 && issue.inclusive) return { nl: 'mag niet negatief zijn', en: 'must not be negative' };
      if (min === 0) return { nl: 'moet groter dan 0 zijn', en: 'must be more than 0' };
      return issue.inclusive ? { nl: `moet minstens ${min} zijn`, en: `must be at least ${min}` } : { nl: `moet groter dan ${min} zijn`, en: `must be more than ${min}` };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return { nl: `hoogstens ${max} waarden`, en: `at most ${max} values` };
      return issue.inclusive ? { nl: `mag hoogstens ${max} zijn`, en: `must be at most ${max}` } : { nl: `moet kleiner dan ${max} zijn`, en: `must be less than ${max}` };
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (issue.path[0] === 'version') return { nl: `deze versie (${shown(value)}) kent Verzuimsignaal niet; verwacht ${values.join(' of ')}`, en: `this version (${shown(value)}) is unknown; expected ${values.join(' or ')}` };
      const nl = values.map((v) => (CATEGORY_WORDS[v] ? `${v} (${CATEGORY_WORDS[v][0]})` : v));
      return { nl: `kies uit: ${nl.join(', ')} (nu: ${shown(value)})`, en: `choose one of: ${values.join(', ')} (now: ${shown(value)})` };
    }
    case 'invalid_union':
      if (issue.path.join('.') === 'calendar.publicHolidays') {
        return { nl: '"nl" (de Nederlandse feestdagen) of een lijst met datums', en: '"nl" (the Dutch public holidays) or a list of dates' };
      }
      return { nl: 'heeft niet de goede vorm', en: 'does not have the right form' };
    case 'unrecognized_keys':
      return { nl: 'onbekende instelling (controleer de spelling)', en: 'unknown setting (check the spelling)' };
    case 'custom': {
      // Our own messages are written "Dutch / English".
      const [nl, en] = issue.message.split(' / ');
      return { nl, en: en ?? nl };
    }
    default:
      return { nl: 'ongeldige waarde', en: 'invalid value' };
  }
}

/** Validates a settings document (after migrating older versions) and fills in the defaults. */
export function validateSettings(input: unknown): SettingsResult {
  const migrated = migrateSettings(input);
  // jitless (here and in defaultSettings): zod would first compile a parser for the shape with
  // new Function, which pays off over many parses; settings are parsed once per run (or change).
  const parsed = settingsSchema.safeParse(migrated, { jitless: true });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const holidayName = (i: number): string | undefined => {
    const name = valueAt(migrated, ['calendar', 'holidays', i, 'name']);
    return typeof name === 'string' && name.trim() ? name.trim() : undefined;
  };
  const issues: SettingsIssue[] = [];
  const push = (path: readonly PropertyKey[], words: { nl: string; en: string }) => {
    const label = settingsFieldLabel(path, holidayName);
    issues.push({ key: keyOf(path), label: label.nl, labelEn: label.en, message: words.nl, messageEn: words.en });
  };
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) push([...issue.path, k], { nl: `onbekende instelling "${k}" (controleer de spelling)`, en: `unknown setting "${k}" (check the spelling)` });
    } else push(issue.path, plain(issue, migrated));
  }
  return { ok: false, issues };
}

/**
 * The issues as lines: "Drempel (uren) van de 16-urenregel: moet groter dan 0 zijn". With
 * `withKey` (the command line, where the user edits the JSON file) the key follows in brackets.
 */
export function formatSettingsIssues(issues: readonly SettingsIssue[], options: { lang?: 'nl' | 'en'; withKey?: boolean } = {}): string {
  const en = options.lang === 'en';
  return issues
    .map((i) => `${en ? i.labelEn : i.label}: ${en ? i.messageEn : i.message}${options.withKey ? ` ("${i.key}")` : ''}`)
    .join('\n');
}

/** Defaults for everything: a school that has configured nothing yet. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({}, { jitless: true });
}

/** Parses or throws with every issue, each naming its field. */
export function parseSettings(input: unknown): Settings {
  const r = validateSettings(input);
  if (!r.ok) throw new Error(`Ongeldige instellingen / invalid settings:\n${formatSettingsIssues(r.issues, { withKey: true })}`);
  return r.settings;
}
