import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, tableToCsv } from '../../../src/lib/export/csv';

describe('tableToCsv', () => {
  it('writes UTF-8 with a BOM, CRLF line ends and the header first', () => {
    const csv = tableToCsv({ columns: ['Country', 'FY2017 (USD thousands)'], rows: [['Mali', 182]] });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Country,FY2017 (USD thousands)\r\nMali,182');
  });

  it('quotes commas, quotes and line breaks so the cells survive', () => {
    const rows = [['Bosnia, and "Herzegovina"', 'two\nlines', 5]];
    const csv = tableToCsv({ columns: ['a', 'b', 'c'], rows });
    expect(csv).toContain('"Bosnia, and ""Herzegovina"""');
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data[1]).toEqual(['Bosnia, and "Herzegovina"', 'two\nlines', '5']);
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    const formulas = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x")\nsecond line'];
    const csv = tableToCsv({ columns: ['value'], rows: formulas.map((f) => [f]) });
    const cells = Papa.parse<string[]>(csv.slice(1)).data.slice(1).map((r) => r[0]);
    expect(cells).toEqual(formulas.map((f) => `'${f}`));
  });

  it('leaves numbers as numbers, negative ones included, and ordinary text alone', () => {
    const csv = tableToCsv({ columns: ['label', 'value'], rows: [['DoD', -5], ['DOS NADR - CWD', 1200]] });
    expect(csv.slice(1).split('\r\n')).toEqual(['label,value', 'DoD,-5', 'DOS NADR - CWD,1200']);
  });
});
