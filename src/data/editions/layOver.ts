import type { Dataset, EarlierEdition } from '../model/schema';

/** The report's own edition as an earlier edition beside a later file, for the countries that file has. */
function reportAsEdition(report: Dataset, ids: ReadonlySet<string>): EarlierEdition | null {
  if (report.source.edition === null) return null;
  return {
    id: report.id,
    report: report.source.report,
    edition: report.source.edition,
    editionNumber: report.source.editionNumber,
    publisher: report.source.publisher,
    fiscalYears: report.fiscalYears,
    complete: report.source.complete,
    coverageNote: report.source.coverageNote,
    imported: report.source.imported,
    tables: report.countries
      .filter((c) => ids.has(c.id))
      .map((c) => ({ countryId: c.id, page: c.source, cumulativeFrom: c.cumulativeFrom, headerAsPrinted: null, rows: c.funding.rows, printedTotal: c.funding.printedTotal })),
  };
}

/**
 * An imported file laid over the report, as an edition of its own: the
 * report's editions become its earlier editions for the countries it shares
 * with them, so each year shows the file's figure where it gives one, the
 * report's otherwise, and every difference is listed as a restatement.
 * A file that is not later than the report, or that brings editions of its
 * own, is shown as it is.
 */
export function layOverReport(imported: Dataset, report: Dataset): Dataset {
  const later = imported.source.edition === null || (report.source.edition !== null && imported.source.edition > report.source.edition);
  // An id the report's editions use would make two editions one (the bundled dataset downloaded and imported again).
  const clash = imported.id === report.id || report.earlierEditions.some((e) => e.id === imported.id);
  if (!later || clash || imported.earlierEditions.length > 0) return imported;
  const ids = new Set(imported.countries.map((c) => c.id).filter((id) => report.countries.some((c) => c.id === id)));
  if (ids.size === 0) return imported;
  const own = reportAsEdition(report, ids);
  const earlier = report.earlierEditions.map((e) => ({ ...e, tables: e.tables.filter((t) => ids.has(t.countryId)) })).filter((e) => e.tables.length > 0);
  return { ...imported, earlierEditions: [...earlier, ...(own ? [own] : [])] };
}
