import { describe, expect, it } from 'vitest';
import { datasetToCsvTable } from '../../src/data/csv/writeCsv';
import { decodeText, importDatasetBytes, importDatasetText } from '../../src/data/import/importFile';
import { checkFileBeforeReading, type ImportResult } from '../../src/data/import/fileCheck';
import { tableToCsv } from '../../src/lib/export/csv';
import { at, validDatasetJson } from '../fixtures/datasets';

const validJson = () => JSON.stringify(validDatasetJson());

function problems(result: ImportResult) {
  if (result.ok !== false) throw new Error('expected the import to be refused');
  return result.problems;
}
function accepted(result: ImportResult) {
  if (result.ok === 'ask') throw new Error(`the file left a question open: ${result.reading.questions.map((q) => q.id).join(', ')}`);
  if (!result.ok) throw new Error(`expected the import to succeed: ${JSON.stringify(result.problems)}`);
  return result.loaded;
}

const HEADER = 'Country,Agency line,Printed label,FY2016 (USD thousands),FY2017 (USD thousands),Cumulative (USD thousands)';

describe('files refused before they are read', () => {
  it('an empty file', () => {
    expect(checkFileBeforeReading({ name: 'empty.json', size: 0 })).toEqual({ path: 'empty.json', message: 'the file is empty' });
    expect(problems(importDatasetText('  \n', 'blank.csv'))).toEqual([{ path: 'blank.csv', message: 'the file is empty' }]);
  });

  it('a 50 MB file', () => {
    expect(checkFileBeforeReading({ name: 'huge.json', size: 50 * 1024 * 1024 })).toEqual({
      path: 'huge.json',
      message: 'the file is 50.0 MB; files up to 10.0 MB can be imported',
    });
  });

  it('a file that is neither JSON nor CSV by name', () => {
    expect(checkFileBeforeReading({ name: 'report.pdf', size: 100 })).toEqual({ path: 'report.pdf', message: 'expected a JSON, CSV or Excel workbook (.xlsx) file' });
  });
});

describe('bytes that are not text', () => {
  it('a binary file renamed .json', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(problems(importDatasetBytes(png, 'chart.json'))).toEqual([
      {
        path: 'chart.json',
        message:
          'the file is not text (it contains binary data); expected a JSON, CSV or Excel workbook (.xlsx) file. In Excel, save it as "CSV UTF-8 (Comma delimited)" or "Excel Workbook (.xlsx)"',
      },
    ]);
  });

  it('text that is not UTF-8 is read as Windows-1252, as Excel’s plain CSV writes it', () => {
    expect(decodeText(new Uint8Array([0x43, 0xf4, 0x74, 0x65]), 'latin1.csv')).toBe('Côte');
  });

  it('drops a byte order mark', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFCountry'), 'x.csv')).toBe('Country');
  });
});

describe('JSON files', () => {
  it('accepts the dashboard’s own format', () => {
    expect(accepted(importDatasetText(validJson(), 'mali.json')).dataset.countries[0]?.name).toBe('Mali');
  });

  it('truncated JSON: says so', () => {
    expect(problems(importDatasetText(validJson().slice(0, 200), 'cut.json'))).toEqual([
      { path: 'cut.json', message: 'the JSON ends too early: the file looks truncated' },
    ]);
  });

  it('a syntax error inside the file: says where', () => {
    expect(problems(importDatasetText('{"schemaVersion": 1,,}', 'comma.json'))[0]?.path).toMatch(/^comma\.json(: line 1, column 21)?$/);
  });

  it('NaN is not JSON', () => {
    const text = validJson().replace('"cumulative":2700', '"cumulative":NaN');
    const [problem] = problems(importDatasetText(text, 'nan.json'));
    expect(problem?.path).toMatch(/^nan\.json/);
    expect(problem?.message).toMatch(/^the JSON is not valid \(.*NaN/);
  });

  it('wrong types, negative, absurd amounts and unknown agencies: every problem, with what was found', () => {
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'funding', 'rows', 0, 'byFiscalYear'])['2016'] = '500';
    at(raw, ['countries', 0, 'funding', 'rows', 0])['cumulative'] = -2700;
    at(raw, ['countries', 0, 'funding', 'rows', 1, 'byFiscalYear'])['2017'] = 1e15;
    at(raw, ['countries', 0, 'funding', 'rows', 1])['agency'] = 'nasa';
    const found = problems(importDatasetText(JSON.stringify(raw), 'bad.json'));
    expect(found).toEqual([
      { path: 'bad.json: countries[0].funding.rows[0].byFiscalYear["2016"]', message: 'Invalid input: expected number, received string (found "500")' },
      { path: 'bad.json: countries[0].funding.rows[0].cumulative', message: 'must not be negative (found -2700)' },
      { path: 'bad.json: countries[0].funding.rows[1].agency', message: 'Invalid option: expected one of "dos"|"dod"|"usaid"|"cdc" (found "nasa")' },
      {
        path: 'bad.json: countries[0].funding.rows[1].byFiscalYear["2017"]',
        message: 'must be at most 100000000 (USD thousands) (found 1000000000000000)',
      },
    ]);
  });

  it('duplicate countries', () => {
    const raw = validDatasetJson();
    (raw.countries as unknown[]).push((raw.countries as unknown[])[0]);
    expect(problems(importDatasetText(JSON.stringify(raw), 'dup.json'))).toEqual([
      { path: 'dup.json: countries[1].id', message: 'duplicate country id "mali" (found "mali")' },
    ]);
  });

  it('__proto__ and constructor keys neither pollute nor pass', () => {
    const text = validJson()
      .replace('"byFiscalYear":{"2015":1200', '"byFiscalYear":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"2015":1200')
      .replace('"schemaVersion":1', '"__proto__":{"polluted":true},"schemaVersion":1');
    const found = problems(importDatasetText(text, 'proto.json'));
    expect(found).toEqual([
      { path: 'proto.json', message: 'the file contains a "__proto__" key, which no dataset has; refused for safety' },
      { path: 'proto.json: countries[0].funding.rows[0].byFiscalYear.constructor', message: 'keys must be four-digit fiscal years, such as "2017"' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('markup and script in text fields stay text', () => {
    const raw = validDatasetJson();
    at(raw, ['countries', 0])['name'] = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    at(raw, ['countries', 0, 'activities', 0])['summary'] = '<b>bold</b> & "quoted"';
    const loaded = accepted(importDatasetText(JSON.stringify(raw), 'markup.json'));
    expect(loaded.dataset.countries[0]?.name).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(loaded.dataset.countries[0]?.activities[0]?.summary).toBe('<b>bold</b> & "quoted"');
  });

  it('a printed total that disagrees with its rows is accepted and flagged', () => {
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'funding', 'printedTotal', 'byFiscalYear'])['2016'] = 999;
    const loaded = accepted(importDatasetText(JSON.stringify(raw), 'flag.json'));
    expect(loaded.totalMismatches).toEqual([{ countryId: 'mali', column: 2016, printed: 999, computed: 670 }]);
  });

  it('lists every problem, however many', () => {
    const raw = validDatasetJson();
    const rows = at(raw, ['countries', 0, 'funding'])['rows'] as Record<string, unknown>[];
    for (let i = 0; i < 80; i += 1) rows.push({ agency: 'nasa', program: null, label: 'x', byFiscalYear: { 2015: -1, 2016: 0, 2017: 0 }, cumulative: 0 });
    expect(problems(importDatasetText(JSON.stringify(raw), 'many.json')).length).toBe(160);
  });
});

describe('CSV files', () => {
  it('reads BOM, CRLF, quoted commas and thousands separators', () => {
    const text = `\uFEFF${HEADER}\r\nMali,DOS NADR-CWD,"DOS NADR - CWD",500,"1,000",2700\r\nMali,DoD,DoD,170,182,352\r\n`;
    const country = accepted(importDatasetText(text, 'mali.csv')).dataset.countries[0];
    expect(country?.funding.rows.map((r) => [r.agency, r.label, r.byFiscalYear, r.cumulative])).toEqual([
      ['dos', 'DOS NADR - CWD', { '2016': 500, '2017': 1000 }, 2700],
      ['dod', 'DoD', { '2016': 170, '2017': 182 }, 352],
    ]);
  });

  it('reads a blank year cell as not reported (null), never 0, and writes it back blank', () => {
    const text = `${HEADER}\nMali,DOS NADR-CWD,DOS NADR - CWD,,1000,2700\nMali,DoD,DoD,170,,352\n`;
    const loaded = accepted(importDatasetText(text, 'blanks.csv'));
    expect(loaded.dataset.countries[0]?.funding.rows.map((r) => r.byFiscalYear)).toEqual([
      { '2016': null, '2017': 1000 },
      { '2016': 170, '2017': null },
    ]);
    // Nothing to check in a year the file does not report.
    expect(loaded.totalMismatches).toEqual([]);
    expect(datasetToCsvTable(loaded.dataset).rows.map((r) => r.slice(6, 8))).toEqual([
      ['', 1000],
      [170, ''],
    ]);
    // A blank cumulative is still refused: it is the table's own figure, not a year.
    expect(importDatasetText(`${HEADER}\nMali,DoD,DoD,170,182,\n`, 'c.csv').ok).toBe(false);
  });

  it('reads semicolon-separated files', () => {
    const text = `${HEADER.replaceAll(',', ';')}\nMali;DoD;DoD;170;182;352\n`;
    expect(accepted(importDatasetText(text, 'semi.csv')).dataset.countries[0]?.funding.rows[0]?.byFiscalYear).toEqual({ '2016': 170, '2017': 182 });
  });

  it('reads a quoted country name with a comma', () => {
    const text = `${HEADER}\n"Bosnia, and Herzegovina",USAID,USAID,0,0,20500\n`;
    expect(accepted(importDatasetText(text, 'q.csv')).dataset.countries[0]?.name).toBe('Bosnia, and Herzegovina');
  });

  it('reports every bad cell with its row and column', () => {
    const text = `${HEADER}\nMali,NASA,NASA,1,2,3\nMali,DoD,DoD,NaN,-1,1e999\n,DoD,DoD,1,1,1\nMali,DoD,DoD,1,2,999999999999\n`;
    expect(problems(importDatasetText(text, 'bad.csv'))).toEqual([
      { path: 'bad.csv: row 2, column B "Agency line"', message: 'expected an agency line (DOS NADR-CWD, DOS Other, DoD, USAID or CDC); found "NASA". In Excel, name each row\'s line as the report prints it' },
      { path: 'bad.csv: row 3, column D "FY2016 (USD thousands)"', message: 'expected an amount; found "NaN". In Excel, type the figure as a number, with no words or notes in the cell' },
      { path: 'bad.csv: row 3, column E "FY2017 (USD thousands)"', message: 'amounts must not be negative; found "-1". In Excel, type the amount without a minus sign or brackets' },
      { path: 'bad.csv: row 3, column F "Cumulative (USD thousands)"', message: 'expected an amount; found "1e999". In Excel, type the figure as a number, with no words or notes in the cell' },
      {
        path: 'bad.csv: row 4, column A "Country"',
        message: 'expected a country name; found an empty cell. In Excel, type the country on every row (a merged or blank cell under a name counts as empty)',
      },
      { path: 'bad.csv: row 5, column F "Cumulative (USD thousands)"', message: 'expected at most 100,000,000 (USD thousands); found "999999999999" in USD thousands. In Excel, check the figure and the unit its heading names' },
    ]);
  });

  it('names missing columns and lists the ones found', () => {
    expect(problems(importDatasetText('Name,Amount\nMali,3\n', 'cols.csv'))).toEqual([
      {
        path: 'cols.csv: row 1 (header)',
        message:
          'missing column "Country", "Agency line" or "Printed label", at least one fiscal-year column such as "FY2017 (USD thousands)", "Cumulative (USD thousands)"; found "Name", "Amount". In Excel, put one row of headings above the figures: Country, Agency line, a column per fiscal year such as FY2017, and Cumulative.',
      },
    ]);
  });

  it('refuses a second row for the same agency line', () => {
    const text = `${HEADER}\nMali,DoD,DoD,1,2,3\nMali,DOD,DOD,1,2,3\n`;
    expect(problems(importDatasetText(text, 'twice.csv'))).toEqual([
      { path: 'twice.csv: row 3, column B "Agency line"', message: '"Mali" already has a DoD row. In Excel, keep one row per funding line' },
    ]);
  });

  it('imports the funding chart’s own CSV export, reading the first year from its cumulative header', () => {
    const exported =
      '\uFEFFCountry,Agency line,Printed label,FY2015 (USD thousands),FY2016 (USD thousands),FY2017 (USD thousands),Cumulative FY2013–FY2017 (USD thousands)\r\n' +
      'Mali,DOS NADR-CWD,DOS NADR - CWD,1200,500,1000,2700\r\nMali,DoD,DoD,0,170,182,352\r\nMali,All agencies (printed total),COUNTRY TOTAL,1200,670,1182,3052';
    const loaded = accepted(importDatasetText(exported, 'mali-funding-by-agency-fy2015-fy2017.csv'));
    const mali = loaded.dataset.countries[0];
    expect(mali?.cumulativeFrom).toBe(2013);
    expect(mali?.funding.printedTotal).toEqual({ label: 'COUNTRY TOTAL', byFiscalYear: { '2015': 1200, '2016': 670, '2017': 1182 }, cumulative: 3052 });
    expect(loaded.totalMismatches).toEqual([]);
  });

  it('round-trips the bundled dataset through its CSV form', () => {
    const original = accepted(importDatasetText(validJson(), 'mali.json')).dataset;
    const csv = tableToCsv(datasetToCsvTable(original));
    const back = accepted(importDatasetText(csv, 'mali.csv')).dataset;
    expect(back.countries[0]?.funding).toEqual(original.countries[0]?.funding);
    expect(back.countries[0]?.cumulativeFrom).toBe(2013);
    expect(back.countries[0]?.source).toBe(original.countries[0]?.source);
  });

  it('does not treat a header-only file as data', () => {
    expect(problems(importDatasetText(`${HEADER}\n`, 'h.csv'))).toEqual([{ path: 'h.csv', message: 'expected a header row and at least one data row; found none' }]);
  });
});
