/**
 * @jest-environment jsdom
 */
// No stale or silent state (issue 12, point 4): results from old settings say so, the user's view
// of the signals survives switching tabs, and a flag the user worked on that changed on a new
// analysis is marked in the list, in its detail and on the sheet.
import './jsdomPolyfills';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/adapters/memory/memoryWorkbook';
import type { CellValue } from '../../src/core/register/types';
import { TaskPane } from '../../src/taskpane/App';

/**
 * Sanne (10234) skips every lesson from Monday 3 to Thursday 6 November 2025, 5 lessons of 50
 * minutes a day; Daan (10388) is late three times, Milan (10412) skips two days.
 */
function register(): CellValue[][] {
  const rows: CellValue[][] = [['Leerlingnummer', 'Naam', 'Klas', 'Mentor', 'Datum', 'Lesuur', 'Code', 'Minuten']];
  for (const date of ['03-11-2025', '04-11-2025', '05-11-2025', '06-11-2025']) {
    for (let lesson = 1; lesson <= 5; lesson++) rows.push(['10234', 'Sanne de Vries', '2B', 'mw. Bakker', date, lesson, 'A', null]);
  }
  for (const date of ['03-11-2025', '04-11-2025', '05-11-2025']) rows.push(['10388', 'Daan Jansen', '2B', 'mw. Bakker', date, 1, 'TL', 10]);
  for (const date of ['05-11-2025', '06-11-2025']) {
    for (let lesson = 1; lesson <= 5; lesson++) rows.push(['10412', 'Milan Şahin', '3C', 'dhr. Visser', date, lesson, 'A', null]);
  }
  return rows;
}

function setup(lang: 'nl' | 'en' = 'nl') {
  const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells: register() }] });
  render(<TaskPane port={wb} lang={lang} sessionOptions={{ inlineAnalysis: true }} />);
  return wb;
}

afterEach(cleanup);

function addFriday(wb: MemoryWorkbook) {
  const cells = wb.sheet('Absenties')!.cells;
  for (let lesson = 1; lesson <= 5; lesson++) cells.push(['10234', 'Sanne de Vries', '2B', 'mw. Bakker', '07-11-2025', lesson, 'A', null]);
}

/** Sheet rows 2 and 3, Sanne's lessons 1 and 2 on Monday 3 November, become authorised (T). */
function dentistOnMonday(wb: MemoryWorkbook) {
  const cells = wb.sheet('Absenties')!.cells;
  expect(cells[1].slice(4, 7)).toEqual(['03-11-2025', 1, 'A']);
  cells[1][6] = 'T';
  cells[2][6] = 'T';
}

async function analyse(expected: RegExp) {
  await waitFor(() => expect(screen.getByTestId('analyse')).toBeTruthy());
  await act(async () => {
    fireEvent.click(screen.getByTestId('analyse'));
  });
  await screen.findByText(expected, undefined, { timeout: 30000 });
}

const signals = () => screen.getAllByTestId('flag-signal').map((el) => el.textContent);
const goTo = async (name: string) => {
  await act(async () => {
    fireEvent.click(screen.getByRole('tab', { name }));
  });
};
const sheet = async (wb: MemoryWorkbook) => {
  const grid = (await wb.readTable('Verzuimsignalen', 'Verzuimsignalen'))!;
  return { header: grid[0], body: grid.slice(1), col: (h: string) => grid[0].indexOf(h) };
};

describe('no stale or silent state', () => {
  test('after a settings change the pane says the results are from the old settings, keeps their labels, and analyses again on request', async () => {
    setup();
    await analyse(/^Analyse tot en met 06-11-2025: \d+ signalen/);
    expect(signals()).toContain('16 uur in 4 lesweken');
    expect(screen.queryByTestId('stale-results')).toBeNull();

    await goTo('Instellingen');
    const form = await screen.findByRole('form', { name: 'Instellingen' });
    fireEvent.click(within(form).getByRole('button', { name: '16 uur in 4 lesweken' }));
    fireEvent.change(within(screen.getByTestId('section-sixteenHours')).getByLabelText('Drempel (uren)'), { target: { value: '10' } });
    await act(async () => {
      fireEvent.click(within(form).getByTestId('save-settings'));
    });
    await screen.findByText('Instellingen opgeslagen in de werkmap.');

    await goTo('Signalen');
    const stale = screen.getByTestId('stale-results');
    expect(stale.textContent).toContain('Deze resultaten zijn van de vorige instellingen.');
    // The flags shown were found with 16 hours: they keep saying so until the next analysis.
    expect(signals()).toContain('16 uur in 4 lesweken');
    expect(signals()).not.toContain('10 uur in 4 lesweken');

    await act(async () => {
      fireEvent.click(within(stale).getByTestId('analyse-again'));
    });
    await waitFor(() => expect(screen.queryByTestId('stale-results')).toBeNull(), { timeout: 30000 });
    await waitFor(() => expect(signals()).toContain('10 uur in 4 lesweken'));
    // Sanne's 16,67 hours, now under the label of the new threshold.
    expect(signals()).not.toContain('16 uur in 4 lesweken');
  });

  test('filters, sort and the open pupil survive switching tabs', async () => {
    setup();
    await analyse(/^Analyse tot en met 06-11-2025: \d+ signalen/);
    fireEvent.change(screen.getByTestId('filter-category'), { target: { value: 'early-signal' } });
    // Accents and case do not matter: "sahin" finds Şahin.
    fireEvent.change(screen.getByTestId('filter-name'), { target: { value: 'sahin' } });
    fireEvent.change(screen.getByTestId('sort'), { target: { value: 'name' } });
    expect(screen.getAllByTestId('flag-signal')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Details van Milan Şahin' }));
    expect(within(await screen.findByTestId('flag-detail')).getByRole('heading', { level: 3 }).textContent).toContain('Milan Şahin');

    for (const tab of ['Register', 'Instellingen', 'Meldingen']) {
      await goTo(tab);
      expect(screen.queryByTestId('flag-list')).toBeNull();
      await goTo('Signalen');
      expect((screen.getByTestId('filter-category') as HTMLSelectElement).value).toBe('early-signal');
      expect((screen.getByTestId('filter-name') as HTMLInputElement).value).toBe('sahin');
      expect((screen.getByTestId('sort') as HTMLSelectElement).value).toBe('name');
      expect(screen.getByTestId('shown-count').textContent).toMatch(/^1 van \d+ signalen$/);
      expect(within(screen.getByTestId('flag-detail')).getByRole('heading', { level: 3 }).textContent).toContain('Milan Şahin');
    }
  });

  test('a flag with user content whose hours, end and report-by date changed is marked in the list, the detail and the sheet, until saved', async () => {
    const wb = setup();
    // Sanne is absent on Friday 7 November too.
    addFriday(wb);
    await analyse(/^Analyse tot en met 07-11-2025: \d+ signalen/);
    fireEvent.change(screen.getByTestId('filter-category'), { target: { value: 'sixteen-hours' } });
    fireEvent.click(screen.getByRole('button', { name: 'Details van Sanne de Vries' }));
    let detail = await screen.findByTestId('flag-detail');
    fireEvent.change(within(detail).getByTestId('status'), { target: { value: 'In behandeling' } });
    fireEvent.change(within(detail).getByTestId('actions'), { target: { value: 'Ouders gebeld op 07-11' } });
    await act(async () => {
      fireEvent.click(within(detail).getByTestId('save-status'));
    });
    await screen.findByText('Opgeslagen in het blad Verzuimsignalen.');
    expect(screen.queryByTestId('flag-changed')).toBeNull();

    // The school corrects the register: her first two lessons on Monday were a dentist's visit.
    // Without them she reaches 16 hours a day later, with more hours in the window.
    dentistOnMonday(wb);
    await act(async () => {
      fireEvent.click(screen.getByTestId('analyse'));
    });
    await screen.findByTestId('flag-changed', undefined, { timeout: 30000 });

    // The list marks her, the pane counts her, the detail says what moved.
    const item = screen.getByTestId('flag-list').querySelector('li')!;
    expect(within(item).getByTestId('flag-changed').textContent).toBe('gewijzigd');
    expect(screen.getByTestId('changed-flags').textContent).toMatch(/^1 signaal\/signalen met uw aantekeningen zijn veranderd/);
    detail = screen.getByTestId('flag-detail');
    const changed = within(detail).getByTestId('flag-changed-detail').textContent ?? '';
    expect(changed).toContain('Gewijzigd sinds u dit signaal bijwerkte: uren 16,67 → 19,17; einddatum 06-11-2025 → 07-11-2025; melden vóór 13-11-2025 → 14-11-2025.');

    // On the sheet: the Gewijzigd column of her row, the user's columns untouched.
    let s = await sheet(wb);
    const sanne = s.body.find((r) => r[s.col('Signaal')] === '16 uur in 4 lesweken')!;
    expect(sanne[s.col('Gewijzigd')]).toBe('uren 16,67 → 19,17; einddatum 06-11-2025 → 07-11-2025; melden vóór 13-11-2025 → 14-11-2025');
    expect(sanne[s.col('Uren')]).toBe(19.17);
    expect(sanne[s.col('Status')]).toBe('In behandeling');
    expect(sanne[s.col('Acties school')]).toBe('Ouders gebeld op 07-11');
    // Flags the user did not touch are not marked: Sanne's early signal changed too (8,33 → 10,83 hours).
    expect(s.body.filter((r) => r[s.col('Gewijzigd')] !== null && r[s.col('Gewijzigd')] !== undefined)).toHaveLength(1);

    // Saving the flag again (the user has seen the new facts) clears the mark.
    await act(async () => {
      fireEvent.click(within(detail).getByTestId('save-status'));
    });
    await waitFor(() => expect(screen.queryByTestId('flag-changed')).toBeNull());
    expect(screen.queryByTestId('changed-flags')).toBeNull();
    s = await sheet(wb);
    expect(s.body.every((r) => r[s.col('Gewijzigd')] === null || r[s.col('Gewijzigd')] === undefined)).toBe(true);
  });

  test('in English the mark and what changed are English', async () => {
    const wb = setup('en');
    addFriday(wb);
    await analyse(/^Analysis up to 07-11-2025: \d+ signals/);
    fireEvent.change(screen.getByTestId('filter-category'), { target: { value: 'sixteen-hours' } });
    fireEvent.click(screen.getByRole('button', { name: /Sanne de Vries/ }));
    const detail = await screen.findByTestId('flag-detail');
    fireEvent.change(within(detail).getByTestId('reason'), { target: { value: 'Bij de jeugdarts' } });
    await act(async () => {
      fireEvent.click(within(detail).getByTestId('save-status'));
    });
    await screen.findByText('Saved in the Verzuimsignalen sheet.');
    dentistOnMonday(wb);
    await act(async () => {
      fireEvent.click(screen.getByTestId('analyse'));
    });
    expect((await screen.findByTestId('flag-changed', undefined, { timeout: 30000 })).textContent).toBe('changed');
    expect(within(screen.getByTestId('flag-detail')).getByTestId('flag-changed-detail').textContent).toContain(
      'Changed since you updated this signal: hours 16.67 → 19.17; end date 06-11-2025 → 07-11-2025; report by 13-11-2025 → 14-11-2025.',
    );
  });
});
