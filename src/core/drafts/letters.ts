import type { Flag } from '../analysis/types';
import type { Student } from '../register/types';
import type { Settings } from '../settings/schema';
import { isNietMelden } from './buildDrafts';
import { dutchDate, formatHours } from './draftColumns';
import { DEFAULT_ADULT_LETTER_TEXTS, DEFAULT_LETTER_TEXTS, type LetterKind, type LetterPlaceholder } from './letterTexts';
import { ageOn, dayFromIso } from '../dates';
import type { DraftReportingEntry } from './types';

/** A letter to a pupil's parents about one signal, ready to be laid out as a document. */
export interface ParentLetter {
  flagId: string;
  kind: LetterKind;
  /** Parents, or the pupil when 18 or older on the signal's end date. */
  addressee: 'ouders' | 'leerling';
  pupil: { id: string; name: string; className: string };
  /** ISO date the letter is dated. */
  date: string;
  /** End date of the signal, ISO (for the file name). */
  signalEnd: string;
  subject: string;
  /** Body paragraphs, placeholders filled in. */
  paragraphs: string[];
  school: { name: string; location: string };
  sender: { name: string; function: string; phone: string; email: string };
}

export type LetterSettings = Pick<Settings, 'school' | 'letters' | 'lateness' | 'sixteenHours'>;

/** Which letter a signal gets, or null: sickness and checks for the school never get one. */
export function letterKindOf(flag: Pick<Flag, 'category' | 'basis' | 'reportTo'>): LetterKind | null {
  switch (flag.category) {
    case 'early-signal':
      return 'vroegsignaal';
    case 'lateness':
      return flag.reportTo === 'leerplicht' ? 'teLaatMelding' : 'teLaat';
    case 'sixteen-hours':
      return 'zestienUur';
    case 'luxury':
      return flag.reportTo === 'leerplicht' && flag.basis !== 'sick-near-holiday' ? 'luxeVerzuim' : null;
    case 'long-term':
      return 'langdurigVerzuim';
    case 'sick-concern':
      return null;
  }
}

/** Replaces {placeholder} with its value; an unknown placeholder stays as typed, so it shows. */
export function fillPlaceholders(template: string, values: Readonly<Record<LetterPlaceholder, string>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? values[key as LetterPlaceholder] : whole,
  );
}

export function letterTemplate(
  kind: LetterKind,
  letters: Readonly<Record<string, string>>,
  addressee: ParentLetter['addressee'] = 'ouders',
): { onderwerp: string; tekst: string } {
  const adult = addressee === 'leerling';
  const d = adult ? DEFAULT_ADULT_LETTER_TEXTS[kind] : DEFAULT_LETTER_TEXTS[kind];
  const prefix = adult ? `${kind}.leerling` : kind;
  const subject = letters[`${prefix}.onderwerp`];
  const body = letters[`${prefix}.tekst`];
  return {
    onderwerp: subject && subject.trim() ? subject : d.onderwerp,
    tekst: body && body.trim() ? body : d.tekst,
  };
}

/** "Sanne de Vries" → "Sanne"; "Vries, Sanne de" → "Sanne". */
export function firstName(fullName: string): string {
  const t = fullName.trim();
  const comma = t.indexOf(',');
  const given = comma >= 0 ? t.slice(comma + 1).trim() : t;
  return given.split(/\s+/)[0] || t;
}

/** 18 or older on the signal's end date (V4 says so too, when the date of birth was known). */
function isAdult(flag: Flag, student: Pick<Student, 'dateOfBirth'> | undefined): boolean {
  if (flag.duoType === 'V4') return true;
  const end = dayFromIso(flag.end);
  return student?.dateOfBirth !== undefined && end !== undefined && ageOn(student.dateOfBirth, end) >= 18;
}

/** The letter for one signal, or null when the signal gets none. Uses no register row at all. */
export function buildParentLetter(
  flag: Flag,
  student: Pick<Student, 'name' | 'className' | 'dateOfBirth'> | undefined,
  settings: LetterSettings,
  date: string,
): ParentLetter | null {
  const kind = letterKindOf(flag);
  if (!kind) return null;
  const name = student?.name || flag.studentName || `leerling ${flag.studentId}`;
  const className = student?.className || flag.className;
  const r = settings.school.reporter;
  const ladder = settings.lateness.ladder;
  const reportAt = ladder[Math.min(settings.lateness.reportFromLevel, ladder.length) - 1];
  const values: Record<LetterPlaceholder, string> = {
    naam: name,
    voornaam: firstName(name),
    klas: className,
    uren: formatHours(flag.hours),
    van: dutchDate(flag.start),
    tot: dutchDate(flag.end),
    dagen: String(flag.schoolDays),
    keer: String(flag.occurrences),
    meldgrens: reportAt !== undefined ? String(reportAt) : '',
    grensUren: formatHours(settings.sixteenHours.thresholdHours),
    lesweken: String(settings.sixteenHours.windowLesweken),
    school: settings.school.name,
    contact: r.name,
    functie: r.function,
    telefoon: r.phone,
    email: r.email,
    datum: dutchDate(date),
  };
  const addressee = isAdult(flag, student) ? 'leerling' : 'ouders';
  const t = letterTemplate(kind, settings.letters, addressee);
  return {
    flagId: flag.id,
    kind,
    addressee,
    pupil: { id: flag.studentId, name, className },
    date,
    signalEnd: flag.end,
    subject: fillPlaceholders(t.onderwerp, values),
    paragraphs: fillPlaceholders(t.tekst, values)
      .split(/\r?\n\s*\r?\n/)
      .map((p) => p.trim())
      .filter((p) => p !== ''),
    school: { name: settings.school.name, location: settings.school.location },
    sender: { ...r },
  };
}

/** Letters for every signal that gets one, except those the school marked "Niet melden". */
export function parentLetters(
  flags: readonly Flag[],
  students: ReadonlyMap<string, Pick<Student, 'name' | 'className' | 'dateOfBirth'>>,
  settings: LetterSettings,
  date: string,
  entries?: ReadonlyMap<string, DraftReportingEntry>,
): ParentLetter[] {
  const out: ParentLetter[] = [];
  for (const f of flags) {
    if (isNietMelden(entries?.get(f.id)?.status)) continue;
    const l = buildParentLetter(f, students.get(f.studentId), settings, date);
    if (l) out.push(l);
  }
  return out;
}
