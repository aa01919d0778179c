import { LINE_NAMES, lineOf } from '../model/lines';
import type { Dataset, FundingRow, PrintedTotal } from '../model/schema';
import { COLUMN, TOTAL_LINE, editionCell, yearColumn } from './columns';
import { fiscalYearLabel } from '../../lib/format';

interface Table {
  countryId: string;
  page: string | null;
  cumulativeFrom: number | null;
  rows: readonly FundingRow[];
  printedTotal: PrintedTotal | null;
}

/**
 * The dataset's funding tables as one CSV table: every edition, earliest
 * first, each row naming its source and edition. A year an edition does not
 * print is a blank cell ("not reported"), never 0.
 */
export function datasetToCsvTable(dataset: Dataset): { columns: string[]; rows: (string | number)[][] } {
  const editions = [
    ...[...dataset.earlierEditions].sort((a, b) => a.edition - b.edition).map((e) => ({ report: e.report, edition: e.edition, fiscalYears: e.fiscalYears, tables: e.tables })),
    {
      report: dataset.source.report,
      edition: dataset.source.edition,
      fiscalYears: dataset.fiscalYears,
      tables: dataset.countries.map((c): Table => ({ countryId: c.id, page: c.source, cumulativeFrom: c.cumulativeFrom, rows: c.funding.rows, printedTotal: c.funding.printedTotal })),
    },
  ];
  const years = [...new Set(editions.flatMap((e) => e.fiscalYears))].sort((a, b) => a - b);
  const countries = new Map(dataset.countries.map((c) => [c.id, c]));
  const columns = [
    COLUMN.country,
    COLUMN.region,
    COLUMN.source,
    COLUMN.edition,
    COLUMN.line,
    COLUMN.label,
    ...years.map(yearColumn),
    COLUMN.cumulative,
    COLUMN.cumulativeFrom,
    COLUMN.page,
  ];
  const rows = editions.flatMap((edition) =>
    edition.tables.flatMap((table) => {
      const country = countries.get(table.countryId);
      if (!country) return [];
      const head = [country.name, country.region, edition.report, editionCell(edition.edition)];
      const cells = (byFiscalYear: Readonly<Record<string, number | null>>) => years.map((y) => byFiscalYear[String(y)] ?? '');
      const tail = (cumulative: number) => [cumulative, table.cumulativeFrom ? fiscalYearLabel(table.cumulativeFrom) : '', table.page ?? ''];
      const lines = table.rows.map((r) => [...head, LINE_NAMES[lineOf(r)], r.label, ...cells(r.byFiscalYear), ...tail(r.cumulative)]);
      const total = table.printedTotal;
      return total ? [...lines, [...head, TOTAL_LINE, total.label, ...cells(total.byFiscalYear), ...tail(total.cumulative)]] : lines;
    }),
  );
  return { columns, rows };
}
