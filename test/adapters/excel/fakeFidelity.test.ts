/**
 * Fidelity of the Excel fake where it used to be kinder than Excel. Each describe names the Office.js
 * reference page it follows.
 */
import { createExcelFake, type ExcelFake } from '../../fakes/excel';

let fake: ExcelFake;
function workbook(options: Parameters<typeof createExcelFake>[0] = {}): ExcelFake {
  fake = createExcelFake(options);
  fake.install();
  return fake;
}
afterEach(() => fake?.uninstall());

async function failure(run: () => Promise<unknown>): Promise<{ code?: string; message?: string }> {
  try {
    await run();
  } catch (e) {
    return e as { code?: string; message?: string };
  }
  throw new Error('expected Excel to refuse');
}

/** Days since 1899-12-30, Excel's 1900 date system, worked out independently of the fake. */
function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

// https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
// "Gets the currently selected single range from the workbook. If there are multiple ranges selected,
// this method will throw an error." getSelectedRanges (ExcelApi 1.9) returns them as RangeAreas;
// getActiveCell (1.7) "Gets the currently active cell from the workbook."
describe('selection (Workbook.getSelectedRange, getSelectedRanges, getActiveCell)', () => {
  it('throws for a multi-area selection, while getSelectedRanges returns every area', async () => {
    const f = workbook();
    f.addSheet('Absenties', [['Naam'], ['Sanne'], ['Daan']]);
    f.select('Absenties!A2:B3,A6:B7');
    const err = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.getSelectedRange().load('address');
        await context.sync();
      }),
    );
    expect(err.code).toBe('InvalidSelection');
    const areas = await Excel.run(async (context) => {
      const ranges = context.workbook.getSelectedRanges().load('address,areaCount');
      await context.sync();
      return [ranges.address, ranges.areaCount];
    });
    expect(areas).toEqual(['Absenties!A2:B3,Absenties!A6:B7', 2]);
  });

  it('always has an active cell: A1 of the active sheet before the user selects anything', async () => {
    const f = workbook();
    f.addSheet('Absenties', [['Naam']]);
    const [active, selected] = await Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell().load('address');
      const range = context.workbook.getSelectedRange().load('address');
      await context.sync();
      return [cell.address, range.address];
    });
    expect(active).toBe('Absenties!A1');
    expect(selected).toBe('Absenties!A1');
  });

  it('puts the active cell at the top left of the first area of a selection', async () => {
    const f = workbook();
    f.addSheet('Absenties', [['Naam']]);
    f.select('Absenties!C5:D9,F2');
    const active = await Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell().load('address');
      await context.sync();
      return cell.address;
    });
    expect(active).toBe('Absenties!C5');
  });
});

// https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
// "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets
// this value as a formula. Locale-shaped strings (such as the date "19-8-2025" in nl-NL ...) are stored
// as text instead of as dates." and
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-numberformat-member
// (the "@" text format keeps what is written as text).
describe('strings written through Range.values', () => {
  async function write(values: string[][], numberFormat?: string): Promise<{ values: unknown[][]; formats: string[][]; formulas: unknown[][] }> {
    const f = workbook();
    f.addSheet('Klassen');
    return Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Klassen').getRangeByIndexes(0, 0, values.length, values[0].length);
      if (numberFormat) range.numberFormat = values.map((row) => row.map(() => numberFormat));
      range.values = values;
      range.load('values,numberFormat,formulas');
      await context.sync();
      return { values: range.values, formats: range.numberFormat, formulas: range.formulas };
    });
  }

  it('become numbers, percentages and booleans in a General cell', async () => {
    const r = await write([['12', '-3.5', '1e3', '12%', 'TRUE', 'false']]);
    expect(r.values).toEqual([[12, -3.5, 1000, 0.12, true, false]]);
    expect(r.formats[0][3]).toBe('0%');
    expect(r.formats[0][0]).toBe('General');
  });

  it('become dates of the current year for "1-2" and "3/4" (month/day), with a date format', async () => {
    const year = new Date().getFullYear();
    const r = await write([['1-2', '3/4', '2025-08-19']]);
    expect(r.values).toEqual([[serial(year, 1, 2), serial(year, 3, 4), serial(2025, 8, 19)]]);
    expect(r.formats[0][0]).toMatch(/[dmy]/);
    expect(r.formats[0][1]).toMatch(/[dmy]/);
  });

  it('stay text when locale-shaped (19-8-2025 is no month/day) or plain words', async () => {
    const r = await write([['19-8-2025', '2A', 'Gemeld']]);
    expect(r.values).toEqual([['19-8-2025', '2A', 'Gemeld']]);
  });

  it('become a formula when they start with "="', async () => {
    const r = await write([['=COUNTIF(A2:A9,"Gemeld")']]);
    expect(r.formulas).toEqual([['=COUNTIF(A2:A9,"Gemeld")']]);
  });

  it('are kept exactly as typed in a text-formatted ("@") cell', async () => {
    const r = await write([['1-2', '3/4', '12', 'TRUE', '=A1']], '@');
    expect(r.values).toEqual([['1-2', '3/4', '12', 'TRUE', '=A1']]);
    expect(r.formats).toEqual([['@', '@', '@', '@', '@']]);
  });
});

// https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
// "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
// InvalidOperation exception." Sheet names follow Excel's rules (Microsoft Support, "Rename a
// worksheet"): not blank, at most 31 characters, none of / \ ? * : [ ], unique ignoring case.
describe('sheets (Worksheet.delete, names)', () => {
  it('refuses to delete a very hidden sheet, and deletes it once made visible', async () => {
    const f = workbook();
    f.addSheet('Absenties');
    f.addSheet('Instellingen').visibility = 'VeryHidden';
    const err = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Instellingen').delete();
        await context.sync();
      }),
    );
    expect(err.code).toBe('InvalidOperation');
    expect(f.sheet('Instellingen')).toBeDefined();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Instellingen');
      ws.visibility = Excel.SheetVisibility.hidden;
      ws.delete();
      await context.sync();
    });
    expect(f.sheet('Instellingen')).toBeUndefined();
  });

  it.each([
    ['a 32-character name', 'Verzuimsignalen schooljaar 20256', 'InvalidArgument'],
    ['a name with a slash', 'Klas 1/2', 'InvalidArgument'],
    ['a name with brackets', 'Meldingen [concept]', 'InvalidArgument'],
    ['a name with a colon', 'Week:12', 'InvalidArgument'],
    ['a blank name', '   ', 'InvalidArgument'],
    ['a name taken in another case', 'ABSENTIES', 'ItemAlreadyExists'],
  ])('refuses %s on add and on rename', async (_what, name, code) => {
    const f = workbook();
    f.addSheet('Absenties');
    f.addSheet('Overzicht');
    const onAdd = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );
    expect(onAdd.code).toBe(code);
    const onRename = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Overzicht').name = name;
        await context.sync();
      }),
    );
    expect(onRename.code).toBe(code);
    expect(f.state.sheets.map((s) => s.name)).toEqual(['Absenties', 'Overzicht']);
  });

  it('accepts a 31-character name and keeps the sheet id through a rename', async () => {
    const f = workbook();
    f.addSheet('Absenties');
    const name31 = 'Verzuimsignalen schooljaar 2025';
    expect(name31).toHaveLength(31);
    const [before, after] = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Absenties').load('id');
      await context.sync();
      const id = ws.id;
      ws.name = name31;
      const again = context.workbook.worksheets.getItem(name31).load('id');
      await context.sync();
      return [id, again.id];
    });
    expect(after).toBe(before);
  });
});

// https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection (protect "fails if
// the worksheet has already been protected"; edits of a protected sheet throw AccessDenied, as the
// AllowEditRange page says), https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbookprotection,
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-readonly-member,
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
// ("if the user is in cell edit when the batch request is processed by the host, the batch
// automatically fails") and Excel.ErrorCodes (AccessDenied, InvalidOperationInCellEditMode).
describe('protection, read-only workbooks and cell-edit mode', () => {
  async function writeA1(sheet: string, value: string): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange('A1').values = [[value]];
      await context.sync();
    });
  }

  it('refuses writes to a protected sheet with AccessDenied, and allows them after unprotect()', async () => {
    const f = workbook();
    f.addSheet('Verzuimsignalen', [['Status']]);
    const protectedBefore = await Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem('Verzuimsignalen').protection;
      protection.protect();
      protection.load('protected');
      await context.sync();
      return protection.protected;
    });
    expect(protectedBefore).toBe(true);
    expect((await failure(() => writeA1('Verzuimsignalen', 'Gemeld'))).code).toBe('AccessDenied');
    expect(f.valuesOf('Verzuimsignalen', 'A1')).toEqual([['Status']]);
    const twice = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Verzuimsignalen').protection.protect();
        await context.sync();
      }),
    );
    expect(twice.code).toBe('InvalidOperation');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Verzuimsignalen').protection.unprotect();
      await context.sync();
    });
    await writeA1('Verzuimsignalen', 'Gemeld');
    expect(f.valuesOf('Verzuimsignalen', 'A1')).toEqual([['Gemeld']]);
  });

  it('needs the password a sheet was protected with', async () => {
    const f = workbook();
    f.addSheet('Verzuimsignalen');
    f.protectSheet('Verzuimsignalen', 'geheim');
    const wrong = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Verzuimsignalen').protection.unprotect('fout');
        await context.sync();
      }),
    );
    expect(wrong.code).toBe('InvalidArgument');
    expect(f.sheet('Verzuimsignalen')?.protection).toBeDefined();
  });

  it('refuses sheet changes in a protected workbook but still writes cells', async () => {
    const f = workbook();
    f.addSheet('Absenties');
    f.protectWorkbook();
    const add = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.add('Verzuimsignalen');
        await context.sync();
      }),
    );
    expect(add.code).toBe('AccessDenied');
    const isProtected = await Excel.run(async (context) => {
      const p = context.workbook.protection.load('protected');
      await context.sync();
      return p.protected;
    });
    expect(isProtected).toBe(true);
    await writeA1('Absenties', 'Naam');
    expect(f.valuesOf('Absenties', 'A1')).toEqual([['Naam']]);
  });

  it('refuses every write to a read-only workbook and says so in Workbook.readOnly', async () => {
    const f = workbook();
    f.addSheet('Absenties', [['Naam']]);
    f.setReadOnly(true);
    const readOnly = await Excel.run(async (context) => {
      context.workbook.load('readOnly');
      await context.sync();
      return context.workbook.readOnly;
    });
    expect(readOnly).toBe(true);
    expect((await failure(() => writeA1('Absenties', 'Sanne'))).code).toBe('AccessDenied');
    expect(f.valuesOf('Absenties', 'A1')).toEqual([['Naam']]);
  });

  it('fails every request while the user edits a cell, unless the run waits for it', async () => {
    const f = workbook();
    f.addSheet('Absenties', [['Naam']]);
    f.setCellEditMode(true);
    const err = await failure(() => writeA1('Absenties', 'Sanne'));
    expect(err.code).toBe('InvalidOperationInCellEditMode');
    expect(err.message).toBe(
      'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
    );
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem('Absenties').getRange('A1').values = [['Sanne']];
      await context.sync();
    });
    expect(f.valuesOf('Absenties', 'A1')).toEqual([['Sanne']]);
  });
});
