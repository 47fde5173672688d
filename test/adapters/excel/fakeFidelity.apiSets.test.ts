/**
 * Fidelity of the Excel fake: requirement sets.
 *
 * Follows
 * - https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 *   (members belong to ExcelApi 1.x sets; a host supports a set or not),
 * - https://learn.microsoft.com/en-us/javascript/api/office/office.requirementsetsupport
 *   (isSetSupported(name, minVersion), minVersion defaulting to the first version),
 * - https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 *   (errors carry code, message and debugInfo), and Office.js's own client check
 *   (OfficeExtension.Utility.throwIfApiNotSupported in @microsoft/office-js): a member of a set the
 *   host lacks throws ApiNotFound, status 404, "The method or property X is part of the Y requirement
 *   set, which is not available in your version of Excel.", debugInfo.errorLocation X.
 */
import * as fs from 'fs';
import { generateFromInstalledTypes, OUTPUT } from '../../../tools/office-api-sets';
import { createExcelFake, type ExcelFake } from '../../fakes/excel';
import { requirementOf } from '../../fakes/excel/apiSets';

let fake: ExcelFake | undefined;
function host(excelApi: string): ExcelFake {
  fake?.uninstall();
  fake = createExcelFake({ excelApi });
  fake.install();
  fake.addSheet('Register', [['Naam', 'Klas'], ['Sanne', '2A']]);
  return fake;
}
afterEach(() => fake?.uninstall());

async function caught(p: () => unknown): Promise<{ code?: string; message?: string; httpStatusCode?: number; debugInfo?: { errorLocation?: string } }> {
  try {
    await p();
  } catch (e) {
    return e as { code?: string };
  }
  throw new Error('expected an error');
}

describe('the requirement-set table', () => {
  it('is the one generated from the installed @types/office-js (it cannot drift)', () => {
    expect(fs.readFileSync(OUTPUT, 'utf8')).toBe(generateFromInstalledTypes());
  });

  it('holds the sets the typings annotate, members inheriting their class set', () => {
    // Range is ExcelApi 1.1; Range.values carries 1.1; getResizedRange 1.2; Worksheet.getRanges 1.9.
    expect(requirementOf('Range', 'values')).toEqual({ kind: 'property', get: 'ExcelApi 1.1' });
    expect(requirementOf('Range', 'getResizedRange')).toEqual({ kind: 'method', get: 'ExcelApi 1.2' });
    expect(requirementOf('Worksheet', 'getRanges')).toEqual({ kind: 'method', get: 'ExcelApi 1.9' });
    expect(requirementOf('RangeAreas', 'select')).toEqual({ kind: 'method', get: 'ExcelApi 1.18' });
    // "ExcelApi 1.1 for reading visibility; 1.2 for setting it."
    expect(requirementOf('Worksheet', 'visibility')).toEqual({ kind: 'property', get: 'ExcelApi 1.1', set: 'ExcelApi 1.2' });
    // NoteCollection is a 1.18 class; its unannotated `load` needs 1.18 too.
    expect(requirementOf('NoteCollection', 'load')).toEqual({ kind: 'method', get: 'ExcelApi 1.18' });
    expect(requirementOf('Range', 'notAnOfficeMember')).toBeUndefined();
  });
});

describe('a host at ExcelApi 1.12', () => {
  it('answers isSetSupported for its version and below only', () => {
    host('1.12');
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(Office.context.requirements.isSetSupported('ExcelApiOnline', '1.1')).toBe(false);
  });

  it('throws ApiNotFound when a method above it is called (RangeAreas.select, 1.18)', async () => {
    host('1.12');
    const err = await caught(() =>
      Excel.run(async (context) => {
        const areas = context.workbook.worksheets.getItem('Register').getRanges('A1:B1,A2:B2'); // 1.9: fine
        areas.select();
        await context.sync();
      }),
    );
    expect(err.code).toBe('ApiNotFound');
    expect(err.httpStatusCode).toBe(404);
    expect(err.message).toBe(
      'The method or property RangeAreas.select is part of the ExcelApi 1.18 requirement set, which is not available in your version of Excel.',
    );
    expect(err.debugInfo?.errorLocation).toBe('RangeAreas.select');
  });

  it('throws ApiNotFound when a property above it is read (Worksheet.notes, 1.18)', async () => {
    host('1.12');
    const err = await caught(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Register').notes.load('items');
        await context.sync();
      }),
    );
    expect(err.code).toBe('ApiNotFound');
    expect(err.debugInfo?.errorLocation).toBe('Worksheet.notes');
  });

  it('refuses a load of a property above it at sync (Worksheet.tabId, 1.14)', async () => {
    host('1.12');
    const err = await caught(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Register').load('name,tabId');
        await context.sync();
      }),
    );
    expect(err.code).toBe('ApiNotFound');
    expect(err.debugInfo?.errorLocation).toBe('Worksheet.tabId');
  });

  it('still runs what 1.12 has (values, getRanges, getRangeByIndexes)', async () => {
    host('1.12');
    const values = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Register');
      const r = sheet.getRangeByIndexes(0, 0, 2, 2).load('values');
      sheet.getRanges('A1,B2').load('address');
      await context.sync();
      return r.values;
    });
    expect(values).toEqual([['Naam', 'Klas'], ['Sanne', '2A']]);
  });
});

describe('a host at ExcelApi 1.18', () => {
  it('selects several areas', async () => {
    const f = host('1.18');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Register').getRanges('A1:B1,A2:B2').select();
      await context.sync();
    });
    expect(f.state.selection?.areas).toHaveLength(2);
  });
});

describe('a host at ExcelApi 1.1', () => {
  it('reads a sheet visibility but cannot set it (setting needs 1.2)', async () => {
    host('1.1');
    const visibility = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Register').load('visibility');
      await context.sync();
      return ws.visibility;
    });
    expect(visibility).toBe('Visible');
    const err = await caught(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Register').visibility = Excel.SheetVisibility.hidden;
        await context.sync();
      }),
    );
    expect(err.code).toBe('ApiNotFound');
    expect(err.message).toContain('Worksheet.visibility is part of the ExcelApi 1.2 requirement set');
  });
});
