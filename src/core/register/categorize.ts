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
}

export type KindValue = 'late' | 'removed' | 'sick' | 'absent' | 'other';

const KINDS: ReadonlyMap<string, KindValue> = new Map([
  ['te laat', 'late'],
  ['telaat', 'late'],
  ['laat', 'late'],
  ['late', 'late'],
  ['verwijderd', 'removed'],
  ['uitgestuurd', 'removed'],
  ['eruit gestuurd', 'removed'],
  ['removed', 'removed'],
  ['ziek', 'sick'],
  ['sick', 'sick'],
  ['absent', 'absent'],
  ['afwezig', 'absent'],
]);

export function kindOf(value: CellValue): KindValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') return 'other';
  const t = normalizeCode(value);
  if (t === '') return undefined;
  return KINDS.get(t) ?? 'other';
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1']);

/** Whether the `authorised` cell says yes (Ja/J/Yes/TRUE/1, a TRUE boolean or the number 1). */
export function isAuthorisedYes(value: CellValue): boolean {
  if (value === true) return true;
  if (typeof value === 'number') return value === 1;
  if (typeof value === 'string') return YES.has(value.trim().toLowerCase());
  return false;
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
