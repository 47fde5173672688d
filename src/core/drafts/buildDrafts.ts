import type { AnalysisResult, DuoType, Flag, FlagBasis, FlagCategory } from '../analysis/types';
import { dayFromIso, schoolYearStart } from '../dates';
import type { RegisterImport } from '../register/types';
import type { Settings } from '../settings/schema';
import { presumedReason, signalLabel, VERZUIM_TYPE_LABELS } from './labels';
import { toDraftAbsence, toDraftPupil } from './toDraftInput';
import type { DraftAbsence, DraftMelding, DraftPupil, DraftReportingEntry, DraftSheetEntry, EarlierSignal } from './types';
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
  settings: DraftSettings;
}

/**
 * All lessons missed: every counted day's minutes reach a whole school day (`counting.dayHours`).
 * A register rarely says "whole day" explicitly, and a day of lesson rows adding up to the school
 * day is the same absence to the attendance office.
 */
export function allLessonsMissed(absences: readonly DraftAbsence[], dayMinutes: number): boolean {
  if (absences.length === 0) return false;
  const perDay = new Map<string, number>();
  for (const a of absences) {
    if (a.category === 'late') return false;
    perDay.set(a.date, (perDay.get(a.date) ?? 0) + a.minutes);
  }
  return [...perDay.values()].every((m) => m >= dayMinutes);
}

/** Builds one draft melding from parts that contain nothing a melding may not show. */
export function buildDraft(parts: DraftParts): DraftMelding {
  const { flag, pupil, absences, entry, settings } = parts;
  const dayMinutes = Math.round(settings.counting.dayHours * 60);
  const end = dayFromIso(flag.end) !== undefined ? flag.end : null;
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
    alleLessenGemist: allLessonsMissed(absences, dayMinutes),
    vermoedelijkeReden: presumedReason(flag),
    actiesSchool: entry?.actions?.trim() ?? '',
    earlierSignals: [...parts.earlierSignals],
    // A melding asks the leerplichtambtenaar to act; the school can say otherwise in the sheet.
    actieGemeenteGewenst: true,
    aanvulling: parts.sheetEntry?.addition?.trim() ?? '',
    reporter: { ...settings.school.reporter },
    masBranch: flag.masBranch,
    reportBy: flag.reportBy,
    specificatie: [...absences].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.sheetRow - b.sheetRow)),
    warnings: [],
  };
  draft.warnings = validateDraft(draft);
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
    const e = entries?.get(f.id);
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

/**
 * One draft per flag reported to leerplicht whose status is not "Niet melden", in the order of
 * the analysis. `entries` are the reporting sheet's user entries by flag id (readReportingRows);
 * `sheetEntries` what the coordinator typed on the drafts sheet (readDraftsSheetEntries).
 */
export function draftsFromAnalysis(
  analysis: Pick<AnalysisResult, 'flags'>,
  imported: Pick<RegisterImport, 'rows' | 'students'>,
  settings: DraftSettings,
  entries?: ReadonlyMap<string, DraftReportingEntry>,
  sheetEntries?: ReadonlyMap<string, DraftSheetEntry>,
): DraftMelding[] {
  const dayMinutes = Math.round(settings.counting.dayHours * 60);
  const rowsBySheetRow = new Map(imported.rows.map((r) => [`${r.studentId}\u0000${r.sheetRow}`, r]));
  const drafts: DraftMelding[] = [];
  for (const flag of analysis.flags) {
    if (!isLeerplichtFlag(flag)) continue;
    const entry = entries?.get(flag.id);
    if (isNietMelden(entry?.status)) continue;
    const absences: DraftAbsence[] = [];
    for (const sheetRow of flag.rows) {
      const row = rowsBySheetRow.get(`${flag.studentId}\u0000${sheetRow}`);
      const a = row ? toDraftAbsence(row, dayMinutes) : null;
      if (a) absences.push(a);
    }
    drafts.push(
      buildDraft({
        flag,
        pupil: toDraftPupil(flag.studentId, imported.students.get(flag.studentId), flag.studentName, flag.className),
        absences,
        earlierSignals: earlierSignalsOf(flag, analysis.flags, entries),
        entry,
        sheetEntry: sheetEntries?.get(flag.id),
        settings,
      }),
    );
  }
  return drafts;
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
