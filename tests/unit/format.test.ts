import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LineId } from '../../src/data/model/lines';
import { resolveViewFilters } from '../../src/data/selectors/viewFilters';
import { formatCount, formatDecimal, formatDollarsFromThousands, formatPeriod, formatResultValue, formatThousands, readableThousands } from '../../src/lib/format';
import { linesLabel } from '../../src/ui/linesLabel';

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

describe('headline money and result figures', () => {
  it('writes money as officers do: dollars in full below $1 million, three significant figures from $1 million up', () => {
    expect(readableThousands(48000)).toEqual({ text: '$48.0 million', dollars: '$48,000,000', exact: '$48,000K', rounded: false });
    expect(readableThousands(670)).toEqual({ text: '$670,000', dollars: '$670,000', exact: '$670K', rounded: false });
    expect(readableThousands(1182)).toEqual({ text: '$1.18 million', dollars: '$1,182,000', exact: '$1,182K', rounded: true });
    expect(readableThousands(3052)).toMatchObject({ text: '$3.05 million', rounded: true });
    expect(readableThousands(229150)).toMatchObject({ text: '$229 million', rounded: true });
    expect(readableThousands(1000)).toMatchObject({ text: '$1.00 million', rounded: false });
    expect(readableThousands(12.5)).toMatchObject({ text: '$12,500', rounded: false });
    expect(readableThousands(0)).toMatchObject({ text: '$0', rounded: false });
    // Rounding half away from zero on the decimal digits, and a carry that adds a digit keeps three figures.
    expect(readableThousands(1185).text).toBe('$1.19 million');
    expect(readableThousands(9995)).toMatchObject({ text: '$10.0 million', rounded: true });
    expect(readableThousands(999999)).toMatchObject({ text: '$1.00 billion', rounded: true });
    expect(readableThousands(1234567)).toMatchObject({ text: '$1.23 billion', rounded: true });
    // A change is signed: Iraq's FY2016 restatement, $30,945K less $15,000K.
    expect(readableThousands(15945, { signed: true }).text).toBe('+$15.9 million');
    expect(readableThousands(-400, { signed: true }).text).toBe('−$400,000');
    // Exact figures at three significant figures are never marked rounded through float error (16,100 / 1,000 is not exact in binary).
    for (let hundredths = 100; hundredths <= 999; hundredths += 1) {
      expect(readableThousands(hundredths * 10).rounded, String(hundredths * 10)).toBe(false);
      expect(readableThousands(hundredths * 100).rounded, String(hundredths * 100)).toBe(false);
      expect(readableThousands(hundredths * 1000).rounded, String(hundredths * 1000)).toBe(false);
    }
    expect(readableThousands(16100).text).toBe('$16.1 million');
    expect(readableThousands(16150)).toMatchObject({ text: '$16.2 million', rounded: true });
  });

  it('writes a period with no stated start as running up to its end', () => {
    expect(formatPeriod({ from: null, to: 2017 })).toBe('up to 2017');
    expect(formatPeriod({ from: 2017, to: 2017 })).toBe('2017');
    expect(formatPeriod({ from: 2015, to: 2017 })).toBe('2015–2017');
  });

  it('writes a result with its bound, its unit and any conversion printed beside it', () => {
    expect(formatResultValue({ value: 27990, bound: 'more-than', unit: 'count' })).toBe('More than 27,990');
    expect(formatResultValue({ value: 3, bound: 'more-than', unit: 'usd-millions' })).toBe('More than $3 million');
    expect(formatResultValue({ value: 1614140, bound: 'exact', unit: 'square-meters', alsoPrinted: '399 acres' })).toBe('1,614,140 square meters (399 acres)');
    expect(formatResultValue({ value: 90, bound: 'approximately', unit: 'percent', alsoPrinted: null })).toBe('Approximately 90%');
  });
});

describe('linesLabel', () => {
  const label = (available: LineId[], lines: LineId[] | null) => linesLabel(resolveViewFilters({ years: null, lines }, [2015, 2016, 2017], available));

  it('names every line under "All agencies", State\'s lines together, or else the chosen lines', () => {
    expect(label(['dos-nadr-cwd', 'dod'], null)).toBe('All agencies (DOS NADR-CWD, DoD)');
    expect(label(['dos-nadr-cwd', 'dos-other', 'dod', 'usaid'], ['dos-nadr-cwd', 'dos-other'])).toBe('State, all lines (DOS NADR-CWD, DOS Other)');
    expect(label(['dos-nadr-cwd', 'dos-other', 'dod', 'usaid'], ['dos-nadr-cwd', 'dod'])).toBe('DOS NADR-CWD, DoD');
    expect(label(['dos-nadr-cwd', 'dod'], ['dos-nadr-cwd'])).toBe('DOS NADR-CWD');
    expect(label(['dos-nadr-cwd', 'dod', 'usaid', 'cdc'], ['usaid', 'cdc'])).toBe('USAID, CDC');
  });
});
