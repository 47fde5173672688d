/**
 * @jest-environment jsdom
 */
// The real task pane over the real Office adapter, with the requirement-set-gated Excel fake as
// the host: what the pane does with what Excel says (the source it remembers, the rows it
// highlights, Excel's refusals in the pane's language, a host that selects one area only, a
// register too large to read without asking).
import './jsdomPolyfills';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { OfficeWorkbook } from '../../src/adapters/excel/officeWorkbook';
import { HIGHLIGHT_FILL } from '../../src/adapters/workbook/hiddenStore';
import { REPORTING_SHEET_NAME } from '../../src/core/reporting/reportingSheet';
import { TaskPane } from '../../src/taskpane/App';
import type { Lang } from '../../src/taskpane/i18n';
import { createExcelFake, type ExcelFake } from '../fakes/excel';
import { ensureCell, getCell } from '../fakes/excel/state';

let fake: ExcelFake;
afterEach(() => {
  cleanup();
  fake?.uninstall();
});

function install(excelApi: '1.12' | '1.18'): void {
  fake = createExcelFake({ excelApi });
  fake.install();
}

const HEADER = ['Leerlingnummer', 'Naam', 'Klas', 'Datum', 'Lesuur', 'Code'];

/**
 * Sanne (10234) skips every lesson Monday 3 to Thursday 6 November 2025 (5 a day, 50 minutes),
 * Daan (10388) is late on Monday between her Monday and Tuesday rows: her rows are 2-6 and 8-22,
 * two runs of rows.
 */
function registerValues(): (string | number)[][] {
  const rows: (string | number)[][] = [HEADER];
  const sanne = (date: string) => {
    for (let lesson = 1; lesson <= 5; lesson++) rows.push(['10234', 'Sanne de Vries', '2B', date, lesson, 'A']);
  };
  sanne('03-11-2025');
  rows.push(['10388', 'Daan Jansen', '2B', '03-11-2025', 1, 'TL']);
  for (const date of ['04-11-2025', '05-11-2025', '06-11-2025']) sanne(date);
  return rows;
}

/** A new pane on the workbook as it is now: what a user gets when (re)opening the workbook. */
function openPane(lang: Lang = 'nl', initialTab?: 'register'): void {
  render(<TaskPane port={new OfficeWorkbook()} lang={lang} initialTab={initialTab} sessionOptions={{ inlineAnalysis: true }} />);
}

async function clickAnalyse(): Promise<void> {
  const button = await screen.findByTestId('analyse');
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  await act(async () => {
    fireEvent.click(button);
  });
}

async function analyse(done = 'Analyse tot en met 06-11-2025: 2 signalen voor 1 leerlingen.'): Promise<void> {
  await clickAnalyse();
  await screen.findByText(done, undefined, { timeout: 30000 });
}

async function openSixteenHours(): Promise<HTMLElement> {
  fireEvent.change(screen.getByTestId('filter-category'), { target: { value: 'sixteen-hours' } });
  fireEvent.click(screen.getByRole('button', { name: 'Details van Sanne de Vries' }));
  return screen.findByTestId('flag-detail');
}

/** The pane's message line, without its close button (×). */
function notice(): string {
  return (screen.queryByTestId('pane-notice')?.textContent ?? '').replace(/×$/, '');
}

describe('the pane over the Office adapter (gated Excel fake)', () => {
  test('after reopening the workbook, Analyseer reads the register analysed before, never the add-in’s own sheets', async () => {
    install('1.12');
    // The school keeps a class list in the first sheet; the register is the second.
    fake.addSheet('Klassen', [['Klas', 'Mentor'], ['2B', 'mw. Bakker'], ['3A', 'dhr. Smit']]);
    fake.addSheet('Absenties', registerValues());
    openPane('nl', 'register');
    const source = await screen.findByTestId('source');
    await waitFor(() => expect((source as HTMLSelectElement).value).toBe('sheet:Klassen'));
    fireEvent.change(source, { target: { value: 'sheet:Absenties' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Signalen' }));
    await analyse();
    cleanup();

    // The user drags the output sheet to the front and reopens the workbook.
    const out = fake.sheet(REPORTING_SHEET_NAME)!;
    fake.state.sheets.splice(fake.state.sheets.indexOf(out), 1);
    fake.state.sheets.unshift(out);
    openPane('nl', 'register');
    const again = await screen.findByTestId('source');
    await waitFor(() => expect((again as HTMLSelectElement).value).toBe('sheet:Absenties'));
    expect(within(again).getAllByRole('option').map((o) => (o as HTMLOptionElement).value)).toEqual(['sheet:Klassen', 'sheet:Absenties']);
    fireEvent.click(screen.getByRole('tab', { name: 'Signalen' }));
    await analyse();
    // The reporting table holds the register's flags (not rows read from itself or the class list).
    expect(fake.valuesOf(REPORTING_SHEET_NAME, 'B2:B3').map((r) => r[0])).toEqual(['10234', '10234']);
  });

  test('highlight, rename the register sheet, clear: fills restored on the rows still holding the same pupil and date', async () => {
    install('1.12');
    fake.addSheet('Absenties', registerValues());
    ensureCell(fake.sheet('Absenties')!, 2, 4).fill = '#C6EFCE';
    openPane();
    await analyse();
    const detail = await openSixteenHours();
    await act(async () => {
      fireEvent.click(within(detail).getByTestId('highlight-rows'));
    });
    await waitFor(() => expect(notice()).toBe('20 rijen gemarkeerd in het register.'));
    const sheet = fake.sheet('Absenties')!;
    expect(getCell(sheet, 1, 0)?.fill).toBe(HIGHLIGHT_FILL);
    expect(getCell(sheet, 2, 4)?.fill).toBe(HIGHLIGHT_FILL);
    expect(getCell(sheet, 6, 0)?.fill).toBeUndefined();
    // In Excel: the sheet is renamed, and row 12 now holds another pupil (typed over).
    sheet.name = 'Verzuim november';
    ensureCell(sheet, 11, 0).value = '10999';
    await act(async () => {
      fireEvent.click(within(detail).getByTestId('clear-highlight'));
    });
    await waitFor(() => expect(notice()).toBe('Markering gewist.'));
    expect(getCell(sheet, 1, 0)?.fill).toBeUndefined();
    expect(getCell(sheet, 2, 4)?.fill).toBe('#C6EFCE');
    expect(getCell(sheet, 21, 5)?.fill).toBeUndefined();
    // Not that pupil's row any more: the highlight is left for the user to judge.
    expect(getCell(sheet, 11, 0)?.fill).toBe(HIGHLIGHT_FILL);
  });

  test('a protected reporting sheet is refused with Excel’s message in the pane’s language (English)', async () => {
    install('1.18');
    fake.addSheet('Absences', registerValues());
    openPane('en');
    await analyse('Analysis up to 06-11-2025: 2 signals for 1 pupils.');
    fake.protectSheet(REPORTING_SHEET_NAME);
    await clickAnalyse();
    await waitFor(() => expect(notice()).toBe('The sheet "Verzuimsignalen" is protected. Unprotect it (Review > Unprotect Sheet) and try again.'));
  });

  test('in a read-only workbook the message is Dutch in a Dutch pane', async () => {
    install('1.18');
    fake.addSheet('Absenties', registerValues());
    fake.setReadOnly(true);
    openPane('nl');
    await clickAnalyse();
    await waitFor(() => expect(notice()).toMatch(/^De werkmap is alleen-lezen geopend, dus er kan niets worden geschreven\./));
  });

  test('below ExcelApi 1.18 selecting two runs of rows selects the first and says so; at 1.18 both', async () => {
    install('1.12');
    fake.addSheet('Absenties', registerValues());
    openPane();
    await analyse();
    let detail = await openSixteenHours();
    await act(async () => {
      fireEvent.click(within(detail).getByTestId('select-rows'));
    });
    await waitFor(() =>
      expect(notice()).toBe(
        'Deze versie van Excel kan maar één blok rijen tegelijk selecteren: het eerste van de 2 blokken is geselecteerd. Gebruik Rijen markeren om ze allemaal te zien.',
      ),
    );
    expect(fake.state.selection?.areas).toEqual([{ r0: 1, c0: 0, rows: 5, cols: 6 }]);
    cleanup();
    fake.uninstall();

    install('1.18');
    fake.addSheet('Absenties', registerValues());
    openPane();
    await analyse();
    detail = await openSixteenHours();
    await act(async () => {
      fireEvent.click(within(detail).getByTestId('select-rows'));
    });
    await waitFor(() => expect(notice()).toBe('20 rijen geselecteerd in het register.'));
    expect(fake.state.selection?.areas).toHaveLength(2);
  });

  test('a register of more than 2 million cells is announced before it is read; Annuleren stops, Doorgaan reads it', async () => {
    install('1.18');
    const sheet = fake.addSheet('Absenties', registerValues());
    // A stray value far below the register makes the used range 210,000 rows of 6 columns... and
    // one more column: 210,000 × 10 cells.
    ensureCell(sheet, 209_999, 9).value = 'x';
    openPane();
    await clickAnalyse();
    const question = await screen.findByTestId('large-read');
    expect(question.textContent).toContain('Het register is groot: 210.000 rijen, 2.100.000 cellen.');
    await act(async () => {
      fireEvent.click(within(question).getByTestId('large-read-cancel'));
    });
    await waitFor(() => expect(notice()).toBe('Analyse gestopt.'));
    expect(screen.queryByTestId('large-read')).toBeNull();
    expect(fake.sheet(REPORTING_SHEET_NAME)).toBeUndefined();

    await clickAnalyse();
    await act(async () => {
      fireEvent.click(await screen.findByTestId('large-read-continue'));
    });
    await screen.findByText('Analyse tot en met 06-11-2025: 2 signalen voor 1 leerlingen.', undefined, { timeout: 60000 });
  }, 90000);
});
