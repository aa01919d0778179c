import { latestEditionIndex, type Dataset, type DatasetFile } from './schema';

/**
 * The two file formats and the app's working shape. Version 2 (what the
 * dashboard writes) lists editions, each with its tables; the app works with
 * the latest edition's tables on the countries and the others beside them,
 * which is also version 1. Both directions are lossless for everything the
 * app shows, so a downloaded file imports back to the same view.
 */

/** A version 2 file in the app's working shape (input to the one dataset schema, which checks it again). */
export function fromFileV2(file: DatasetFile): Record<string, unknown> {
  const latest = latestEditionIndex(file.editions);
  const own = file.editions[latest];
  if (!own) throw new Error('a version 2 file with no edition');
  const tables = new Map(own.tables.map((t) => [t.countryId, t]));
  return {
    schemaVersion: 1,
    id: file.id,
    source: {
      report: own.report,
      edition: own.edition,
      editionNumber: own.editionNumber,
      publisher: own.publisher,
      imported: own.imported,
      complete: own.complete,
      coverageNote: own.coverageNote,
    },
    units: file.units,
    fiscalYears: own.fiscalYears,
    countries: file.countries.map((country) => {
      const table = tables.get(country.id);
      return {
        ...country,
        source: table?.page ?? null,
        cumulativeFrom: table?.cumulativeFrom ?? null,
        funding: { rows: table?.rows ?? [], printedTotal: table?.printedTotal ?? null },
      };
    }),
    regions: file.regions,
    programs: file.programs,
    groups: file.groups,
    // Earlier editions, earliest first; an edition year is what orders them.
    earlierEditions: file.editions
      .filter((_, i) => i !== latest)
      .sort((a, b) => (a.edition ?? 0) - (b.edition ?? 0)),
  };
}

/** The dataset as a version 2 file: every edition, earliest first, the latest under the dataset's own id. */
export function toFileV2(dataset: Dataset): DatasetFile {
  const { source } = dataset;
  return {
    schemaVersion: 2,
    id: dataset.id,
    units: dataset.units,
    editions: [
      ...[...dataset.earlierEditions].sort((a, b) => a.edition - b.edition),
      {
        id: dataset.id,
        report: source.report,
        edition: source.edition,
        editionNumber: source.editionNumber,
        publisher: source.publisher,
        fiscalYears: dataset.fiscalYears,
        complete: source.complete,
        coverageNote: source.coverageNote,
        imported: source.imported,
        tables: dataset.countries.map((c) => ({
          countryId: c.id,
          page: c.source,
          cumulativeFrom: c.cumulativeFrom,
          headerAsPrinted: null,
          rows: c.funding.rows,
          printedTotal: c.funding.printedTotal,
        })),
      },
    ],
    countries: dataset.countries.map((c) => {
      const page: Partial<typeof c> = { ...c };
      delete page.source;
      delete page.cumulativeFrom;
      delete page.funding;
      return page as DatasetFile['countries'][number];
    }),
    regions: dataset.regions,
    programs: dataset.programs,
    groups: dataset.groups,
  };
}
