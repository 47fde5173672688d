// A namespace import, so the command line's bundle (tools/build-cli.js) keeps only what is used (not zod's ~40 locales).
import * as z from 'zod';
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
const isoDate = z
  .string()
  .superRefine((s, ctx) => {
    if (isoFromDateInput(s) === undefined) {
      ctx.addIssue({ code: 'custom', message: `geen geldige datum: "${s}" (dd-mm-jjjj of jjjj-mm-dd) / not a valid date: "${s}" (dd-mm-yyyy or yyyy-mm-dd)` });
    }
  })
  .transform((s) => isoFromDateInput(s) ?? s);
const nonNegative = z.number().finite().nonnegative();
const positive = z.number().finite().positive();
const positiveInt = z.number().int().positive();

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

const holidaySchema = z
  .strictObject({ name: z.string().default(''), start: isoDate, end: isoDate })
  .refine((h) => (dayFromIso(h.end) ?? 0) >= (dayFromIso(h.start) ?? 0), {
    message: 'einddatum ligt vóór de begindatum / end is before start',
    path: ['end'],
  });

const reporterSchema = z.strictObject({
  name: z.string().default(''),
  function: z.string().default(''),
  phone: z.string().default(''),
  email: z.string().default(''),
});

const schoolSchema = z.strictObject({
  name: z.string().default(''),
  brin: z.string().default(''),
  location: z.string().default(''),
  reporter: reporterSchema.prefault({}),
});

const calendarSchema = z.strictObject({
  region: z.enum(['noord', 'midden', 'zuid']).default('midden'),
  schoolDays: z
    .array(z.number().int().min(1).max(7))
    .min(1)
    .refine((a) => new Set(a).size === a.length, { message: 'dubbele weekdag / duplicate weekday' })
    .default([1, 2, 3, 4, 5]),
  /** When given, these are the school's holidays and the built-in table is not used. */
  holidays: z.array(holidaySchema).optional(),
  publicHolidays: z.union([z.literal('nl'), z.array(isoDate)]).default('nl'),
  daysOff: z.array(isoDate).default([]),
});

const countingSchema = z.strictObject({
  lessonMinutes: positive.max(SETTING_MAX.lessonMinutes).default(50),
  countLessonsAsHours: z.boolean().default(false),
  dayHours: positive.max(SETTING_MAX.dayHours).default(5),
});

const sixteenHoursSchema = z.strictObject({
  enabled: z.boolean().default(true),
  thresholdHours: positive.max(SETTING_MAX.hoursThreshold).default(16),
  windowLesweken: positiveInt.max(SETTING_MAX.lesweken).default(4),
  minDaysBetweenReports: nonNegative.int().max(SETTING_MAX.calendarDays).default(7),
});

const earlySignalSchema = z.strictObject({
  enabled: z.boolean().default(true),
  thresholdHours: positive.max(SETTING_MAX.hoursThreshold).default(8),
});

const luxurySchema = z.strictObject({
  enabled: z.boolean().default(true),
  adjacentSchoolDays: nonNegative.int().max(SETTING_MAX.schoolDays).default(2),
  minHoursPerDay: nonNegative.max(SETTING_MAX.dayHours).default(3),
  sickNearHoliday: z.boolean().default(true),
});

const longTermSchema = z.strictObject({
  enabled: z.boolean().default(true),
  minConsecutiveSchoolDays: positiveInt.max(SETTING_MAX.schoolDays).default(20),
  minHoursPerDay: nonNegative.max(SETTING_MAX.dayHours).default(4),
});

const latenessSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    ladder: z.array(positiveInt.max(SETTING_MAX.timesLate)).min(1).max(SETTING_MAX.ladderSteps).default([3, 6, 9, 12]),
    reportFromLevel: positiveInt.max(SETTING_MAX.ladderSteps).default(3),
    countsAsAbsence: z.boolean().default(false),
  })
  .refine((l) => l.ladder.every((v, i) => i === 0 || v > l.ladder[i - 1]), {
    message: 'de ladder moet oplopen / the ladder must increase',
    path: ['ladder'],
  });

const sickConcernSchema = z.strictObject({
  enabled: z.boolean().default(true),
  reportsInWindow: positiveInt.max(SETTING_MAX.sickReports).default(4),
  windowLesweken: positiveInt.max(SETTING_MAX.lesweken).default(12),
  consecutiveSchoolDays: positiveInt.max(SETTING_MAX.schoolDays).default(7),
});

/**
 * Free texts of the parent letters, editable by the school: `<kind>.onderwerp` / `<kind>.tekst`
 * (src/core/drafts/letterTexts.ts lists the kinds, defaults and placeholders).
 */
const lettersSchema = z
  .record(z.string(), z.string())
  .superRefine((letters, ctx) => {
    for (const key of Object.keys(letters)) {
      if (!LETTER_TEXT_KEYS.includes(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'onbekende brieftekst / unknown letter text' });
      }
    }
  })
  .default({});

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
  headerRow: positiveInt.max(SETTING_MAX.sheetRow).optional(),
  fields: z.partialRecord(z.enum(MAPPABLE_FIELDS), z.number().int().min(-1).max(SETTING_MAX.sheetColumn)).default({}),
});

export const settingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  school: schoolSchema.prefault({}),
  calendar: calendarSchema.prefault({}),
  counting: countingSchema.prefault({}),
  sixteenHours: sixteenHoursSchema.prefault({}),
  earlySignal: earlySignalSchema.prefault({}),
  luxury: luxurySchema.prefault({}),
  longTerm: longTermSchema.prefault({}),
  lateness: latenessSchema.prefault({}),
  sickConcern: sickConcernSchema.prefault({}),
  reportWithinWorkingDays: nonNegative.int().max(SETTING_MAX.workingDays).default(5),
  /** Weeks after "Gemeld op" without terugkoppeling before a melding counts as waiting for feedback (MAS step 9). */
  feedbackWaitWeeks: positiveInt.max(52).default(6),
  codes: z.record(z.string(), categorySchema).default({}),
  /**
   * The school's meaning of Soort texts the defaults do not know ("x", "LK"), by text (compared
   * as register/categorize normalizeValueText does): late, removed, sick or absent.
   */
  kinds: z.record(z.string(), z.enum(['late', 'removed', 'sick', 'absent'])).optional(),
  /** The school's meaning of Geoorloofd texts the defaults do not know ("ja (brief)"): true is yes, false is no. */
  authorisedValues: z.record(z.string(), z.boolean()).optional(),
  letters: lettersSchema,
  mapping: mappingSchema.optional(),
});

/** Settings with every default filled in: what the engine works with. */
export type Settings = z.output<typeof settingsSchema>;
/** Settings as a user or a workbook writes them: every key optional. */
export type SettingsInput = z.input<typeof settingsSchema>;
export type Category = (typeof CATEGORIES)[number];
