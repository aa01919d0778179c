import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/lib/compareText';

const intl = new Intl.Collator('en-US');
const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 12 });
/** Names as the data has them: letters, spaces and a little punctuation, often sharing a start. */
const nameLike = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', 'm', 'M', ' ', '-', '.', "'", '&', '1', '9'), maxLength: 6 });

describe('compareText (en-US collation order without loading the collation on the page)', () => {
  it('agrees with Intl.Collator("en-US") on printable ASCII', () => {
    fc.assert(
      fc.property(printable, printable, (a, b) => {
        expect(compareText(a, b)).toBe(Math.sign(intl.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with Intl.Collator("en-US") on strings that differ late or only in case', () => {
    fc.assert(
      fc.property(nameLike, nameLike, nameLike, (stem, a, b) => {
        expect(compareText(stem + a, stem + b)).toBe(Math.sign(intl.compare(stem + a, stem + b)));
        expect(compareText(stem + a, (stem + a).toUpperCase())).toBe(Math.sign(intl.compare(stem + a, (stem + a).toUpperCase())));
      }),
      { numRuns: 5000 },
    );
  });

  it('orders partner and country names as a reader expects', () => {
    const names = ['USARAF', 'MAG', 'DanChurchAid', 'HALO Trust', 'mag', 'Bosnia and Herzegovina', 'Bosnia & Herzegovina', 'Burkina Faso'];
    expect([...names].sort(compareText)).toEqual([...names].sort(intl.compare));
    expect([...names].sort(compareText)).toEqual(['Bosnia & Herzegovina', 'Bosnia and Herzegovina', 'Burkina Faso', 'DanChurchAid', 'HALO Trust', 'mag', 'MAG', 'USARAF']);
  });

  it('hands anything beyond ASCII to the collator: accents, other scripts', () => {
    for (const [a, b] of [
      ["Côte d'Ivoire", 'Cote dIvoire'],
      ['Curaçao', 'Cuba'],
      ['Åland', 'Aland'],
      ['Ελλάδα', 'Egypt'],
    ] as const) {
      expect(compareText(a, b)).toBe(Math.sign(intl.compare(a, b)));
    }
  });
});
