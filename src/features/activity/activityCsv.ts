import { AGENCIES } from '../../data/model/agencies';
import { lineNames } from '../../data/model/lines';
import type { Country } from '../../data/model/schema';
import type { ActivityEntry } from '../../data/selectors/activityView';
import type { ViewFilters } from '../../data/selectors/viewFilters';
import { tableToCsv } from '../../lib/export/csv';
import { downloadBlob } from '../../lib/export/download';
import { fileBase, fiscalYearsSlug } from '../../lib/export/fileName';
import { formatPeriod, formatResultValue } from '../../lib/format';

/** The partner activity in view (search and sort applied) as a table: one row per activity, as its entry shows it. */
export function activityTable(country: Country, entries: readonly ActivityEntry[]) {
  return {
    columns: ['Country', 'Partner', 'Funded by', 'When (calendar years)', 'When, as the page words it', 'What was done (dashboard summary)', 'Results', 'Marked'],
    rows: entries.map(({ activity, results, periodMatch, agencyMatch }) => [
      country.name,
      activity.partner ?? 'Partner not named',
      activity.agency ? AGENCIES[activity.agency].name : 'U.S. government (no agency named)',
      formatPeriod(activity.period),
      activity.period.note ?? '',
      activity.summary,
      results.map((r) => `${formatResultValue(r)} ${r.label} (${formatPeriod(r.period)})`).join('; '),
      [periodMatch === 'partly' ? 'spans years outside the filter' : '', agencyMatch === 'partly' ? 'line not stated' : ''].filter(Boolean).join('; '),
    ]),
  };
}

/** Downloads the partner activity in view as CSV (UTF-8 with BOM, formula-safe); returns the file name. */
export function downloadActivityCsv(country: Country, entries: readonly ActivityEntry[], filters: ViewFilters): string {
  const name = `${fileBase([country.id, 'partner-activity', filters.allYears ? '' : fiscalYearsSlug(filters.years), filters.allLines ? '' : lineNames(filters.lines, '-')])}.csv`;
  downloadBlob(new Blob([tableToCsv(activityTable(country, entries))], { type: 'text/csv;charset=utf-8' }), name);
  return name;
}
