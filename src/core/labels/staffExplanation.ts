/**
 * A signal explained to the school's staff in sentences (a pupil's detail in the pane, the command
 * line's summary): what happened, the window counted, the register rows, the next MAS step.
 */
import { dayFromIso, ymdFromDay } from '../dates';
import type { Flag } from '../analysis/types';
import { DEFAULT_WORDING, flagTitle, formatHours, type Lang, type Wording } from './staffLabels';

export type { Lang };

/** A flag explained in words, part by part, for the pane's detail view and the CLI summary. */
export interface FlagExplanation {
  /** Short label, e.g. "16 uur ongeoorloofd verzuim in 4 lesweken (V3)". */
  title: string;
  /** What happened: who, when, how much. */
  what: string;
  /** The window the rule looked at (window rules only). */
  window?: string;
  /** Which register rows were counted. */
  rows: string;
  /** What the MAS says to do next, and by when. */
  next: string;
}

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// A summary names the same few hundred dates over and over (each signal's start, end, window and deadline).
const SHOWN_DATES = { nl: new Map<string, string>(), en: new Map<string, string>() };
const SHOWN_DATES_KEPT = 5000;

/** "28 september 2026" / "28 September 2026". */
export function formatDate(iso: string, lang: Lang): string {
  const memo = SHOWN_DATES[lang];
  let shown = memo.get(iso);
  if (shown === undefined) {
    const day = dayFromIso(iso);
    if (day === undefined) return iso;
    const { year, month, day: d } = ymdFromDay(day);
    shown = `${d} ${(lang === 'nl' ? MONTHS_NL : MONTHS_EN)[month - 1]} ${year}`;
    if (memo.size < SHOWN_DATES_KEPT) memo.set(iso, shown);
  }
  return shown;
}

/** Sheet rows as ranges: [2,3,4,7] → "2–4, 7". */
export function formatRowRanges(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(j === i ? String(rows[i]) : `${rows[i]}–${rows[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

function who(flag: Flag, lang: Lang): string {
  const name = flag.studentName || (lang === 'nl' ? 'Leerling' : 'Pupil');
  const cls = flag.className ? (lang === 'nl' ? `, klas ${flag.className}` : `, class ${flag.className}`) : '';
  return `${name} (${flag.studentId}${cls})`;
}

function span(flag: Flag, lang: Lang): string {
  const a = formatDate(flag.start, lang);
  const b = formatDate(flag.end, lang);
  if (flag.start === flag.end) return lang === 'nl' ? `op ${a}` : `on ${a}`;
  return lang === 'nl' ? `van ${a} tot en met ${b}` : `from ${a} to ${b}`;
}

function daysAndRows(flag: Flag, lang: Lang): string {
  return lang === 'nl'
    ? `${flag.schoolDays} ${flag.schoolDays === 1 ? 'schooldag' : 'schooldagen'}, ${flag.occurrences} ${flag.occurrences === 1 ? 'registratie' : 'registraties'}`
    : `${flag.schoolDays} school ${flag.schoolDays === 1 ? 'day' : 'days'}, ${flag.occurrences} ${flag.occurrences === 1 ? 'entry' : 'entries'}`;
}

function what(flag: Flag, lang: Lang, s: Wording): string {
  const nl = lang === 'nl';
  const h = formatHours(flag.hours, lang);
  const p = who(flag, lang);
  switch (flag.category) {
    case 'sixteen-hours':
    case 'early-signal': {
      const age = flag.duoType === 'V4' ? (nl ? ' De leerling was op de einddatum 18 jaar of ouder (V4).' : ' The pupil was 18 or older on the end date (V4).') : '';
      const unknown = flag.notes.includes('age unknown')
        ? nl ? ' Geboortedatum onbekend: V3 aangenomen.' : ' Date of birth unknown: V3 assumed.'
        : '';
      return nl
        ? `${p} was ${span(flag, lang)} ${h} uur ongeoorloofd afwezig (${daysAndRows(flag, lang)}).${age}${unknown}`
        : `${p} was absent without authorisation for ${h} hours ${span(flag, lang)} (${daysAndRows(flag, lang)}).${age}${unknown}`;
    }
    case 'luxury':
      if (flag.basis === 'sick-near-holiday') {
        return nl
          ? `${p} was ${span(flag, lang)} ziek gemeld op schooldagen direct voor of na een vakantie, telkens minstens ${formatHours(s.luxury.minHoursPerDay, lang)} uur (${h} uur, ${daysAndRows(flag, lang)}).`
          : `${p} was reported sick ${span(flag, lang)} on school days just before or after a holiday, at least ${s.luxury.minHoursPerDay} hours each (${h} hours, ${daysAndRows(flag, lang)}).`;
      }
      if (flag.basis === 'near-holiday') {
        return nl
          ? `${p} was ${span(flag, lang)} ongeoorloofd afwezig op de ${s.luxury.adjacentSchoolDays} schooldagen direct voor of na een vakantie (${h} uur, ${daysAndRows(flag, lang)}).`
          : `${p} was absent without authorisation ${span(flag, lang)} on the ${s.luxury.adjacentSchoolDays} school days just before or after a holiday (${h} hours, ${daysAndRows(flag, lang)}).`;
      }
      return nl
        ? `${p} is ${span(flag, lang)} geregistreerd met een code voor luxe verzuim (vakantie zonder toestemming) (${h} uur, ${daysAndRows(flag, lang)}).`
        : `${p} was registered ${span(flag, lang)} with a luxury absence code (holiday without leave) (${h} hours, ${daysAndRows(flag, lang)}).`;
    case 'long-term':
      return nl
        ? `${p} was ${span(flag, lang)} ${flag.schoolDays} schooldagen achter elkaar ongeoorloofd afwezig, elke dag minstens ${formatHours(s.longTerm.minHoursPerDay, lang)} uur (${h} uur).`
        : `${p} was absent without authorisation on ${flag.schoolDays} school days in a row ${span(flag, lang)}, at least ${s.longTerm.minHoursPerDay} hours each day (${h} hours).`;
    case 'lateness':
      return nl
        ? `${p} kwam dit schooljaar ${flag.occurrences} keer te laat, ${span(flag, lang)} (samen ${h} uur).`
        : `${p} was late ${flag.occurrences} times this school year, ${span(flag, lang)} (${h} hours in all).`;
    case 'sick-concern':
      if (flag.basis === 'frequency') {
        return nl
          ? `${p} is ${span(flag, lang)} ${s.sickConcern.reportsInWindow} keer ziek gemeld binnen ${s.sickConcern.windowLesweken} lesweken (${h} uur, ${daysAndRows(flag, lang)}).`
          : `${p} was reported sick ${s.sickConcern.reportsInWindow} times within ${s.sickConcern.windowLesweken} lesweken, ${span(flag, lang)} (${h} hours, ${daysAndRows(flag, lang)}).`;
      }
      return nl
        ? `${p} is ${span(flag, lang)} ${flag.schoolDays} schooldagen achter elkaar ziek (${h} uur).`
        : `${p} was sick on ${flag.schoolDays} school days in a row ${span(flag, lang)} (${h} hours).`;
  }
}

function next(flag: Flag, lang: Lang, s: Wording): string {
  const nl = lang === 'nl';
  const by = flag.reportBy ? formatDate(flag.reportBy, lang) : '';
  const days = s.reportWithinWorkingDays;
  const melding = nl
    ? `Melden bij de leerplichtambtenaar via DUO (verzuimsoort ${flag.duoType}), uiterlijk ${by} (binnen ${days} werkdagen, Leerplichtwet art. 21a).`
    : `Report to the attendance officer (leerplicht) through DUO (absence type ${flag.duoType}) by ${by} (within ${days} working days, Leerplichtwet art. 21a).`;
  switch (flag.category) {
    case 'sixteen-hours':
    case 'long-term':
      return nl
        ? `${melding} Vermeld de acties die de school al heeft ondernomen. MAS-tak A: de leerplichtambtenaar onderzoekt het verzuim en kiest een route.`
        : `${melding} Include what the school has already done. MAS branch A: the attendance officer investigates and chooses a route.`;
    case 'early-signal':
      return nl
        ? 'Nog geen melding bij leerplicht: de school grijpt zelf in (MAS stap 1). Voer een gesprek met de leerling en de ouders, maak afspraken en leg ze vast.'
        : 'No report to leerplicht yet: the school acts itself (MAS step 1). Talk with the pupil and the parents, agree on steps and record them.';
    case 'luxury':
      if (flag.basis === 'sick-near-holiday') {
        return nl
          ? 'Geen melding: controleer de ziekmelding (bijvoorbeeld een gesprek met de ouders). Blijkt het vakantie zonder toestemming, registreer het dan als luxe verzuim. Ziekte wordt nooit met leerplicht gedeeld.'
          : 'No report: check the sick report (for instance talk with the parents). If it turns out to be a holiday without leave, register it as luxury absence. Sickness is never shared with leerplicht.';
      }
      return nl
        ? `${melding} MAS-tak B (luxe verzuim): de leerplichtambtenaar beslist of er een proces-verbaal volgt.`
        : `${melding} MAS branch B (luxury absence): the attendance officer decides whether an official report (proces-verbaal) follows.`;
    case 'lateness':
      if (flag.reportTo === 'leerplicht') {
        return nl
          ? `${melding} Melden als overig verzuim (te laat komen); MAS-tak A.`
          : `${melding} Report as other absence (lateness); MAS branch A.`;
      }
      return nl
        ? 'Nog geen melding: de school grijpt in volgens het protocol te laat komen (gesprek met de leerling, bij herhaling met de ouders).'
        : 'No report yet: the school acts under its lateness protocol (talk with the pupil, with the parents when it repeats).';
    case 'sick-concern':
      return nl
        ? 'Bespreken met de jeugdarts (MAZL), na overleg met leerling en ouders. Nooit melden bij leerplicht: ziekte wordt niet met de leerplichtambtenaar gedeeld.'
        : 'Discuss with the youth doctor (jeugdarts, MAZL), after talking with the pupil and parents. Never report to leerplicht: sickness is not shared with the attendance officer.';
  }
}

/** The flag explained part by part. `settings` gives the school's own thresholds for the wording. */
export function explainFlagParts(flag: Flag, lang: Lang = 'nl', settings: Wording = DEFAULT_WORDING): FlagExplanation {
  const nl = lang === 'nl';
  const out: FlagExplanation = {
    title: flagTitle(flag, lang, settings),
    what: what(flag, lang, settings),
    rows: `${nl ? 'Registerrijen' : 'Register rows'}: ${formatRowRanges(flag.rows)}.`,
    next: next(flag, lang, settings),
  };
  if (flag.window) {
    out.window = nl
      ? `Geteld over ${formatDate(flag.window.start, lang)} tot en met ${formatDate(flag.window.end, lang)}: de laatste ${settings.sixteenHours.windowLesweken} lesweken (vakantieweken tellen niet mee), niet verder terug dan de vorige melding of 1 augustus.`
      : `Counted over ${formatDate(flag.window.start, lang)} to ${formatDate(flag.window.end, lang)}: the last ${settings.sixteenHours.windowLesweken} lesweken (holiday weeks do not count), never further back than the previous report or 1 August.`;
  }
  return out;
}

/** The flag explained in a few sentences (Dutch by default, English available). */
export function explainFlag(flag: Flag, lang: Lang = 'nl', settings: Wording = DEFAULT_WORDING): string {
  const p = explainFlagParts(flag, lang, settings);
  return [p.title + '.', p.what, p.window, p.rows, p.next].filter((x): x is string => !!x).join(' ');
}
