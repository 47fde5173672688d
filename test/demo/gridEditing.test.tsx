/**
 * @jest-environment jsdom
 */
// The demo's grid: the coordinator's columns of the add-in's sheets can be typed in (a list as a
// drop-down, dates as dd-mm-jjjj), written to the memory workbook; the engine's columns cannot.
import '../taskpane/jsdomPolyfills';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/adapters/memory/memoryWorkbook';
import { buildDraftsSheet } from '../../src/core/drafts/draftsSheet';
import { buildReportingSheet, H, readReportingRows, REPORTING_SHEET_NAME, REPORTING_TABLE_NAME } from '../../src/core/reporting/reportingSheet';
import { bookView } from '../../src/demo/bookView';
import { GridView } from '../../src/demo/GridView';
import { cellEditor, typedValue } from '../../src/demo/userCells';
import { analysis, daanLate, sanneEarly, sanneSixteen } from '../core/reporting/flagFixtures';

afterEach(cleanup);

async function workbook() {
  const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells: [['Leerlingnummer', 'Datum', 'Code'], ['10234', '03-11-2026', 'A']] }] });
  await wb.writeTable(buildReportingSheet(analysis([sanneSixteen, sanneEarly, daanLate]), undefined).spec);
  return wb;
}

const header = (wb: MemoryWorkbook, h: string) => wb.sheet(REPORTING_SHEET_NAME)!.cells[0].indexOf(h);

describe('which cells the user owns', () => {
  it('the user columns of Verzuimsignalen, with a list for Status and a date for Gemeld op; no engine column, no header', async () => {
    const wb = await workbook();
    const s = wb.sheet(REPORTING_SHEET_NAME)!;
    const at = (h: string, row = 1) => cellEditor(s, wb.tableList(), row, header(wb, h));
    expect(at(H.status)).toEqual({ kind: 'list', values: ['Nieuw', 'In behandeling', 'Gemeld', 'Niet melden', 'Afgesloten'] });
    expect(at(H.reason)).toEqual({ kind: 'text' });
    expect(at(H.reportedOn)).toEqual({ kind: 'date' });
    expect(at(H.duoNumber)).toEqual({ kind: 'text' });
    expect(at(H.actions, 3)).toEqual({ kind: 'text' });
    for (const engine of [H.id, H.name, H.hours, H.reportBy, H.lapsed, H.changed]) expect(at(engine)).toBeUndefined();
    expect(at(H.status, 0)).toBeUndefined();
    expect(at(H.status, 4)).toBeUndefined();
    expect(cellEditor(wb.sheet('Absenties')!, wb.tableList(), 1, 2)).toBeUndefined();
  });

  it('the user columns of Meldingen (concept) too', async () => {
    const wb = await workbook();
    const spec = buildDraftsSheet([], undefined).spec;
    await wb.writeTable({ ...spec, rows: [spec.columns.map((c, i) => (i === 0 ? sanneSixteen.id : c.header === 'Actie gemeente gewenst' ? 'Ja' : null))] });
    const s = wb.sheet(spec.sheetName)!;
    const col = (h: string) => s.cells[0].indexOf(h);
    expect(cellEditor(s, wb.tableList(), 1, col('Gecontroleerd'))).toEqual({ kind: 'list', values: ['Ja', 'Nee'] });
    expect(cellEditor(s, wb.tableList(), 1, col('Ingediend bij DUO op'))).toEqual({ kind: 'date' });
    expect(cellEditor(s, wb.tableList(), 1, col('Aanvulling voor leerplicht'))).toEqual({ kind: 'text' });
    expect(cellEditor(s, wb.tableList(), 1, col('Verzuimuren'))).toBeUndefined();
  });

  it('reads what is typed: dates either way as serials, list values as listed, blank as empty', () => {
    expect(typedValue({ kind: 'date' }, '20-11-2026')).toEqual({ ok: true, value: 46346 });
    expect(typedValue({ kind: 'date' }, '2026-11-20')).toEqual({ ok: true, value: 46346 });
    expect(typedValue({ kind: 'date' }, '31-11-2026')).toMatchObject({ ok: false, message: '"31-11-2026" is geen datum: schrijf dd-mm-jjjj, bijvoorbeeld 21-10-2025.' });
    expect(typedValue({ kind: 'list', values: ['Ja', 'Nee'] }, ' ja ')).toEqual({ ok: true, value: 'Ja' });
    expect(typedValue({ kind: 'list', values: ['Ja', 'Nee'] }, 'Misschien')).toMatchObject({ ok: false, messageEn: 'Choose one of: Ja, Nee.' });
    expect(typedValue({ kind: 'text' }, '  ')).toEqual({ ok: true, value: null });
  });
});

describe('typing in the grid', () => {
  function Grid({ wb }: { wb: MemoryWorkbook }) {
    const sheet = bookView(wb).sheets().find((s) => s.name === REPORTING_SHEET_NAME)!;
    return <GridView sheet={sheet} />;
  }
  const cell = (row: number, col: number) => document.querySelector(`[data-row="${row + 1}"] [data-col="${col}"]`) as HTMLElement;

  it('writes a reason, a status from the list and a date typed dd-mm-jjjj to the workbook; an engine cell is read-only', async () => {
    const wb = await workbook();
    const { rerender } = render(<Grid wb={wb} />);
    const again = () => rerender(<Grid wb={wb} />);

    fireEvent.click(cell(1, header(wb, H.reason)));
    const input = screen.getByTestId('cell-editor') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'Moeder belt terug na het gesprek' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    again();
    fireEvent.click(cell(1, header(wb, H.status)));
    const select = screen.getByTestId('cell-editor') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.value)).toEqual(['', 'Nieuw', 'In behandeling', 'Gemeld', 'Niet melden', 'Afgesloten']);
    await act(async () => {
      fireEvent.change(select, { target: { value: 'Gemeld' } });
    });
    again();
    // Keyboard: Enter on the cell opens the editor.
    fireEvent.keyDown(cell(1, header(wb, H.reportedOn)), { key: 'Enter' });
    const date = screen.getByTestId('cell-editor') as HTMLInputElement;
    fireEvent.change(date, { target: { value: '31-11-2026' } });
    await act(async () => {
      fireEvent.keyDown(date, { key: 'Enter' });
    });
    expect(screen.getByRole('alert').textContent).toBe('"31-11-2026" is geen datum: schrijf dd-mm-jjjj, bijvoorbeeld 21-10-2025.');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(date, { target: { value: '20-11-2026' } });
    await act(async () => {
      fireEvent.keyDown(date, { key: 'Enter' });
    });
    again();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(cell(1, header(wb, H.reportedOn)).textContent).toBe('20-11-2026');

    const entry = readReportingRows(await wb.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME)).get(sanneSixteen.id);
    expect(entry).toMatchObject({ status: 'Gemeld', reason: 'Moeder belt terug na het gesprek', reportedOn: '2026-11-20' });

    // The engine's cells are not editable: a click opens nothing, and they say so.
    const hours = cell(1, header(wb, H.hours));
    expect(hours.getAttribute('aria-readonly')).toBe('true');
    fireEvent.click(hours);
    expect(screen.queryByTestId('cell-editor')).toBeNull();
    expect(cell(1, header(wb, H.reason)).getAttribute('aria-readonly')).toBe('false');
  });

  it('Escape leaves the cell as it was', async () => {
    const wb = await workbook();
    render(<Grid wb={wb} />);
    fireEvent.click(cell(2, header(wb, H.actions)));
    const input = screen.getByTestId('cell-editor');
    fireEvent.change(input, { target: { value: 'weg ermee' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByTestId('cell-editor')).toBeNull();
    expect(wb.sheet(REPORTING_SHEET_NAME)!.cells[2][header(wb, H.actions)]).toBeNull();
  });

  it('keeps the header row in its own block on top, out of the scrolling rows', async () => {
    const wb = await workbook();
    render(<Grid wb={wb} />);
    const frozen = screen.getByTestId('frozen-rows');
    expect(frozen.style.position).toBe('sticky');
    expect(within(frozen).getAllByRole('row').map((r) => r.getAttribute('data-row'))).toEqual(['1']);
    expect(within(frozen).getByText(H.status)).toBeTruthy();
    expect(document.querySelectorAll('[data-row="1"]')).toHaveLength(1);
  });
});
