import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatDollarsFromThousands, formatThousands } from '../../src/ui/format';

/** What the hand-written formatter must agree with. */
function intl(value: number, maximumFractionDigits: number, minimumFractionDigits = 0): string {
  return new Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits }).format(value);
}

describe('formatDecimal writes numbers as Intl.NumberFormat en-US does', () => {
  it.each([
    [0, 3],
    [-0, 3],
    [1200, 3],
    [1182, 0],
    [3052, 3],
    [27990, 0],
    [1234567.891, 3],
    [22.5, 3],
    [0.35, 2],
    [1.005, 2], // the shortest decimal is 1.005: rounds up to 1.01 (toFixed would give 1.00)
    [2.675, 2],
    [999.9995, 3], // carries into the integer part: 1,000
    [0.0005, 3],
    [-0.0001, 3], // rounds to a negative zero, written "-0"
    [-1234.5, 3],
    [1e-7, 3],
    [123456789012345680000, 3],
    [1182.1 * 1000, 3], // 1182100.0000000002
    [Number.MAX_SAFE_INTEGER, 0],
  ])('%s with up to %s decimals', (value, digits) => {
    expect(formatDecimal(value, digits)).toBe(intl(value, digits));
  });

  it('keeps a minimum of decimals when asked (shares: 0.70%)', () => {
    expect(formatDecimal(0.7, 2, 2)).toBe('0.70');
    expect(formatDecimal(28.97, 2, 2)).toBe(intl(28.97, 2, 2));
    expect(formatDecimal(3, 2, 2)).toBe('3.00');
  });

  it('leaves non-finite and huge values to Intl itself', () => {
    expect(formatDecimal(Number.POSITIVE_INFINITY, 3)).toBe(intl(Number.POSITIVE_INFINITY, 3));
    expect(formatDecimal(Number.NaN, 3)).toBe(intl(Number.NaN, 3));
    expect(formatDecimal(1.5e22, 3)).toBe(intl(1.5e22, 3));
  });

  it('agrees with Intl on any double, any number of decimals up to 6', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 6 }), (value, digits) => {
        expect(formatDecimal(value, digits)).toBe(intl(value, digits));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with Intl on amounts written with a few decimals, as in the data', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e12 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 6 }), (units, scale, digits) => {
        const value = units / 10 ** scale;
        expect(formatDecimal(value, digits)).toBe(intl(value, digits));
        expect(formatDecimal(value, digits, Math.min(digits, 2))).toBe(intl(value, digits, Math.min(digits, 2)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('figures as the dashboard writes them', () => {
  it('marks thousands and converts them to dollars exactly', () => {
    expect(formatThousands(3052)).toBe('$3,052K');
    expect(formatThousands(1182.5)).toBe('$1,182.5K');
    expect(formatDollarsFromThousands(1182)).toBe('$1,182,000');
    expect(formatDollarsFromThousands(1182.1)).toBe('$1,182,100');
  });

  it('counts whole numbers without decimals', () => {
    expect(formatCount(27990)).toBe('27,990');
    expect(formatCount(256)).toBe('256');
    expect(formatCount(2.5)).toBe('2.5');
  });
});
