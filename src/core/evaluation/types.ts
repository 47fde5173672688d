import type { FlagCategory } from '../analysis/types';
import type { ReportingStatus } from '../reporting/reportingSheet';

/** What the evaluation needs of one row of "Verzuimsignalen" (the user's columns of a flag). */
export interface EvaluationEntry {
  status: ReportingStatus;
  reason: string;
  /** "Gemeld op", ISO, or null. */
  reportedOn: string | null;
  /** Route and Resultaat as typed ('' when empty); counted by their canonical spelling. */
  route: string;
  result: string;
  /** A row kept for what the user wrote although its flag no longer arises. */
  lapsed: boolean;
}

export type CategoryCounts = Partial<Record<FlagCategory, number>>;

/** The figures of output.md, "Evaluation (MAS step 10)", in its key order. */
export interface EvaluationFigures {
  version: 1;
  schoolYear: string;
  asOf: string;
  signals: {
    total: number;
    /** Every category, 0 included. */
    byCategory: Record<FlagCategory, number>;
    /** By the flag's end date: every month of the school year up to asOf, with its non-zero categories. */
    byMonth: Record<string, CategoryCounts>;
    /** Classes that have flags, with their non-zero categories. */
    byClass: Record<string, CategoryCounts>;
  };
  meldingen: {
    due: number;
    reported: number;
    notReported: number;
    open: number;
    onTime: number;
    late: number;
    medianWorkingDaysToReport: number | null;
    /** Reported without a "Gemeld op" date: neither on time nor late (due = reported + notReported + open). */
    reportedWithoutDate: number;
  };
  /** Chosen routes of meldingen (flags due to leerplicht), by route. */
  routes: Record<string, number>;
  /** Results of meldingen, by result. */
  results: Record<string, number>;
  earlySignals: { pupils: number; laterSixteenHours: number };
  repeat: { pupilsWithSeveralMeldingen: number };
  notReportedReasons: { id: string; category: FlagCategory; reason: string }[];
}

export const EVALUATION_CATEGORIES: readonly FlagCategory[] = [
  'sixteen-hours',
  'early-signal',
  'luxury',
  'long-term',
  'lateness',
  'sick-concern',
];
