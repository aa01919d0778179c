import { LINE_NAMES, lineOf, type LineId } from '../model/lines';
import type { AgencyId, Country, Program } from '../model/schema';
import type { TotalMismatch } from '../model/totals';
import { checkPrintedTotals, cumulativeFor, sum } from '../model/totals';
import type { EditionFigure, MergedSeries, Restatement, SeriesKey } from '../editions/merge';
import type { ViewFilters } from './viewFilters';
import { fiscalYearLabel } from '../../lib/format';

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
  /** Amount per series key, USD thousands; 0 where the year is not reported (see notReported). */
  amounts: Record<string, number>;
  /** Sum of the shown series for this year, USD thousands; null unless every shown line is reported. */
  total: number | null;
  /** Shown lines not reported for this year while others are. */
  unreportedLines: string[];
  /** No edition prints any shown line for this year: "not reported", never $0K. */
  notReported: boolean;
}

/** Where a year's figure comes from, when it is not the dataset's own edition or was restated. */
export interface CellSource {
  editionId: string;
  /** Whether the dataset's own edition is the source. */
  own: boolean;
  restated: boolean;
  /** Other editions' figures for the same year. */
  others: EditionFigure[];
}

export interface FundingTableRow extends FundingSeries {
  /** null: no edition prints this line for the year ("not reported"). */
  byYear: Record<number, number | null>;
  /** The edition each year's figure comes from. */
  sources: Record<number, CellSource | null>;
  cumulative: number;
  /** Zero (or not reported) in every year shown: kept in the table (with its cumulative), left off the chart and its legend. */
  zeroInYearsShown: boolean;
}

export interface FundingView {
  /** The chart's series: the shown rows that have money in at least one year shown. */
  series: FundingSeries[];
  years: FundingYear[];
  rows: FundingTableRow[];
  /** Sum of the shown rows per shown year; null where none of them is reported. */
  totalsByYear: Record<number, number | null>;
  /**
   * Cumulative for the shown lines. With every line shown this is the
   * printed COUNTRY TOTAL figure (when the page prints one), else the sum of
   * the shown rows' own cumulative figures — never a sum of year columns.
   */
  cumulative: number;
  /** True when `cumulative` is the printed figure rather than a sum of rows. */
  cumulativeIsPrinted: boolean;
  /** Printed total row, shown only when every line is selected. */
  printedTotal: { label: string; byYear: Record<number, number | null>; sources: Record<number, CellSource | null>; cumulative: number } | null;
  /** Columns where the printed total disagrees with its rows (the dataset's own edition, regardless of filters). */
  mismatches: TotalMismatch[];
  /**
   * The mismatches the view shows: in a year shown, or the cumulative, while
   * the printed total is shown. The table, the notes under the chart and the
   * export all flag these, so none of them can flag what another does not.
   */
  shownMismatches: TotalMismatch[];
  /** Restated figures among those shown. */
  restatements: Restatement[];
}

/** The printed-total mismatches the view shows: in a year shown, or the cumulative, with every line selected (the printed total shows only then). */
export function mismatchesInView(mismatches: readonly TotalMismatch[], filters: ViewFilters): TotalMismatch[] {
  if (!filters.allLines) return [];
  return mismatches.filter((m) => m.column === 'cumulative' || filters.years.includes(m.column));
}

function cellsFor(
  key: SeriesKey,
  years: readonly number[],
  series: MergedSeries | null,
  own: { editionId: string; byFiscalYear: Readonly<Record<string, number | null>> | null },
): { byYear: Record<number, number | null>; sources: Record<number, CellSource | null> } {
  const byYear: Record<number, number | null> = {};
  const sources: Record<number, CellSource | null> = {};
  for (const year of years) {
    const cell = series?.cells.get(key)?.get(year);
    if (cell) {
      byYear[year] = cell.value;
      sources[year] = { editionId: cell.editionId, own: cell.editionId === own.editionId, restated: cell.restated, others: cell.others };
    } else {
      // Without other editions, the dataset's own table is the only source.
      const value = series ? null : (own.byFiscalYear?.[String(year)] ?? null);
      byYear[year] = value;
      sources[year] = value === null ? null : { editionId: own.editionId, own: true, restated: false, others: [] };
    }
  }
  return { byYear, sources };
}

/**
 * Funding by line per selected fiscal year, for the chart and its table. With
 * `across` (the country's editions merged), each year's figure is the latest
 * edition's that prints it, with its source; a year no edition prints is null.
 */
export function fundingByYear(
  country: Country,
  fiscalYears: readonly number[],
  filters: ViewFilters,
  across: { series: MergedSeries; ownEditionId: string } | null = null,
): FundingView {
  const ownEditionId = across?.ownEditionId ?? 'own';
  const series = across?.series ?? null;
  const shownRows = country.funding.rows.filter((row) => filters.lines.includes(lineOf(row)));
  const rows: FundingTableRow[] = shownRows.map((row) => {
    const { byYear, sources } = cellsFor(lineOf(row), filters.years, series, { editionId: ownEditionId, byFiscalYear: row.byFiscalYear });
    return {
      key: lineOf(row),
      agency: row.agency,
      program: row.program,
      name: LINE_NAMES[lineOf(row)],
      printedLabel: row.label,
      byYear,
      sources,
      cumulative: row.cumulative,
      zeroInYearsShown: Object.values(byYear).every((v) => v === 0 || v === null),
    };
  });
  const chartSeries: FundingSeries[] = rows
    .filter((r) => !r.zeroInYearsShown)
    .map(({ key, agency, program, name, printedLabel }) => ({ key, agency, program, name, printedLabel }));
  const years: FundingYear[] = filters.years.map((fiscalYear) => {
    const reported = rows.filter((r) => r.byYear[fiscalYear] !== null);
    const amounts = Object.fromEntries(rows.map((r) => [r.key, r.byYear[fiscalYear] ?? 0]));
    return {
      fiscalYear,
      amounts,
      // A sum over only some lines would pass for the whole: it is given only when every shown line is reported.
      total: reported.length === rows.length && rows.length > 0 ? sum(reported.map((r) => r.byYear[fiscalYear] ?? 0)) : null,
      unreportedLines: reported.length === 0 ? [] : rows.filter((r) => r.byYear[fiscalYear] === null).map((r) => r.name),
      notReported: reported.length === 0,
    };
  });
  const totalsByYear = Object.fromEntries(years.map((y) => [y.fiscalYear, y.total]));
  const printed = country.funding.printedTotal;
  const showPrinted = filters.allLines && printed !== null;
  const cumulative = cumulativeFor(country, rows, filters.allLines);
  const mismatches = checkPrintedTotals(country, fiscalYears);
  const shownKeys = new Set<SeriesKey>([...rows.map((r) => r.key), ...(showPrinted ? (['total'] as const) : [])]);
  return {
    series: chartSeries,
    years,
    rows,
    totalsByYear,
    cumulative: cumulative.value,
    cumulativeIsPrinted: cumulative.printed,
    printedTotal: showPrinted
      ? { label: printed.label, ...cellsFor('total', filters.years, series, { editionId: ownEditionId, byFiscalYear: printed.byFiscalYear }), cumulative: printed.cumulative }
      : null,
    mismatches,
    shownMismatches: showPrinted ? mismatchesInView(mismatches, filters) : [],
    restatements: (series?.restatements ?? []).filter((r) => shownKeys.has(r.key) && filters.years.includes(r.fiscalYear)),
  };
}

/** The span the cumulative column covers: "FY2013–FY2017", or "through FY2017" where the page gives no start. */
export function cumulativeSpan(country: Country, fiscalYears: readonly number[]): string {
  const last = fiscalYears[fiscalYears.length - 1];
  const end = last === undefined ? '' : fiscalYearLabel(last);
  return country.cumulativeFrom ? `${fiscalYearLabel(country.cumulativeFrom)}–${end}` : `through ${end}`;
}
