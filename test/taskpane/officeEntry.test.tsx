/**
 * @jest-environment jsdom
 */
// The Excel entry (taskpane.html → index.tsx) with Office.js replaced by the in-house Excel fake:
// Office's display language picks the pane's language, and the whole Analyse flow runs through
// the real Office adapter into the fake workbook.
import './jsdomPolyfills';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createExcelFake, type ExcelFake } from '../fakes/excel';
import { NotInOffice } from '../../src/taskpane/NotInOffice';

let fake: ExcelFake;
const g = globalThis as unknown as { Office: Record<string, unknown> };

function installOffice(displayLanguage: string, host: string | null) {
  fake = createExcelFake();
  fake.install();
  (g.Office.context as Record<string, unknown>).displayLanguage = displayLanguage;
  g.Office.HostType = { Excel: 'Excel' };
  g.Office.onReady = (cb: (info: { host: string | null; platform: string | null }) => void) => {
    cb({ host, platform: null });
    return Promise.resolve({ host, platform: null });
  };
}

afterEach(() => fake?.uninstall());

// Sanne (10234) skips every lesson Monday 3 to Thursday 6 November 2025 (rows 2-21).
function registerValues(): (string | number)[][] {
  const rows: (string | number)[][] = [['Leerlingnummer', 'Naam', 'Klas', 'Datum', 'Lesuur', 'Code']];
  for (const date of ['03-11-2025', '04-11-2025', '05-11-2025', '06-11-2025']) {
    for (let lesson = 1; lesson <= 5; lesson++) rows.push(['10234', 'Sanne de Vries', '2B', date, lesson, 'A']);
  }
  return rows;
}

test('in English Excel the pane is English and Analyse fills the sheet through Office.js', async () => {
  document.body.innerHTML = '<div id="root"></div>';
  installOffice('en-US', 'Excel');
  fake.addSheet('Absences', registerValues());
  // Importing the entry runs Office.onReady, as taskpane.html does in Excel.
  await act(async () => {
    await import('../../src/taskpane/index');
  });
  const analyse = await screen.findByTestId('analyse');
  expect(analyse.textContent).toBe('Analyse');
  expect(screen.getByRole('tab', { name: 'Signals' })).toBeTruthy();
  await act(async () => {
    fireEvent.click(analyse);
  });
  await screen.findByText('Analysis up to 06-11-2025: 2 signals for 1 pupils.', undefined, { timeout: 30000 });
  const summary = screen.getByTestId('summary');
  expect(within(summary).getByText('16 hours in 4 school weeks: 1')).toBeTruthy();
  expect(within(summary).getByText('Early signal: 1')).toBeTruthy();
  await waitFor(() => expect(fake.sheet('Verzuimsignalen')).toBeDefined());
  const values = fake.valuesOf('Verzuimsignalen', 'A1:R3');
  expect(values[0].slice(0, 6)).toEqual(['Signaal-id', 'Leerlingnummer', 'Naam', 'Klas', 'Mentor', 'Signaal']);
  expect(values.slice(1).map((r) => [r[1], r[5]])).toEqual([
    ['10234', 'Vroegsignaal (8 uur)'],
    ['10234', '16 uur in 4 lesweken'],
  ]);
});

test('opened outside Excel, the page says where the pane works, in Dutch or English', () => {
  render(<NotInOffice lang="nl" />);
  expect(screen.getByText(/Dit deelvenster werkt in Excel\. Open de werkmap in Excel en klik op Start > Verzuimsignaal/)).toBeTruthy();
  render(<NotInOffice lang="en" />);
  expect(screen.getByText(/This pane works inside Excel\./)).toBeTruthy();
});
