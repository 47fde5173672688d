/**
 * @jest-environment jsdom
 */
// The Evaluatie tab against the in-memory workbook: the figures of output.md for a small register
// whose "Verzuimsignalen" the coordinator filled in, worked out by hand below; the school-year
// picker, the charts, the Evaluatie sheet through the port, and English.
import './jsdomPolyfills';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/adapters/memory/memoryWorkbook';
import { flagId } from '../../src/core/analysis/flagId';
import type { CellValue } from '../../src/core/register/types';
import { updateReportingEntry } from '../../src/core/reporting/reportingSheet';
import { TaskPane } from '../../src/taskpane/App';
import type { Lang } from '../../src/taskpane/i18n';

/**
 * Four pupils each skip every lesson (5 × 50 min a day) Monday to Thursday of one week in
 * November 2025: 8,33 uur after two days (an early signal, for the school) and 16,67 uur after four
 * (a sixteen-hours melding for leerplicht, report by five working days after the Thursday).
 * Daan Jansen is late three times (step 1 of the ladder: the school's own letter).
 *   Sanne de Vries 2B, 3-6 Nov: reported Mon 10 Nov (report by 13 Nov): on time, 2 working days;
 *                  route Halt, result Terug op school.
 *   Mila Bakker    2B, 10-13 Nov: reported Mon 24 Nov (report by 20 Nov): late, 7 working days;
 *                  route typed "halt " (counted as Halt), no result yet.
 *   Noah Visser    3A, 17-20 Nov: Niet melden, with a reason.
 *   Emma Smit      3A, 24-27 Nov: nothing filled in (Nieuw): open.
 */
const PUPILS = [
  { id: '10234', name: 'Sanne de Vries', cls: '2B', days: ['03-11-2025', '04-11-2025', '05-11-2025', '06-11-2025'], start: '2025-11-03' },
  { id: '10301', name: 'Mila Bakker', cls: '2B', days: ['10-11-2025', '11-11-2025', '12-11-2025', '13-11-2025'], start: '2025-11-10' },
  { id: '10455', name: 'Noah Visser', cls: '3A', days: ['17-11-2025', '18-11-2025', '19-11-2025', '20-11-2025'], start: '2025-11-17' },
  { id: '10502', name: 'Emma Smit', cls: '3A', days: ['24-11-2025', '25-11-2025', '26-11-2025', '27-11-2025'], start: '2025-11-24' },
];
const REASON = 'Achteraf geoorloofd: verklaring van de huisarts.';

function register(): CellValue[][] {
  const rows: CellValue[][] = [['Leerlingnummer', 'Naam', 'Klas', 'Datum', 'Lesuur', 'Code', 'Minuten']];
  for (const p of PUPILS) for (const date of p.days) for (let lesson = 1; lesson <= 5; lesson++) rows.push([p.id, p.name, p.cls, date, lesson, 'A', null]);
  for (const date of ['03-11-2025', '04-11-2025', '05-11-2025']) rows.push(['10388', 'Daan Jansen', '2B', date, 1, 'TL', 10]);
  return rows;
}

afterEach(cleanup);

async function analyse() {
  await act(async () => {
    fireEvent.click(screen.getByTestId('analyse'));
  });
  await screen.findByText(/^(Analyse tot en met 27-11-2025: 9 signalen voor 5 leerlingen|Analysis up to 27-11-2025: 9 signals for 5 pupils)\./, undefined, { timeout: 30000 });
}

/** The pane analysed the register; then the coordinator filled in "Verzuimsignalen" (as in Excel). */
async function setup(lang: Lang = 'nl') {
  const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells: register() }] });
  await wb.writeSettings({ school: { name: 'Het Voorbeeldcollege' } });
  render(<TaskPane port={wb} lang={lang} sessionOptions={{ inlineAnalysis: true }} />);
  await waitFor(() => expect(screen.getByTestId('analyse')).toBeTruthy());
  await analyse();
  const sixteen = (i: number) => flagId(PUPILS[i].id, 'sixteen-hours', null, null, PUPILS[i].start);
  const changes = [
    { id: sixteen(0), change: { status: 'Gemeld' as const, reportedOn: '2025-11-10', route: 'Halt', result: 'Terug op school' } },
    { id: sixteen(1), change: { status: 'Gemeld' as const, reportedOn: '2025-11-24', route: 'halt ' } },
    { id: sixteen(2), change: { status: 'Niet melden' as const, reason: REASON } },
  ];
  for (const { id, change } of changes) {
    const grid = await wb.readTable('Verzuimsignalen', 'Verzuimsignalen');
    if (!grid) throw new Error('no Verzuimsignalen table');
    await wb.writeTable(updateReportingEntry(grid, id, change, '2025-11-28').spec);
  }
  return { wb, sixteen };
}

async function openTab(name: string) {
  fireEvent.click(screen.getByRole('tab', { name }));
  // The tab is loaded lazily and reads the sheet first.
  return screen.findByTestId('eval-figures', undefined, { timeout: 30000 });
}

const figure = (id: string) => screen.getByTestId(`eval-${id}`).textContent;

describe('Evaluatie tab', () => {
  test('shows the figures of output.md for the school year of the register, worked out by hand', async () => {
    const { sixteen } = await setup();
    await openTab('Evaluatie');
    // Today lies in a later school year without data: the tab opens on the register's year, and offers both.
    const year = screen.getByTestId('eval-year') as HTMLSelectElement;
    expect(year.value).toBe('2025-2026');
    expect([...year.options].map((o) => o.value)).toContain('2025-2026');
    expect(screen.getByTestId('eval-as-of').textContent).toBe('Peildatum 27-11-2025');
    // 4 early signals + 4 sixteen-hours + 1 lateness.
    expect(figure('signals')).toBe('9');
    expect(figure('cat-sixteen-hours')).toBe('4');
    expect(figure('cat-early-signal')).toBe('4');
    expect(figure('cat-lateness')).toBe('1');
    expect(figure('cat-luxury')).toBe('0');
    // The four sixteen-hours flags go to leerplicht; Sanne and Mila are reported, Noah not, Emma open.
    expect(figure('due')).toBe('4');
    expect(figure('reported')).toBe('2');
    expect(figure('on-time')).toBe('1');
    expect(figure('late')).toBe('1');
    expect(screen.queryByTestId('eval-without-date')).toBeNull();
    expect(figure('not-reported')).toBe('1');
    expect(figure('open')).toBe('1');
    // Median of 2 (Thu 6 → Mon 10 Nov) and 7 (Thu 13 → Mon 24 Nov) working days.
    expect(figure('median')).toBe('4,5');
    // Every pupil with an early signal got a sixteen-hours flag after it; no pupil has two meldingen.
    expect(figure('early')).toBe('4');
    expect(figure('early-later')).toBe('4');
    expect(figure('repeat')).toBe('0');
    const labels = within(screen.getByTestId('eval-figures')).getAllByRole('term').map((dt) => dt.textContent);
    expect(labels.slice(0, 2)).toEqual(['Signalen', '16 uur in 4 lesweken']);
    expect(labels).toContain('Mediaan werkdagen tot melding');
    expect(screen.getByTestId('eval-reasons').textContent).toBe(`16 uur (${sixteen(2)}): ${REASON}`);
    expect(within(screen.getByTestId('eval-classes')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2B: 5', '3A: 4']);
  });

  test('draws the four charts of evaluatie.html at the pane width, with the same counts', async () => {
    await setup();
    await openTab('Evaluatie');
    const meldingen = screen.getByTestId('eval-chart-meldingen').querySelector('svg') as SVGSVGElement;
    expect(meldingen.getAttribute('aria-label')).toBe('Meldingen bij leerplicht. Op tijd gemeld: 1, Te laat gemeld: 1, Niet gemeld: 1, Open: 1');
    expect(Number(meldingen.getAttribute('width'))).toBeLessThanOrEqual(320);
    expect(meldingen.querySelectorAll('rect').length).toBe(4);
    const months = screen.getByTestId('eval-chart-signalsByMonth').querySelector('svg') as SVGSVGElement;
    expect(months.getAttribute('aria-label')).toContain('nov 2025 9');
    // Two meldingen with route Halt (one typed in lower case), one with a result.
    expect(screen.getByTestId('eval-chart-routes').querySelector('svg')?.getAttribute('aria-label')).toBe('Gekozen routes. Halt: 2');
    expect(screen.getByTestId('eval-chart-results').querySelector('svg')?.getAttribute('aria-label')).toBe('Resultaten. Terug op school: 1');
  });

  test('another school year shows its own (empty) figures', async () => {
    await setup();
    await openTab('Evaluatie');
    const year = screen.getByTestId('eval-year') as HTMLSelectElement;
    const other = [...year.options].map((o) => o.value).find((v) => v !== '2025-2026') as string;
    fireEvent.change(year, { target: { value: other } });
    await waitFor(() => expect(figure('signals')).toBe('0'));
    expect(figure('due')).toBe('0');
    expect(figure('median')).toBe('nog geen');
  });

  test('fills the Evaluatie sheet through the port, with its charts', async () => {
    const { wb } = await setup();
    await openTab('Evaluatie');
    await act(async () => {
      fireEvent.click(screen.getByTestId('fill-evaluation-sheet'));
    });
    await screen.findByText('Blad Evaluatie gevuld voor 2025-2026, met 4 grafieken.');
    const sheet = wb.sheet('Evaluatie');
    if (!sheet) throw new Error('no Evaluatie sheet');
    const row = (label: string) => sheet.cells.find((r) => r[0] === label)?.[1];
    expect(sheet.cells[0][0]).toBe('Evaluatie schoolverzuim 2025-2026');
    expect(row('Te melden bij leerplicht')).toBe(4);
    expect(row('Op tijd gemeld')).toBe(1);
    expect(row('Mediaan werkdagen tot melding')).toBe(4.5);
    expect(row('Halt')).toBe(2);
    expect(wb.chartsOf('Evaluatie').map((c) => c.title)).toEqual([
      'Signalen per maand, per soort',
      'Meldingen: op tijd, te laat, niet gemeld, open',
      'Gekozen routes',
      'Resultaten',
    ]);
  });

  test('a save in the pane is counted at once', async () => {
    const { sixteen } = await setup();
    await openTab('Evaluatie');
    expect(figure('open')).toBe('1');
    // Emma's melding (ended Thu 27 Nov, report by Thu 4 Dec) is reported on Fri 28 Nov in the Signalen tab.
    fireEvent.click(screen.getByRole('tab', { name: 'Signalen' }));
    const row = (await screen.findByTestId('flag-list')).querySelector(`[data-flag-id="${sixteen(3)}"]`) as HTMLElement;
    fireEvent.click(within(row).getAllByRole('button')[0]);
    const detail = await screen.findByTestId('flag-detail');
    fireEvent.change(within(detail).getByTestId('status'), { target: { value: 'Gemeld' } });
    fireEvent.change(within(detail).getByTestId('reported-on'), { target: { value: '28-11-2025' } });
    await act(async () => {
      fireEvent.click(within(detail).getByTestId('save-status'));
    });
    await screen.findByText('Opgeslagen in het blad Verzuimsignalen.', undefined, { timeout: 30000 });
    await openTab('Evaluatie');
    await waitFor(() => expect(figure('open')).toBe('0'));
    expect(figure('reported')).toBe('3');
    expect(figure('on-time')).toBe('2');
    // Working days 2, 7 and 1: the median is 2.
    expect(figure('median')).toBe('2');
  });

  test('in English, and reachable by keyboard', async () => {
    await setup('en');
    await openTab('Evaluation');
    const labels = within(screen.getByTestId('eval-figures')).getAllByRole('term').map((dt) => dt.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Signals', 'Due to the attendance office', 'Reported', 'on time', 'late', 'Not reported', 'Open', 'Median working days to report', 'Pupils with an early signal', 'of whom later sixteen hours', 'Pupils with more than one report']));
    expect(figure('median')).toBe('4.5');
    expect(screen.getByLabelText('School year')).toBe(screen.getByTestId('eval-year'));
    const button = screen.getByRole('button', { name: 'Fill the Evaluatie sheet' });
    button.focus();
    expect(document.activeElement).toBe(button);
    expect(screen.getByTestId('eval-chart-meldingen').querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Reports to the attendance officer. Reported on time: 1, Reported late: 1, Not reported: 1, Open: 1',
    );
  });
});
