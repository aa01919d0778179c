import type { Country } from './schema';

/** A column whose printed COUNTRY TOTAL differs from the sum of the agency rows above it. */
export interface TotalMismatch {
  countryId: string;
  /** A fiscal year, or "cumulative". */
  column: number | 'cumulative';
  printed: number;
  computed: number;
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export function rowsSumForYear(country: Country, fiscalYear: number): number {
  return sum(country.funding.rows.map((row) => row.byFiscalYear[String(fiscalYear)] ?? 0));
}

export function rowsSumCumulative(country: Country): number {
  return sum(country.funding.rows.map((row) => row.cumulative));
}

/** Decimal places a figure is written with (1200 → 0, 0.3 → 1). */
function decimals(value: number): number {
  const text = String(value);
  const e = /e-(\d+)$/.exec(text);
  if (e?.[1]) return Number(e[1]);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** Whether a sum equals a printed figure at the precision the figures are written with (0.1 + 0.2 is 0.3), not to the last binary digit. */
export function agreesAtPrintedPrecision(computed: number, printed: number, parts: readonly number[]): boolean {
  const places = Math.min(12, Math.max(decimals(printed), ...parts.map(decimals)));
  const factor = 10 ** places;
  return Math.round(computed * factor) === Math.round(printed * factor);
}

/**
 * The printed total row is a checksum: each column's rows should add up to it.
 * Disagreements are reported, not fixed: the printed figure stays the source's.
 */
export function checkPrintedTotals(country: Country, fiscalYears: readonly number[]): TotalMismatch[] {
  const printed = country.funding.printedTotal;
  if (!printed) return [];
  const mismatches: TotalMismatch[] = [];
  for (const year of fiscalYears) {
    const printedYear = printed.byFiscalYear[String(year)] ?? null;
    // A year the table does not report, in the total or any row, has nothing to check.
    if (printedYear === null || country.funding.rows.some((row) => (row.byFiscalYear[String(year)] ?? null) === null)) continue;
    const computed = rowsSumForYear(country, year);
    const parts = country.funding.rows.map((row) => row.byFiscalYear[String(year)] ?? 0);
    if (!agreesAtPrintedPrecision(computed, printedYear, parts)) mismatches.push({ countryId: country.id, column: year, printed: printedYear, computed });
  }
  const computedCumulative = rowsSumCumulative(country);
  if (!agreesAtPrintedPrecision(computedCumulative, printed.cumulative, country.funding.rows.map((row) => row.cumulative))) {
    mismatches.push({ countryId: country.id, column: 'cumulative', printed: printed.cumulative, computed: computedCumulative });
  }
  return mismatches;
}

/**
 * The cumulative for the lines counted, the one rule for every view: with
 * every line, the printed COUNTRY TOTAL's own figure where the page prints
 * one; otherwise the sum of the counted lines' own cumulatives. Never a sum
 * of fiscal-year columns: the column runs from the country's first funding.
 */
export function cumulativeFor(country: Country, counted: readonly { cumulative: number }[], allLines: boolean): { value: number; printed: boolean } {
  const printed = country.funding.printedTotal;
  if (allLines && printed) return { value: printed.cumulative, printed: true };
  return { value: sum(counted.map((r) => r.cumulative)), printed: false };
}
