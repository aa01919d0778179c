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
    if (computed !== printedYear) mismatches.push({ countryId: country.id, column: year, printed: printedYear, computed });
  }
  const computedCumulative = rowsSumCumulative(country);
  if (computedCumulative !== printed.cumulative) {
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
