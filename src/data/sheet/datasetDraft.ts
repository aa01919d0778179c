import { latestEditionIndex } from '../model/schema';
import { slug } from '../../lib/slug';

/**
 * The tables read from a sheet, grouped by edition, written out as dataset
 * JSON of schema version 2, with where each part came from in the sheet so a
 * problem the schema finds is named by row and column, not by JSON path.
 */

export interface TableDraft {
  countryId: string;
  page: string | null;
  cumulativeFrom: number | null;
  rows: { agency: string; program: string | null; label: string; byFiscalYear: Record<string, number | null>; cumulative: number }[];
  printedTotal: { label: string; byFiscalYear: Record<string, number | null>; cumulative: number } | null;
  /** The sheet row of each of `rows`. */
  sheetRows: number[];
  totalRow: number | null;
}

export interface EditionDraft {
  report: string;
  edition: number | null;
  /** Years some row of this edition gives a figure for. */
  yearsWithFigures: Set<number>;
  tables: Map<string, TableDraft>;
}

/** A JSON path in the written dataset and the sheet row it came from; the most specific first. */
export type Provenance = { path: string; row: number; kind: 'row' | 'table' | 'country' }[];

/**
 * A country's id from its name: the ASCII slug ("Côte d'Ivoire" → "cote-d-ivoire"),
 * or, for a name in a script with no ASCII letters (Arabic, Cyrillic, Chinese),
 * its code points, so that different names never share an id.
 */
export function countryIdFromName(name: string): string {
  const ascii = slug(name);
  if (ascii) return ascii;
  const points = Array.from(name.normalize('NFC')).filter((ch) => /[\p{L}\p{N}]/u.test(ch)).map((ch) => ch.codePointAt(0)?.toString(16) ?? '');
  return points.length > 0 ? `u-${points.join('-')}`.slice(0, 120) : '';
}

export function buildDatasetJson(
  fileName: string,
  editions: Map<string, EditionDraft>,
  countries: { id: string; name: string; region: string; row: number }[],
  allYearsUnsorted: number[],
): { json: Record<string, unknown>; provenance: Provenance } {
  const allYears = [...allYearsUnsorted].sort((a, b) => a - b);
  const list = [...editions.values()];
  const several = list.length > 1;
  const latest = latestEditionIndex(list);
  const base = fileName.replace(/\.[^.]+$/, '');
  const rowPaths: Provenance = [];
  const tablePaths: Provenance = [];
  const countryIndex = new Map(countries.map((c, i) => [c.id, i]));
  const json = {
    schemaVersion: 2,
    id: `import-${slug(base) || 'sheet'}`,
    units: { funding: 'usd-thousands', regional: 'usd-millions' },
    editions: list.map((e, index) => {
      // One edition prints every year column; of several, each prints the years its rows give figures for.
      const own = allYears.filter((y) => e.yearsWithFigures.has(y));
      const years = several && own.length > 0 ? own : allYears;
      const keep = (byFiscalYear: Record<string, number | null>) => Object.fromEntries(years.map((y) => [String(y), byFiscalYear[String(y)] ?? null]));
      return {
        id: `${slug(e.report).slice(0, 40) || 'source'}-${e.edition ?? `undated-${index + 1}`}`,
        report: e.report,
        edition: e.edition,
        editionNumber: null,
        publisher: null,
        fiscalYears: years,
        complete: index === latest,
        coverageNote: index !== latest ? 'Read from a spreadsheet, which does not say whether it holds every country table of this edition.' : null,
        imported: true,
        tables: [...e.tables.values()].map((t, ti) => {
          const tablePath = `editions[${index}].tables[${ti}]`;
          const ci = countryIndex.get(t.countryId) ?? 0;
          t.sheetRows.forEach((row, k) => {
            rowPaths.push({ path: `${tablePath}.rows[${k}]`, row, kind: 'row' });
            if (index === latest) rowPaths.push({ path: `countries[${ci}].funding.rows[${k}]`, row, kind: 'row' });
          });
          const first = t.sheetRows[0] ?? t.totalRow ?? 0;
          if (t.totalRow !== null) {
            rowPaths.push({ path: `${tablePath}.printedTotal`, row: t.totalRow, kind: 'row' });
            if (index === latest) rowPaths.push({ path: `countries[${ci}].funding.printedTotal`, row: t.totalRow, kind: 'row' });
          }
          tablePaths.push({ path: tablePath, row: first, kind: 'table' });
          return {
            countryId: t.countryId,
            page: t.page,
            cumulativeFrom: t.cumulativeFrom,
            headerAsPrinted: null,
            rows: t.rows.map((r) => ({ ...r, byFiscalYear: keep(r.byFiscalYear) })),
            printedTotal: t.printedTotal ? { ...t.printedTotal, byFiscalYear: keep(t.printedTotal.byFiscalYear) } : null,
          };
        }),
      };
    }),
    countries: countries.map((c) => ({
      id: c.id,
      name: c.name,
      region: c.region,
      footnotes: [],
      partners: [],
      partnersComplete: false,
      results: [],
      activities: [],
      narrativeIncluded: false,
    })),
    regions: [],
    groups: [],
  };
  const countryPaths: Provenance = countries.map((c, i) => ({ path: `countries[${i}]`, row: c.row, kind: 'country' }));
  return { json, provenance: [...rowPaths, ...tablePaths, ...countryPaths] };
}
