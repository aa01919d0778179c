import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dataFiles, type DataFile } from '../../scripts/dataFiles';
import { bundledDataFiles } from '../../scripts/dataFilesPlugin';
import { selectCountryView } from '../../src/data/selectors/countryView';
import { fundingChart } from '../../src/features/funding/fundingChartDescription';
import { tableToCsv } from '../../src/lib/export/csv';
import { checkBundledDataset } from '../../src/data/editions/bundledDataset';
import type { Dataset } from '../../src/data/model/schema';
import funding from '../../src/data/datasets/tweis-2018-funding.json';
import { narrative2018 as narrative } from '../../src/data/datasets/tweis2018Narrative';
import funding2016 from '../../src/data/datasets/tweis-2016-funding.json';
import funding2017 from '../../src/data/datasets/tweis-2017-funding.json';

/** A table as the report's file holds it: printed labels, fyNNNN figures, the cumulative. */
interface RawTable {
  id: string;
  name: string;
  source: string;
  rows: ({ label: string; cumulative: number } & Record<string, number | string>)[];
  printedTotal: ({ cumulative: number } & Record<string, number>) | null;
  printedTotalLabel?: string;
}
interface RawEdition {
  meta: { edition: number; publisher: string; report: string };
  countries: RawTable[];
}

const editions = [funding, funding2017, funding2016] as unknown as RawEdition[];
const loaded = checkBundledDataset(funding, narrative, [funding2016, funding2017]);
if (!loaded.ok) throw new Error('the bundled dataset is not valid');
const { dataset } = loaded.loaded;
const files = dataFiles(dataset);
const byPath = new Map(files.map((f) => [f.path, f]));

function file(path: string): DataFile {
  const found = byPath.get(path);
  if (!found) throw new Error(`no file ${path}`);
  return found;
}

/** A CSV as its rows of cells: BOM and CRLF as the page writes them, every cell as text. */
function csvRows(path: string): string[][] {
  const { contents } = file(path);
  expect(contents.startsWith('\uFEFF')).toBe(true);
  expect(contents).not.toMatch(/[^\r]\n/);
  const parsed = Papa.parse<string[]>(contents.slice(1), { newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the shape it reads
const jsonOf = <T,>(path: string): T => JSON.parse(file(path).contents) as T;
const cell = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value));

interface JsonLine {
  line: string;
  printedLabel: string;
  byFiscalYear: Record<string, number | null>;
  fromEdition?: Record<string, number | null>;
  cumulative: number;
}
interface JsonCountry {
  id: string;
  name: string;
  source?: { report: string; edition: number | null; publisher: string; page: string };
  fiscalYears: number[];
  lines: JsonLine[];
  printedTotal: Omit<JsonLine, 'line'> | null;
}

/** The source a country's CSV names on every row: publisher, report, edition and the country's page. */
const sourceCell = (s: { publisher: string; report: string; edition: number | null }, name: string, page: string | null | undefined) =>
  [s.publisher, `${s.report}${s.edition === null ? '' : `, ${s.edition} edition`}`, page ? `${name} page (${page})` : name].join(', ');

/** A country's JSON as the CSV's rows (without its heading), up to the source the CSV names on each row: the two must agree. */
function jsonAsRows(country: JsonCountry, name: string): string[][] {
  const years = Object.keys(country.lines[0]?.byFiscalYear ?? {});
  const total = country.printedTotal;
  return [
    ...country.lines.map((l) => [name, l.line, l.printedLabel, ...years.map((y) => cell(l.byFiscalYear[y])), String(l.cumulative)]),
    ...(total ? [[name, 'All agencies (printed total)', total.printedLabel, ...years.map((y) => cell(total.byFiscalYear[y])), String(total.cumulative)]] : []),
  ];
}

/** A country CSV's rows without the source each names (checked on its own). */
const withoutSource = (rows: string[][]) => rows.map((r) => r.slice(0, -1));

describe('the data files the build publishes', () => {
  it('has, for every edition, every country of it as CSV and JSON whose figures are those printed, exactly', () => {
    for (const edition of editions) {
      const id = `tweis-${edition.meta.edition}`;
      const years = dataset.source.edition === edition.meta.edition ? dataset.fiscalYears : (dataset.earlierEditions.find((e) => e.id === id)?.fiscalYears ?? []);
      expect(years).toHaveLength(3);
      for (const raw of edition.countries) {
        const rows = csvRows(`data/${id}/countries/${raw.id}.csv`);
        expect(rows[0]?.slice(0, 3)).toEqual(['Country', 'Agency line', 'Printed label']);
        expect(rows[0]?.slice(3, 6)).toEqual(years.map((y) => `FY${y} (USD thousands)`));
        expect(rows[0]?.[6]).toMatch(/^Cumulative (FY\d{4}–|through )FY\d{4} \(USD thousands\)$/);
        expect(rows[0]?.[7]).toBe('Source');
        const body = rows.slice(1);
        // Every row names its source: the edition's publisher, report and edition, and the country's page in it.
        const source = sourceCell(edition.meta, raw.name, raw.source);
        expect(source).toContain(`To Walk the Earth in Safety, ${edition.meta.edition} edition, ${raw.name} page (https://www.state.gov/`);
        // Every printed row, in any order, with its printed label and its exact figures; then the printed total.
        const printed = raw.rows.map((r) => [raw.name, r.label, ...years.map((y) => cell(r[`fy${y}`] as number)), String(r.cumulative), source]);
        expect(body.slice(0, raw.rows.length).map((r) => [r[0], r[2], ...r.slice(3)]).sort()).toEqual(printed.sort());
        if (raw.printedTotal) {
          const total = raw.printedTotal;
          expect(body.at(-1)).toEqual([raw.name, 'All agencies (printed total)', raw.printedTotalLabel ?? 'COUNTRY TOTAL', ...years.map((y) => cell(total[`fy${y}`])), String(total.cumulative), source]);
        }
        expect(body).toHaveLength(raw.rows.length + (raw.printedTotal ? 1 : 0));

        const json = jsonOf<JsonCountry>(`data/${id}/countries/${raw.id}.json`);
        expect(json.source).toEqual({ report: edition.meta.report, edition: edition.meta.edition, editionNumber: expect.any(Number) as number, publisher: edition.meta.publisher, page: raw.source });
        expect(json.fiscalYears).toEqual(years);
        expect(jsonAsRows(json, raw.name)).toEqual(withoutSource(body));
        if (json.source) expect(new Set(body.map((r) => r.at(-1)))).toEqual(new Set([sourceCell(json.source, raw.name, json.source.page)]));
      }
    }
  });

  it("has, for every country, the latest edition's CSV equal to the funding CSV the page downloads with no filter", () => {
    for (const country of dataset.countries) {
      const page = tableToCsv(fundingChart(selectCountryView(dataset, country, { years: null, lines: null })).table);
      expect(file(`data/tweis-2018/countries/${country.id}.csv`).contents).toBe(page);
    }
  });

  it('has every edition whole in one CSV, each row naming its source and edition, and its JSON with the same figures', () => {
    for (const edition of editions) {
      const id = `tweis-${edition.meta.edition}`;
      const rows = csvRows(`data/${id}/funding.csv`);
      const head = rows[0] ?? [];
      const body = rows.slice(1);
      expect(head.slice(0, 4)).toEqual(['Country', 'Region', 'Source', 'Edition']);
      expect(new Set(body.map((r) => `${r[2] ?? ''} ${r[3] ?? ''}`))).toEqual(new Set([`${edition.meta.report} ${edition.meta.edition}`]));
      expect(new Set(body.map((r) => r[0]))).toEqual(new Set(edition.countries.map((c) => c.name)));
      const json = jsonOf<{ source: { edition: number; publisher: string }; countries: (JsonCountry & { name: string })[] }>(`data/${id}/funding.json`);
      expect(json.source).toMatchObject({ edition: edition.meta.edition, publisher: edition.meta.publisher });
      expect(json.countries.map((c) => c.id)).toEqual(edition.countries.map((c) => c.id));
      // The whole edition's JSON says what each country's own file says.
      for (const country of json.countries) {
        expect(jsonAsRows(country, country.name)).toEqual(withoutSource(csvRows(`data/${id}/countries/${country.id}.csv`).slice(1)));
      }
    }
  });

  it('has the series across editions: each year from the latest edition that prints it, blank where none does, and says which edition', () => {
    const years = [2013, 2014, 2015, 2016, 2017];
    for (const country of dataset.countries) {
      const rows = csvRows(`data/series/countries/${country.id}.csv`);
      expect(rows[0]?.slice(3, 8)).toEqual(years.map((y) => `FY${y} (USD thousands)`));
      const json = jsonOf<JsonCountry>(`data/series/countries/${country.id}.json`);
      expect(jsonAsRows(json, country.name)).toEqual(withoutSource(rows.slice(1)));
      for (const line of json.lines) {
        for (const year of years) {
          // The latest edition that prints that year and, for this country, that line.
          const printing = editions
            .filter((e) => `fy${year}` in (e.countries[0]?.rows[0] ?? {}))
            .map((e) => ({ edition: e.meta.edition, row: e.countries.find((c) => c.id === country.id)?.rows.find((r) => lineName(r.label) === line.line) }))
            .find((e) => e.row !== undefined);
          expect(line.fromEdition?.[year] ?? null).toBe(printing?.edition ?? null);
          expect(line.byFiscalYear[year] ?? null).toBe(printing?.row ? (printing.row[`fy${year}`] as number) : null);
        }
      }
    }
    // Angola: FY2014 from the 2017 edition, FY2013 not reported by any.
    expect(csvRows('data/series/countries/angola.csv')[1]?.slice(0, -1)).toEqual(['Angola', 'DOS NADR-CWD', 'DOS NADR - CWD', '', '6000', '5600', '4700', '4000', '106504']);
    const series = csvRows('data/series/funding.csv');
    expect(series.find((r) => r[0] === 'Angola' && r[2] === 'DOS NADR-CWD')?.slice(-6)).toEqual(['', '2017', '2018', '2018', '2018', 'https://www.state.gov/t/pm/rls/rpt/walkearth/2018/287808.htm']);
  });

  it('writes a figure the report does not print as a blank cell and null, never 0', () => {
    const altered: Dataset = structuredClone(dataset);
    const mali = altered.countries.find((c) => c.id === 'mali');
    const row = mali?.funding.rows.find((r) => r.agency === 'dod');
    if (!row) throw new Error('no DoD row for Mali');
    row.byFiscalYear['2016'] = null;
    const mine = new Map(dataFiles(altered).map((f) => [f.path, f.contents]));
    expect(mine.get('data/tweis-2018/countries/mali.csv')).toContain('\r\nMali,DoD,DoD,0,,182,352,"U.S. Department of State,');
    const json = JSON.parse(mine.get('data/tweis-2018/countries/mali.json') ?? '{}') as JsonCountry;
    expect(json.lines.find((l) => l.line === 'DoD')?.byFiscalYear).toEqual({ 2015: 0, 2016: null, 2017: 182 });
  });

  it('lists every file in index.json once, by a path relative to it, with its type and size; the schema says the unit and what the cumulative is', () => {
    const index = jsonOf<{ schema: string; files: { path: string; mediaType: string; bytes: number; edition: number | null; country: string | null }[] }>('data/index.json');
    const listed = index.files.map((f) => `data/${f.path}`);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(files.map((f) => f.path).filter((p) => p !== 'data/index.json').sort());
    for (const entry of index.files) {
      const { contents, mediaType } = file(`data/${entry.path}`);
      expect(entry.mediaType).toBe(mediaType);
      expect(entry.mediaType).toBe(entry.path.endsWith('.csv') ? 'text/csv' : 'application/json');
      expect(entry.bytes).toBe(new TextEncoder().encode(contents).length);
      if (entry.path.endsWith('.json')) expect(() => JSON.parse(contents) as unknown).not.toThrow();
    }
    expect(index.files.filter((f) => f.country === 'angola').map((f) => f.path)).toEqual(
      expect.arrayContaining(['tweis-2018/countries/angola.csv', 'tweis-2018/countries/angola.json', 'tweis-2017/countries/angola.json', 'series/countries/angola.csv']),
    );
    expect(index.schema).toBe('schema.json');
    const schema = file('data/schema.json').contents;
    expect(schema).toContain('USD thousands');
    expect(schema).toContain('NOT the sum of the fiscal-year columns');
    expect(schema).toContain('\\"not reported\\", never 0');
  });

  it('are what the build writes (the plugin runs this code on the bundled files)', async () => {
    const built = await bundledDataFiles(process.cwd());
    expect(built.map((f) => [f.path, f.contents])).toEqual(files.map((f) => [f.path, f.contents]));
  });
});

/** An earlier edition's printed label as the line the dashboard names it ("DOS NADR - CWD" is "DOS NADR-CWD"). */
function lineName(label: string): string {
  const compact = label.replace(/\s+/g, ' ').trim();
  if (/^DOS NADR/i.test(compact)) return 'DOS NADR-CWD';
  if (/^DOS[ -]Other/i.test(compact)) return 'DOS Other';
  return /^DoD$/i.test(compact) ? 'DoD' : compact;
}
