import fc from 'fast-check';
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importDatasetBytes, importDatasetText, importFileBytes } from '../../src/data/import/importFile';
import type { ImportResult } from '../../src/data/import/fileCheck';
import type { ReadingChoices } from '../../src/data/sheet/reading';
import { parseDataset } from '../../src/data/model/parseDataset';
import { bundledTable, type CsvStyle, encode, GERMAN_EXCEL, officeCsv, officeCsvText, type OfficeTable, shift, tableWorkbook, US_EXCEL, workbookBytes } from '../fixtures/officeFiles';
import { fullDatasetJson } from '../fixtures/datasets';

/* Officers' own files: CSVs as Excel writes them in any locale, and workbooks. Read exactly, or asked about; never a silent wrong figure. */

function accepted(result: ImportResult) {
  if (result.ok === 'ask') throw new Error(`the file left a question open: ${result.reading.questions.filter((q) => q.chosen === null).map((q) => `${q.id} (${q.why})`).join(', ')}`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result;
}
function refused(result: ImportResult) {
  if (result.ok !== false) throw new Error('expected the file to be refused');
  return result.problems;
}
function asked(result: ImportResult) {
  if (result.ok !== 'ask') throw new Error(`expected a question; got ${result.ok ? JSON.stringify(result.loaded.dataset.countries.map((c) => c.funding.rows)) : JSON.stringify(result.problems)}`);
  return result.reading;
}
const rows = (result: ImportResult) => accepted(result).loaded.dataset.countries.map((c) => ({ name: c.name, rows: c.funding.rows.map((r) => [r.label, r.byFiscalYear, r.cumulative]), total: c.funding.printedTotal }));
const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe('the cases that read wrong or were refused', () => {
  it('reads a German Excel CSV’s 1.200 and 106.504 as thousands grouped by dots, not as 1.2 and 106.504', () => {
    const text = csv(['Country;Agency line;FY2016 (USD thousands);Cumulative (USD thousands)', 'Angola;DOS NADR-CWD;1.200;106.504', 'Angola;DoD;551;8.984']);
    expect(rows(importDatasetText(text, 'de.csv'))[0]?.rows).toEqual([
      ['DOS NADR-CWD', { '2016': 1200 }, 106504],
      ['DoD', { '2016': 551 }, 8984],
    ]);
  });

  it('reads 0,170 in millions as $170K, never as 170 millions or $170K by accident of the comma', () => {
    const text = csv(['Country;Agency line;FY2016 (USD millions);Cumulative (USD millions)', 'Mali;DoD;0,170;0,352']);
    expect(rows(importDatasetText(text, 'fr.csv'))[0]?.rows).toEqual([['DoD', { '2016': 170 }, 352]]);
  });

  it('converts a heading’s unit exactly: 1.7 million is 1,700 thousand, 1,200,000 dollars is 1,200 thousand', () => {
    expect(rows(importDatasetText(csv(['Country,Agency line,FY2016 (USD millions),Cumulative (USD millions)', 'Mali,DoD,1.7,3.052']), 'm.csv'))[0]?.rows).toEqual([['DoD', { '2016': 1700 }, 3052]]);
    expect(rows(importDatasetText(csv(['Country,Agency line,FY2016 (USD),Cumulative (USD)', 'Mali,DoD,"1,200,000","3,052,000"']), 'd.csv'))[0]?.rows).toEqual([['DoD', { '2016': 1200 }, 3052]]);
    // 0.1 + 0.2 style float error cannot creep in: the decimal point moves, nothing is multiplied.
    expect(rows(importDatasetText(csv(['Country,Agency line,FY2016 (USD millions),Cumulative (USD millions)', 'Mali,DoD,0.0003,1.005']), 'f.csv'))[0]?.rows).toEqual([['DoD', { '2016': 0.3 }, 1005]]);
  });

  it('reads the units officers write: $000, USD K, Mio., in thousands, $M', () => {
    const read = (heading: string, cell: string) => rows(importDatasetText(csv([`Country,Agency line,FY2016 ${heading},Cumulative ${heading}`, `Mali,DoD,${cell},${cell}`]), 'u.csv'))[0]?.rows[0]?.[2];
    expect(read('($000)', '1200')).toBe(1200);
    expect(read('(USD K)', '1200')).toBe(1200);
    expect(read('(in thousands)', '1200')).toBe(1200);
    expect(read('(Mio. USD)', '1.2')).toBe(1200);
    expect(read('($M)', '1.2')).toBe(1200);
  });

  it('reads Windows-1252 text, as US and European Excel save “Côte d’Ivoire”', () => {
    const us = encode(csv(['Country,Agency line,FY2016 (USD thousands),Cumulative (USD thousands)', 'Côte d’Ivoire,DoD,"1,200","2,500"']), 'windows-1252');
    const eu = encode(csv(['Country;Agency line;FY2016 (USD thousands);Cumulative (USD thousands)', 'Côte d’Ivoire;DoD;1.200;2.500']), 'windows-1252');
    for (const [bytes, name] of [[us, 'us.csv'], [eu, 'eu.csv']] as const) {
      const result = importDatasetBytes(bytes, name);
      expect(rows(result)).toEqual([{ name: 'Côte d’Ivoire', rows: [['DoD', { '2016': 1200 }, 2500]], total: null }]);
      expect(accepted(result).reading?.summary).toContain('Windows-1252 text');
    }
  });

  it('reads a decimal comma with dots between thousands: 2.500,5', () => {
    expect(rows(importDatasetText(csv(['Country;Agency line;FY2016 (USD thousands);Cumulative (USD thousands)', 'Mali;DoD;2.500,5;3.000']), 'dc.csv'))[0]?.rows).toEqual([['DoD', { '2016': 2500.5 }, 3000]]);
  });

  it('takes Excel’s sep=; line as the delimiter, not as a heading, and numbers rows as Excel shows them', () => {
    const text = csv(['sep=;', 'Country;Agency line;FY2016 (USD thousands);Cumulative (USD thousands)', 'Mali;DoD;abc;352']);
    expect(refused(importDatasetText(text, 'sep.csv'))).toEqual([
      { path: 'sep.csv: row 2, column C "FY2016 (USD thousands)"', message: 'expected an amount; found "abc". In Excel, type the figure as a number, with no words or notes in the cell' },
    ]);
    expect(accepted(importDatasetText(text.replace('abc', '170'), 'sep.csv')).reading?.summary).toMatch(/^Semicolons \(from Excel’s “sep=” line\)/);
  });

  it('skips title rows and blank rows, reads a Total row as the printed total and checks it against its lines', () => {
    const text = csv([
      'Mali: U.S. CWD funding',
      'Prepared 3 December',
      '',
      'Country,Funding line,FY 2016,FY 2017,Total since FY2013 (USD thousands)',
      'Mali,DOS NADR - CWD,500,"1,000","2,700"',
      '',
      'Mali,DoD,170,182,352',
      'Mali,Total,670,"1,100","3,052"',
      'Source: Bamako office',
    ]);
    const result = accepted(importDatasetText(text, 'sheet.csv'));
    const mali = result.loaded.dataset.countries[0];
    expect(mali?.funding.rows.map((r) => r.cumulative)).toEqual([2700, 352]);
    expect(mali?.funding.printedTotal).toEqual({ label: 'Total', byFiscalYear: { '2016': 670, '2017': 1100 }, cumulative: 3052 });
    expect(mali?.cumulativeFrom).toBe(2013);
    // The printed total disagrees with its lines in FY2017 (1,000 + 182 = 1,182): kept, flagged, and said.
    expect(result.loaded.totalMismatches).toEqual([{ countryId: 'mali', column: 2017, printed: 1100, computed: 1182 }]);
    expect(result.reading?.notes).toEqual(
      expect.arrayContaining([
        '2 rows above the headings skipped ("Mali: U.S. CWD funding", "Prepared 3 December").',
        'One blank row skipped.',
        'Row 9 not read: it holds a note and no figures.',
        'Row 8 read as Mali\'s printed total and checked against its lines.',
        'Mali: the printed total for FY2017 is $1,100K but its lines add to $1,182K; both are kept and the total is flagged.',
      ]),
    );
  });

  it('a total row that names no country is the one country’s printed total, however the sheet writes it', () => {
    for (const total of [',Total,670,3052', 'Total,,670,3052', 'Grand total,,670,3052']) {
      const text = csv(['Country,Agency line,FY2016 (USD thousands),Cumulative (USD thousands)', 'Mali,DOS NADR-CWD,500,2700', 'Mali,DoD,170,352', total]);
      const result = accepted(importDatasetText(text, 'one.csv'));
      expect(result.loaded.dataset.countries[0]?.funding.printedTotal).toMatchObject({ byFiscalYear: { '2016': 670 }, cumulative: 3052 });
      expect(result.reading?.notes).toContain("Row 4 read as Mali's printed total and checked against its lines.");
    }
  });

  it('a sheet-wide Total row under several countries is checked and not stored as a figure', () => {
    const text = csv(['Country,Agency line,FY2017 (USD thousands),Cumulative (USD thousands)', 'Mali,DoD,182,352', 'Niger,DoD,100,400', 'Total,,282,752']);
    const result = accepted(importDatasetText(text, 'two.csv'));
    expect(result.loaded.dataset.countries.map((c) => c.name)).toEqual(['Mali', 'Niger']);
    expect(result.reading?.notes).toContain('Row 4 "Total" is the sheet\'s total; it agrees with the lines above it and is not stored as a figure.');
  });

  it('asks which decimal mark a comma file means when its only evidence is 1.200, showing both readings; never guesses', () => {
    const text = csv(['Country,Agency line,FY2016 (USD thousands),Cumulative (USD thousands)', 'Mali,DoD,1.200,2.500']);
    const reading = asked(importDatasetText(text, 'ask.csv'));
    const question = reading.questions.find((q) => q.id === 'numbers');
    expect(question?.chosen).toBeNull();
    expect(question?.kind === 'choice' && question.options.map((o) => [o.value, o.examples[0]])).toEqual([
      ['point', '“1.200” (row 2, column C) → $1.2K'],
      ['comma', '“1.200” (row 2, column C) → $1,200K'],
    ]);
    const answer = (numbers: ReadingChoices['numbers']) => rows(importDatasetText(text, 'ask.csv', { numbers }))[0]?.rows[0]?.[1];
    expect(answer('comma')).toEqual({ '2016': 1200 });
    expect(answer('point')).toEqual({ '2016': 1.2 });
  });

  it('reads an apostrophe between thousands (Swiss Excel) with a decimal point, even in a semicolon file', () => {
    const text = csv(['Country;Agency line;FY2016 (USD thousands);Cumulative (USD thousands)', "Mali;DoD;1'200;5.311"]);
    expect(rows(importDatasetText(text, 'ch.csv'))[0]?.rows).toEqual([['DoD', { '2016': 1200 }, 5.311]]);
  });

  it('asks when one file writes both marks, and reads nothing until answered', () => {
    const text = csv(['Country,Agency line,FY2016 (USD thousands),Cumulative (USD thousands)', 'Mali,DoD,2.5,"3,5"']);
    expect(asked(importDatasetText(text, 'mixed.csv')).questions.find((q) => q.id === 'numbers')?.why).toBe(
      'Some figures use a decimal point, such as “2.5” (row 2, column C), and some a decimal comma, such as “3,5” (row 2, column D).',
    );
  });

  it('asks what unit figures are in when nothing in the sheet says, showing each reading', () => {
    const text = csv(['Country,Agency line,FY2016,Cumulative', 'Mali,DoD,1200,3052']);
    const reading = asked(importDatasetText(text, 'nounit.csv'));
    const unit = reading.questions.find((q) => q.id === 'unit');
    expect(unit?.kind === 'choice' && unit.options.map((o) => o.examples[0])).toEqual([
      '“1200” (row 2, column C) → $1,200K',
      '“1200” (row 2, column C) → $1,200,000K',
      '“1200” (row 2, column C) → $1.2K',
    ]);
    expect(rows(importDatasetText(text, 'nounit.csv', { unit: 'dollars' }))[0]?.rows).toEqual([['DoD', { '2016': 1.2 }, 3.052]]);
  });

  it('asks which country a sheet without a Country column is for, suggesting the title’s, and reads it as that country', () => {
    const text = csv(['Angola: U.S. CWD funding (USD thousands)', 'Funding line,FY2017,Cumulative', 'DOS NADR - CWD,"4,000","106,504"', 'COUNTRY TOTAL,"4,000","106,504"']);
    const question = asked(importDatasetText(text, 'table.csv')).questions.find((q) => q.id === 'country');
    expect(question).toMatchObject({ kind: 'text', chosen: null, suggested: 'Angola' });
    const angola = accepted(importDatasetText(text, 'table.csv', { country: 'Angola' })).loaded.dataset.countries[0];
    expect([angola?.name, angola?.funding.rows[0]?.cumulative, angola?.funding.printedTotal?.cumulative]).toEqual(['Angola', 106504, 106504]);
  });

  it('names a refused cell by row and column letter as Excel does, says what to do in Excel, and quotes at most 40 characters', () => {
    const long = 'x'.repeat(300);
    const text = csv(['Title', 'Country,Agency line,FY2016 (USD thousands),FY2017 (USD thousands),Cumulative (USD thousands)', 'Mali,DoD,1,2,3', 'Mali,USAID,1,-,3', `Mali,CDC,1,${long},3`]);
    const found = refused(importDatasetText(text, 'bad.csv'));
    expect(found[0]).toEqual({
      path: 'bad.csv: row 4, column D "FY2017 (USD thousands)"',
      message: 'found a dash, "-", which could mean no funding or no figure. In Excel, type 0 for no funding, or leave the cell empty for a year not reported',
    });
    expect(found[1]?.path).toBe('bad.csv: row 5, column D "FY2017 (USD thousands)"');
    expect(found[1]?.message).toContain(`"${'x'.repeat(40)}…"`);
    for (const p of found) expect(p.path).not.toMatch(/editions\[|countries\[/);
  });

  it('says which cells it did not read: a column with no heading is named, never dropped silently', () => {
    const text = csv(['Country,Agency line,FY2016 (USD thousands),Cumulative (USD thousands),Notes', 'Mali,DoD,170,352,checked,999']);
    expect(accepted(importDatasetText(text, 'extra.csv')).reading?.notes).toEqual([
      'Column not read: E "Notes".',
      'Column F has entries but no heading, and is not read; give it a heading in Excel if it holds figures.',
    ]);
  });

  it('a problem the schema finds in a sheet is placed by row and column, not by JSON path', () => {
    const text = csv(['Country,Agency line,FY2016 (USD thousands),Cumulative (USD thousands)', `${'Mali'.repeat(60)},DoD,170,352`]);
    const [problem] = refused(importDatasetText(text, 'long.csv'));
    expect(problem?.path).toBe('long.csv: row 2, column A "Country"');
  });
});

describe('any table, written as any Excel writes it, reads back exactly (generated)', () => {
  const decimal = fc.oneof(
    fc.integer({ min: 0, max: 2_000_000 }).map(String),
    fc.integer({ min: 0, max: 2_000_000_000 }).map((n) => shift(String(n), -3)),
  );
  const names = ['Mali', 'Niger', 'Côte d’Ivoire', 'Bosnia and Herzegovina', 'Lao PDR'];
  const lines = ['DOS NADR - CWD', 'DOS Other', 'DoD', 'USAID', 'CDC'];
  const tableArb = fc
    .record({ years: fc.uniqueArray(fc.integer({ min: 2010, max: 2020 }), { minLength: 1, maxLength: 3 }).map((ys) => [...ys].sort()), countries: fc.subarray(names, { minLength: 1 }) })
    .chain(({ years, countries }) =>
      fc.record({
        years: fc.constant(years),
        rows: fc.tuple(
          ...countries.map((country) =>
            fc.subarray(lines, { minLength: 1 }).chain((ls) =>
              fc.tuple(
                ...ls.map((line) =>
                  fc.record({
                    country: fc.constant(country),
                    line: fc.constant(line),
                    years: fc.tuple(...years.map(() => fc.option(decimal, { freq: 6 }))).map((vs) => Object.fromEntries(years.map((y, i) => [y, vs[i] ?? null]))),
                    cumulative: decimal,
                  }),
                ),
              ),
            ),
          ),
        ).map((groups) => groups.flat()),
      }),
    );
  // Delimiter and decimal mark in the pairs Excel writes: a comma file has a decimal point, a semicolon file a decimal comma
  // (that is the evidence the reader uses); a tab file ("Unicode Text") may have either.
  const styleArb: fc.Arbitrary<CsvStyle> = fc
    .constantFrom<[CsvStyle['delimiter'], CsvStyle['mark']]>([',', 'point'], [';', 'comma'], ['\t', 'point'], ['\t', 'comma'])
    .chain(([delimiter, mark]) => fc.record({
      delimiter: fc.constant(delimiter),
      mark: fc.constant(mark),
      unit: fc.constantFrom('thousands', 'millions', 'dollars'),
      unitIn: fc.constantFrom('heading', 'title'),
      encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252'),
      titleRows: fc.integer({ min: 0, max: 3 }),
      sepLine: fc.boolean(),
      yearHeading: fc.constantFrom('FY2016', 'FY 2016', '2016'),
      currency: fc.boolean(),
      groupKind: fc.constantFrom('none', 'mark', 'space', 'nbsp'),
    }))
    .map(({ groupKind, ...s }) => ({
      ...s,
      group: groupKind === 'none' ? '' : groupKind === 'space' ? ' ' : groupKind === 'nbsp' ? '\u00A0' : s.mark === 'point' ? ',' : '.',
    }));

  function readWithTruth(bytes: Uint8Array, style: CsvStyle): ImportResult {
    let result = importDatasetBytes(bytes, 'generated.csv');
    // A question is an allowed outcome; answered truthfully, the figures must then be exact.
    if (result.ok === 'ask') result = importDatasetBytes(bytes, 'generated.csv', { numbers: style.mark, unit: style.unit });
    return result;
  }

  it('delimiter, decimal mark, thousands mark, unit, encoding, title rows: the figures read equal the figures written', () => {
    fc.assert(
      fc.property(tableArb, styleArb, (table: OfficeTable, style) => {
        const result = accepted(readWithTruth(officeCsv(table, style), style));
        const read = result.loaded.dataset.countries.flatMap((c) => c.funding.rows.map((r) => ({ country: c.name, label: r.label, years: r.byFiscalYear, cumulative: r.cumulative })));
        expect(read).toEqual(
          table.rows.map((r) => ({
            country: r.country,
            label: r.line,
            years: Object.fromEntries(table.years.map((y) => [String(y), r.years[y] == null ? null : Number(r.years[y])])),
            cumulative: Number(r.cumulative),
          })),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('never accepts a figure other than the one written without asking (the class of silent wrong figures)', () => {
    fc.assert(
      fc.property(tableArb, styleArb, (table: OfficeTable, style) => {
        const result = importDatasetBytes(officeCsv(table, style), 'generated.csv');
        if (result.ok !== true) return;
        const read = result.loaded.dataset.countries.flatMap((c) => c.funding.rows.map((r) => r.cumulative));
        expect(read).toEqual(table.rows.map((r) => Number(r.cumulative)));
      }),
      { numRuns: 400 },
    );
  });
});

describe('Excel workbooks', () => {
  it('reads numbers as the workbook stores them, with a title row above the headings', async () => {
    const bytes = workbookBytes([{ name: 'FY17', rows: [['Bamako office figures (USD millions)'], ['Country', 'Agency', 'FY2017', 'Cumulative'], ['Mali', 'DoD', 0.182, 0.602]] }]);
    const result = accepted(await importFileBytes(bytes, 'office.xlsx'));
    expect(result.loaded.dataset.countries[0]?.funding.rows[0]).toMatchObject({ byFiscalYear: { '2017': 182 }, cumulative: 602 });
    expect(result.reading?.summary).toBe('Sheet “FY17”; numbers as the workbook stores them; figures in USD millions, shown here in thousands; 1 country, 1 fiscal year (FY2017)');
  });

  it('reads an old .xls workbook (Excel 97–2003) the same way', async () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([['Country', 'Agency line', 'FY2017 (USD thousands)', 'Cumulative (USD thousands)'], ['Mali', 'DoD', 182, 352]]), 'S');
    const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    expect(accepted(await importFileBytes(bytes, 'old.xls')).loaded.dataset.countries[0]?.funding.rows[0]).toMatchObject({ byFiscalYear: { '2017': 182 }, cumulative: 352 });
  });

  it('reads the first sheet by default and asks which sheet when there are several', async () => {
    const sheet = (name: string, value: number) => ({ name, rows: [['Country', 'Agency line', 'FY2017 (USD thousands)', 'Cumulative (USD thousands)'], ['Mali', 'DoD', value, 1000]] });
    const bytes = workbookBytes([sheet('Draft', 1), sheet('Final', 2)]);
    const first = accepted(await importFileBytes(bytes, 'two.xlsx'));
    expect(first.reading?.questions[0]).toMatchObject({ id: 'sheet', chosen: 'Draft' });
    expect(first.loaded.dataset.countries[0]?.funding.rows[0]?.byFiscalYear).toEqual({ '2017': 1 });
    const second = accepted(await importFileBytes(bytes, 'two.xlsx', { sheet: 'Final' }));
    expect(second.loaded.dataset.countries[0]?.funding.rows[0]?.byFiscalYear).toEqual({ '2017': 2 });
  });

  it('refuses merged cells, a formula with no saved result, a date and an error, saying what to do in Excel', async () => {
    const head = ['Country', 'Agency line', 'FY2017 (USD thousands)', 'Cumulative (USD thousands)'];
    const merged = workbookBytes([{ name: 'S', rows: [head, ['Mali', 'DoD', 1, 2], [null, 'USAID', 1, 2]], merges: ['A2:A3'] }]);
    expect(refused(await importFileBytes(merged, 'merged.xlsx'))).toEqual([
      { path: 'merged.xlsx: row 2', message: 'cells A2:A3 are merged. In Excel, select them, choose Home › Merge & Center › Unmerge Cells, and type the entry in each cell' },
    ]);
    const dated = workbookBytes([{ name: 'S', rows: [head, ['Mali', 'DoD', 45000, 2]], formats: { C2: 'yyyy-mm-dd' } }]);
    expect(refused(await importFileBytes(dated, 'dated.xlsx'))[0]?.message).toMatch(/^expected an amount; found a date, ".*"\. In Excel, format the column as Number$/);
  });

  it('reads a number format that shows thousands of the value it holds (#,##0,) as the figure shown', async () => {
    const bytes = workbookBytes([{ name: 'S', rows: [['Country', 'Agency line', 'FY2017 (USD thousands)', 'Cumulative (USD thousands)'], ['Mali', 'DoD', 182000, 602000]], formats: { C2: '#,##0,', D2: '#,##0,' } }]);
    expect(accepted(await importFileBytes(bytes, 'scaled.xlsx')).loaded.dataset.countries[0]?.funding.rows[0]).toMatchObject({ byFiscalYear: { '2017': 182 }, cumulative: 602 });
  });

  it('refuses a file named .xlsx that is not a workbook, and reads a workbook whatever it is named', async () => {
    expect(refused(await importFileBytes(new TextEncoder().encode('Country,Agency\n'), 'fake.xlsx'))[0]?.message).toBe(
      'the file is named as an Excel workbook but is not one. In Excel, open it and save it as "Excel Workbook (.xlsx)"',
    );
    const { table } = bundledTable('mali');
    expect(accepted(await importFileBytes(tableWorkbook(table), 'mali.csv')).reading?.notes[0]).toBe('The file is named .csv but is an Excel workbook, and was read as one.');
  });
});

describe('the report’s own Angola table, as officers’ files', () => {
  const bundled = parseDataset(fullDatasetJson()).dataset.countries.find((c) => c.id === 'angola');
  const { table } = bundledTable('angola');
  const expectAngola = (result: ImportResult) => {
    const angola = accepted(result).loaded.dataset.countries[0];
    expect(angola?.name).toBe('Angola');
    // Cell for cell: each line's label, every fiscal year, the cumulative, and the printed total.
    expect(angola?.funding.rows).toEqual(bundled?.funding.rows);
    expect(angola?.funding.printedTotal).toEqual(bundled?.funding.printedTotal);
    expect(accepted(result).loaded.totalMismatches).toEqual([]);
  };

  it('a German-Excel CSV (semicolons, 106.504, Windows-1252) imports equal to the bundled table', () => {
    expect(officeCsvText(table, GERMAN_EXCEL)).toContain('Angola;DOS NADR - CWD;5.600;4.700;4.000;106.504');
    expectAngola(importDatasetBytes(officeCsv(table, GERMAN_EXCEL), 'angola-de.csv'));
  });

  it('a US-Excel CSV (commas, "106,504") imports equal to the bundled table', () => {
    expect(officeCsvText(table, US_EXCEL)).toContain('Angola,DOS NADR - CWD,"5,600","4,700","4,000","106,504"');
    expectAngola(importDatasetBytes(officeCsv(table, US_EXCEL), 'angola-us.csv'));
  });

  it('an .xlsx workbook imports equal to the bundled table', async () => {
    expectAngola(await importFileBytes(tableWorkbook(table), 'angola.xlsx'));
  });
});
