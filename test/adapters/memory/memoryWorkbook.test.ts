import { MemoryWorkbook, type WorkbookChange } from '../../../src/adapters/memory/memoryWorkbook';
import { buildReportingSheet, REPORTING_SHEET_NAME } from '../../../src/core/reporting/reportingSheet';
import { analysis, sanneSixteen } from '../../core/reporting/flagFixtures';
import { describePortContract } from '../excel/portContract';
import { memoryHarness } from './memoryHarness';
import { makeRegister } from '../excel/registerFixture';

describePortContract('memory workbook', memoryHarness);

describe('MemoryWorkbook for the demo', () => {
  it('notifies subscribers of sheet, selection and highlight changes, and stops after unsubscribe', async () => {
    const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells: makeRegister(20) }] });
    const seen: WorkbookChange[] = [];
    const off = wb.subscribe((c) => seen.push(c));
    await wb.writeTable(buildReportingSheet(analysis([sanneSixteen]), undefined).spec);
    await wb.selectRows('Absenties', [3, 4, 9], 0, 10);
    await wb.highlightRows('Absenties', [3], 0, 10);
    await wb.clearHighlight();
    off();
    await wb.selectRows('Absenties', [5], 0, 10);
    expect(seen).toEqual([
      { kind: 'sheets' },
      { kind: 'cells', sheetName: REPORTING_SHEET_NAME },
      { kind: 'selection' },
      { kind: 'highlight', sheetName: 'Absenties' },
      { kind: 'highlight', sheetName: 'Absenties' },
    ]);
    expect(wb.selection?.areas).toEqual([{ firstRow: 4, rowCount: 1, firstColumn: 0, columnCount: 10 }]);
  });

  it('shows cells as Dutch Excel would: dates dd-mm-jjjj, hours with a comma', async () => {
    const wb = new MemoryWorkbook();
    await wb.writeTable(buildReportingSheet(analysis([sanneSixteen]), undefined).spec);
    expect(wb.displayText(REPORTING_SHEET_NAME, 1, 8)).toBe('05-10-2026');
    expect(wb.displayText(REPORTING_SHEET_NAME, 1, 10)).toBe('16,67');
    expect(wb.displayText(REPORTING_SHEET_NAME, 1, 5)).toBe('16 uur in 4 lesweken');
    expect(wb.visibleSheets().map((s) => s.name)).toEqual([REPORTING_SHEET_NAME]);
  });

  it('lists highlighted rows for the grid view', async () => {
    const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells: makeRegister(20) }] });
    await wb.highlightRows('Absenties', [8, 6, 7], 0, 10);
    expect(wb.highlightedRows()).toEqual({ sheetName: 'Absenties', rows: [6, 7, 8] });
    await wb.clearHighlight();
    expect(wb.highlightedRows()).toBeUndefined();
  });
});
