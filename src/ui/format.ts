import type { Period, Result } from '../data/schema';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** USD thousands as the report prints them, marked: 1200 -> "$1,200K". */
export function formatThousands(amount: number): string {
  return `$${decimal.format(amount)}K`;
}

/** USD thousands written out in dollars: 1200 -> "$1,200,000". An exact conversion, not a rounding. */
export function formatDollarsFromThousands(amount: number): string {
  return `$${decimal.format(amount * 1000)}`;
}

export function formatCount(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
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
