import type { AnalysisResult, DuoType, Flag, FlagBasis, FlagCategory } from '../analysis/types';
import { dayFromIso, schoolYearStart } from '../dates';
import type { RegisterImport } from '../register/types';
import type { Settings } from '../settings/schema';
import { canonicalFlagId } from '../analysis/flagId';
import { validateStatusChange } from '../reporting/reportingSheet';
import { presumedReason, signalLabel, VERZUIM_TYPE_LABELS } from './labels';
import { allLessonsMissedOnEveryDay, specificationDays } from './specificationDays';
import { toDraftAbsence, toDraftPupil } from './toDraftInput';
import type { AlreadyReported, DraftAbsence, DraftMelding, DraftPupil, DraftReportingEntry, DraftSheetEntry, EarlierSignal } from './types';
import { validateDraft } from './validateDraft';

export const STATUS_NIET_MELDEN = 'Niet melden';
export const STATUS_NIEUW = 'Nieuw';

/**
 * A flag that goes to the attendance office: reported to leerplicht, with a DUO type, and by its
 * type never a sickness signal.
 */
export type LeerplichtFlag = Flag & {
  reportTo: 'leerplicht';
  duoType: DuoType;
  category: Exclude<FlagCategory, 'sick-concern'>;
  basis: Exclude<FlagBasis, 'sick-near-holiday' | 'frequency' | 'duration'> | null;
};

export function isLeerplichtFlag(flag: Flag): flag is LeerplichtFlag {
  // Sickness is never reported to leerplicht; the category check guards against a mislabelled flag.
  return (
    flag.reportTo === 'leerplicht' &&
    flag.duoType !== null &&
    flag.category !== 'sick-concern' &&
    flag.basis !== 'sick-near-holiday' &&
    flag.basis !== 'frequency' &&
    flag.basis !== 'duration'
  );
}

export function isNietMelden(status: string | undefined): boolean {
  return (status ?? '').trim().toLowerCase() === STATUS_NIET_MELDEN.toLowerCase();
}

/** Signals the school may show as its own track record: no sickness-based signal ever. */
function isSchoolTrackRecord(flag: Flag): boolean {
  return flag.category !== 'sick-concern' && flag.basis !== 'sick-near-holiday';
}

export type DraftSettings = Pick<Settings, 'school' | 'counting'>;

/** Everything one draft is built from; each part already passed the privacy gate. */
export interface DraftParts {
  flag: LeerplichtFlag;
  pupil: DraftPupil;
  /** Specification lines of this flag (only unauthorised, luxury and late rows). */
  absences: readonly DraftAbsence[];
  earlierSignals: readonly EarlierSignal[];
  entry: DraftReportingEntry | undefined;
  /** The coordinator's entry on the drafts sheet, when it was filled before. */
  sheetEntry?: DraftSheetEntry;
  /** What the register's own "Acties school" column holds for the pupil (Student.schoolActions). */
  registerActions?: readonly string[];
  settings: DraftSettings;
  /** ISO date the draft is made (today). */
  createdOn: string;
}

/**
 * All lessons missed (output.md): every counted day is a whole-day absence — a whole-day row, or
 * the day's counted minutes reaching a whole school day (`counting.dayHours`).
 */
export function allLessonsMissed(absences: readonly DraftAbsence[], dayMinutes: number): boolean {
  return allLessonsMissedOnEveryDay(specificationDays(absences, dayMinutes));
}

const REPORTED_STATUSES = new Set(['gemeld', 'afgesloten']);

/**
 * Reported already (output.md, "A draft is for what is due now"): status Gemeld or Afgesloten, a
 * "Gemeld op" date, or a date in the drafts sheet's "Ingediend bij DUO op".
 */
export function alreadyReportedOf(entry: DraftReportingEntry | undefined, sheetEntry?: DraftSheetEntry): AlreadyReported | null {
  const status = (entry?.status ?? '').trim();
  const on = (entry?.reportedOn ?? '').trim() || (sheetEntry?.submittedOn ?? '').trim();
  if (!REPORTED_STATUSES.has(status.toLowerCase()) && on === '') return null;
  return { status: status || 'Gemeld', on, duoNumber: (entry?.duoNumber ?? '').trim() };
}

/**
 * "Acties van de school": only what the school recorded — typed for this signal (the pane or the
 * sheet Verzuimsignalen), then what the register's own column holds for the pupil, each text once.
 * Engine signals are never among them: they are listed apart as "eerdere signalen".
 */
export function schoolActionsText(typed: string | undefined, registerActions: readonly string[] = []): string {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of [typed ?? '', ...registerActions]) {
    const text = t.trim();
    const key = text.toLowerCase();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out.join('; ');
}

/**
 * "Actie gemeente gewenst" (output.md: a user column, Ja/Nee, default Ja), from the reporting
 * sheet or the drafts sheet: a "Nee" typed in either says no, because the default Ja fills every
 * row and cannot be told from a typed one; blank or anything else keeps Ja.
 */
function actieGemeente(entry: DraftReportingEntry | undefined, sheetEntry: DraftSheetEntry | undefined): boolean {
  const nee = (v: string | undefined): boolean => (v ?? '').trim().toLowerCase() === 'nee';
  return !(nee(entry?.actieGemeente) || nee(sheetEntry?.actieGemeente));
}

/** Builds one draft melding from parts that contain nothing a melding may not show. */
export function buildDraft(parts: DraftParts): DraftMelding {
  const { flag, pupil, absences, entry, settings, createdOn } = parts;
  const dayMinutes = Math.round(settings.counting.dayHours * 60);
  const end = dayFromIso(flag.end) !== undefined ? flag.end : null;
  const dagen = specificationDays(absences, dayMinutes);
  const draft: DraftMelding = {
    flagId: flag.id,
    category: flag.category,
    basis: flag.basis,
    status: entry?.status?.trim() || STATUS_NIEUW,
    pgn: pupil.bsn,
    pupil: { id: pupil.id, name: pupil.name, className: pupil.className, dateOfBirth: pupil.dateOfBirth },
    school: { name: settings.school.name, brin: settings.school.brin, location: settings.school.location },
    duoType: flag.duoType,
    verzuimType: VERZUIM_TYPE_LABELS[flag.duoType].nl,
    begindatum: flag.start,
    einddatum: end,
    verzuimdagen: flag.schoolDays,
    verzuimuren: flag.hours,
    alleLessenGemist: allLessonsMissedOnEveryDay(dagen),
    vermoedelijkeReden: presumedReason(flag),
    actiesSchool: schoolActionsText(entry?.actions, parts.registerActions),
    earlierSignals: [...parts.earlierSignals],
    // A melding asks the leerplichtambtenaar to act; the school can say otherwise in the sheet.
    actieGemeenteGewenst: actieGemeente(entry, parts.sheetEntry),
    // The reporting sheet's toelichting first; the drafts sheet's where that one is blank.
    actieGemeenteToelichting: entry?.actieGemeenteToelichting?.trim() || parts.sheetEntry?.actieGemeenteToelichting?.trim() || '',
    aanvulling: parts.sheetEntry?.addition?.trim() ?? '',
    reporter: { ...settings.school.reporter },
    masBranch: flag.masBranch,
    reportBy: flag.reportBy,
    specificatie: [...absences].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.sheetRow - b.sheetRow)),
    dagen,
    createdOn,
    reportByPassed: flag.reportBy !== null && flag.reportBy < createdOn,
    alreadyReported: alreadyReportedOf(entry, parts.sheetEntry),
    warnings: [],
  };
  draft.warnings = draft.alreadyReported ? [] : validateDraft(draft);
  return draft;
}

/** The pupil's earlier signals in the same school year that ended on or before this flag's end. */
export function earlierSignalsOf(
  flag: Flag,
  allFlags: readonly Flag[],
  entries: ReadonlyMap<string, DraftReportingEntry> | undefined,
): EarlierSignal[] {
  const endDay = dayFromIso(flag.end);
  const yearStart = endDay !== undefined ? schoolYearStart(endDay) : undefined;
  const out: EarlierSignal[] = [];
  for (const f of allFlags) {
    if (f.id === flag.id || f.studentId !== flag.studentId || !isSchoolTrackRecord(f)) continue;
    const fEnd = dayFromIso(f.end);
    if (fEnd === undefined || endDay === undefined || yearStart === undefined) continue;
    if (fEnd > endDay || fEnd < yearStart) continue;
    const e = entries?.get(canonicalFlagId(f.id)) ?? entries?.get(f.id);
    out.push({
      flagId: f.id,
      category: f.category,
      label: signalLabel(f),
      start: f.start,
      end: f.end,
      hours: f.hours,
      actions: e?.actions?.trim() ?? '',
      reportedOn: e?.reportedOn?.trim() ?? '',
      duoNumber: e?.duoNumber?.trim() ?? '',
    });
  }
  return out.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** "Niet melden" typed without a reason: refused (pas toe of leg uit), so the flag keeps its draft. */
export interface RefusedNietMelden {
  flagId: string;
  pupilId: string;
  /** Row of the reporting sheet, when known. */
  sheetRow?: number;
  message: string;
  messageEn: string;
}

/** What is due now, and what was left out and why. */
export interface DraftPlan {
  /** Drafts to send: not reported yet, not "Niet melden" with a reason. */
  drafts: DraftMelding[];
  /** Already reported (Gemeld, Afgesloten, a "Gemeld op" date): listed with date and DUO number, no draft. */
  reported: DraftMelding[];
  /** "Niet melden" with a reason: no draft. */
  notReported: { flagId: string; pupilId: string; reason: string }[];
  /** "Niet melden" without a reason: refused, their drafts are among `drafts`. */
  refused: RefusedNietMelden[];
}

export interface DraftPlanOptions {
  /** The reporting sheet's user entries by flag id (either id form). */
  entries?: ReadonlyMap<string, DraftReportingEntry>;
  /** What the coordinator typed on the drafts sheet, by flag id. */
  sheetEntries?: ReadonlyMap<string, DraftSheetEntry>;
  /** ISO date the drafts are made; default today. */
  today?: string;
}

/** A map looked up by either form of a signal id (workbooks filled before the "VS-" prefix). */
export function byCanonicalId<T>(map: ReadonlyMap<string, T> | undefined): Map<string, T> {
  const out = new Map<string, T>();
  if (!map) return out;
  for (const [id, v] of map) {
    const key = canonicalFlagId(id);
    if (!out.has(key)) out.set(key, v);
  }
  return out;
}

/** Today's date (local time, where the user is), ISO. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * Sorts the leerplicht flags into drafts due now, already reported, not reported (with a reason),
 * and "Niet melden" refused for want of a reason — the check the pane makes (validateStatusChange),
 * so the command line and the pane treat the sheet alike.
 */
export function draftPlan(
  analysis: Pick<AnalysisResult, 'flags'>,
  imported: Pick<RegisterImport, 'rows' | 'students'>,
  settings: DraftSettings,
  options: DraftPlanOptions = {},
): DraftPlan {
  const entries = byCanonicalId(options.entries);
  const sheetEntries = byCanonicalId(options.sheetEntries);
  const createdOn = options.today ?? todayIso();
  const dayMinutes = Math.round(settings.counting.dayHours * 60);
  const rowsBySheetRow = new Map(imported.rows.map((r) => [`${r.studentId}\u0000${r.sheetRow}`, r]));
  const plan: DraftPlan = { drafts: [], reported: [], notReported: [], refused: [] };
  for (const flag of analysis.flags) {
    if (!isLeerplichtFlag(flag)) continue;
    const id = canonicalFlagId(flag.id);
    const entry = entries.get(id);
    if (isNietMelden(entry?.status)) {
      const check = validateStatusChange(STATUS_NIET_MELDEN, entry?.reason);
      if (check.ok) {
        plan.notReported.push({ flagId: flag.id, pupilId: flag.studentId, reason: (entry?.reason ?? '').trim() });
        continue;
      }
      const where = entry?.sheetRow !== undefined ? `rij ${entry.sheetRow}` : `signaal ${flag.id}`;
      const whereEn = entry?.sheetRow !== undefined ? `row ${entry.sheetRow}` : `signal ${flag.id}`;
      plan.refused.push({
        flagId: flag.id,
        pupilId: flag.studentId,
        sheetRow: entry?.sheetRow,
        message: `Verzuimsignalen ${where} (leerling ${flag.studentId}): status Niet melden geweigerd. ${check.message} Het concept blijft staan.`,
        messageEn: `Verzuimsignalen ${whereEn} (pupil ${flag.studentId}): status Niet melden refused. ${check.messageEn} The draft stays.`,
      });
    }
    const absences: DraftAbsence[] = [];
    for (const sheetRow of flag.rows) {
      const row = rowsBySheetRow.get(`${flag.studentId}\u0000${sheetRow}`);
      const a = row ? toDraftAbsence(row, dayMinutes) : null;
      if (a) absences.push(a);
    }
    const draft = buildDraft({
      flag,
      pupil: toDraftPupil(flag.studentId, imported.students.get(flag.studentId), flag.studentName, flag.className),
      absences,
      earlierSignals: earlierSignalsOf(flag, analysis.flags, entries),
      entry,
      sheetEntry: sheetEntries.get(id),
      registerActions: imported.students.get(flag.studentId)?.schoolActions,
      settings,
      createdOn,
    });
    (draft.alreadyReported ? plan.reported : plan.drafts).push(draft);
  }
  return plan;
}

/**
 * The drafts due now (see draftPlan): one per flag reported to leerplicht that is not reported yet
 * and not validly "Niet melden". `entries` are the reporting sheet's user entries by flag id
 * (readReportingRows); `sheetEntries` what the coordinator typed on the drafts sheet.
 */
export function draftsFromAnalysis(
  analysis: Pick<AnalysisResult, 'flags'>,
  imported: Pick<RegisterImport, 'rows' | 'students'>,
  settings: DraftSettings,
  entries?: ReadonlyMap<string, DraftReportingEntry>,
  sheetEntries?: ReadonlyMap<string, DraftSheetEntry>,
  today?: string,
): DraftMelding[] {
  return draftPlan(analysis, imported, settings, { entries, sheetEntries, today }).drafts;
}

/** Drafts grouped per pupil, in first-appearance order: one document per pupil. */
export function draftsByPupil(drafts: readonly DraftMelding[]): DraftMelding[][] {
  const groups = new Map<string, DraftMelding[]>();
  for (const d of drafts) {
    const g = groups.get(d.pupil.id);
    if (g) g.push(d);
    else groups.set(d.pupil.id, [d]);
  }
  return [...groups.values()];
}
