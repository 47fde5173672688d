/**
 * A register as a Magister-style export holds it: one row per missed lesson, dates as Excel
 * serials (the sheet shows them as dd-mm-jjjj), codes, remarks now and then.
 */
export const REGISTER_HEADER = ['Leerlingnummer', 'Achternaam', 'Voornaam', 'Klas', 'Datum', 'Lesuur', 'Minuten', 'Code', 'Geoorloofd', 'Opmerking'];

const LAST = ['de Vries', 'Jansen', 'Visser', 'Mulder', 'Bakker', 'van Dijk', 'Smit', 'de Boer', 'Meijer', 'Bos', 'Hendriks', 'Dekker'];
const FIRST = ['Sanne', 'Daan', 'Emma', 'Liam', 'Noah', 'Julia', 'Sem', 'Tess', 'Milan', 'Zoë', 'Lotte', 'Bram'];
const CODES: [string, string][] = [['AO', 'Nee'], ['Z', 'Ja'], ['TL', 'Nee'], ['DT', 'Ja'], ['LV', 'Nee'], ['OA', 'Ja']];

export type RegisterCell = string | number | null;

/** `rows` data rows under the header; serial 46300 is Monday 5 October 2026. */
export function makeRegister(rows: number): RegisterCell[][] {
  const out: RegisterCell[][] = [REGISTER_HEADER.slice()];
  for (let i = 0; i < rows; i++) {
    const pupil = i % 1500;
    const week = Math.floor(i / 3000) % 30;
    const weekday = i % 5;
    const [code, authorised] = CODES[(i * 7) % CODES.length];
    out.push([
      String(10000 + pupil).padStart(6, '0'),
      LAST[pupil % LAST.length],
      FIRST[(pupil * 5) % FIRST.length],
      `${1 + (pupil % 6)}${'ABCDH'[pupil % 5]}`,
      46300 + week * 7 + weekday,
      1 + (i % 8),
      code === 'TL' ? 5 + (i % 20) : 50,
      code,
      authorised,
      i % 97 === 0 ? 'ouders gebeld, geen gehoor' : null,
    ]);
  }
  return out;
}
