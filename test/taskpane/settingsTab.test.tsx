/**
 * @jest-environment jsdom
 */
// The Settings tab: every field of config.md in collapsible sections, the lateness ladder checked
// as typed, the letter texts, and the warning for a school year without known holidays.
import './jsdomPolyfills';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/adapters/memory/memoryWorkbook';
import type { CellValue } from '../../src/core/register/types';
import { DEFAULT_LETTER_TEXTS } from '../../src/core/drafts/letterTexts';
import { TaskPane } from '../../src/taskpane/App';
import { builtInHolidayList, sectionOf } from '../../src/taskpane/tabs/SettingsTab';

afterEach(cleanup);

const REGISTER: CellValue[][] = [
  ['Leerlingnummer', 'Naam', 'Klas', 'Datum', 'Lesuur', 'Code'],
  ['10234', 'Sanne de Vries', '2B', '03-11-2025', 1, 'A'],
];

async function openSettings(cells: CellValue[][] = REGISTER) {
  const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells }] });
  render(<TaskPane port={wb} lang="nl" initialTab="settings" sessionOptions={{ inlineAnalysis: true }} />);
  const form = await screen.findByRole('form', { name: 'Instellingen' });
  return { wb, form };
}

/** Opens a collapsed section; returns queries scoped to it (label queries over the whole form are slow in jsdom). */
function openSection(form: HTMLElement, title: string) {
  const header = within(form).getByRole('button', { name: title });
  expect(header.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(header);
  expect(header.getAttribute('aria-expanded')).toBe('true');
  const section = header.closest('[data-testid^="section-"]');
  expect(section).not.toBeNull();
  return within(section as HTMLElement);
}

async function save(form: HTMLElement) {
  await act(async () => {
    fireEvent.click(within(form).getByTestId('save-settings'));
  });
}

describe('Settings tab', () => {
  test('sections are collapsible headers (buttons); only School is open at first', async () => {
    const { form } = await openSettings();
    const headers = within(form)
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('aria-expanded'));
    expect(headers.map((h) => [h.textContent, h.getAttribute('aria-expanded')])).toEqual([
      ['School', 'true'],
      ['Melder', 'false'],
      ['Kalender', 'false'],
      ['Tellen en melden', 'false'],
      ['16 uur in 4 lesweken', 'false'],
      ['Vroegsignaal', 'false'],
      ['Luxe verzuim', 'false'],
      ['Langdurig verzuim', 'false'],
      ['Te laat komen', 'false'],
      ['Zorgwekkend ziekteverzuim', 'false'],
      ['Brieven aan ouders', 'false'],
    ]);
    expect(sectionOf('school.reporter.email')).toBe('reporter');
    expect(sectionOf('calendar.holidays[3].end')).toBe('calendar');
    expect(sectionOf('reportWithinWorkingDays')).toBe('counting');
    expect(sectionOf('lateness.ladder')).toBe('lateness');
  });

  test('saves school days, public holidays and counting', async () => {
    const { wb, form } = await openSettings();
    const calendar = openSection(form, 'Kalender');
    fireEvent.click(calendar.getByLabelText('woensdag'));
    fireEvent.click(calendar.getByLabelText('Geen feestdagen'));
    const counting = openSection(form, 'Tellen en melden');
    fireEvent.click(counting.getByLabelText('Tel elk lesuur als een vol uur (60 minuten)'));
    fireEvent.change(counting.getByLabelText('Melden binnen (werkdagen)'), { target: { value: '3' } });
    await save(form);
    await screen.findByText('Instellingen opgeslagen in de werkmap.');
    expect(await wb.readSettings()).toMatchObject({
      version: 1,
      calendar: { region: 'midden', schoolDays: [1, 2, 4, 5], publicHolidays: [] },
      counting: { countLessonsAsHours: true },
      reportWithinWorkingDays: 3,
    });
  });

  test('saves every rule switch and field; an unreadable ladder blocks the save', async () => {
    const { wb, form } = await openSettings();
    fireEvent.change(openSection(form, '16 uur in 4 lesweken').getByLabelText('Minimaal dagen tussen twee meldingen'), { target: { value: '10' } });
    fireEvent.click(openSection(form, 'Vroegsignaal').getByLabelText('Vroegsignaal aan'));
    fireEvent.click(openSection(form, 'Luxe verzuim').getByLabelText('Ziekmelding rond een vakantie ook signaleren'));
    fireEvent.click(openSection(form, 'Langdurig verzuim').getByLabelText('Langdurig verzuim aan'));
    fireEvent.click(openSection(form, 'Zorgwekkend ziekteverzuim').getByLabelText('Zorgwekkend ziekteverzuim aan'));
    const lateness = openSection(form, 'Te laat komen');
    fireEvent.click(lateness.getByLabelText('Minuten te laat tellen ook mee als verzuim'));
    fireEvent.change(lateness.getByTestId('ladder'), { target: { value: '2, 4, 4' } });
    expect(lateness.getByText('Alleen hele getallen boven 0, oplopend, gescheiden door komma’s (bijv. 3, 6, 9, 12). Niet goed: "4".')).toBeTruthy();
    // An unreadable ladder blocks the save: nothing is written.
    await save(form);
    expect(screen.getByTestId('settings-issues').textContent).toContain('Ladder (aantal keer te laat): Alleen hele getallen boven 0');
    expect(await wb.readSettings()).toBeUndefined();
    fireEvent.change(lateness.getByTestId('ladder'), { target: { value: '2, 4, 6' } });
    await save(form);
    await screen.findByText('Instellingen opgeslagen in de werkmap.');
    expect(await wb.readSettings()).toMatchObject({
      version: 1,
      calendar: { region: 'midden', schoolDays: [1, 2, 3, 4, 5], publicHolidays: 'nl' },
      sixteenHours: { enabled: true, minDaysBetweenReports: 10 },
      earlySignal: { enabled: false },
      luxury: { enabled: true, sickNearHoliday: false },
      longTerm: { enabled: false },
      sickConcern: { enabled: false },
      lateness: { enabled: true, ladder: [2, 4, 6], countsAsAbsence: true },
      letters: {},
    });
  });

  test('an own public-holiday list with a wrong date is refused naming the key', async () => {
    const { wb, form } = await openSettings();
    const calendar = openSection(form, 'Kalender');
    fireEvent.click(calendar.getByLabelText('Eigen lijst'));
    fireEvent.change(calendar.getByLabelText('Feestdagen (dd-mm-jjjj, één per regel)'), { target: { value: '2025-12-25\n2025-13-01' } });
    await save(form);
    expect(screen.getByTestId('settings-issues').textContent).toContain('Feestdag 2: geen geldige datum');
    expect(await wb.readSettings()).toBeUndefined();
    fireEvent.change(calendar.getByLabelText('Feestdagen (dd-mm-jjjj, één per regel)'), { target: { value: '2025-12-25\n2025-12-26' } });
    await save(form);
    await screen.findByText('Instellingen opgeslagen in de werkmap.');
    expect(await wb.readSettings()).toMatchObject({ calendar: { publicHolidays: ['2025-12-25', '2025-12-26'] } });
  });

  test('letter texts: edit, unknown placeholder warning, placeholders listed, and restore the default', async () => {
    const { wb, form } = await openSettings();
    openSection(form, 'Brieven aan ouders');
    const placeholders = within(form).getByTestId('letter-placeholders');
    expect(within(placeholders).getAllByRole('listitem')[0].textContent).toBe('{naam}: naam van de leerling');
    expect(within(placeholders).getAllByRole('listitem')).toHaveLength(19);
    const letter = within(form).getByTestId('letter-vroegsignaal-ouders');
    const subject = within(letter).getByLabelText('Onderwerp Vroegsignaal – aan ouders') as HTMLInputElement;
    expect(subject.value).toBe('Afwezigheid van {naam}');
    const reset = within(letter).getByRole('button', { name: 'Standaardtekst herstellen' });
    expect((reset as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(subject, { target: { value: 'Zorgen over {naam} ({klas})' } });
    fireEvent.change(within(letter).getByLabelText('Tekst Vroegsignaal – aan ouders'), {
      target: { value: 'Beste ouders van {naam},\n\n{naaam} was {uren} uur afwezig.' },
    });
    expect(within(letter).getByText('Onbekende invulvelden: {naaam}. Die blijven zo in de brief staan.')).toBeTruthy();
    expect(within(letter).getByText('aangepast')).toBeTruthy();
    await save(form);
    await screen.findByText('Instellingen opgeslagen in de werkmap.');
    expect(((await wb.readSettings()) as { letters: unknown }).letters).toEqual({
      'vroegsignaal.onderwerp': 'Zorgen over {naam} ({klas})',
      'vroegsignaal.tekst': 'Beste ouders van {naam},\n\n{naaam} was {uren} uur afwezig.',
    });
    fireEvent.click(reset);
    expect(subject.value).toBe(DEFAULT_LETTER_TEXTS.vroegsignaal.onderwerp);
    await save(form);
    await waitFor(async () => expect(((await wb.readSettings()) as { letters: unknown }).letters).toEqual({}));
  });
});

describe('a school year without known holidays', () => {
  /** Sanne misses lesson 1 on 3 Nov 2025 and on three Mondays/Tuesdays of school year 2026-2027 (not in the built-in table). */
  const cells: CellValue[][] = [
    ['Leerlingnummer', 'Naam', 'Klas', 'Datum', 'Lesuur', 'Code'],
    ['10234', 'Sanne de Vries', '2B', '03-11-2025', 1, 'A'],
    ['10234', 'Sanne de Vries', '2B', '07-09-2026', 1, 'A'],
    ['10234', 'Sanne de Vries', '2B', '02-11-2026', 1, 'A'],
    ['10234', 'Sanne de Vries', '2B', '01-12-2026', 1, 'A'],
  ];
  const filled = [
    { name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' },
    { name: 'Kerstvakantie', start: '2026-12-19', end: '2027-01-03' },
    { name: 'Voorjaarsvakantie', start: '2027-02-20', end: '2027-02-28' },
    { name: 'Meivakantie', start: '2027-04-24', end: '2027-05-02' },
    { name: 'Zomervakantie', start: '2027-07-17', end: '2027-08-29' },
  ];

  test('after an analysis the pane names the year and offers its holidays; filled in and saved, the warning goes', async () => {
    const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells }] });
    render(<TaskPane port={wb} lang="nl" sessionOptions={{ inlineAnalysis: true }} />);
    await waitFor(() => expect(screen.getByTestId('analyse')).toBeTruthy());
    await act(async () => {
      fireEvent.click(screen.getByTestId('analyse'));
    });
    const gap = await screen.findByTestId('holiday-gap');
    expect(within(gap).getByText(/^Het register heeft/).textContent).toBe(
      'Het register heeft 3 rijen in schooljaar 2026-2027, maar voor dat schooljaar zijn geen schoolvakanties bekend. Die rijen tellen niet mee tot u de vakanties invult.',
    );
    fireEvent.click(within(gap).getByRole('button', { name: 'Vakanties 2026-2027 toevoegen' }));

    const form = await screen.findByRole('form', { name: 'Instellingen' });
    expect(within(form).getByRole('button', { name: 'Kalender' }).getAttribute('aria-expanded')).toBe('true');
    const inSettings = within(form).getByTestId('holiday-gap');
    expect(inSettings.textContent).toContain('Vul hieronder bij Kalender de data in van de vakanties van schooljaar 2026-2027 (dd-mm-jjjj) en sla op.');
    const builtIn = builtInHolidayList('midden');
    const rows = within(form).getAllByTestId('holiday-row');
    expect(rows).toHaveLength(builtIn.length + 5);
    const blanks = rows.slice(-5).map((r) => (within(r).getAllByRole('textbox') as HTMLInputElement[]).map((i) => i.value));
    expect(blanks).toEqual(filled.map((h) => [h.name, '', '']));

    // Saving with the dates still empty is refused, naming the rows.
    await save(form);
    expect(screen.getByTestId('settings-issues').textContent).toContain(`Begindatum van vakantie ${builtIn.length + 1} (Herfstvakantie): geen geldige datum`);
    for (const [i, h] of filled.entries()) {
      const [, start, end] = within(rows[builtIn.length + i]).getAllByRole('textbox');
      fireEvent.change(start, { target: { value: h.start } });
      fireEvent.change(end, { target: { value: h.end } });
    }
    expect(within(form).queryAllByTestId('holiday-gap')).toEqual([]);
    await save(form);
    await screen.findByText('Instellingen opgeslagen in de werkmap.');
    const saved = (await wb.readSettings()) as { calendar: { holidays: unknown[] } };
    expect(saved.calendar.holidays).toHaveLength(builtIn.length + 5);
    expect(saved.calendar.holidays.slice(-5)).toEqual(filled);

    // Back on the Signals tab the warning is gone, and analysing again counts the 2026-2027 rows.
    fireEvent.click(screen.getByRole('tab', { name: 'Signalen' }));
    expect(screen.queryAllByTestId('holiday-gap')).toEqual([]);
    await act(async () => {
      fireEvent.click(screen.getByTestId('analyse'));
    });
    await screen.findByText(/^Analyse tot en met 01-12-2026/);
    expect(screen.queryAllByTestId('holiday-gap')).toEqual([]);
  });

  test('the Settings tab itself warns, when an own list has nothing for a year of the register', async () => {
    const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells }] });
    await wb.writeSettings({ calendar: { region: 'midden', holidays: builtInHolidayList('midden') } });
    render(<TaskPane port={wb} lang="nl" initialTab="register" sessionOptions={{ inlineAnalysis: true }} />);
    const read = await screen.findByTestId('read-register');
    await act(async () => {
      fireEvent.click(read);
    });
    const gap = await screen.findByTestId('holiday-gap');
    expect(gap.textContent).toContain('Uw eigen vakantielijst heeft niets voor dat schooljaar: vakantiedagen tellen nu als schooldagen.');
    fireEvent.click(screen.getByRole('tab', { name: 'Instellingen' }));
    const form = await screen.findByRole('form', { name: 'Instellingen' });
    const inSettings = within(form).getByTestId('holiday-gap');
    expect(inSettings.textContent).toContain('Het register heeft 3 rijen in schooljaar 2026-2027');
    fireEvent.click(within(inSettings).getByRole('button', { name: 'Vakanties 2026-2027 toevoegen' }));
    expect(within(form).getAllByTestId('holiday-row')).toHaveLength(builtInHolidayList('midden').length + 5);
    expect(within(form).getByTestId('holiday-gap').textContent).toContain('Vul hieronder bij Kalender de data in');
  });
});
