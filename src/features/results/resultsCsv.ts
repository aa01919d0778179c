import { AGENCIES } from '../../data/model/agencies';
import { lineNames } from '../../data/model/lines';
import type { Country, Result } from '../../data/model/schema';
import type { ViewFilters } from '../../data/selectors/viewFilters';
import { tableToCsv } from '../../lib/export/csv';
import { downloadBlob } from '../../lib/export/download';
import { fileBase, fiscalYearsSlug } from '../../lib/export/fileName';
import { formatPeriod, formatResultValue } from '../../lib/format';

/** A result as the page shows it, with the marks its tile carries under the filters. */
export interface ShownResult {
  result: Result;
  flags: readonly string[];
}

/**
 * The results in view as a table: every figure as shown and as printed, its period (calendar years, with
 * the page's wording), partner and funder, and what the tile says about it under the filters.
 */
export function resultsTable(country: Country, shown: readonly ShownResult[]) {
  return {
    columns: ['Country', 'Result', 'Figure', 'Qualifier', 'Unit', 'As printed', 'Period (calendar years)', 'Period as the page words it', 'Partner', 'Funded by', 'Marked'],
    rows: shown.map(({ result, flags }) => [
      country.name,
      `${formatResultValue(result)} ${result.label}`,
      result.value,
      result.bound,
      result.unit,
      result.valueText ?? '',
      formatPeriod(result.period),
      result.period.note ?? '',
      result.partner ?? 'None named',
      result.agency ? AGENCIES[result.agency].name : 'U.S. government (no agency named)',
      flags.join('; '),
    ]),
  };
}

/** Downloads the results in view as CSV (UTF-8 with BOM, formula-safe); returns the file name. */
export function downloadResultsCsv(country: Country, shown: readonly ShownResult[], filters: ViewFilters): string {
  const name = `${fileBase([country.id, 'results', filters.allYears ? '' : fiscalYearsSlug(filters.years), filters.allLines ? '' : lineNames(filters.lines, '-')])}.csv`;
  downloadBlob(new Blob([tableToCsv(resultsTable(country, shown))], { type: 'text/csv;charset=utf-8' }), name);
  return name;
}
