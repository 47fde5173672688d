import { MemoryWorkbook } from '../adapters/memory/memoryWorkbook';
import type { CellValue } from '../core/register/types';
import { generateRegister } from '../../tools/generate/registerGenerator';

export const REGISTER_SHEET = 'Verzuimregistratie';

/**
 * The demo's workbook: a generated register of a fictitious school (300 pupils, school year
 * 2025-2026, region midden) as an absence export looks, with two title lines above the header, and
 * the school's settings already saved. Built in the browser at start-up (about 0.1 s).
 */
export async function createSampleWorkbook(pupils = 300): Promise<MemoryWorkbook> {
  const register = generateRegister({ pupils, seed: 20250801 });
  const cells: CellValue[][] = [
    ['Absentieoverzicht Het Voorbeeldcollege, schooljaar 2025-2026'],
    ['Export uit het leerlingvolgsysteem'],
    [],
    register.headers,
    ...register.rows,
  ];
  const wb = new MemoryWorkbook({ sheets: [{ name: REGISTER_SHEET, cells }] });
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
