import type { SchoolCalendar } from '../calendar/types';
import type { DayNumber } from '../dates';
import type { AbsenceRow } from '../register/types';
import type { Settings } from '../settings/schema';
import type { DuoType, FlagBasis, FlagCategory, MasBranch, ReportTo } from '../analysis/types';

/** Bits of DayTable.marks: which kinds of rows a day group holds. */
export const HAS_UNAUTHORISED = 1;
export const HAS_LUXURY = 2;
export const HAS_SICK = 4;
export const HAS_LATE = 8;

/**
 * Every counted row grouped per pupil, school year and day, as parallel arrays shared by all
 * pupils: the rules walk these day groups once instead of rescanning a pupil's rows per day.
 */
export interface DayTable {
  readonly rows: readonly AbsenceRow[];
  /** Row indices sorted by pupil, day and sheet row. */
  readonly order: readonly number[];
  /** Per day group: the day. */
  readonly day: Int32Array;
  /** Per day group: first position in `order`; rowStart[g + 1] ends it. */
  readonly rowStart: Int32Array;
  /** Per day group: minutes that count for the window rules (unauthorised, luxury, late when countsAsAbsence). */
  readonly windowMinutes: readonly number[];
  /** Per day group: unauthorised and luxury minutes (luxury and long-term rules; never late). */
  readonly absentMinutes: readonly number[];
  readonly sickMinutes: readonly number[];
  /** Per day group: HAS_* bits. */
  readonly marks: Uint8Array;
}

/** One pupil's rows of one school year: the day groups [from, to). */
export interface PupilYear {
  readonly studentId: string;
  /** 1 August of the school year. */
  readonly yearStart: DayNumber;
  readonly from: number;
  readonly to: number;
  readonly dateOfBirth?: DayNumber;
}

export interface RuleContext {
  readonly settings: Settings;
  readonly calendar: SchoolCalendar;
  readonly table: DayTable;
  /** Lowest lesweek index of the calendar: window look-backs never go below it. */
  readonly firstLesweek: number;
  /** Holiday period index (into calendar.holidayPeriods()) that a near-holiday day belongs to, or -1. */
  nearHolidayPeriod(day: DayNumber): number;
}

/** A flag as a rule finds it; analysis/buildFlag turns it into the Flag of output.md. */
export interface RawFlag {
  studentId: string;
  category: FlagCategory;
  basis: FlagBasis | null;
  level: number | null;
  duoType: DuoType | null;
  start: DayNumber;
  end: DayNumber;
  /** Indices into DayTable.rows of the counted rows. */
  rows: number[];
  reportTo: ReportTo;
  masBranch: MasBranch | null;
  window?: { start: DayNumber; end: DayNumber };
  notes?: string[];
}

export type Rule = (pupil: PupilYear, ctx: RuleContext, out: RawFlag[]) => void;
