import { mergeCountry, type EditionTable, type MergedSeries } from '../editions/merge';
import { lineOf } from '../model/lines';
import type { Country, Dataset, EarlierEdition } from '../model/schema';

/** An edition as the "Across editions" panel and the edition summary name it. */
export interface EditionInfo {
  id: string;
  edition: number | null;
  editionNumber: number | null;
  fiscalYears: readonly number[];
  complete: boolean;
  /** Came into this browser from a file, not with the report as bundled. */
  imported: boolean;
  /** The report or office the figures come from, as the file names it. */
  report: string;
  /** Country tables of the edition in this dataset. */
  countries: number;
}

/** Every fiscal year some edition prints, ascending: what the year filter offers. */
export function seriesFiscalYears(dataset: Dataset): number[] {
  const withTables = dataset.earlierEditions.filter((e) => e.tables.length > 0);
  return [...new Set([...dataset.fiscalYears, ...withTables.flatMap((e) => e.fiscalYears)])].sort((a, b) => a - b);
}

/** "2017 edition"; "2019 edition (imported)"; an office's figures by their name, "“Bamako office” (imported)". */
export function editionLabel(dataset: Dataset, editionId: string): string {
  const { source } = dataset;
  const edition = editionId === dataset.id ? { ...source, id: dataset.id } : dataset.earlierEditions.find((e) => e.id === editionId);
  if (!edition) return editionId;
  const mark = edition.imported ? ' (imported)' : '';
  if (edition.edition !== null) return `${edition.edition} edition${mark}`;
  return `“${edition.report}”${mark}`;
}

/** An edition's label in a sentence: "the 2017 edition", but an office's figures by their name alone. */
export function withArticle(label: string): string {
  return /^\d{4} edition/.test(label) ? `the ${label}` : label;
}

/** The dataset's own edition first, then the earlier ones, latest first. */
export function editionsOf(dataset: Dataset): EditionInfo[] {
  const own: EditionInfo = {
    id: dataset.id,
    edition: dataset.source.edition,
    editionNumber: dataset.source.editionNumber,
    fiscalYears: dataset.fiscalYears,
    complete: dataset.source.complete,
    imported: dataset.source.imported,
    report: dataset.source.report,
    countries: dataset.countries.length,
  };
  const earlier = [...dataset.earlierEditions]
    .sort((a, b) => b.edition - a.edition)
    .map((e) => ({ id: e.id, edition: e.edition, editionNumber: e.editionNumber, fiscalYears: e.fiscalYears, complete: e.complete, imported: e.imported, report: e.report, countries: e.tables.length }));
  return [own, ...earlier];
}

/** The country's table in the dataset's own edition, in the merge's terms. */
function ownTable(dataset: Dataset, country: Country): EditionTable {
  return {
    editionId: dataset.id,
    // A file that names no edition year is taken as later than every report edition it sits beside.
    edition: dataset.source.edition ?? Number.MAX_SAFE_INTEGER,
    fiscalYears: dataset.fiscalYears,
    countryId: country.id,
    page: country.source,
    rows: country.funding.rows.map((r) => ({ line: lineOf(r), byFiscalYear: r.byFiscalYear, cumulative: r.cumulative })),
    printedTotal: country.funding.printedTotal,
  };
}

function earlierTables(edition: EarlierEdition, countryId: string): EditionTable[] {
  return edition.tables
    .filter((t) => t.countryId === countryId)
    .map((t) => ({
      editionId: edition.id,
      edition: edition.edition,
      fiscalYears: edition.fiscalYears,
      countryId,
      page: t.page,
      rows: t.rows.map((r) => ({ line: lineOf(r), byFiscalYear: r.byFiscalYear, cumulative: r.cumulative })),
      printedTotal: t.printedTotal,
    }));
}

/** Every edition's table for the country, merged: the series, its restatements and the cumulative chain. */
export function countryAcrossEditions(dataset: Dataset, country: Country): { series: MergedSeries; tables: EditionTable[] } {
  const tables = [ownTable(dataset, country), ...dataset.earlierEditions.flatMap((e) => earlierTables(e, country.id))];
  return { series: mergeCountry(country.id, tables), tables };
}

