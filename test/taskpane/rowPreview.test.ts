import { rowPreview } from '../../src/taskpane/tabs/RegisterTab';

describe('preview of a candidate header row', () => {
  test('a header row shows its first four texts', () => {
    expect(rowPreview(['Leerlingnummer', 'Naam', 'BSN', 'Klas', 'Datum'])).toBe('Leerlingnummer | Naam | BSN | Klas');
  });
  test('a data row offered as header shows a BSN only masked, as text or as number', () => {
    expect(rowPreview(['10234', 'Sanne de Vries', '123456782', '2B'])).toBe('10234 | Sanne de Vries | *****6782 | 2B');
    expect(rowPreview([10234, 'Sanne de Vries', 123456782, '2B'])).toBe('10234 | Sanne de Vries | *****6782 | 2B');
  });
  test('an empty row shows a dash', () => {
    expect(rowPreview([null, '', undefined])).toBe('—');
  });
});
