import type { Category } from '../settings/schema';
import { DEFAULT_CODES, normalizeCode } from './defaultCodes';
import type { CellValue } from './types';

export interface CodeLookup {
  /** The code as first written (trimmed), for the code summary. */
  code: string;
  key: string;
  category: Category | null;
  source: 'school' | 'default' | 'unmapped';
}

/**
 * Maps codes to categories: the school's own `codes` first, then the default table. Results are
 * cached by the raw cell text, because a register repeats a handful of codes a million times.
 */
export class CodeMapper {
  private readonly school: Map<string, Category>;
  private readonly byRaw = new Map<string, CodeLookup>();
  private readonly byKey = new Map<string, CodeLookup>();

  constructor(schoolCodes: Readonly<Record<string, Category>>) {
    this.school = new Map(Object.entries(schoolCodes).map(([k, v]) => [normalizeCode(k), v]));
  }

  lookup(raw: string): CodeLookup {
    const hit = this.byRaw.get(raw);
    if (hit) return hit;
    const key = normalizeCode(raw);
    let entry = this.byKey.get(key);
    if (!entry) {
      const own = this.school.get(key);
      const def = own === undefined ? DEFAULT_CODES.get(key) : undefined;
      entry = {
        code: raw.trim(),
        key,
        category: own ?? def ?? null,
        source: own !== undefined ? 'school' : def !== undefined ? 'default' : 'unmapped',
      };
      this.byKey.set(key, entry);
    }
    this.byRaw.set(raw, entry);
    return entry;
  }

  /** refineCategory, for the import's rows: a method, so the per-row call stays within this module. */
  refine(category: Category | null, kind: KindValue | undefined, authorised: boolean): Category | null {
    return refineCategory(category, kind, authorised);
  }
}

/** What a Soort (kind) cell says; 'other' is a text the defaults do not know. */
export type KindValue = 'late' | 'removed' | 'sick' | 'absent' | 'other';
/** The kinds a school can map an unknown Soort text to (settings.kinds). */
export const KIND_MEANINGS = ['late', 'removed', 'sick', 'absent'] as const;
export type KindMeaning = (typeof KIND_MEANINGS)[number];

const KINDS: ReadonlyMap<string, KindValue> = new Map([
  ['te laat', 'late'],
  ['telaat', 'late'],
  ['laat', 'late'],
  ['late', 'late'],
  ['te laat gekomen', 'late'],
  ['laatkomer', 'late'],
  ['telaatkomst', 'late'],
  ['te laat komen', 'late'],
  ['verwijderd', 'removed'],
  ['verwijderd uit les', 'removed'],
  ['verwijderd uit de les', 'removed'],
  ['uit de les verwijderd', 'removed'],
  ['uit de les gestuurd', 'removed'],
  ['uit les gestuurd', 'removed'],
  ['uitgestuurd', 'removed'],
  ['eruit gestuurd', 'removed'],
  ['eruitgestuurd', 'removed'],
  ['removed', 'removed'],
  ['sent out', 'removed'],
  ['ziek', 'sick'],
  ['ziekgemeld', 'sick'],
  ['ziek gemeld', 'sick'],
  ['ziekmelding', 'sick'],
  ['ziek naar huis', 'sick'],
  ['sick', 'sick'],
  ['ill', 'sick'],
  ['absent', 'absent'],
  ['absentie', 'absent'],
  ['afwezig', 'absent'],
  ['afwezigheid', 'absent'],
  ['verzuim', 'absent'],
]);

/**
 * How a Soort or Geoorloofd text is compared: lower case, "-" and "_" as spaces, a remark in
 * brackets dropped for a Soort ("Laat (10 min)" is "laat"), spaces collapsed, trailing dots dropped.
 */
export function normalizeValueText(text: string, dropBrackets = true): string {
  return (dropBrackets ? text.toLowerCase().replace(/\([^)]*\)/g, ' ') : text.toLowerCase())
    .replace(/[-_\u00a0]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[.:;,!]+$/, '')
    .trim();
}

export function kindOf(value: CellValue): KindValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') return 'other';
  const t = normalizeValueText(value);
  if (t === '') return undefined;
  return KINDS.get(t) ?? KINDS.get(t.replace(/ /g, '')) ?? 'other';
}

/** What a Geoorloofd cell says; 'other' is a value the defaults do not know. */
export type AuthorisedValue = 'yes' | 'no' | 'other';

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'geoorloofd', 'toegestaan', 'authorised', 'authorized']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', 'ongeoorloofd', 'niet geoorloofd', 'niet toegestaan', 'unauthorised', 'unauthorized']);

/** A Geoorloofd cell: Ja/J/Yes/TRUE/WAAR/1 (or TRUE, 1) is yes, Nee/N/No/FALSE/ONWAAR/0 is no, blank is undefined. */
export function authorisedOf(value: CellValue): AuthorisedValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value === 1 ? 'yes' : value === 0 ? 'no' : 'other';
  if (typeof value !== 'string') return 'other';
  // "ja (brief)" is not plainly yes: the school says what it means.
  const t = normalizeValueText(value, false);
  if (t === '') return undefined;
  return YES.has(t) ? 'yes' : NO.has(t) ? 'no' : 'other';
}

/** Whether the `authorised` cell says yes (Ja/J/Yes/TRUE/WAAR/1, a TRUE boolean or the number 1). */
export function isAuthorisedYes(value: CellValue): boolean {
  return authorisedOf(value) === 'yes';
}

/**
 * register.md's refinements, in order. `kind`: Te laat makes an unauthorised or unmapped row
 * late; Verwijderd / Uitgestuurd makes an unauthorised or unmapped row authorised (a removal is
 * the school's measure, not truancy); Ziek makes an unmapped row sick; Absent and unknown kinds
 * leave the code's category. Then `authorised` = yes makes unauthorised, late or luxury
 * authorised; no changes nothing.
 */
export function refineCategory(category: Category | null, kind: KindValue | undefined, authorised: boolean): Category | null {
  let c = category;
  if (kind === 'late' && (c === 'unauthorised' || c === null)) c = 'late';
  else if (kind === 'removed' && (c === 'unauthorised' || c === null)) c = 'authorised';
  else if (kind === 'sick' && c === null) c = 'sick';
  if (authorised && (c === 'unauthorised' || c === 'late' || c === 'luxury')) c = 'authorised';
  return c;
}
