/**
 * @jest-environment jsdom
 */
// Unknown Soort and Geoorloofd texts in the pane's Register tab: listed first, named in a warning,
// mapped by the school like codes, saved to the settings (kinds / authorisedValues) and read again.
import './jsdomPolyfills';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/adapters/memory/memoryWorkbook';
import type { CellValue } from '../../src/core/register/types';
import { parseSettings } from '../../src/core/settings/validateSettings';
import { TaskPane } from '../../src/taskpane/App';
import { unknownValues, withValueMeaning } from '../../src/taskpane/tabs/registerValues';

/**
 * A register from a student system that writes its own words: Sanne (10234) absent on Monday 3
 * November 2025 (five lessons, sheet rows 2-6), Daan (10388) "x" (the school's word for late) on
 * three days (rows 7-9) and Sanne's Tuesday lessons 1-2 "Absent" with Geoorloofd "ja (brief)"
 * (rows 10-11).
 */
function register(): CellValue[][] {
  const rows: CellValue[][] = [['Leerlingnummer', 'Naam', 'Klas', 'Datum', 'Lesuur', 'Code', 'Minuten', 'Soort', 'Geoorloofd']];
  for (let lesson = 1; lesson <= 5; lesson++) rows.push(['10234', 'Sanne de Vries', '2B', '03-11-2025', lesson, 'A', null, 'Absent', 'Nee']);
  for (const date of ['03-11-2025', '04-11-2025', '05-11-2025']) rows.push(['10388', 'Daan Jansen', '2B', date, 1, 'TL', 10, 'x', 'Nee']);
  for (const lesson of [1, 2]) rows.push(['10234', 'Sanne de Vries', '2B', '04-11-2025', lesson, 'A', null, 'Absent', 'ja (brief)']);
  return rows;
}

afterEach(cleanup);

describe('withValueMeaning', () => {
  const base = parseSettings({ codes: { XC: 'unauthorised' } });

  test('adds a Soort meaning and a Geoorloofd meaning, keeping the other settings', () => {
    const kinds = withValueMeaning(base, 'kinds', 'x', 'late');
    expect(kinds.kinds).toEqual({ x: 'late' });
    const both = withValueMeaning(kinds, 'authorisedValues', 'ja (brief)', 'yes');
    expect(both.authorisedValues).toEqual({ 'ja (brief)': true });
    expect(both.kinds).toEqual({ x: 'late' });
    expect(both.codes).toEqual({ XC: 'unauthorised' });
    expect(withValueMeaning(both, 'authorisedValues', 'nvt', 'no').authorisedValues).toEqual({ 'ja (brief)': true, nvt: false });
  });

  test("'' forgets a meaning and leaves no empty map behind", () => {
    const mapped = withValueMeaning(base, 'kinds', 'x', 'late');
    expect('kinds' in withValueMeaning(mapped, 'kinds', 'x', '')).toBe(false);
  });

  test('refuses a meaning the settings cannot hold', () => {
    expect(() => withValueMeaning(base, 'kinds', 'x', 'yes')).toThrow('not a Soort meaning: yes');
    expect(() => withValueMeaning(base, 'authorisedValues', 'x', 'late')).toThrow('not a Geoorloofd meaning: late');
  });

  test('unknownValues lists only the values without a meaning', () => {
    expect(
      unknownValues([
        { value: 'x', rows: 3, meaning: null, source: 'unmapped' },
        { value: 'Absent', rows: 7, meaning: 'absent', source: 'default' },
      ]).map((v) => v.value),
    ).toEqual(['x']);
    expect(unknownValues(undefined)).toEqual([]);
  });
});

describe('the Register tab lists unknown Soort and Geoorloofd values for mapping', () => {
  async function openRegister() {
    const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells: register() }] });
    render(<TaskPane port={wb} lang="nl" initialTab="register" sessionOptions={{ inlineAnalysis: true }} />);
    const read = await screen.findByTestId('read-register', undefined, { timeout: 30000 });
    await act(async () => {
      fireEvent.click(read);
    });
    await screen.findByTestId('register-values', undefined, { timeout: 30000 });
    return wb;
  }
  const items = (column: string) =>
    Array.from(screen.getByTestId(`values-${column}`).querySelectorAll('li')).map((li) => li.getAttribute('data-value'));

  test('unknown values come first, are named with their rows, and a chosen meaning is saved and read again', async () => {
    const wb = await openRegister();
    expect(items('kinds')).toEqual(['x', 'Absent']);
    expect(items('authorisedValues')).toEqual(['ja (brief)', 'Nee']);
    const values = within(screen.getByTestId('register-values'));
    expect(values.getByText('1 waarde(n) in de kolom Soort zonder betekenis: “x”. Kies per waarde wat die betekent.')).toBeTruthy();
    expect(values.getByText('1 waarde(n) in de kolom Geoorloofd zonder betekenis: “ja (brief)”. Kies per waarde wat die betekent.')).toBeTruthy();
    const x = within(screen.getByTestId('values-kinds').querySelector('li[data-value="x"]') as HTMLElement);
    expect(x.getByText('3 rij(en) · Onbekend')).toBeTruthy();
    // A value the defaults know shows its meaning, not a choice.
    const absent = within(screen.getByTestId('values-kinds').querySelector('li[data-value="Absent"]') as HTMLElement);
    expect(absent.getByTestId('value-meaning').textContent).toBe('Afwezig');
    expect(absent.queryByRole('combobox')).toBeNull();
    const before = (await wb.readSettings()) ?? {};
    expect(before).not.toHaveProperty('kinds');

    await act(async () => {
      fireEvent.change(x.getByRole('combobox', { name: 'Betekenis van “x” (Soort)' }), { target: { value: 'late' } });
    });
    await screen.findByText('Betekenis bewaard.');
    expect(await wb.readSettings()).toMatchObject({ kinds: { x: 'late' } });
    // Read again with the meaning: no unknown Soort left, "x" is the school's and shows as late.
    expect(screen.queryByText(/in de kolom Soort zonder betekenis/)).toBeNull();
    const mapped = within(screen.getByTestId('values-kinds').querySelector('li[data-value="x"]') as HTMLElement);
    expect(mapped.getByText('3 rij(en) · school')).toBeTruthy();
    expect((mapped.getByRole('combobox') as HTMLSelectElement).value).toBe('late');
    // Known now: ordered by rows like the others.
    expect(items('kinds')).toEqual(['Absent', 'x']);

    const brief = within(screen.getByTestId('values-authorisedValues').querySelector('li[data-value="ja (brief)"]') as HTMLElement);
    await act(async () => {
      fireEvent.change(brief.getByRole('combobox', { name: 'Betekenis van “ja (brief)” (Geoorloofd)' }), { target: { value: 'yes' } });
    });
    await screen.findByText('Betekenis bewaard.');
    expect(await wb.readSettings()).toMatchObject({ kinds: { x: 'late' }, authorisedValues: { 'ja (brief)': true } });
    expect(screen.queryByText(/zonder betekenis/)).toBeNull();
    expect(screen.getByText('Geen problemen gevonden bij het lezen.')).toBeTruthy();
  }, 60000);

  test('in English the list and its choices are English', async () => {
    const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells: register() }] });
    render(<TaskPane port={wb} lang="en" initialTab="register" sessionOptions={{ inlineAnalysis: true }} />);
    const read = await screen.findByTestId('read-register', undefined, { timeout: 30000 });
    await act(async () => {
      fireEvent.click(read);
    });
    await screen.findByTestId('register-values', undefined, { timeout: 30000 });
    expect(screen.getByText('1 value(s) in the column Kind without a meaning: “x”. Choose what each one means.')).toBeTruthy();
    const select = screen.getByRole('combobox', { name: 'Meaning of “x” (Kind)' }) as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['Unknown', 'Late', 'Removed from the lesson', 'Sick', 'Absent']);
  }, 60000);
});
