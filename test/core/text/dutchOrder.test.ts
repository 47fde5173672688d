import fc from 'fast-check';
import { compareDutch } from '../../../src/core/text/dutchOrder';

const sign = (n: number): number => Math.sign(n);

describe('compareDutch', () => {
  it('orders like localeCompare(…, "nl") for codes of letters, digits and spaces', () => {
    const ch = fc.constantFrom(...'aAbBcCzZ09 5iIjJ'.split(''));
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 6 }), fc.array(ch, { maxLength: 6 }), (x, y) => {
        const a = x.join('');
        const b = y.join('');
        expect(sign(compareDutch(a, b))).toBe(sign(a.localeCompare(b, 'nl')));
      }),
      { numRuns: 3000 },
    );
  });

  it('orders like localeCompare(…, "nl") for any text, accents and punctuation included', () => {
    const ch = fc.constantFrom(...'aAeéëÉ-_.(1 ijĳzZ'.split(''));
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 5 }), fc.array(ch, { maxLength: 5 }), (x, y) => {
        const a = x.join('');
        const b = y.join('');
        expect(sign(compareDutch(a, b))).toBe(sign(a.localeCompare(b, 'nl')));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts a school’s codes as a Dutch reader expects', () => {
    const codes = ['ZK', 'tl', 'TL', 'B1', 'b', 'A 2', 'A10', 'A2', 'Ziek', 'é', 'e'];
    expect([...codes].sort(compareDutch)).toEqual(['A 2', 'A10', 'A2', 'b', 'B1', 'e', 'é', 'tl', 'TL', 'Ziek', 'ZK']);
    expect([...codes].sort(compareDutch)).toEqual([...codes].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});
