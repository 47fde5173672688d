import type { CellValue } from '../core/register/types';
import type { GeneratedCell } from '../../tools/generate/registerGenerator';
import { DemoWorkbook } from './demoFollowUp';

export const REGISTER_SHEET = 'Verzuimregistratie';

/**
 * The demo's workbook: a generated register of a fictitious school (300 pupils, school year
 * 2025-2026, region midden) as an absence export looks, with two title lines above the header, and
 * the school's settings already saved; its first analysis brings a year of follow-up on the reporting
 * sheet with it (demoFollowUp.ts). Built in the browser at start-up (about 0.1 s).
 */
export async function createSampleWorkbook(pupils = 300): Promise<DemoWorkbook> {
  // Loaded apart: the generator is needed once, and keeps the demo's first JavaScript small.
  const { generateRegister } = await import('../../tools/generate/registerGenerator');
  const register = generateRegister({ pupils, seed: 20250801 });
  withSchoolWords(register.headers, register.rows);
  const cells: CellValue[][] = [
    ['Absentieoverzicht Het Voorbeeldcollege, schooljaar 2025-2026'],
    ['Export uit het leerlingvolgsysteem'],
    [],
    register.headers,
    ...register.rows,
  ];
  const wb = new DemoWorkbook({ sheets: [{ name: REGISTER_SHEET, cells }] });
  await wb.writeSettings({
    ...register.settings,
    school: {
      name: 'Het Voorbeeldcollege',
      brin: '99XX',
      location: 'Hoofdlocatie',
      reporter: { name: 'J. Jansen', function: 'Verzuimcoördinator', phone: '010-1234567', email: 'verzuim@voorbeeldcollege.nl' },
    },
  });
  return wb;
}

/**
 * Words a student system writes that the defaults do not know, so the demo shows how the school
 * explains them in the Register tab as it does its own codes: "x" for late in the last three
 * lateness rows, "ja (brief)" (authorised by letter) in the last three authorised absences. The
 * last rows, so the register's first problems stay its unmapped codes.
 */
function withSchoolWords(headers: readonly string[], rows: GeneratedCell[][]): void {
  const kind = headers.indexOf('Soort');
  const authorised = headers.indexOf('Geoorloofd');
  let late = 0;
  let letter = 0;
  for (let i = rows.length - 1; i >= 0 && (late < 3 || letter < 3); i--) {
    const row = rows[i];
    if (late < 3 && row[kind] === 'Te laat') {
      row[kind] = 'x';
      late++;
    } else if (letter < 3 && row[kind] === 'Absent' && row[authorised] === 'Ja') {
      row[authorised] = 'ja (brief)';
      letter++;
    }
  }
}
