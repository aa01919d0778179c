import { AGENCIES } from '../../data/model/agencies';
import type { AcrossResultRow } from '../../data/selectors/acrossResults';
import { resultKindLabel } from '../../data/selectors/resultKinds';
import { tableToCsv, type ChartTable } from '../../lib/export/csv';
import { downloadBlob } from '../../lib/export/download';
import { fileBase } from '../../lib/export/fileName';
import { formatPeriod } from '../../lib/format';
import { printedResult, UNIT_WORDS } from './resultWords';

/** The table as shown, one row per result: the figure as printed and as a number, its unit, years, partner and funder. */
export function acrossResultsTable(rows: readonly AcrossResultRow[]): ChartTable {
  return {
    columns: ['Country or page', 'Region', 'Kind of result', 'Result as printed', 'Figure', 'Qualifier', 'Unit', 'Period (calendar years)', 'Period as the page words it', 'Partner', 'Funded by'],
    rows: rows.map(({ place, result, kind }) => [
      place.name,
      place.region ?? 'Across regions',
      resultKindLabel(kind),
      printedResult(result),
      result.value,
      result.bound,
      UNIT_WORDS[result.unit],
      formatPeriod(result.period),
      result.period.note ?? '',
      result.partner ?? 'None named',
      result.agency ? AGENCIES[result.agency].name : 'U.S. government (no agency named)',
    ]),
  };
}

/** Downloads the rows as CSV (UTF-8 with BOM, formula-safe); returns the file name. */
export function downloadAcrossCsv(rows: readonly AcrossResultRow[], nameParts: readonly string[]): string {
  const name = `${fileBase(['results', ...nameParts])}.csv`;
  downloadBlob(new Blob([tableToCsv(acrossResultsTable(rows))], { type: 'text/csv;charset=utf-8' }), name);
  return name;
}
