/**
 * @jest-environment jsdom
 */
// The real task pane against the in-memory workbook (the demo's port): analyse, the reporting
// sheet, a pupil's explanation, "pas toe of leg uit" and the row selection. The engine runs on the
// main thread here (jsdom has no Worker); the browser tests cover the worker.
import './jsdomPolyfills';
import { act, fireEvent, render, screen, waitFor, within, cleanup } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/adapters/memory/memoryWorkbook';
import type { CellValue } from '../../src/core/register/types';
import { TaskPane } from '../../src/taskpane/App';
import { builtInHolidayList } from '../../src/taskpane/tabs/SettingsTab';

/**
 * A register as a Magister export looks (header on row 1). Sanne (10234) skips every lesson from
 * Monday 3 to Thursday 6 November 2025, 5 lessons a day of 50 minutes: sheet rows 2-21. Daan
 * (10388) is late three times (rows 22-24), 10 minutes each.
 */
function register(): CellValue[][] {
  const rows: CellValue[][] = [['Leerlingnummer', 'Naam', 'Klas', 'Mentor', 'Datum', 'Lesuur', 'Code', 'Minuten']];
  for (const date of ['03-11-2025', '04-11-2025', '05-11-2025', '06-11-2025']) {
    for (let lesson = 1; lesson <= 5; lesson++) rows.push(['10234', 'Sanne de Vries', '2B', 'mw. Bakker', date, lesson, 'A', null]);
  }
  for (const date of ['03-11-2025', '04-11-2025', '05-11-2025']) rows.push(['10388', 'Daan Jansen', '2B', 'mw. Bakker', date, 1, 'TL', 10]);
  return rows;
}

function setup() {
  const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells: register() }] });
  render(<TaskPane port={wb} lang="nl" sessionOptions={{ inlineAnalysis: true }} />);
  return wb;
}

afterEach(cleanup);

async function analyse() {
  await screen.findByRole('tab', { name: 'Signalen' });
  await waitFor(() => expect(screen.getByTestId('analyse')).toBeTruthy());
  await act(async () => {
    fireEvent.click(screen.getByTestId('analyse'));
  });
  await screen.findByText('Analyse tot en met 06-11-2025: 3 signalen voor 2 leerlingen.', undefined, { timeout: 30000 });
}

describe('task pane with the in-memory workbook', () => {
  test('Analyseer summarises the flags and fills the sheet Verzuimsignalen', async () => {
    const wb = setup();
    await analyse();
    const summary = screen.getByTestId('summary');
    expect(within(summary).getByText('16 uur in 4 lesweken: 1')).toBeTruthy();
    expect(within(summary).getByText('Vroegsignaal: 1')).toBeTruthy();
    expect(within(summary).getByText('Te laat: 1')).toBeTruthy();
    expect(within(summary).getByText('Luxe verzuim: 0')).toBeTruthy();

    const sheet = await wb.readTable('Verzuimsignalen', 'Verzuimsignalen');
    expect(sheet).toBeDefined();
    const [header, ...body] = sheet!;
    expect(header.slice(0, 6)).toEqual(['Signaal-id', 'Leerlingnummer', 'Naam', 'Klas', 'Mentor', 'Signaal']);
    const col = (h: string) => header.indexOf(h);
    // Sorted by pupil number, then end date: Sanne's early signal (4 Nov), her 16 hours (6 Nov), Daan's lateness.
    expect(body.map((r) => [r[col('Leerlingnummer')], r[col('Signaal')], r[col('Uren')], r[col('Status')]])).toEqual([
      ['10234', 'Vroegsignaal (8 uur)', 8.33, 'Nieuw'],
      ['10234', '16 uur in 4 lesweken', 16.67, 'Nieuw'],
      ['10388', 'Te laat – stap 1', 0.5, 'Nieuw'],
    ]);
  });

  test("a pupil's detail explains the flag, selects its rows, and 'Niet melden' needs a reason", async () => {
    const wb = setup();
    await analyse();
    fireEvent.change(screen.getByTestId('filter-category'), { target: { value: 'sixteen-hours' } });
    expect(screen.getByTestId('shown-count').textContent).toBe('1 van 3 signalen');
    fireEvent.click(screen.getByRole('button', { name: 'Details van Sanne de Vries' }));
    const detail = await screen.findByTestId('flag-detail');
    const explanation = within(detail).getByTestId('explanation').textContent ?? '';
    expect(explanation).toContain('16,67 uur');
    expect(explanation).toContain('Registerrijen: 2–21');
    expect(explanation).toContain('13 november 2025');

    await act(async () => {
      fireEvent.click(within(detail).getByTestId('select-rows'));
    });
    expect(wb.selection).toEqual({ sheetName: 'Absenties', areas: [{ firstRow: 1, rowCount: 20, firstColumn: 0, columnCount: 8 }] });

    fireEvent.change(within(detail).getByTestId('status'), { target: { value: 'Niet melden' } });
    await act(async () => {
      fireEvent.click(within(detail).getByTestId('save-status'));
    });
    expect(within(detail).getByText('Pas toe of leg uit: geef een reden waarom u niet meldt.')).toBeTruthy();
    const statusCol = (g: readonly (readonly CellValue[])[]) => g[0].indexOf('Status');
    let sheet = (await wb.readTable('Verzuimsignalen', 'Verzuimsignalen'))!;
    expect(sheet[2][statusCol(sheet)]).toBe('Nieuw');

    fireEvent.change(within(detail).getByTestId('reason'), { target: { value: 'Leerling volgt een hersteltraject met de jeugdarts' } });
    await act(async () => {
      fireEvent.click(within(detail).getByTestId('save-status'));
    });
    await screen.findByText('Opgeslagen in het blad Verzuimsignalen.');
    sheet = (await wb.readTable('Verzuimsignalen', 'Verzuimsignalen'))!;
    expect(sheet[2][statusCol(sheet)]).toBe('Niet melden');
    expect(sheet[2][sheet[0].indexOf('Reden / toelichting')]).toBe('Leerling volgt een hersteltraject met de jeugdarts');

    // Analysing again keeps what the user wrote.
    await act(async () => {
      fireEvent.click(screen.getByTestId('analyse'));
    });
    await waitFor(async () => {
      const again = (await wb.readTable('Verzuimsignalen', 'Verzuimsignalen'))!;
      expect(again.length).toBe(4);
      expect(again[2][statusCol(again)]).toBe('Niet melden');
    });
  });

  test('the Signalen tab names the unmapped codes and leads to the Register tab', async () => {
    const wb = new MemoryWorkbook({
      sheets: [{ name: 'Absenties', cells: [...register(), ['10388', 'Daan Jansen', '2B', 'mw. Bakker', '06-11-2025', 3, 'XC', null]] }],
    });
    render(<TaskPane port={wb} lang="nl" sessionOptions={{ inlineAnalysis: true }} />);
    await analyse();
    // The unknown code's row is not counted: the same three signals, and the code named.
    expect(screen.getByTestId('unmapped-codes').textContent).toContain('1 code(s) zonder categorie tellen niet mee: XC.');
    await act(async () => {
      fireEvent.click(within(screen.getByTestId('unmapped-codes')).getByRole('button', { name: 'Naar Register' }));
    });
    const codes = await screen.findByTestId('codes');
    expect(within(codes).getAllByRole('listitem')[0].getAttribute('data-code')).toBe('XC');
  });

  test('the Register tab lists the unmapped code first and saves a category for it', async () => {
    const wb = new MemoryWorkbook({
      sheets: [
        {
          name: 'Absenties',
          cells: [...register(), ['10388', 'Daan Jansen', '2B', 'mw. Bakker', '06-11-2025', 3, 'XC', null]],
        },
      ],
    });
    render(<TaskPane port={wb} lang="nl" initialTab="register" sessionOptions={{ inlineAnalysis: true }} />);
    const read = await screen.findByTestId('read-register');
    await act(async () => {
      fireEvent.click(read);
    });
    const codes = await screen.findByTestId('codes');
    const rows = within(codes).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('data-code'))).toEqual(['XC', 'A', 'TL']);
    expect(within(rows[0]).getByTestId('code-meta').textContent).toBe('1 rij(en)');
    expect(within(rows[1]).getByTestId('code-meta').textContent).toBe('20 rij(en) · standaard');
    expect(screen.getByText('1 code(s) zonder categorie: XC. Kies per code een categorie.')).toBeTruthy();
    await act(async () => {
      fireEvent.change(within(rows[0]).getByRole('combobox'), { target: { value: 'unauthorised' } });
    });
    await screen.findByText('Codes bewaard.');
    expect(await wb.readSettings()).toMatchObject({ codes: { XC: 'unauthorised' } });
  });

  test('the Settings tab refuses an impossible value naming the field, and saves a valid one', async () => {
    const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells: register() }] });
    render(<TaskPane port={wb} lang="nl" initialTab="settings" sessionOptions={{ inlineAnalysis: true }} />);
    const form = await screen.findByRole('form', { name: 'Instellingen' });
    // Sections are collapsed except School; opening one is a click on its header (a button).
    fireEvent.click(within(form).getByRole('button', { name: '16 uur in 4 lesweken' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Kalender' }));
    // Label queries scoped to their section: over the whole form they are slow in jsdom.
    const school = within(screen.getByTestId('section-school'));
    const sixteen = within(screen.getByTestId('section-sixteenHours'));
    const calendar = within(screen.getByTestId('section-calendar'));
    fireEvent.change(school.getByLabelText('Naam school'), { target: { value: 'Het Voorbeeldcollege' } });
    fireEvent.change(sixteen.getByLabelText('Drempel (uren)'), { target: { value: '-3' } });
    await act(async () => {
      fireEvent.click(within(form).getByTestId('save-settings'));
    });
    // Named by its label in plain words, never by the schema path.
    const issues = screen.getByTestId('settings-issues').textContent ?? '';
    expect(issues).toContain('Drempel (uren) van de 16-urenregel: moet groter dan 0 zijn');
    expect(issues).not.toContain('sixteenHours');
    expect(await wb.readSettings()).toBeUndefined();
    fireEvent.change(sixteen.getByLabelText('Drempel (uren)'), { target: { value: '15' } });
    // Editing one official holiday (the school adds the Monday after the autumn holiday) copies the
    // region's built-in list into the settings, with the change.
    expect(screen.getByText(/De officiële vakanties voor regio Midden/)).toBeTruthy();
    const autumnEnd = calendar
      .getAllByLabelText('Tot en met Herfstvakantie')
      .find((el) => (el as HTMLInputElement).value === '26-10-2025') as HTMLInputElement;
    // Typed the Dutch way; stored as ISO.
    fireEvent.change(autumnEnd, { target: { value: '27-10-2025' } });
    expect(screen.getByText('Uw eigen vakantielijst wordt gebruikt.')).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(form).getByTestId('save-settings'));
    });
    await screen.findByText('Instellingen opgeslagen in de werkmap.');
    const saved = (await wb.readSettings()) as { calendar: { holidays: { name: string; start: string; end: string }[] } };
    expect(saved).toMatchObject({ version: 1, school: { name: 'Het Voorbeeldcollege' }, sixteenHours: { thresholdHours: 15 } });
    const builtIn = builtInHolidayList('midden');
    expect(saved.calendar.holidays).toHaveLength(builtIn.length);
    expect(saved.calendar.holidays).toContainEqual({ name: 'Herfstvakantie', start: '2025-10-18', end: '2025-10-27' });
    expect(saved.calendar.holidays).toContainEqual({ name: 'Kerstvakantie', start: '2025-12-20', end: '2026-01-04' });
    // Dozens of real keystrokes through Fluent's inputs: a loaded machine needs more than 60 s.
  }, 180000);

  test('without a recognisable header the Register tab lets the user pick the header row and columns', async () => {
    // An export with its own column names: none of them is a known header.
    const cells: CellValue[][] = [
      ['Overzicht afwezigheid week 45'],
      ['Nr', 'Persoon', 'Wanneer', 'Afw.code'],
      ['10234', 'Sanne de Vries', '03-11-2025', 'A'],
      ['10234', 'Sanne de Vries', '04-11-2025', 'A'],
    ];
    const wb = new MemoryWorkbook({ sheets: [{ name: 'Export', cells }] });
    render(<TaskPane port={wb} lang="nl" initialTab="register" sessionOptions={{ inlineAnalysis: true }} />);
    const read = await screen.findByTestId('read-register');
    await act(async () => {
      fireEvent.click(read);
    });
    await screen.findByText(/geen kopregel met kolommen voor leerlingnummer, datum en code in de eerste 20 rijen/);
    const headerRow = screen.getByTestId('header-row');
    await act(async () => {
      fireEvent.change(headerRow, { target: { value: '2' } });
    });
    const pick = async (field: string, column: string) => {
      const select = document.querySelector(`[data-field="${field}"]`) as HTMLSelectElement;
      await act(async () => {
        fireEvent.change(select, { target: { value: column } });
      });
    };
    // The columns offered are those of row 2.
    const studentSelect = document.querySelector('[data-field="studentId"]') as HTMLSelectElement;
    expect(Array.from(studentSelect.options).map((o) => o.textContent)).toEqual([
      '(geen kolom)',
      'Kolom A: Nr',
      'Kolom B: Persoon',
      'Kolom C: Wanneer',
      'Kolom D: Afw.code',
    ]);
    await pick('studentId', '0');
    await pick('date', '2');
    await pick('code', '3');
    await screen.findByText('Kopregel gevonden op rij 2.', { exact: false });
    expect(screen.getByText(/2 rijen gelezen, 2 geteld, 0 niet geteld, 1 leerlingen\./)).toBeTruthy();
    expect(await wb.readSettings()).toMatchObject({ mapping: { headerRow: 2, fields: { studentId: 0, date: 2, code: 3 } } });
  });
});
