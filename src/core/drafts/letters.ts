import type { Flag } from '../analysis/types';
import type { Student } from '../register/types';
import type { Settings } from '../settings/schema';
import { canonicalFlagId } from '../analysis/flagId';
import { validateStatusChange } from '../reporting/reportingSheet';
import { alreadyReportedOf, byCanonicalId, isNietMelden, STATUS_NIET_MELDEN, todayIso } from './buildDrafts';
import { formatHours } from './draftColumns';
import { hoursInWords, longDutchDate, unbreakable } from './dutchText';
import { DEFAULT_ADULT_LETTER_TEXTS, DEFAULT_LETTER_TEXTS, type LetterKind, type LetterPlaceholder } from './letterTexts';
import { ageOn, dayFromIso, schoolYearStart } from '../dates';
import type { DraftReportingEntry } from './types';

/** A letter to a pupil's parents about one signal, ready to be laid out as a document. */
export interface ParentLetter {
  flagId: string;
  kind: LetterKind;
  /** Parents, or the pupil when 18 or older on the day the letter is made. */
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
  /** What the letter lacks (no contact person, no school name): shown before it is sent. */
  warnings: { message: string; messageEn: string }[];
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
      // From 18 a long absence is the school's own matter (rules.md); the V4 letter covers the hours.
      return flag.reportTo === 'leerplicht' ? 'langdurigVerzuim' : null;
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

/** 18 or older on the day the letter is made (rules.md: whom a letter addresses). */
function isAdultOn(student: Pick<Student, 'dateOfBirth'> | undefined, date: string): boolean {
  const on = dayFromIso(date);
  return student?.dateOfBirth !== undefined && on !== undefined && ageOn(student.dateOfBirth, on) >= 18;
}

/**
 * The closing sentence from what the school filled in about its contact person, so that a missing
 * name or number never leaves a broken sentence ("Bel dan met  () op ,").
 */
export function contactSentence(r: LetterSettings['school']['reporter'], schoolName: string, addressee: ParentLetter['addressee']): string {
  const u = addressee === 'ouders';
  const ask = u ? 'Heeft u vragen, of wilt u een afspraak maken?' : 'Heb je vragen, of wil je een afspraak maken?';
  const name = r.name.trim();
  const who = name ? (r.function.trim() ? `${name} (${r.function.trim()})` : name) : '';
  // A phone number never breaks across lines in the letter.
  const phone = unbreakable(r.phone.trim());
  const email = r.email.trim();
  const ways: string[] = [];
  if (phone) ways.push(who ? `Bel dan met ${who} op ${phone}` : `Bel dan met de school op ${phone}`);
  if (email) ways.push(ways.length > 0 ? `mail naar ${email}` : who ? `Mail dan naar ${who}: ${email}` : `Mail dan naar ${email}`);
  if (ways.length > 0) return `${ask} ${ways.join(', of ')}.`;
  const school = schoolName.trim() || 'de school';
  if (who) return `${ask} Neem dan contact op met ${who} van ${school}.`;
  return `${ask} Neem dan contact op met ${school}.`;
}

/** Spaces and punctuation left behind by an empty placeholder in a school's own text. */
function tidy(text: string): string {
  return text
    .replace(/\(\s*\)/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:])/g, '$1')
    .replace(/,\s*,/g, ',')
    .trim();
}

function letterWarnings(r: LetterSettings['school']['reporter'], schoolName: string, pupilId: string): ParentLetter['warnings'] {
  const out: ParentLetter['warnings'] = [];
  if (!r.name.trim() || (!r.phone.trim() && !r.email.trim())) {
    out.push({
      message: `Brief voor leerling ${pupilId}: geen contactpersoon met telefoon of e-mail ingevuld (instellingen school.reporter); de brief verwijst daarom naar de school.`,
      messageEn: `Letter for pupil ${pupilId}: no contact person with phone or e-mail filled in (settings school.reporter); the letter refers to the school instead.`,
    });
  }
  if (!schoolName.trim()) {
    out.push({
      message: `Brief voor leerling ${pupilId}: naam van de school ontbreekt (instelling school.name).`,
      messageEn: `Letter for pupil ${pupilId}: the school's name is missing (setting school.name).`,
    });
  }
  return out;
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
  const addressee = isAdultOn(student, date) ? 'leerling' : 'ouders';
  const values: Record<LetterPlaceholder, string> = {
    naam: name,
    voornaam: firstName(name),
    klas: className,
    uren: formatHours(flag.hours),
    urenTekst: hoursInWords(flag.hours),
    van: longDutchDate(flag.start, { nbsp: true }),
    tot: longDutchDate(flag.end, { nbsp: true }),
    dagen: String(flag.schoolDays),
    keer: String(flag.occurrences),
    meldgrens: reportAt !== undefined ? String(reportAt) : '',
    grensUren: formatHours(settings.sixteenHours.thresholdHours),
    lesweken: String(settings.sixteenHours.windowLesweken),
    school: settings.school.name,
    contact: r.name,
    functie: r.function,
    telefoon: unbreakable(r.phone.trim()),
    email: r.email,
    contactzin: contactSentence(r, settings.school.name, addressee),
    datum: longDutchDate(date, { nbsp: true }),
  };
  const t = letterTemplate(kind, settings.letters, addressee);
  return {
    flagId: flag.id,
    kind,
    addressee,
    pupil: { id: flag.studentId, name, className },
    date,
    signalEnd: flag.end,
    subject: tidy(fillPlaceholders(t.onderwerp, values)),
    paragraphs: fillPlaceholders(t.tekst, values)
      .split(/\r?\n\s*\r?\n/)
      .map(tidy)
      .filter((p) => p !== ''),
    school: { name: settings.school.name, location: settings.school.location },
    sender: { ...r },
    warnings: letterWarnings(r, settings.school.name, flag.studentId),
  };
}

export type LetterSkipReason = 'reported' | 'already-sent' | 'not-reported' | 'after-melding';

/** A letter left out, and why: `report` and the pane say how many and why. */
export interface SkippedLetter {
  flagId: string;
  pupilId: string;
  kind: LetterKind;
  reason: LetterSkipReason;
  /** For 'already-sent': the date recorded; for 'reported': the "Gemeld op" date when known. */
  on: string;
}

export interface LetterPlan {
  letters: ParentLetter[];
  skipped: SkippedLetter[];
}

export interface LetterPlanOptions {
  /** The reporting sheet's user entries by flag id (either id form). */
  entries?: ReadonlyMap<string, DraftReportingEntry>;
  /** Letters made or sent before, by flag id → ISO date (the command line's record, "Brief verstuurd op"). */
  sent?: ReadonlyMap<string, string>;
}

/**
 * The letters due now, one per signal at most: none for a signal the school marked "Niet melden"
 * (with a reason) or reported already, none that was sent or made before, and no early-signal
 * letter for a period after a sixteen-hours melding of the same pupil (the attendance office is
 * involved already; "we may have to report" would be out of date).
 */
export function letterPlan(
  flags: readonly Flag[],
  students: ReadonlyMap<string, Pick<Student, 'name' | 'className' | 'dateOfBirth'>>,
  settings: LetterSettings,
  date: string = todayIso(),
  options: LetterPlanOptions = {},
): LetterPlan {
  const entries = byCanonicalId(options.entries);
  const sent = byCanonicalId(options.sent);
  const validNietMelden = (f: Flag): boolean => {
    const e = entries.get(canonicalFlagId(f.id));
    return isNietMelden(e?.status) && validateStatusChange(STATUS_NIET_MELDEN, e?.reason).ok;
  };
  const meldingEnds = new Map<string, string[]>();
  for (const f of flags) {
    if (f.category !== 'sixteen-hours' || validNietMelden(f)) continue;
    const list = meldingEnds.get(f.studentId);
    if (list) list.push(f.end);
    else meldingEnds.set(f.studentId, [f.end]);
  }
  const plan: LetterPlan = { letters: [], skipped: [] };
  for (const f of flags) {
    const kind = letterKindOf(f);
    if (!kind) continue;
    const id = canonicalFlagId(f.id);
    const e = entries.get(id);
    const skip = (reason: LetterSkipReason, on = ''): void => {
      plan.skipped.push({ flagId: f.id, pupilId: f.studentId, kind, reason, on });
    };
    if (validNietMelden(f)) {
      skip('not-reported');
      continue;
    }
    const reported = alreadyReportedOf(e);
    if (reported) {
      skip('reported', reported.on);
      continue;
    }
    const sentOn = (e?.letterSentOn ?? '').trim() || sent.get(id) || '';
    if (sentOn) {
      skip('already-sent', sentOn);
      continue;
    }
    if (f.category === 'early-signal' && (meldingEnds.get(f.studentId) ?? []).some((end) => end <= f.end && sameSchoolYear(end, f.end))) {
      skip('after-melding');
      continue;
    }
    const l = buildParentLetter(f, students.get(f.studentId), settings, date);
    if (l) plan.letters.push(l);
  }
  return plan;
}

function sameSchoolYear(a: string, b: string): boolean {
  const da = dayFromIso(a);
  const db = dayFromIso(b);
  return da !== undefined && db !== undefined && schoolYearStart(da) === schoolYearStart(db);
}

/** The letters due now (see letterPlan). */
export function parentLetters(
  flags: readonly Flag[],
  students: ReadonlyMap<string, Pick<Student, 'name' | 'className' | 'dateOfBirth'>>,
  settings: LetterSettings,
  date: string,
  entries?: ReadonlyMap<string, DraftReportingEntry>,
  sent?: ReadonlyMap<string, string>,
): ParentLetter[] {
  return letterPlan(flags, students, settings, date, { entries, sent }).letters;
}
