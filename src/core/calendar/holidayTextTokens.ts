/**
 * The words and tokens of holiday lists as schools publish them (schoolgids, website, PDF): the
 * vocabulary the holiday-text reader (holidayText.ts) recognises, and a tokenizer that turns one
 * line into numbers, numeric dates, month and weekday names, connectors and plain words.
 */

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, febr: 2, february: 2,
  maart: 3, mrt: 3, mar: 3, march: 3, maa: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Full weekday names: always a weekday. */
const WEEKDAYS: Record<string, number> = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** Abbreviations: a weekday only right before a date ("zo" and "do" are also ordinary words). */
const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
  ma: 1, di: 2, wo: 3, do: 4, vr: 5, za: 6, zo: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};

/** Words that join the first and last day of a period. "tot" alone is kept apart (see holidayText). */
const RANGE_WORDS = new Set(['tm', 'to', 'until', 'till', 'through', 'thru', 'tem']);
const AND_WORDS = new Set(['en', 'and']);
/** Words around dates that are neither name nor date ("van maandag…", "vanaf", "from"). */
export const FILLER_WORDS = new Set(['van', 'vanaf', 'from', 'op', 'on', 'de', 'the', 'of', 'om', 'at', 'uur', 'tot', 'en', 'and']);

export type Token =
  | { kind: 'num'; value: number; digits: number; text: string }
  | { kind: 'ndate'; day: number; month: number; year?: number; text: string }
  | { kind: 'schoolYear'; first: number; text: string }
  | { kind: 'month'; month: number; text: string }
  | { kind: 'weekday'; weekday: number; abbreviated: boolean; text: string }
  | { kind: 'range'; until: boolean; text: string }
  | { kind: 'and'; text: string }
  | { kind: 'week'; text: string }
  | { kind: 'word'; text: string }
  | { kind: 'punct'; text: string };

/**
 * Normalises the spelling of connectors and removes what only looks like a date (times of day,
 * week numbers), so the tokenizer sees one form of each.
 */
function normalise(line: string): string {
  return (
    line
      .replace(/[\u00a0\u2007\u202f\u2009]/g, ' ')
      .replace(/[\u2013\u2014\u2212]/g, ' - ')
      // "t/m", "t.m.", "t/m.", "tm", "tot en met", "t.e.m." (Flemish)
      .replace(/\bt\s*[/.]\s*m\b\.?/gi, ' tm ')
      .replace(/\bt\s*\.\s*e\s*\.\s*m\b\.?/gi, ' tm ')
      .replace(/\btot\s+en\s+met\b/gi, ' tm ')
      .replace(/\btot\s+met\b/gi, ' tm ')
      // times of day: "12.00 uur", "om 12:30", "10u30", "(12.15)"
      .replace(/\b\d{1,2}[.:]\d{2}\s*(?:uur|u|h)\b\.?/gi, ' ')
      .replace(/\b\d{1,2}:\d{2}\b/g, ' ')
      .replace(/\b\d{1,2}u\d{2}\b/gi, ' ')
      .replace(/\b\d{1,2}\s*uur\b/gi, ' ')
      .replace(/\b(?:om|vanaf|tot|na|from|after|at)\s+\d{1,2}\.\d{2}\b/gi, ' ')
      // week numbers: "week 43", "wk 43", "weken 8 en 9", "week 8-9"
      .replace(/\b(?:week|wk|weken|weeks?)\.?\s*\d{1,2}(?:\s*(?:-|en|and|t\/m|tm|\/|,)\s*\d{1,2})*/gi, ' ⟦week⟧ ')
      .replace(/[|;]/g, '\t')
  );
}

function validDayMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Splits one line into tokens. Never throws: what it does not know becomes a word or punctuation. */
export function tokenize(line: string): Token[] {
  const text = normalise(line);
  const out: Token[] = [];
  const re = /⟦week⟧|(\d{4})\s*[-/]\s*(\d{4})\b|(\d{4})-(\d{1,2})-(\d{1,2})\b|(\d{1,2})([-/.])(\d{1,2})(?:\7(\d{4}|\d{2}))?(?![\d])|(\d+)(?:e|ste|de|st|nd|rd|th)?\b|([\p{L}][\p{L}'’]*)\.?|(\S)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    if (raw === '⟦week⟧') out.push({ kind: 'week', text: raw });
    else if (m[1] !== undefined) {
      const first = Number(m[1]);
      if (Number(m[2]) === first + 1) out.push({ kind: 'schoolYear', first, text: raw });
      else {
        out.push({ kind: 'num', value: first, digits: 4, text: m[1] });
        out.push({ kind: 'range', until: false, text: '-' });
        out.push({ kind: 'num', value: Number(m[2]), digits: 4, text: m[2] });
      }
    } else if (m[3] !== undefined) {
      const month = Number(m[4]);
      const day = Number(m[5]);
      if (validDayMonth(day, month)) out.push({ kind: 'ndate', day, month, year: Number(m[3]), text: raw });
      else out.push({ kind: 'word', text: raw });
    } else if (m[6] !== undefined) {
      const day = Number(m[6]);
      const month = Number(m[8]);
      const yearText = m[9];
      if (validDayMonth(day, month) && !(m[7] === '.' && yearText === undefined && month > 12)) {
        const year = yearText === undefined ? undefined : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
        out.push({ kind: 'ndate', day, month, year, text: raw });
      } else {
        // "19-23 oktober": two days of one month joined by a dash
        out.push({ kind: 'num', value: day, digits: m[6].length, text: m[6] });
        if (m[7] === '-') out.push({ kind: 'range', until: false, text: '-' });
        else out.push({ kind: 'punct', text: m[7] });
        out.push({ kind: 'num', value: month, digits: m[8].length, text: m[8] });
        if (yearText !== undefined) out.push({ kind: 'num', value: Number(yearText), digits: yearText.length, text: yearText });
      }
    } else if (m[10] !== undefined) {
      out.push({ kind: 'num', value: Number(m[10]), digits: m[10].length, text: raw });
    } else if (m[11] !== undefined) {
      const word = m[11];
      const lower = word.toLowerCase();
      if (MONTHS[lower] !== undefined) out.push({ kind: 'month', month: MONTHS[lower], text: raw });
      else if (WEEKDAYS[lower] !== undefined) out.push({ kind: 'weekday', weekday: WEEKDAYS[lower], abbreviated: false, text: word });
      else if (WEEKDAY_ABBREVIATIONS[lower] !== undefined) out.push({ kind: 'weekday', weekday: WEEKDAY_ABBREVIATIONS[lower], abbreviated: true, text: word });
      else if (RANGE_WORDS.has(lower)) out.push({ kind: 'range', until: false, text: word });
      else if (lower === 'tot') out.push({ kind: 'range', until: true, text: word });
      else if (AND_WORDS.has(lower)) out.push({ kind: 'and', text: word });
      else out.push({ kind: 'word', text: raw });
    } else {
      const ch = m[12] ?? raw;
      if (ch === '-') out.push({ kind: 'range', until: false, text: ch });
      else if (ch === '&' || ch === '+') out.push({ kind: 'and', text: ch });
      else out.push({ kind: 'punct', text: ch });
    }
  }
  return mergeNamedWeekdays(out);
}

/** "Goede Vrijdag", "Good Friday", "Witte Donderdag": a name, not the weekday of a date. */
const NAMED_WEEKDAY_PREFIX = new Set(['goede', 'good', 'witte', 'stille', 'holy']);

function mergeNamedWeekdays(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (t.kind === 'weekday' && !t.abbreviated && prev?.kind === 'word' && NAMED_WEEKDAY_PREFIX.has(prev.text.toLowerCase())) {
      out[out.length - 1] = { kind: 'word', text: `${prev.text} ${t.text}` };
    } else out.push(t);
  }
  return out;
}

/** Words a table header is made of ("Vakantie | Van | Tot en met"): such a line is skipped. */
const HEADER_WORDS = new Set([
  'vakantie', 'vakanties', 'vakantierooster', 'vakantieregeling', 'schoolvakanties', 'vrije', 'dagen', 'dag',
  'van', 'tot', 'tm', 'en', 'met', 'datum', 'data', 'periode', 'eerste', 'laatste', 'begin', 'eind', 'einde',
  'start', 'naam', 'omschrijving', 'wanneer', 'week', 'weeknummer', 'schooljaar', 'studiedagen', 'overzicht',
  'holiday', 'holidays', 'from', 'to', 'end', 'date', 'dates', 'name', 'first', 'last', 'day', 'days', 'school',
  'year', 'term', 'vrij', 'lesvrije', 'lesvrij', 'leerlingen', 'alle', 'voor', 'de', 'het', 'en', 'regio',
  'noord', 'midden', 'zuid', 'basisonderwijs', 'voortgezet', 'onderwijs',
]);

/** Whether a line without dates is a table header or title (only header words, a school year at most). */
export function isHeaderLine(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.kind === 'punct' || t.kind === 'schoolYear' || t.kind === 'range' || t.kind === 'and' || t.kind === 'week') continue;
    if (t.kind === 'num' && t.digits === 4) continue;
    if (t.kind !== 'word' || !HEADER_WORDS.has(t.text.toLowerCase())) return false;
    words++;
  }
  return words > 0 || tokens.some((t) => t.kind === 'schoolYear');
}
