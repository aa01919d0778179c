import { fiscalYearLabel } from '../../lib/format';

/**
 * The dataset's CSV form, named once: the writer puts these headers, the
 * reader looks for them (and for the looser names older exports and
 * spreadsheets use). One row per funding line per country per edition; a
 * printed COUNTRY TOTAL is a row of its own.
 */
export const COLUMN = {
  country: 'Country',
  region: 'Region',
  source: 'Source',
  edition: 'Edition',
  line: 'Agency line',
  label: 'Printed label',
  cumulative: 'Cumulative (USD thousands)',
  cumulativeFrom: 'Cumulative from',
  page: 'Country page',
} as const;

/** "FY2017 (USD thousands)" */
export function yearColumn(year: number): string {
  return `${fiscalYearLabel(year)} (USD thousands)`;
}

/** The agency-line cell of a printed total's row. */
export const TOTAL_LINE = 'All agencies (printed total)';
/** The report's own label for that row. */
export const TOTAL_LABEL = 'COUNTRY TOTAL';

/** The "Edition" cell: "2018", or blank for figures that are not a report edition. */
export function editionCell(edition: number | null): string {
  return edition === null ? '' : String(edition);
}
