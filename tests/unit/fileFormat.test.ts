import { describe, expect, it, vi } from 'vitest';
import { datasetToCsvTable } from '../../src/data/csv/writeCsv';
import { importDatasetBytes, importDatasetText, importFileBytes } from '../../src/data/import/importFile';
import type { ImportResult } from '../../src/data/import/fileCheck';
import { importDatasetFile, markImported, type ImportPorts, type ImportReview, type ReviewAnswer } from '../../src/data/import/importUseCase';
import type { ImportRecord } from '../../src/data/import/importedDatasets';
import { toFileV2 } from '../../src/data/model/fileFormat';
import { parseDataset } from '../../src/data/model/parseDataset';
import type { Dataset } from '../../src/data/model/schema';
import { countryAcrossEditions, editionLabel, editionsOf } from '../../src/data/selectors/acrossEditions';
import { tableToCsv } from '../../src/lib/export/csv';
import { fullDatasetJson } from '../fixtures/datasets';

const bundled = (): Dataset => parseDataset(fullDatasetJson()).dataset;

function accepted(result: ImportResult) {
  if (result.ok === 'ask') throw new Error(`the file left a question open: ${result.reading.questions.map((q) => q.id).join(', ')}`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result;
}
function problems(result: ImportResult) {
  if (result.ok !== false) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('schema version 2: editions as the model', () => {
  it('writes the bundled dataset as editions, earliest first, and reads it back to the same dataset', () => {
    const dataset = bundled();
    const file = toFileV2(dataset);
    expect(file.schemaVersion).toBe(2);
    expect(file.editions.map((e) => [e.edition, e.fiscalYears, e.tables.length, e.complete])).toEqual([
      [2016, [2013, 2014, 2015], 5, false],
      [2017, [2014, 2015, 2016], 4, false],
      [2018, [2015, 2016, 2017], 35, true],
    ]);
    // Countries carry their pages; their tables live in the editions.
    expect(Object.keys(file.countries[0] ?? {})).not.toContain('funding');
    const back = accepted(importDatasetText(JSON.stringify(file), 'tweis.json')).loaded.dataset;
    expect(back).toEqual(dataset);
  });

  it('still loads a version 1 file, the latest edition inline and earlier ones beside it', () => {
    const v1 = fullDatasetJson();
    expect(v1.schemaVersion).toBe(1);
    expect(accepted(importDatasetText(JSON.stringify(v1), 'v1.json')).loaded.dataset).toEqual(bundled());
  });

  it('says which versions it reads when a file names another', () => {
    expect(problems(importDatasetText('{"schemaVersion": 3}', 'v3.json'))).toEqual([
      { path: 'v3.json: schemaVersion', message: 'expected a dataset of schema version 1 or 2; found schemaVersion 3' },
    ]);
    expect(problems(importDatasetText('[1, 2]', 'list.json'))[0]?.message).toBe('expected a dataset of schema version 1 or 2; found not a JSON object');
  });

  it('refuses a country with no table in the latest edition, and a year a table does not give', () => {
    const file = toFileV2(bundled());
    const latest = file.editions[2];
    if (!latest) throw new Error('no 2018 edition');
    latest.tables = latest.tables.filter((t) => t.countryId !== 'mali');
    const first = file.editions[0]?.tables[0];
    if (first?.rows[0]) first.rows[0].byFiscalYear = { '2013': 1 };
    const found = problems(importDatasetText(JSON.stringify(file), 'broken.json'));
    const mali = file.countries.findIndex((c) => c.id === 'mali');
    expect(found).toEqual(
      expect.arrayContaining([
        { path: `broken.json: countries[${mali}].id`, message: 'has no table in the latest edition ("tweis-2018"); every country needs one (found "mali")' },
        { path: 'broken.json: editions[0].tables[0].rows[0].byFiscalYear', message: 'expected fiscal years 2013, 2014, 2015, found 2013' },
      ]),
    );
  });
});

describe('the CSV form names each row’s source and edition', () => {
  it('writes every edition, and reads them back as editions with the same restatements', () => {
    const dataset = bundled();
    const table = datasetToCsvTable(dataset);
    expect(table.columns.slice(0, 6)).toEqual(['Country', 'Region', 'Source', 'Edition', 'Agency line', 'Printed label']);
    expect(table.columns.filter((c) => c.startsWith('FY'))).toEqual([2013, 2014, 2015, 2016, 2017].map((y) => `FY${y} (USD thousands)`));
    const mali2017 = table.rows.filter((r) => r[0] === 'Mali' && r[3] === '2017');
    // The 2017 edition prints FY2014–FY2016: FY2013 and FY2017 are blank, not 0.
    expect(mali2017.every((r) => r[6] === '' && r[10] === '')).toBe(true);

    const back = accepted(importDatasetText(tableToCsv(table), 'tweis.csv'));
    expect(back.namesItsSource).toBe(true);
    const read = back.loaded.dataset;
    expect(editionsOf(read).map((e) => [e.edition, e.fiscalYears, e.countries])).toEqual(editionsOf(dataset).map((e) => [e.edition, e.fiscalYears, e.countries]));
    for (const country of dataset.countries) {
      const readCountry = read.countries.find((c) => c.id === country.id);
      if (!readCountry) throw new Error(`${country.name} lost`);
      expect(readCountry.funding).toEqual(country.funding);
      const restated = (d: Dataset, c: typeof country) => countryAcrossEditions(d, c).series.restatements.map((r) => [r.key, r.fiscalYear, r.figures.map((f) => f.value)]);
      expect(restated(read, readCountry)).toEqual(restated(dataset, country));
    }
  });

  it('a CSV without a Source column is one edition that the import asks a name for', () => {
    const text = 'Country,Agency line,FY2018 (USD thousands),Cumulative (USD thousands)\nMali,DoD,250,602\n';
    const read = accepted(importDatasetText(text, 'bamako.csv'));
    expect(read.namesItsSource).toBe(false);
    expect(read.loaded.dataset.source).toMatchObject({ report: 'bamako.csv', edition: null });
  });

  it('refuses an edition cell that is not a year, and a row with no source', () => {
    const text = 'Country,Source,Edition,Agency line,FY2018 (USD thousands),Cumulative (USD thousands)\nMali,Office,next year,DoD,1,2\nMali,,2019,DoD,1,2\n';
    expect(problems(importDatasetText(text, 'e.csv'))).toEqual([
      {
        path: 'e.csv: row 2, column C "Edition"',
        message: 'expected an edition year such as 2018, or a blank cell for figures that are not a report edition; found "next year". In Excel, type the year alone',
      },
      { path: 'e.csv: row 3, column B "Source"', message: 'expected the report or office the figures come from; found an empty cell. In Excel, fill in the Source column on every row' },
    ]);
  });
});

describe('the import use case: read, check, ask, save, switch', () => {
  const file = (text: string, name: string) => new File([text], name);
  const record = (over: Partial<ImportRecord> = {}): ImportRecord => ({
    id: 'import-1',
    fileName: 'bamako.csv',
    importedAt: '2026-12-02T00:00:00.000Z',
    bytes: 10,
    countries: 1,
    defaultCountry: 'mali',
    sessionOnly: false,
    ...over,
  });
  const ports = (over: Partial<ImportPorts> = {}): ImportPorts => ({
    read: async (f, _onStage, choices) => importDatasetText(await f.text(), f.name, choices),
    review: vi.fn((review: ImportReview): Promise<ReviewAnswer> => Promise.resolve({ kind: 'import', sourceName: review.needsSourceName ? 'Bamako office, FY2018' : null })),
    save: vi.fn(() => Promise.resolve(record())),
    switchTo: vi.fn(),
    onStage: vi.fn(),
    ...over,
  });
  const csv = 'Country,Agency line,FY2018 (USD thousands),Cumulative (USD thousands)\nMali,DoD,250,602\n';

  it('asks what a CSV’s figures are, saves them under that name marked imported, and switches to them', async () => {
    const p = ports();
    const outcome = await importDatasetFile(file(csv, 'bamako.csv'), p);
    expect(outcome).toMatchObject({ kind: 'imported', message: 'Imported bamako.csv: 1 country.' });
    expect(p.review).toHaveBeenCalledWith(expect.objectContaining({ fileName: 'bamako.csv', suggestedName: 'bamako', needsSourceName: true, ready: true }));
    const saved = vi.mocked(p.save).mock.calls[0]?.[0];
    expect(saved?.source).toMatchObject({ report: 'Bamako office, FY2018', imported: true });
    expect(p.switchTo).toHaveBeenCalledWith(record());
    if (saved) expect(editionLabel(saved, saved.id)).toBe('“Bamako office, FY2018” (imported)');
  });

  it('shows a spreadsheet’s reading, reads it again with the officer’s answer, and saves only what was shown', async () => {
    // "1.200" in a comma file reads either way: the import asks, and nothing is saved until it is answered.
    const ambiguous = 'Country,Agency line,FY2018 (USD thousands),Cumulative (USD thousands)\nMali,DoD,1.200,"1,602"\n';
    const seen: ImportReview[] = [];
    const p = ports({
      review: vi.fn((review: ImportReview): Promise<ReviewAnswer> => {
        seen.push(review);
        if (!review.ready) return Promise.resolve({ kind: 'reread', choices: { ...review.reading.choices, numbers: 'comma' } });
        return Promise.resolve({ kind: 'import', sourceName: 'Bamako office' });
      }),
    });
    expect(await importDatasetFile(file(ambiguous, 'bamako.csv'), p)).toMatchObject({ kind: 'imported' });
    expect(seen.map((r) => r.ready)).toEqual([false, true]);
    expect(seen[0]?.reading.questions.map((q) => [q.id, q.chosen])).toEqual([['numbers', null]]);
    // Read with a decimal comma, "1.200" is 1,200 thousand and "1,602" is 1.602 thousand: exactly what the officer was shown.
    expect(seen[1]?.reading.preview[0]?.figures.map((f) => f.thousands)).toEqual([1200, 1.602]);
    expect(vi.mocked(p.save).mock.calls[0]?.[0].countries[0]?.funding.rows[0]).toMatchObject({ byFiscalYear: { '2018': 1200 }, cumulative: 1.602 });
  });

  it('drops characters that cannot be seen from the name the officer types', async () => {
    const p = ports({ review: () => Promise.resolve({ kind: 'import', sourceName: 'Bamako\u202E office\u200B' }) });
    await importDatasetFile(file(csv, 'bamako.csv'), p);
    expect(vi.mocked(p.save).mock.calls[0]?.[0].source.report).toBe('Bamako office');
  });

  it('a cancelled question saves nothing and switches nowhere', async () => {
    const p = ports({ review: () => Promise.resolve({ kind: 'cancel' }) });
    expect(await importDatasetFile(file(csv, 'bamako.csv'), p)).toEqual({ kind: 'cancelled', fileName: 'bamako.csv' });
    expect(p.save).not.toHaveBeenCalled();
    expect(p.switchTo).not.toHaveBeenCalled();
  });

  it('a failed save or a reader that throws ends with a message, and the view is not switched', async () => {
    const failingSave = ports({ save: () => Promise.reject(new Error('The browser will not store this dataset.')) });
    expect(await importDatasetFile(file(csv, 'a.csv'), failingSave)).toEqual({
      kind: 'failed',
      fileName: 'a.csv',
      problems: [{ path: 'a.csv', message: 'The browser will not store this dataset.' }],
    });
    expect(failingSave.switchTo).not.toHaveBeenCalled();
    const throwing = ports({ read: () => Promise.reject(new Error('Failed to fetch dynamically imported module')) });
    expect(await importDatasetFile(file(csv, 'b.csv'), throwing)).toMatchObject({ kind: 'failed', problems: [{ message: 'Failed to fetch dynamically imported module' }] });
  });

  it('marks every edition a file brings as imported, the report’s own included', () => {
    const marked = markImported(bundled(), null);
    expect(marked.source.imported).toBe(true);
    expect(marked.earlierEditions.every((e) => e.imported)).toBe(true);
    expect(editionLabel(marked, 'tweis-2017')).toBe('2017 edition (imported)');
  });
});

describe('the README’s examples', () => {
  it('import as they are shown', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(`${process.cwd()}/README.md`, 'utf8');
    const block = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme)?.[1] ?? '';
    const json = accepted(importDatasetText(block('json'), 'example.json')).loaded.dataset;
    expect(json.source).toMatchObject({ report: 'Bamako office figures', edition: null });
    expect(json.countries[0]?.funding.rows[0]?.byFiscalYear).toEqual({ '2017': 182, '2018': 250 });
    const csv = accepted(importDatasetText(block('csv'), 'example.csv'));
    expect(csv.namesItsSource).toBe(true);
    expect(csv.loaded.dataset.countries[0]?.funding.rows.map((r) => [r.label, r.cumulative])).toEqual([
      ['DOS NADR - CWD', 3500],
      ['DoD', 602],
    ]);
    // The European CSV, saved as Excel saves it (Windows-1252), reads as the README says it does.
    const { encode, workbookBytes } = await import('../fixtures/officeFiles');
    const european = accepted(importDatasetBytes(encode(block('csv-european').replace(/\n/g, '\r\n'), 'windows-1252'), 'abidjan.csv'));
    const said = (text: string) => text.replace(/\s+/g, ' ');
    expect(said(readme)).toContain(`The review says: *${european.reading?.summary ?? ''}*`);
    expect(european.reading?.notes).toContain('Decimal mark: “182,5” (row 4, column D) can only be read with a decimal comma.');
    const dod = european.reading?.preview.find((r) => r.line === 'DoD');
    expect(dod?.figures.find((f) => f.column === 'FY2017')).toEqual({ column: 'FY2017', raw: '182,5', thousands: 182.5 });
    expect(european.loaded.dataset.countries[0]?.funding.printedTotal?.cumulative).toBe(3052.5);
    // The workbook in the README's table.
    const rows = [...readme.matchAll(/^\| (\d) \| (.*) \|$/gm)].map((m) => (m[2] ?? '').split(' | ').map((c) => (c === '' ? null : /^[\d.]+$/.test(c) ? Number(c) : c)));
    const book = workbookBytes([{ name: 'FY17', rows }, { name: 'Notes', rows: [['Prepared by the Bamako office']] }]);
    const workbook = accepted(await importFileBytes(book, 'bamako.xlsx'));
    expect(said(readme)).toContain(`The review says: *${workbook.reading?.summary ?? ''}*`);
    expect(workbook.loaded.dataset.countries[0]?.funding.rows.map((r) => [r.byFiscalYear, r.cumulative])).toEqual([
      [{ '2017': 1000 }, 2700],
      [{ '2017': 182 }, 352],
    ]);
  });
});
