import { canonicalFlagId } from '../analysis/flagId';
import { dayFromDateInput, displayDate } from '../dateInput';
import { isoFromDay } from '../dates';
import type { CellGrid, CellValue } from '../register/types';
import { isoFromCell } from './excelDate';
import { headerKey, idKey, type UserColumn } from './refillTable';

/**
 * A flag the coordinator has worked on (a status, a reason, a date) whose hours, end or report-by
 * date came out different on a new analysis: what they wrote was about the old facts, so the
 * sheet and the pane say what moved ("uren 16 → 18"). The mark compares with the facts as they
 * were when the user last saved the flag: it is carried from refill to refill in the sheet's own
 * text ("from" stays, "to" follows the analysis), and goes when the user saves the flag again, or
 * clears the cell, or the facts return to what they were.
 */

export type FlagChange =
  | { field: 'hours'; from: number; to: number }
  | { field: 'end' | 'reportBy'; from: string | null; to: string | null };

export type ChangedField = FlagChange['field'];

/** The facts compared, as the analysis gives them (ISO dates). */
export interface FlagFacts {
  id: string;
  hours: number;
  end: string;
  reportBy: string | null;
}

/** Where the facts and the user's columns are in the sheet's table (header texts). */
export interface ChangeColumns {
  id: string;
  hours: string;
  end: string;
  reportBy: string;
  changed: string;
  userColumns: readonly UserColumn[];
}

const ORDER: readonly ChangedField[] = ['hours', 'end', 'reportBy'];
const WORD: Record<ChangedField, string> = { hours: 'uren', end: 'einddatum', reportBy: 'melden vóór' };
const NONE = 'geen';
/** Hours are shown with two decimals; closer than that is the same number. */
const HOURS_EPSILON = 0.005;

/** The sheet's text for a list of changes, in Dutch like every header and value there. */
export function formatChanges(changes: readonly FlagChange[]): string {
  return sortChanges(changes)
    .map((c) => `${WORD[c.field]} ${c.field === 'hours' ? hoursText(c.from) : dateText(c.from)} → ${c.field === 'hours' ? hoursText(c.to) : dateText(c.to)}`)
    .join('; ');
}

/** The changes in a cell of the sheet as this module wrote it; parts it cannot read are left out. */
export function parseChanges(value: CellValue): FlagChange[] {
  if (typeof value !== 'string') return [];
  const out: FlagChange[] = [];
  for (const part of value.split(';')) {
    const m = /^\s*(uren|einddatum|melden vóór)\s+(\S+)\s*(?:→|->)\s*(\S+)\s*$/i.exec(part);
    if (!m) continue;
    const field = ORDER.find((f) => WORD[f] === m[1].toLowerCase());
    if (!field || out.some((c) => c.field === field)) continue;
    if (field === 'hours') {
      const from = hoursFromText(m[2]);
      const to = hoursFromText(m[3]);
      if (from !== undefined && to !== undefined) out.push({ field, from, to });
    } else {
      const from = dateFromText(m[2]);
      const to = dateFromText(m[3]);
      if (from !== undefined && to !== undefined) out.push({ field, from, to });
    }
  }
  return sortChanges(out);
}

/** What differs between the facts as the user last saw them and the facts now. */
export function compareFacts(before: Partial<Omit<FlagFacts, 'id'>>, after: Omit<FlagFacts, 'id'>): FlagChange[] {
  const out: FlagChange[] = [];
  if (before.hours !== undefined && Math.abs(before.hours - after.hours) >= HOURS_EPSILON) out.push({ field: 'hours', from: before.hours, to: after.hours });
  if (before.end !== undefined && before.end !== after.end) out.push({ field: 'end', from: before.end, to: after.end });
  if (before.reportBy !== undefined && before.reportBy !== after.reportBy) out.push({ field: 'reportBy', from: before.reportBy, to: after.reportBy });
  return out;
}

/**
 * Per fresh flag that already had a row with user content in the previous table: the changes of
 * its hours, end and report-by date since the user last saved it. Flags without changes, new
 * flags and rows without user content are not in the map.
 */
export function changedFlags(previous: CellGrid | undefined, flags: readonly FlagFacts[], columns: ChangeColumns): Map<string, FlagChange[]> {
  const changed = new Map<string, FlagChange[]>();
  if (!previous || previous.length < 2) return changed;
  const header = previous[0];
  const col = (h: string): number => header.findIndex((c) => headerKey(c) === headerKey(h));
  const c = { id: col(columns.id), hours: col(columns.hours), end: col(columns.end), reportBy: col(columns.reportBy), changed: col(columns.changed) };
  if (c.id < 0) return changed;
  const userCols = columns.userColumns.map((u) => ({ index: col(u.header), default: u.default })).filter((u) => u.index >= 0);
  const rows = new Map<string, readonly CellValue[]>();
  for (const row of previous.slice(1)) {
    const id = canonicalFlagId(idKey(row[c.id]));
    if (id !== '' && !rows.has(id)) rows.set(id, row);
  }
  for (const flag of flags) {
    const row = rows.get(canonicalFlagId(flag.id));
    if (!row || !userCols.some((u) => hasContent(row[u.index], u.default))) continue;
    const earlier = c.changed >= 0 ? parseChanges(row[c.changed]) : [];
    const from = (field: ChangedField) => earlier.find((x) => x.field === field)?.from;
    const before: Partial<Omit<FlagFacts, 'id'>> = {
      hours: (from('hours') as number | undefined) ?? hoursFromCell(c.hours < 0 ? undefined : row[c.hours]),
      end: (from('end') as string | null | undefined) ?? (c.end < 0 ? undefined : isoFromCell(row[c.end])),
      reportBy: from('reportBy') !== undefined ? (from('reportBy') as string | null) : c.reportBy < 0 ? undefined : reportByFromCell(row[c.reportBy]),
    };
    const changes = compareFacts(before, flag);
    if (changes.length > 0) changed.set(flag.id, changes);
  }
  return changed;
}

function sortChanges<T extends FlagChange>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field));
}

function hasContent(value: CellValue, dflt: CellValue): boolean {
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (text === '') return false;
  const base = dflt === null || dflt === undefined ? '' : String(dflt).trim();
  return text.toLowerCase() !== base.toLowerCase();
}

function hoursText(hours: number): string {
  return String(Math.round(hours * 100) / 100).replace('.', ',');
}

function hoursFromText(text: string): number | undefined {
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

function hoursFromCell(value: CellValue | undefined): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return typeof value === 'string' ? hoursFromText(value.trim()) : undefined;
}

function dateText(iso: string | null): string {
  return iso === null ? NONE : displayDate(iso);
}

/** A date of this module's text: dd-mm-jjjj, or "geen" for no date; undefined when unreadable. */
function dateFromText(text: string): string | null | undefined {
  if (text.toLowerCase() === NONE) return null;
  const day = dayFromDateInput(text);
  return day === undefined ? undefined : isoFromDay(day);
}

/** A blank report-by cell is a flag without a report-by date; anything unreadable is not compared. */
function reportByFromCell(value: CellValue): string | null | undefined {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
  return isoFromCell(value);
}
