// The funding tables as files an analyst can point a spreadsheet, Power BI or a notebook at: per
// edition and per country, CSV and JSON, the series across editions, a schema and an index. Written by
// the build (scripts/dataFilesPlugin.ts) from the dataset the page ships, with the page's own code:
// a country's CSV is the funding chart's table (fundingChart, no filter) through the page's CSV
// writer, over that edition's tables alone. For the latest edition it is, cell for cell, the CSV the
// page downloads for that country (its funding chart's Export, no filter); a figure the edition does
// not print stays blank here, where the page would fill it from an earlier edition and say so.
import { checkBundledDataset } from '../src/data/editions/bundledDataset';
import { datasetToCsvTable } from '../src/data/csv/writeCsv';
import { LINE_NAMES } from '../src/data/model/lines';
import type { Country, Dataset, DatasetSource, EarlierEdition } from '../src/data/model/schema';
import { offeredYearsOf, selectCountryView, type CountryView } from '../src/data/selectors/countryView';
import { fundingChart } from '../src/features/funding/fundingChartDescription';
import { dataFilePaths, DATA_FOLDER, SERIES_FOLDER, type DataFormat } from '../src/features/sources/dataFilePaths';
import { tableToCsv } from '../src/lib/export/csv';
import { fiscalYearLabel, formatFiscalYears } from '../src/lib/format';

export const MEDIA_TYPES: Readonly<Record<DataFormat, string>> = { csv: 'text/csv', json: 'application/json' };

/** What a file holds: one country's table or every country's, in one edition or in the series across editions. */
export type TableKind = 'country' | 'edition' | 'series-country' | 'series';

export interface DataFile {
  /** Relative to the site's base ("data/tweis-2018/countries/angola.csv"). */
  path: string;
  contents: string;
  mediaType: string;
  title: string;
  table: TableKind | 'schema' | 'index';
  /** The edition's year; null for the series and the schema. */
  edition: number | null;
  /** The country's id, for one country's table. */
  country: string | null;
}

const UNIT = 'USD thousands';
const NOT_REPORTED = 'A blank CSV cell (null in JSON) is a figure the report does not print: "not reported", never 0.';
const CUMULATIVE =
  "The report's own column: all CWD funding since the country first received it, through the edition's last fiscal year. It is its own figure, NOT the sum of the fiscal-year columns.";

/** One edition's tables as a dataset of their own (no other edition beside them): its country views read that edition's figures alone. */
function editionDataset(dataset: Dataset, edition: EarlierEdition | null): Dataset {
  if (!edition) return { ...dataset, earlierEditions: [] };
  const byId = new Map(dataset.countries.map((c) => [c.id, c]));
  const countries = edition.tables.flatMap((table): Country[] => {
    const country = byId.get(table.countryId);
    return country
      ? [{ ...country, source: table.page, cumulativeFrom: table.cumulativeFrom, funding: { rows: table.rows, printedTotal: table.printedTotal } }]
      : [];
  });
  const source: DatasetSource = {
    report: edition.report,
    edition: edition.edition,
    editionNumber: edition.editionNumber,
    publisher: edition.publisher,
    imported: edition.imported,
    complete: edition.complete,
    coverageNote: edition.coverageNote,
  };
  return { ...dataset, id: edition.id, source, fiscalYears: edition.fiscalYears, countries, earlierEditions: [] };
}

interface JsonSource {
  report: string;
  edition: number | null;
  editionNumber: number | null;
  publisher: string | null;
  /** The country's page in the edition, where the file is one country's. */
  page?: string | null;
}

function jsonSource(source: DatasetSource, page?: string | null): JsonSource {
  return { report: source.report, edition: source.edition, editionNumber: source.editionNumber, publisher: source.publisher, ...(page === undefined ? {} : { page }) };
}

const yearKeyed = <T>(years: readonly number[], value: (year: number) => T): Record<string, T> => Object.fromEntries(years.map((y) => [String(y), value(y)]));

/** A country's lines and printed total as JSON, from the same view as its CSV. */
function countryTable(view: CountryView, editionOf: ((editionId: string) => number | null) | null) {
  const { country, funding, filters } = view;
  const years = filters.years;
  const fromEdition = (sources: CountryView['funding']['rows'][number]['sources']) =>
    editionOf ? { fromEdition: yearKeyed(years, (y) => (sources[y] ? editionOf(sources[y].editionId) : null)) } : {};
  const lastYear = view.dataset.fiscalYears[view.dataset.fiscalYears.length - 1] ?? null;
  return {
    id: country.id,
    name: country.name,
    region: country.region,
    page: country.source,
    cumulative: { from: country.cumulativeFrom, through: lastYear, span: view.cumulativeSpan },
    lines: funding.rows.map((r) => ({
      line: r.name,
      agency: r.agency,
      program: r.program,
      printedLabel: r.printedLabel,
      byFiscalYear: yearKeyed(years, (y) => r.byYear[y] ?? null),
      ...fromEdition(r.sources),
      cumulative: r.cumulative,
    })),
    printedTotal: funding.printedTotal
      ? {
          printedLabel: funding.printedTotal.label,
          byFiscalYear: yearKeyed(years, (y) => funding.printedTotal?.byYear[y] ?? null),
          ...fromEdition(funding.printedTotal.sources),
          cumulative: funding.printedTotal.cumulative,
        }
      : null,
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The series across editions of every country, as one CSV: each year's figure, and the edition it comes from. */
function seriesCsv(views: readonly CountryView[], years: readonly number[], editionOf: (editionId: string) => number | null): string {
  const columns = [
    'Country',
    'Region',
    'Agency line',
    'Printed label',
    ...years.map((y) => `${fiscalYearLabel(y)} (USD thousands)`),
    'Cumulative (USD thousands)',
    'Cumulative from',
    'Cumulative through',
    ...years.map((y) => `${fiscalYearLabel(y)} edition`),
    'Country page',
  ];
  const rows = views.flatMap((view) => {
    const { country, funding } = view;
    const last = view.dataset.fiscalYears[view.dataset.fiscalYears.length - 1];
    const tail = (cumulative: number) => [cumulative, country.cumulativeFrom ? fiscalYearLabel(country.cumulativeFrom) : '', last ? fiscalYearLabel(last) : ''];
    const editions = (sources: CountryView['funding']['rows'][number]['sources']) => years.map((y) => (sources[y] ? String(editionOf(sources[y].editionId) ?? '') : ''));
    const lines = funding.rows.map((r) => [country.name, country.region, r.name, r.printedLabel, ...years.map((y) => r.byYear[y] ?? ''), ...tail(r.cumulative), ...editions(r.sources), country.source ?? '']);
    const total = funding.printedTotal;
    return total
      ? [...lines, [country.name, country.region, 'All agencies (printed total)', total.label, ...years.map((y) => total.byYear[y] ?? ''), ...tail(total.cumulative), ...editions(total.sources), country.source ?? '']]
      : lines;
  });
  return tableToCsv({ columns, rows });
}

/** What each file's columns hold: published as data/schema.json. */
function schemaFile(dataset: Dataset): unknown {
  const yearColumn = { name: 'FY<year> (USD thousands)', type: 'number', unit: UNIT, description: `Funding in that U.S. government fiscal year (FY2017: 1 October 2016 to 30 September 2017), exact as printed. ${NOT_REPORTED}` };
  const line = { name: 'Agency line', type: 'string', description: `The funding line: ${Object.values(LINE_NAMES).join(', ')}, or "All agencies (printed total)" for the table's printed total row (the report's COUNTRY TOTAL, kept as printed even where its rows add up to another figure).` };
  const label = { name: 'Printed label', type: 'string', description: 'The row label exactly as the report prints it ("DOS NADR - CWD", "COUNTRY TOTAL").' };
  const country = { name: 'Country', type: 'string', description: 'The country as the report names it.' };
  return {
    title: 'U.S. Conventional Weapons Destruction funding tables: what the columns hold',
    source: { report: dataset.source.report, publisher: dataset.source.publisher },
    unit: `${UNIT}: every amount is in thousands of U.S. dollars, exact as printed (1200 is $1,200,000).`,
    notReported: NOT_REPORTED,
    cumulative: CUMULATIVE,
    files: {
      country: {
        path: `${DATA_FOLDER}/<edition>/countries/<country>.csv`,
        description:
          "One country's funding table in one edition: the table the dashboard's funding chart exports as CSV for that country with no filter (the edition's fiscal years, every line). UTF-8 with a byte order mark, CRLF line ends. The edition is the folder's name; its source (report, edition, publisher, the country's page) is in the JSON file beside it and in index.json.",
        fields: [
          country,
          line,
          label,
          yearColumn,
          { name: 'Cumulative <span> (USD thousands)', type: 'number', unit: UNIT, description: `${CUMULATIVE} <span> is "FY2002–FY2017" (from the country's first funding to the edition's last fiscal year) or "through FY2017" where the report gives no first year.` },
        ],
      },
      edition: {
        path: `${DATA_FOLDER}/<edition>/funding.csv`,
        description: "Every country's table in one edition, in the dashboard's dataset CSV form (the Datasets panel imports it): each row names its source and edition.",
        fields: [
          country,
          { name: 'Region', type: 'string', description: "The report's region." },
          { name: 'Source', type: 'string', description: 'The report the figures are printed in.' },
          { name: 'Edition', type: 'integer', description: "The report's edition (year of publication)." },
          line,
          label,
          yearColumn,
          { name: 'Cumulative (USD thousands)', type: 'number', unit: UNIT, description: CUMULATIVE },
          { name: 'Cumulative from', type: 'string', description: 'The fiscal year of the country\'s first CWD funding, which the cumulative starts from ("FY2002"); blank where the report gives none.' },
          { name: 'Country page', type: 'string', format: 'uri', description: "The country's page in the edition, at the State Department." },
        ],
      },
      seriesCountry: {
        path: `${DATA_FOLDER}/${SERIES_FOLDER}/countries/<country>.csv`,
        description:
          "One country's funding across the editions, every fiscal year any edition prints: each year's figure from the latest edition that prints it (which edition is in the JSON file beside it, fromEdition). The same columns as a country's table; the dashboard's funding chart exports the same CSV with every fiscal year chosen.",
        fields: [country, line, label, yearColumn, { name: 'Cumulative <span> (USD thousands)', type: 'number', unit: UNIT, description: `${CUMULATIVE} From the latest edition.` }],
      },
      series: {
        path: `${DATA_FOLDER}/${SERIES_FOLDER}/funding.csv`,
        description: "Every country's series across the editions in one table, with the edition each year's figure comes from.",
        fields: [
          country,
          { name: 'Region', type: 'string', description: "The report's region." },
          line,
          label,
          yearColumn,
          { name: 'Cumulative (USD thousands)', type: 'number', unit: UNIT, description: `${CUMULATIVE} From the latest edition.` },
          { name: 'Cumulative from', type: 'string', description: 'The fiscal year the cumulative starts from; blank where the report gives none.' },
          { name: 'Cumulative through', type: 'string', description: 'The fiscal year the cumulative runs to: the latest edition\'s last.' },
          { name: 'FY<year> edition', type: 'integer', description: "The edition that year's figure comes from: the latest that prints it. Blank where no edition prints it." },
          { name: 'Country page', type: 'string', format: 'uri', description: "The country's page in the latest edition." },
        ],
      },
      json: {
        description:
          'Each CSV has a JSON file beside it with the same figures: source (report, edition, publisher, and page for one country), unit, fiscalYears, and per country its lines (line, agency, program, printedLabel, byFiscalYear keyed by year, cumulative) and printedTotal (null where the page prints none). A null figure is not reported. In the series, fromEdition gives, per year, the edition the figure comes from, and restatements every figure two editions print differently.',
      },
    },
  };
}

/** Every data file the build publishes, index.json last (it lists the others). */
export function dataFiles(dataset: Dataset): DataFile[] {
  const files: DataFile[] = [];
  const add = (path: string, format: DataFormat, contents: string, title: string, table: DataFile['table'], edition: number | null, country: string | null) => {
    files.push({ path, contents, mediaType: MEDIA_TYPES[format], title, table, edition, country });
  };
  add(dataFilePaths.schema, 'json', json(schemaFile(dataset)), 'What the columns hold', 'schema', null, null);

  const editions: { dataset: Dataset; own: boolean }[] = [
    { dataset: editionDataset(dataset, null), own: true },
    ...[...dataset.earlierEditions].sort((a, b) => b.edition - a.edition).map((e) => ({ dataset: editionDataset(dataset, e), own: false })),
  ];
  for (const { dataset: edition, own } of editions) {
    const name = `${edition.source.report}, ${edition.source.edition ?? ''} edition`;
    const year = edition.source.edition;
    // Each country's view with no filter (the edition's fiscal years, every line) over the edition's tables alone: where the
    // edition prints every figure, as the bundled editions do, its table is the page's (tests/unit/dataFiles.test.ts).
    const views = edition.countries.map((c) => selectCountryView(edition, c, { years: null, lines: null }));
    for (const view of views) {
      const { country } = view;
      const title = `${country.name}: U.S. CWD funding by agency, ${formatFiscalYears(view.filters.years)} (${name})`;
      add(dataFilePaths.country(edition.id, country.id, 'csv'), 'csv', tableToCsv(fundingChart(view).table), title, 'country', year, country.id);
      add(
        dataFilePaths.country(edition.id, country.id, 'json'),
        'json',
        json({ title, source: jsonSource(edition.source, country.source), unit: UNIT, notReported: NOT_REPORTED, fiscalYears: view.filters.years, ...countryTable(view, null), ...(own ? { footnotes: country.footnotes.map((f) => f.text) } : {}) }),
        title,
        'country',
        year,
        country.id,
      );
    }
    const title = `Every country: U.S. CWD funding by agency, ${formatFiscalYears(edition.fiscalYears)} (${name})`;
    add(dataFilePaths.edition(edition.id, 'csv'), 'csv', tableToCsv(datasetToCsvTable(edition)), title, 'edition', year, null);
    add(
      dataFilePaths.edition(edition.id, 'json'),
      'json',
      json({ title, source: jsonSource(edition.source), unit: UNIT, notReported: NOT_REPORTED, complete: edition.source.complete, fiscalYears: edition.fiscalYears, countries: views.map((v) => countryTable(v, null)) }),
      title,
      'edition',
      year,
      null,
    );
  }

  // The series: every fiscal year some edition prints, each from the latest edition that prints it (the page's view with every year chosen).
  const years = offeredYearsOf(dataset);
  if (dataset.earlierEditions.length > 0) {
    const editionOf = (id: string) => editions.find((e) => e.dataset.id === id)?.dataset.source.edition ?? null;
    const seriesSource = { report: dataset.source.report, editions: editions.map((e) => e.dataset.source.edition), publisher: dataset.source.publisher };
    const views = dataset.countries.map((c) => selectCountryView(dataset, c, { years, lines: null }));
    for (const view of views) {
      const { country } = view;
      const title = `${country.name}: U.S. CWD funding by agency, ${formatFiscalYears(years)}, across editions`;
      add(dataFilePaths.country(SERIES_FOLDER, country.id, 'csv'), 'csv', tableToCsv(fundingChart(view).table), title, 'series-country', null, country.id);
      const restatements = view.funding.restatements.map((r) => ({
        line: r.key === 'total' ? 'All agencies (printed total)' : LINE_NAMES[r.key],
        fiscalYear: r.fiscalYear,
        figures: r.figures.map((f) => ({ edition: f.edition, value: f.value })),
      }));
      add(
        dataFilePaths.country(SERIES_FOLDER, country.id, 'json'),
        'json',
        json({ title, source: { ...seriesSource, page: country.source }, unit: UNIT, notReported: NOT_REPORTED, fiscalYears: years, ...countryTable(view, editionOf), restatements, footnotes: country.footnotes.map((f) => f.text) }),
        title,
        'series-country',
        null,
        country.id,
      );
    }
    const title = `Every country: U.S. CWD funding by agency, ${formatFiscalYears(years)}, across editions`;
    add(dataFilePaths.edition(SERIES_FOLDER, 'csv'), 'csv', seriesCsv(views, years, editionOf), title, 'series', null, null);
    add(
      dataFilePaths.edition(SERIES_FOLDER, 'json'),
      'json',
      json({ title, source: seriesSource, unit: UNIT, notReported: NOT_REPORTED, fiscalYears: years, countries: views.map((v) => countryTable(v, editionOf)) }),
      title,
      'series',
      null,
      null,
    );
  }

  // Paths in the index are relative to it, so it resolves under any base.
  const inFolder = (path: string) => path.slice(DATA_FOLDER.length + 1);
  const index = {
    title: `U.S. CWD funding tables from ${dataset.source.report}, as files`,
    source: { report: dataset.source.report, publisher: dataset.source.publisher, editions: editions.map((e) => e.dataset.source.edition) },
    unit: UNIT,
    notReported: NOT_REPORTED,
    cumulative: CUMULATIVE,
    schema: inFolder(dataFilePaths.schema),
    note: 'Each path is relative to this file.',
    editions: editions.map(({ dataset: e }) => ({ id: e.id, edition: e.source.edition, fiscalYears: e.fiscalYears, countries: e.countries.length, complete: e.source.complete, folder: e.id })),
    ...(dataset.earlierEditions.length > 0 ? { series: { folder: SERIES_FOLDER, fiscalYears: years } } : {}),
    files: files.map((f) => ({ path: inFolder(f.path), mediaType: f.mediaType, title: f.title, table: f.table, edition: f.edition, country: f.country, bytes: new TextEncoder().encode(f.contents).length })),
  };
  add(dataFilePaths.index, 'json', json(index), 'Every data file', 'index', null, null);
  return files;
}

/** The data files of the bundled files (funding tables, narrative, earlier editions), checked as the build checks them; or every problem found. */
export function dataFilesOfBundled(funding: unknown, narrative: unknown, earlier: readonly unknown[]): { files: DataFile[] } | { problems: string[] } {
  const result = checkBundledDataset(funding, narrative, earlier);
  if (!result.ok) return { problems: result.problems.map((p) => `${p.path}: ${p.message}`) };
  return { files: dataFiles(result.loaded.dataset) };
}
