import { cellText } from './cellText';
import { normalizeValueText } from './categorize';
import type { CellValue, ValueSummary } from './types';
import { MEMO_LIMIT } from './memoText';
import { compareDutch } from '../text/textOrder';

/** One distinct Soort or Geoorloofd value of a register, with what it means and its rows. */
export interface ValueEntry<M extends string> {
  value: string;
  key: string;
  /** null when neither the defaults nor the school's mapping know the value. */
  meaning: M | null;
  source: ValueSummary['source'];
  rows: number;
}

/**
 * Reads the cells of a Soort or Geoorloofd column: each distinct text once (by the raw text, then
 * by its normalised key, so "Te laat" and "te-laat" are one value), the defaults first, then the
 * school's own mapping (settings.kinds / settings.authorisedValues) for texts the defaults do not
 * know. Tallies rows per value for the summary that inspect and the pane list for mapping.
 */
export class ValueReader<M extends string> {
  private readonly byRaw = new Map<string, ValueEntry<M> | undefined>();
  private readonly byKey = new Map<string, ValueEntry<M>>();
  private readonly school = new Map<string, M>();
  private lastRaw: string | undefined;
  private lastEntry: ValueEntry<M> | undefined;

  constructor(
    private readonly byDefault: (value: CellValue) => M | 'other' | undefined,
    school: Readonly<Record<string, M>> | undefined,
    private readonly dropBrackets = true,
  ) {
    for (const [text, meaning] of Object.entries(school ?? {})) this.school.set(normalizeValueText(text, dropBrackets), meaning);
  }

  /** The value of a cell, undefined when blank. */
  read(cell: CellValue): ValueEntry<M> | undefined {
    if (typeof cell === 'string') {
      if (cell === this.lastRaw) return this.lastEntry;
      let entry = this.byRaw.get(cell);
      if (entry === undefined && !this.byRaw.has(cell)) {
        entry = this.lookup(cell);
        if (this.byRaw.size < MEMO_LIMIT) this.byRaw.set(cell, entry);
      }
      this.lastRaw = cell;
      this.lastEntry = entry;
      return entry;
    }
    if (cell === null || cell === undefined) return undefined;
    return this.lookup(cell);
  }

  private lookup(cell: CellValue): ValueEntry<M> | undefined {
    const meaning = this.byDefault(cell);
    if (meaning === undefined) return undefined;
    const value = cellText(cell);
    const key = normalizeValueText(value, this.dropBrackets);
    let entry = this.byKey.get(key);
    if (!entry) {
      const own = this.school.get(key);
      entry =
        meaning !== 'other'
          ? { value, key, meaning, source: 'default', rows: 0 }
          : { value, key, meaning: own ?? null, source: own !== undefined ? 'school' : 'unmapped', rows: 0 };
      this.byKey.set(key, entry);
    }
    return entry;
  }

  /** Every value seen: unknown ones first (the school is asked about those), then most rows first. */
  summary(): ValueSummary[] {
    const out: ValueSummary[] = [...this.byKey.values()]
      .filter((e) => e.rows > 0)
      .map((e) => ({ value: e.value, rows: e.rows, meaning: e.meaning, source: e.source }));
    out.sort((a, b) => Number(b.meaning === null) - Number(a.meaning === null) || b.rows - a.rows || compareDutch(a.value, b.value));
    return out;
  }
}
