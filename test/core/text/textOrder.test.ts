import fc from 'fast-check';
import { compareDutch } from '../../../src/core/text/textOrder';

/** compareDutch and localeCompare(…, 'nl') give the same sign for any two texts made of `chars`. */
function agreesWithLocaleCompare(chars: string, maxLength: number, numRuns: number): void {
  const text = fc.array(fc.constantFrom(...chars.split('')), { maxLength }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(text, text, (a, b) => {
      expect(Math.sign(compareDutch(a, b))).toBe(Math.sign(a.localeCompare(b, 'nl')));
    }),
    { numRuns },
  );
}

describe('compareDutch', () => {
  it('orders like localeCompare(…, "nl") for codes of letters, digits and spaces', () => {
    agreesWithLocaleCompare('aAbBcCzZ09 5iIjJ', 6, 3000);
  });

  it('orders like localeCompare(…, "nl") for any text, accents and punctuation included', () => {
    agreesWithLocaleCompare('aAeéëÉ-_.(1 ijĳzZ', 5, 2000);
  });

  it('sorts a school’s codes as a Dutch reader expects', () => {
    const codes = ['ZK', 'tl', 'TL', 'B1', 'b', 'A 2', 'A10', 'A2', 'Ziek', 'é', 'e'];
    expect([...codes].sort(compareDutch)).toEqual(['A 2', 'A10', 'A2', 'b', 'B1', 'e', 'é', 'tl', 'TL', 'Ziek', 'ZK']);
    expect([...codes].sort(compareDutch)).toEqual([...codes].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});
