import type { Period, Result } from '../data/schema';

/** Digits of |value| as a plain decimal, split at the point: the shortest decimal that reads back as the value (what the data file says), never an exponent. */
function plainDecimal(abs: number): [string, string] {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(abs));
  if (!match) throw new Error(`cannot format ${abs}`);
  let digits = `${match[1] ?? ''}${match[2] ?? ''}`;
  let point = (match[1] ?? '').length + Number(match[3] ?? 0);
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  return [digits.slice(0, point), digits.slice(point)];
}

/** Adds one unit in the last place of a string of decimal digits. */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i -= 1) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/**
 * `value` written as `new Intl.NumberFormat('en-US', { minimumFractionDigits,
 * maximumFractionDigits }).format(value)` writes it: digits grouped by
 * thousands, rounded half away from zero at the last decimal kept (tests
 * check the two agree). Written out here because a page's first
 * Intl.NumberFormat loads locale data, a pause of about 70 ms on this
 * project's test machine, right in the first view's path.
 */
export function formatDecimal(value: number, maximumFractionDigits: number, minimumFractionDigits = 0): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) {
    // Never in this data (amounts are checked); the standard formatter has the last word.
    return new Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits }).format(value);
  }
  const negative = value < 0 || Object.is(value, -0);
  const [whole, fraction] = plainDecimal(Math.abs(value));
  let integerPart = whole;
  let fractionPart = fraction;
  if (fractionPart.length > maximumFractionDigits) {
    const kept = whole + fraction.slice(0, maximumFractionDigits);
    const rounded = Number(fraction[maximumFractionDigits]) >= 5 ? incrementDigits(kept) : kept;
    integerPart = rounded.slice(0, rounded.length - maximumFractionDigits);
    fractionPart = rounded.slice(rounded.length - maximumFractionDigits);
  }
  fractionPart = fractionPart.replace(/0+$/, '').padEnd(minimumFractionDigits, '0');
  integerPart = integerPart.replace(/^0+(?=\d)/, '');
  const grouped = integerPart.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${grouped}${fractionPart ? `.${fractionPart}` : ''}`;
}

/** USD thousands as the report prints them, marked: 1200 -> "$1,200K". */
export function formatThousands(amount: number): string {
  return `$${formatDecimal(amount, 3)}K`;
}

/** USD thousands written out in dollars: 1200 -> "$1,200,000". An exact conversion, not a rounding. */
export function formatDollarsFromThousands(amount: number): string {
  return `$${formatDecimal(amount * 1000, 3)}`;
}

export function formatCount(value: number): string {
  return formatDecimal(value, Number.isInteger(value) ? 0 : 3);
}

/** "More than 27,990", "256", "More than $3 million" — as the source words the figure. */
export function formatResultValue(result: Pick<Result, 'value' | 'bound' | 'unit'>): string {
  const figure = result.unit === 'usd-millions' ? `$${formatCount(result.value)} million` : formatCount(result.value);
  return result.bound === 'more-than' ? `More than ${figure}` : figure;
}

/** Calendar years: "2017" or "2015–2017". */
export function formatPeriod(period: Pick<Period, 'from' | 'to'>): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

/** Fiscal years: "FY2017", "FY2015–FY2017" for a run, "FY2015, FY2017" otherwise. */
export function formatFiscalYears(years: readonly number[]): string {
  if (years.length === 0) return 'no fiscal year';
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? 0;
  const contiguous = last - first === sorted.length - 1;
  if (sorted.length === 1) return `FY${first}`;
  if (contiguous) return `FY${first}–FY${last}`;
  return sorted.map((y) => `FY${y}`).join(', ');
}
