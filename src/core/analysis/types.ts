import type { Problem } from '../register/types';

export type FlagCategory = 'sixteen-hours' | 'early-signal' | 'luxury' | 'long-term' | 'lateness' | 'sick-concern';
export type FlagBasis = 'code' | 'near-holiday' | 'sick-near-holiday' | 'frequency' | 'duration';
export type DuoType = 'V3' | 'V4' | 'L' | 'LRV' | 'O';
export type ReportTo = 'leerplicht' | 'school' | 'jeugdarts';
export type MasBranch = 'A' | 'B';

/** One flag, with the fields of output.md in its order. */
export interface Flag {
  id: string;
  studentId: string;
  studentName: string;
  className: string;
  category: FlagCategory;
  basis: FlagBasis | null;
  level: number | null;
  duoType: DuoType | null;
  /** ISO dates. */
  start: string;
  end: string;
  hours: number;
  occurrences: number;
  schoolDays: number;
  reportTo: ReportTo;
  masBranch: MasBranch | null;
  reportBy: string | null;
  /** Sheet rows of the counted rows, ascending. */
  rows: number[];
  notes: string[];
  /** The pupil's mentor, for the reporting sheet (not one of output.md's fields, so it comes after them). */
  mentor: string;
  /** For window rules (sixteen-hours, early-signal): the window, ISO dates. */
  window?: { start: string; end: string };
}

export interface AnalysisResult {
  version: 1;
  asOf: string;
  /**
   * rowsRead = rowsCounted + rowsNotCounted. rowsNotCounted holds the rows the import did not count
   * and the rows dated after asOf; rowsAfterAsOf says how many of them lie after asOf.
   */
  input: { rowsRead: number; rowsCounted: number; rowsNotCounted: number; students: number; rowsAfterAsOf: number };
  problems: Problem[];
  flags: Flag[];
}
