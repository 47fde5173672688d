// zod/mini: the same checks and issues as zod's classic API, in schemas without the dozens of
// methods classic binds to each one; building this schema is every run's start-up (about 9 ms with
// the classic API in the command line). A namespace import, so the command line's bundle
// (tools/build-cli.js) keeps only what is used (not zod's ~40 locales).
import * as z from 'zod/mini';
import { dayFromIso } from '../dates';
import { isoFromDateInput } from '../dateInput';
import { LETTER_TEXT_KEYS } from '../drafts/letterTexts';

/**
 * The settings document of config.md. Every key is optional and takes its default; unknown keys,
 * wrong types and impossible values are refused with a message naming the key. `version` lets a
 * later release migrate settings saved in older workbooks (see migrate.ts).
 */
export const SETTINGS_VERSION = 1;

/** A date as typed (dd-mm-jjjj or ISO), kept as ISO: settings always hold ISO dates. */
// Checked in a refinement, not in the transform: a refinement's issue keeps its place (the date's
// index), so a bad date in an own public-holiday list is named, not reported as "not a list".
const isoDate = z.pipe(
  z.string().check(
    z.superRefine((s, ctx) => {
      if (isoFromDateInput(s) === undefined) {
        ctx.addIssue({ code: 'custom', message: `geen geldige datum: "${s}" (dd-mm-jjjj of jjjj-mm-dd) / not a valid date: "${s}" (dd-mm-yyyy or yyyy-mm-dd)` });
      }
    }),
  ),
  z.transform((s: string) => isoFromDateInput(s) ?? s),
);
/** A number of at least 0 (`int`: whole) and at most `max`, `fallback` when left out. */
const nonNegative = (max: number, fallback: number, int = false) =>
  z._default(z.number().check(...(int ? [z.nonnegative(), z.int(), z.maximum(max)] : [z.nonnegative(), z.maximum(max)])), fallback);
/** A number above 0 and at most `max`, `fallback` when left out. */
const positive = (max: number, fallback: number) => z._default(z.number().check(z.positive(), z.maximum(max)), fallback);
/** A whole number above 0 and at most `max`. */
const positiveInt = (max: number) => z.number().check(z.int(), z.positive(), z.maximum(max));
const text = () => z._default(z.string(), '');
const flag = (fallback: boolean) => z._default(z.boolean(), fallback);

/**
 * Upper bounds of the numeric settings: far above any school's real value, low enough that a
 * typing slip (an extra zero, 1e9) is refused by name instead of making the rules run for minutes
 * or never signal. A school year has about 40 lesweken and 190 school days.
 */
export const SETTING_MAX = {
  lessonMinutes: 240,
  dayHours: 24,
  hoursThreshold: 200,
  lesweken: 52,
  calendarDays: 366,
  schoolDays: 200,
  timesLate: 200,
  ladderSteps: 20,
  sickReports: 100,
  workingDays: 60,
  sheetRow: 1_048_576,
  sheetColumn: 16_383,
} as const;

export const CATEGORIES = ['unauthorised', 'late', 'sick', 'authorised', 'luxury', 'ignore'] as const;
export const categorySchema = z.enum(CATEGORIES);

const holidaySchema = z.strictObject({ name: text(), start: isoDate, end: isoDate }).check(
  z.refine((h) => (dayFromIso(h.end) ?? 0) >= (dayFromIso(h.start) ?? 0), {
    message: 'einddatum ligt vóór de begindatum / end is before start',
    path: ['end'],
  }),
);

const reporterSchema = z.strictObject({
  name: text(),
  function: text(),
  phone: text(),
  email: text(),
});

const schoolSchema = z.strictObject({
  name: text(),
  brin: text(),
  location: text(),
  reporter: z.prefault(reporterSchema, {}),
});

const calendarSchema = z.strictObject({
  region: z._default(z.enum(['noord', 'midden', 'zuid']), 'midden'),
  schoolDays: z._default(
    z
      .array(z.number().check(z.int(), z.minimum(1), z.maximum(7)))
      .check(z.minLength(1), z.refine((a) => new Set(a).size === a.length, { message: 'dubbele weekdag / duplicate weekday' })),
    [1, 2, 3, 4, 5],
  ),
  /** When given, these are the school's holidays and the built-in table is not used. */
  holidays: z.optional(z.array(holidaySchema)),
  publicHolidays: z._default(z.union([z.literal('nl'), z.array(isoDate)]), 'nl'),
  daysOff: z._default(z.array(isoDate), []),
});

const countingSchema = z.strictObject({
  lessonMinutes: positive(SETTING_MAX.lessonMinutes, 50),
  countLessonsAsHours: flag(false),
  dayHours: positive(SETTING_MAX.dayHours, 5),
});

const sixteenHoursSchema = z.strictObject({
  enabled: flag(true),
  thresholdHours: positive(SETTING_MAX.hoursThreshold, 16),
  windowLesweken: z._default(positiveInt(SETTING_MAX.lesweken), 4),
  minDaysBetweenReports: nonNegative(SETTING_MAX.calendarDays, 7, true),
});

const earlySignalSchema = z.strictObject({
  enabled: flag(true),
  thresholdHours: positive(SETTING_MAX.hoursThreshold, 8),
});

const luxurySchema = z.strictObject({
  enabled: flag(true),
  adjacentSchoolDays: nonNegative(SETTING_MAX.schoolDays, 2, true),
  minHoursPerDay: nonNegative(SETTING_MAX.dayHours, 3),
  sickNearHoliday: flag(true),
});

const longTermSchema = z.strictObject({
  enabled: flag(true),
  minConsecutiveSchoolDays: z._default(positiveInt(SETTING_MAX.schoolDays), 20),
  minHoursPerDay: nonNegative(SETTING_MAX.dayHours, 4),
});

const latenessSchema = z
  .strictObject({
    enabled: flag(true),
    ladder: z._default(z.array(positiveInt(SETTING_MAX.timesLate)).check(z.minLength(1), z.maxLength(SETTING_MAX.ladderSteps)), [3, 6, 9, 12]),
    reportFromLevel: z._default(positiveInt(SETTING_MAX.ladderSteps), 3),
    countsAsAbsence: flag(false),
  })
  .check(
    z.refine((l) => l.ladder.every((v, i) => i === 0 || v > l.ladder[i - 1]), {
      message: 'de ladder moet oplopen / the ladder must increase',
      path: ['ladder'],
    }),
  );

const sickConcernSchema = z.strictObject({
  enabled: flag(true),
  reportsInWindow: z._default(positiveInt(SETTING_MAX.sickReports), 4),
  windowLesweken: z._default(positiveInt(SETTING_MAX.lesweken), 12),
  consecutiveSchoolDays: z._default(positiveInt(SETTING_MAX.schoolDays), 7),
});

/**
 * Free texts of the parent letters, editable by the school: `<kind>.onderwerp` / `<kind>.tekst`
 * (src/core/drafts/letterTexts.ts lists the kinds, defaults and placeholders).
 */
const lettersSchema = z._default(
  z.record(z.string(), z.string()).check(
    z.superRefine((letters, ctx) => {
      for (const key of Object.keys(letters)) {
        if (!LETTER_TEXT_KEYS.includes(key)) {
          ctx.addIssue({ code: 'custom', path: [key], message: 'onbekende brieftekst / unknown letter text' });
        }
      }
    }),
  ),
  {},
);

/** Register fields a user can map in the pane (RegisterField of register/types.ts). */
export const MAPPABLE_FIELDS = [
  'studentId', 'studentName', 'firstName', 'infix', 'lastName', 'className', 'mentor', 'dateOfBirth', 'bsn',
  'date', 'lesson', 'lessonTo', 'startTime', 'endTime', 'minutes', 'hours', 'code', 'kind', 'authorised', 'remark',
  'schoolActions',
] as const;

/**
 * The user's override of the detected columns, chosen in the pane and saved with the workbook
 * (register.md): per field the 0-based column within the register read, -1 for "no column";
 * `headerRow` is the header's sheet row when the user fixed it.
 */
const mappingSchema = z.strictObject({
  headerRow: z.optional(positiveInt(SETTING_MAX.sheetRow)),
  fields: z._default(z.partialRecord(z.enum(MAPPABLE_FIELDS), z.number().check(z.int(), z.minimum(-1), z.maximum(SETTING_MAX.sheetColumn))), {}),
});

export const settingsSchema = z.strictObject({
  version: z._default(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
  school: z.prefault(schoolSchema, {}),
  calendar: z.prefault(calendarSchema, {}),
  counting: z.prefault(countingSchema, {}),
  sixteenHours: z.prefault(sixteenHoursSchema, {}),
  earlySignal: z.prefault(earlySignalSchema, {}),
  luxury: z.prefault(luxurySchema, {}),
  longTerm: z.prefault(longTermSchema, {}),
  lateness: z.prefault(latenessSchema, {}),
  sickConcern: z.prefault(sickConcernSchema, {}),
  reportWithinWorkingDays: nonNegative(SETTING_MAX.workingDays, 5, true),
  /** Weeks after "Gemeld op" without terugkoppeling before a melding counts as waiting for feedback (MAS step 9). */
  feedbackWaitWeeks: z._default(positiveInt(52), 6),
  codes: z._default(z.record(z.string(), categorySchema), {}),
  /**
   * The school's meaning of Soort texts the defaults do not know ("x", "LK"), by text (compared
   * as register/categorize normalizeValueText does): late, removed, sick or absent.
   */
  kinds: z.optional(z.record(z.string(), z.enum(['late', 'removed', 'sick', 'absent']))),
  /** The school's meaning of Geoorloofd texts the defaults do not know ("ja (brief)"): true is yes, false is no. */
  authorisedValues: z.optional(z.record(z.string(), z.boolean())),
  letters: lettersSchema,
  mapping: z.optional(mappingSchema),
});

/** Settings with every default filled in: what the engine works with. */
export type Settings = z.output<typeof settingsSchema>;
/** Settings as a user or a workbook writes them: every key optional. */
export type SettingsInput = z.input<typeof settingsSchema>;
export type Category = (typeof CATEGORIES)[number];
