import { LINE_NAMES, lineOf, type LineId } from '../model/lines';
import type { AgencyId, Country, Program } from '../model/schema';
import type { TotalMismatch } from '../model/totals';
import { checkPrintedTotals, sum } from '../model/totals';
import type { ViewFilters } from './viewFilters';

/** One stacked series: a funding line (agency + program), as printed in the table. */
export interface FundingSeries {
  key: LineId;
  agency: AgencyId;
  program: Program;
  name: string;
  printedLabel: string;
}

export interface FundingYear {
  fiscalYear: number;
  /** Amount per series key, USD thousands. */
  amounts: Record<string, number>;
  /** Sum of the shown series for this year, USD thousands. */
  total: number;
}

export interface FundingTableRow extends FundingSeries {
  byYear: Record<number, number>;
  cumulative: number;
  /** Zero in every year shown: kept in the table (with its cumulative), left off the chart and its legend. */
  zeroInYearsShown: boolean;
}

export interface FundingView {
  /** The chart's series: the shown rows that have money in at least one year shown. */
  series: FundingSeries[];
  years: FundingYear[];
  rows: FundingTableRow[];
  /** Sum of the shown rows per shown year. */
  totalsByYear: Record<number, number>;
  /**
   * Cumulative for the shown lines. With every line shown this is the
   * printed COUNTRY TOTAL figure (when the page prints one), else the sum of
   * the shown rows' own cumulative figures — never a sum of year columns.
   */
  cumulative: number;
  /** True when `cumulative` is the printed figure rather than a sum of rows. */
  cumulativeIsPrinted: boolean;
  /** Printed total row, shown only when every agency is selected. */
  printedTotal: { label: string; byYear: Record<number, number>; cumulative: number } | null;
  /** Columns where the printed total disagrees with its rows (whole table, regardless of filters). */
  mismatches: TotalMismatch[];
}

/** Funding by agency line per selected fiscal year, for the chart and its table. */
export function fundingByYear(country: Country, fiscalYears: readonly number[], filters: ViewFilters): FundingView {
  const shownRows = country.funding.rows.filter((row) => filters.lines.includes(lineOf(row)));
  const rows: FundingTableRow[] = shownRows.map((row) => {
    const byYear = Object.fromEntries(filters.years.map((y) => [y, row.byFiscalYear[String(y)] ?? 0]));
    return {
      key: lineOf(row),
      agency: row.agency,
      program: row.program,
      name: LINE_NAMES[lineOf(row)],
      printedLabel: row.label,
      byYear,
      cumulative: row.cumulative,
      zeroInYearsShown: Object.values(byYear).every((v) => v === 0),
    };
  });
  const series: FundingSeries[] = rows
    .filter((r) => !r.zeroInYearsShown)
    .map(({ key, agency, program, name, printedLabel }) => ({ key, agency, program, name, printedLabel }));
  const years: FundingYear[] = filters.years.map((fiscalYear) => {
    const amounts = Object.fromEntries(rows.map((r) => [r.key, r.byYear[fiscalYear] ?? 0]));
    return { fiscalYear, amounts, total: sum(Object.values(amounts)) };
  });
  const totalsByYear = Object.fromEntries(years.map((y) => [y.fiscalYear, y.total]));
  const printed = country.funding.printedTotal;
  const showPrinted = filters.allLines && printed !== null;
  return {
    series,
    years,
    rows,
    totalsByYear,
    cumulative: showPrinted ? printed.cumulative : sum(rows.map((r) => r.cumulative)),
    cumulativeIsPrinted: showPrinted,
    printedTotal: showPrinted
      ? {
          label: printed.label,
          byYear: Object.fromEntries(filters.years.map((y) => [y, printed.byFiscalYear[String(y)] ?? 0])),
          cumulative: printed.cumulative,
        }
      : null,
    mismatches: checkPrintedTotals(country, fiscalYears),
  };
}

/** The span the cumulative column covers: "FY2013–FY2017", or "through FY2017" where the page gives no start. */
export function cumulativeSpan(country: Country, fiscalYears: readonly number[]): string {
  const last = fiscalYears[fiscalYears.length - 1];
  const end = last === undefined ? '' : `FY${last}`;
  return country.cumulativeFrom ? `FY${country.cumulativeFrom}–${end}` : `through ${end}`;
}
