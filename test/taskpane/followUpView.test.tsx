/**
 * @jest-environment jsdom
 */
// The MAS follow-up in a melding's detail, against the in-memory workbook: the timeline, the
// follow-up fields, output.md's checks refused in the pane, and a valid entry written to that row.
import './jsdomPolyfills';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/adapters/memory/memoryWorkbook';
import type { CellValue } from '../../src/core/register/types';
import { TaskPane } from '../../src/taskpane/App';

/**
 * Sanne (10234) skips every lesson from Monday 3 to Thursday 6 November 2025, five lessons of 50
 * minutes a day: 16 hours 40 in four lesweken, a melding to leerplicht (branch A) starting
 * 03-11-2025, and an early signal for the school. Daan (10388) is late three times.
 */
function register(): CellValue[][] {
  const rows: CellValue[][] = [['Leerlingnummer', 'Naam', 'Klas', 'Mentor', 'Datum', 'Lesuur', 'Code', 'Minuten']];
  for (const date of ['03-11-2025', '04-11-2025', '05-11-2025', '06-11-2025']) {
    for (let lesson = 1; lesson <= 5; lesson++) rows.push(['10234', 'Sanne de Vries', '2B', 'mw. Bakker', date, lesson, 'A', null]);
  }
  for (const date of ['03-11-2025', '04-11-2025', '05-11-2025']) rows.push(['10388', 'Daan Jansen', '2B', 'mw. Bakker', date, 1, 'TL', 10]);
  return rows;
}

afterEach(cleanup);

async function openSanne(lang: 'nl' | 'en' = 'nl') {
  const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells: register() }] });
  render(<TaskPane port={wb} lang={lang} sessionOptions={{ inlineAnalysis: true }} />);
  await waitFor(() => expect(screen.getByTestId('analyse')).toBeTruthy(), { timeout: 30000 });
  await act(async () => {
    fireEvent.click(screen.getByTestId('analyse'));
  });
  await waitFor(() => expect(screen.getByTestId('flag-list')).toBeTruthy(), { timeout: 30000 });
  fireEvent.change(screen.getByTestId('filter-category'), { target: { value: 'sixteen-hours' } });
  fireEvent.click(screen.getByRole('button', { name: lang === 'nl' ? 'Details van Sanne de Vries' : 'Details of Sanne de Vries' }));
  const detail = await screen.findByTestId('flag-detail');
  return { wb, detail };
}

async function sheet(wb: MemoryWorkbook): Promise<CellValue[][]> {
  return (await wb.readTable('Verzuimsignalen', 'Verzuimsignalen'))!.map((r) => [...r]);
}

async function choose(detail: HTMLElement, testId: string, option: string) {
  await act(async () => {
    fireEvent.change(within(detail).getByTestId(testId), { target: { value: option } });
  });
}

function typeDate(detail: HTMLElement, label: string, value: string) {
  fireEvent.change(within(detail).getByLabelText(label), { target: { value } });
}

async function save(detail: HTMLElement) {
  await act(async () => {
    fireEvent.click(within(detail).getByTestId('save-status'));
  });
}

describe('the MAS follow-up of a melding', () => {
  test('shows the ten steps, branch A, step 1 current; a school signal has no follow-up', async () => {
    const { detail } = await openSanne();
    const timeline = within(detail).getByTestId('mas-timeline');
    const steps = within(timeline).getAllByRole('listitem');
    expect(steps.map((s) => s.getAttribute('data-step'))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(steps[0].getAttribute('aria-current')).toBe('step');
    expect(steps.filter((s) => s.getAttribute('aria-current') === 'step')).toHaveLength(1);
    expect(steps[0].textContent).toContain('Melding door school');
    expect(steps[9].textContent).toContain('Evaluatie met ketenpartners');
    expect(within(detail).getByTestId('mas-branch').textContent).toBe('Tak A: geen luxe verzuim · Nu: stap 1');
    // The fields, labelled; Actie gemeente gewenst starts at Ja.
    for (const label of ['Status DUO', 'Contact leerplicht op', 'Route', 'Route gekozen op', 'Terugkoppeling', 'Terugkoppeling op', 'Resultaat', 'Afgesloten op']) {
      expect(within(detail).getByLabelText(label)).toBeTruthy();
    }
    expect((within(detail).getByTestId('fu-municipalityAction') as HTMLSelectElement).value).toBe('Ja');
    // Branch A offers A's routes only (no proces-verbaal choice of branch B).
    const options = within(within(detail).getByTestId('fu-route')).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);
    expect(options).toContain('Halt');
    expect(options).toContain('Civiel kader (Raad voor de Kinderbescherming)');
    expect(options).not.toContain('Geen proces-verbaal');

    // Sanne's early signal is for the school: no MAS follow-up there.
    fireEvent.change(screen.getByTestId('filter-category'), { target: { value: 'early-signal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Details van Sanne de Vries' }));
    const early = await screen.findByTestId('flag-detail');
    expect(within(early).queryByTestId('follow-up')).toBeNull();
  }, 180_000);

  test('a Route without Gemeld op is refused with a message and nothing is written', async () => {
    const { wb, detail } = await openSanne();
    const before = await sheet(wb);
    await choose(detail, 'fu-route', 'Halt');
    await save(detail);
    const alert = within(detail).getByTestId('save-refused');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('Niet opgeslagen: Een route hoort bij een melding: vul eerst "Gemeld op" in.');
    // Next to the Route field too.
    expect(within(within(detail).getByTestId('follow-up-fields')).getByText('Een route hoort bij een melding: vul eerst "Gemeld op" in.')).toBeTruthy();
    expect(await sheet(wb)).toEqual(before);

    // A date before the signal's start (03-11-2025) is refused, named by its field.
    fireEvent.change(within(detail).getByTestId('reported-on'), { target: { value: '10-11-2025' } });
    typeDate(detail, 'Contact leerplicht op', '31-10-2025');
    await save(detail);
    expect(within(detail).getByTestId('save-refused').textContent).toBe(
      'Niet opgeslagen: Contact leerplicht op (31-10-2025) ligt vóór de begindatum van het signaal (03-11-2025).',
    );
    expect(await sheet(wb)).toEqual(before);
  }, 180_000);

  test('a valid entry is written to that row only, and the timeline moves on', async () => {
    const { wb, detail } = await openSanne();
    const before = await sheet(wb);
    const col = (h: string) => before[0].indexOf(h);
    const row = before.findIndex((r) => r[col('Signaal')] === '16 uur in 4 lesweken');
    fireEvent.change(within(detail).getByTestId('status'), { target: { value: 'Gemeld' } });
    fireEvent.change(within(detail).getByTestId('reported-on'), { target: { value: '10-11-2025' } });
    await choose(detail, 'fu-duoStatus', 'Geregistreerd');
    typeDate(detail, 'Contact leerplicht op', '12-11-2025');
    await choose(detail, 'fu-route', 'Halt');
    typeDate(detail, 'Route gekozen op', '2025-11-20');
    await save(detail);
    await screen.findByText('Opgeslagen in het blad Verzuimsignalen.');
    const after = await sheet(wb);
    // 10-11-2025 = 45971, 12-11-2025 = 45973, 20-11-2025 = 45981.
    expect([
      after[row][col('Status')], after[row][col('Gemeld op')], after[row][col('Status DUO')], after[row][col('Contact leerplicht op')],
      after[row][col('Route')], after[row][col('Route gekozen op')], after[row][col('Actie gemeente gewenst')], after[row][col('Terugkoppeling')],
    ]).toEqual(['Gemeld', 45971, 'Geregistreerd', 45973, 'Halt', 45981, 'Ja', null]);
    // Every other row as it was.
    after.forEach((r, i) => {
      if (i !== row) expect(r).toEqual(before[i]);
    });
    // Reported, contacted, a route chosen: carrying out the route (step 8) now.
    await waitFor(() => expect(within(detail).getByTestId('mas-current').textContent).toBe('Nu: stap 8'));
    const current = within(within(detail).getByTestId('mas-timeline')).getAllByRole('listitem').find((s) => s.getAttribute('aria-current') === 'step');
    expect(current?.getAttribute('data-step')).toBe('8');
    expect(current?.textContent).toContain('Uitvoeren van de route');

    // Reported on 10-11-2025 without terugkoppeling: far more than the default 6 weeks ago, so
    // the Signalen filter counts and shows Sanne's melding (and nothing else).
    fireEvent.change(screen.getByTestId('filter-category'), { target: { value: '' } });
    const waiting = screen.getByRole('checkbox', { name: 'Wacht op terugkoppeling (1)' });
    expect(screen.getByText('Gemeld, zonder terugkoppeling na 6 weken')).toBeTruthy();
    await act(async () => {
      fireEvent.click(waiting);
    });
    expect(screen.getByTestId('shown-count').textContent).toBe('1 van 3 signalen');
    expect(within(screen.getByTestId('flag-list')).getByTestId('flag-signal').textContent).toBe('16 uur in 4 lesweken');
  }, 300_000);

  test('in English: the steps, the labels and the refusal', async () => {
    const { detail } = await openSanne('en');
    expect(within(detail).getByTestId('mas-branch').textContent).toBe('Branch A: no luxury absence · Now: step 1');
    expect(within(detail).getByTestId('mas-timeline').textContent).toContain('Carrying out the route');
    await choose(detail, 'fu-route', 'Halt');
    await save(detail);
    expect(within(detail).getByTestId('save-refused').textContent).toBe('Not saved: A route belongs to a melding: fill in "Gemeld op" (reported on) first.');
  }, 180_000);
});
