import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryIdFromName } from '../../src/data/sheet/datasetDraft';
import { MAX_CELL_CHARS } from '../../src/data/sheet/readSheet';
import { decodeText, importDatasetBytes, importDatasetText, MAX_JSON_DEPTH } from '../../src/data/import/importFile';
import type { ImportResult } from '../../src/data/import/fileCheck';
import { DatasetValidationError } from '../../src/data/model/datasetError';
import { toFileV2 } from '../../src/data/model/fileFormat';
import { parseDataset } from '../../src/data/model/parseDataset';
import { datasetFileSchema } from '../../src/data/model/schema';
import { MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_TITLE_CHARS } from '../../src/data/model/schemaBasics';
import { z } from '../../src/data/model/zod';
import { at, validDatasetJson } from '../fixtures/datasets';
import { agreesAtPrintedPrecision } from '../../src/data/model/totals';
import { composeBarChartSvg, escapeXml } from '../../src/figures/composeSvg';
import { tableToCsv } from '../../src/lib/export/csv';
import { fileBase, MAX_FILE_BASE } from '../../src/lib/export/fileName';
import { readingOf } from '../../src/lib/lookAlike';
import { hasUnsafe, stripUnsafe } from '../../src/lib/safeText';

const HEADER = 'Country,Agency line,FY2017 (USD thousands),Cumulative (USD thousands)';

function accepted(result: ImportResult) {
  if (result.ok === 'ask') throw new Error(`the file left a question open: ${result.reading.questions.map((q) => q.id).join(', ')}`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.loaded.dataset;
}
function problems(result: ImportResult) {
  if (result.ok !== false) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('line endings', () => {
  it('imports every country whatever mix of CRLF, LF and lone CR ends its lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 4, maxLength: 4 }), (endings) => {
        const lines = [HEADER, 'Mali,DoD,1,2', 'Niger,DoD,3,4', 'Chad,DoD,5,6'];
        const text = lines.map((l, i) => l + (endings[i] ?? '\n')).join('');
        expect(accepted(importDatasetText(text, 'mixed.csv')).countries.map((c) => c.name)).toEqual(['Mali', 'Niger', 'Chad']);
      }),
    );
  });
});

describe('country names in any script', () => {
  const scripts = fc.constantFrom(
    ...'Mali Côte Ivoire Мали Украина مالي العراق 马里 老挝 ລາວ Ελλάδα ישראל 한국 日本'.split(' ').filter(Boolean),
  );
  const names = fc.uniqueArray(fc.array(scripts, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' ')), { minLength: 1, maxLength: 6 });

  it('never merges two different names silently: each is a country of its own, or the file is refused naming both', () => {
    fc.assert(
      fc.property(names, (list) => {
        const text = [HEADER, ...list.map((n, i) => `"${n}",DoD,${i},${i + 1}`)].join('\n');
        const result = importDatasetText(text, 'names.csv');
        if (result.ok === 'ask') throw new Error('the file left a question open');
        if (result.ok) {
          expect(result.loaded.dataset.countries.map((c) => c.name)).toEqual(list);
          expect(new Set(result.loaded.dataset.countries.map((c) => c.id)).size).toBe(list.length);
        } else {
          expect(result.problems.every((p) => /would be the same country/.test(p.message))).toBe(true);
        }
      }),
    );
  });

  it('Arabic, Cyrillic and Chinese names get ids of their own, and no false "repeated line"', () => {
    const text = [HEADER, 'مالي,DoD,1,2', 'Мали,DoD,3,4', '马里,DoD,5,6'].join('\n');
    const countries = accepted(importDatasetText(text, 'scripts.csv')).countries;
    expect(countries.map((c) => c.name)).toEqual(['مالي', 'Мали', '马里']);
    expect(new Set(countries.map((c) => c.id)).size).toBe(3);
    expect(countryIdFromName('Мали')).toBe('u-41c-430-43b-438');
  });

  it('refuses three spellings that slug alike, naming the first', () => {
    const text = [HEADER, "Côte d'Ivoire,DoD,1,2", 'Cote d Ivoire,USAID,1,2', 'CÔTE-D’IVOIRE!,CDC,1,2'].join('\n');
    expect(problems(importDatasetText(text, 'civ.csv'))).toEqual([
      {
        path: 'civ.csv: row 3, column A "Country"',
        message: `"Cote d Ivoire" and "Côte d'Ivoire" (row 2) would be the same country; spell it one way throughout`,
      },
      {
        path: 'civ.csv: row 4, column A "Country"',
        message: `"CÔTE-D’IVOIRE!" and "Côte d'Ivoire" (row 2) would be the same country; spell it one way throughout`,
      },
    ]);
  });
});

describe('encodings', () => {
  const text = `${HEADER}\nCôte d'Ivoire,DoD,1,2\n`;
  const utf16 = (littleEndian: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes[2 + i * 2] = littleEndian ? code & 0xff : code >> 8;
      bytes[3 + i * 2] = littleEndian ? code >> 8 : code & 0xff;
    }
    return bytes;
  };

  it('reads UTF-16 with its byte-order mark (Excel’s "Unicode Text"), either byte order', () => {
    for (const le of [true, false]) expect(accepted(importDatasetBytes(utf16(le), 'unicode.csv')).countries[0]?.name).toBe("Côte d'Ivoire");
  });

  it('decodes any text the same from UTF-8 (with or without BOM) and UTF-16 with its BOM, either byte order (generated)', () => {
    const encode = (text: string, as: 'utf8' | 'utf8bom' | 'le' | 'be'): Uint8Array => {
      if (as === 'utf8' || as === 'utf8bom') {
        const body = new TextEncoder().encode(text);
        return as === 'utf8' ? body : new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
      }
      const out = new Uint8Array(2 + text.length * 2);
      out.set(as === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        out[2 + i * 2] = as === 'le' ? code & 0xff : code >> 8;
        out[3 + i * 2] = as === 'le' ? code >> 8 : code & 0xff;
      }
      return out;
    };
    // Well-formed text without NUL (which no CSV or JSON file holds) in any script.
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((t) => !t.includes('\u0000') && !t.startsWith('\uFEFF'));
    fc.assert(
      fc.property(text, fc.constantFrom<'utf8' | 'utf8bom' | 'le' | 'be'>('utf8', 'utf8bom', 'le', 'be'), (t, as) => {
        expect(decodeText(encode(t, as), 'any.csv')).toBe(t);
      }),
      { numRuns: 300 },
    );
  });

  it('reads UTF-16 without a byte-order mark, either byte order, by its zero bytes', () => {
    expect(decodeText(utf16(true).subarray(2), 'nobom.csv')).toMatch(/^Country,Agency line,.*\nCôte d'Ivoire,DoD,1,2/s);
    expect(decodeText(utf16(false).subarray(2), 'nobom.csv')).toMatch(/^Country,Agency line,.*\nCôte d'Ivoire,DoD,1,2/s);
  });
});

describe('sizes', () => {
  it('refuses a 200 KB header cell at once, quoting 30 characters of it', () => {
    const text = `${'x'.repeat(200_000)},Agency line\nMali,DoD\n`;
    const found = problems(importDatasetText(text, 'huge.csv'));
    expect(found).toEqual([
      { path: 'huge.csv: row 1, column A', message: `a cell of 200,000 characters (it starts "${'x'.repeat(30)}…"); cells may hold at most ${MAX_CELL_CHARS.toLocaleString('en-US')}` },
    ]);
  });

  it('keeps a message short whatever a header holds', () => {
    const header = Array.from({ length: 50 }, (_, i) => `Column ${i} ${'y'.repeat(500)}`).join(',');
    const message = problems(importDatasetText(`${header}\n1\n`, 'wide.csv'))[0]?.message ?? '';
    expect(message.length).toBeLessThan(900);
    expect(message).toMatch(/and 40 more\. In Excel, put one row of headings above the figures/);
  });

  it('refuses a country name over 200 characters in JSON, quoting 40', () => {
    const json = { schemaVersion: 1, countries: [{ name: 'N'.repeat(1_000_000) }] };
    const found = problems(importDatasetText(JSON.stringify(json), 'long.json'));
    const name = found.find((p) => p.path.endsWith('countries[0].name'));
    expect(name?.message).toBe(`must be at most 200 characters (found "${'N'.repeat(40)}…")`);
  });

  it('says a deeply nested JSON nests too deeply, not that it is invalid', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(problems(importDatasetText(text, 'deep.json'))).toEqual([
      { path: 'deep.json', message: `the JSON nests more than ${MAX_JSON_DEPTH} levels deep; a dataset nests far less, so this is not one` },
    ]);
  });
});

describe('text that must not break what is shown or written', () => {
  const nasty = 'Ma\u0001l\u0008i\u000B\uFFFF\u202Egnp.exe';

  it('drops control, non-character and bidi-override characters from exported files', () => {
    expect(stripUnsafe(nasty)).toBe('Malignp.exe');
    expect(hasUnsafe(nasty)).toBe(true);
    expect(escapeXml(nasty)).toBe('Malignp.exe');
    expect(tableToCsv({ columns: ['Country'], rows: [[nasty]] })).toBe('\uFEFFCountry\r\nMalignp.exe');
  });

  it('drops them from every name and text a dataset file brings, so no view or export can show them', () => {
    const raw = validDatasetJson();
    const mali = (raw.countries as Record<string, unknown>[])[0] as { name: string; region: string; partners: string[]; footnotes: { text: string }[] };
    const region = (raw.regions as { name: string }[]).find((r) => r.name === mali.region);
    if (!region) throw new Error('fixture: no region for Mali');
    mali.name = nasty;
    mali.region = `${mali.region}\u202E`;
    region.name = mali.region;
    mali.partners = [`\u202Dpartner\u0007`];
    const { dataset } = parseDataset(raw);
    const country = dataset.countries[0];
    expect(country?.name).toBe('Malignp.exe');
    expect(country?.region).toBe('Africa');
    expect(dataset.regions.map((r) => r.name)).toContain('Africa');
    expect(country?.partners).toEqual(['partner']);
    const strings: string[] = [];
    JSON.stringify(dataset, (_key, value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      return value;
    });
    expect(strings.filter(hasUnsafe)).toEqual([]);
  });

  it('refuses a name made only of such characters, as it would an empty one', () => {
    const raw = validDatasetJson();
    const [mali] = raw.countries as { name: string }[];
    if (!mali) throw new Error('fixture: no country');
    mali.name = '\u202E\u0001';
    expect(() => parseDataset(raw)).toThrow(/countries\[0\]\.name/);
  });

  it('an SVG with such a name in its title is well-formed XML', () => {
    const svg = composeBarChartSvg(
      {
        fileBase: 'x',
        title: `${nasty}: funding`,
        subtitle: 'FY2017',
        categories: ['FY2017'],
        series: [{ key: 'dod', name: nasty, colour: '#E69F00', values: [1] }],
        layout: 'stacked',
        unit: 'usd-thousands',
        notes: [nasty],
        source: 'Source: test.',
        table: { columns: [], rows: [] },
      },
      { exportedAt: new Date('2026-12-02T00:00:00Z') },
    );
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe('Malignp.exe: funding');
  });

  it('keeps file names short and safe, whatever the id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 400 }), fc.string({ maxLength: 50 }), (id, extra) => {
        const base = fileBase([id, 'funding-by-agency', extra]);
        expect(base.length).toBeLessThanOrEqual(MAX_FILE_BASE);
        expect(base).toMatch(/^[a-z0-9-]*$/);
      }),
    );
    expect(fileBase(['a'.repeat(300), 'funding-by-agency', 'fy2017']).length).toBeLessThanOrEqual(MAX_FILE_BASE);
  });
});

describe('printed totals compared at the precision they are printed with', () => {
  it('0.1 + 0.2 agrees with a printed 0.3; 0.1 + 0.2 does not agree with 0.4', () => {
    expect(agreesAtPrintedPrecision(0.1 + 0.2, 0.3, [0.1, 0.2])).toBe(true);
    expect(agreesAtPrintedPrecision(0.1 + 0.2, 0.4, [0.1, 0.2])).toBe(false);
    const text = [HEADER.replace('Agency line', 'Agency line,Printed label'), 'Mali,DoD,DoD,0.1,1', 'Mali,USAID,USAID,0.2,2', 'Mali,All agencies (printed total),COUNTRY TOTAL,0.3,3'].join('\n');
    const result = importDatasetText(text, 'float.csv');
    expect(result.ok === true && result.loaded.totalMismatches).toEqual([]);
  });
});

describe('every text a file brings has a length cap', () => {
  /** The bundled Mali dataset as a file of schema version 2, as "Download dataset (JSON)" writes it. */
  const file = () => JSON.parse(JSON.stringify(toFileV2(parseDataset(validDatasetJson()).dataset))) as Record<string, unknown>;
  const found = (ch: string) => `(found "${ch.repeat(40)}…")`;

  it('refuses a 1 MB report title, partner name, footnote, printed-total label, period note, result label, summary and coverage note, quoting 40 characters of each', () => {
    const raw = file();
    const big = (ch: string) => ch.repeat(1_000_000);
    at(raw, ['editions', 2])['report'] = big('R');
    const mali = at(raw, ['countries', 0]);
    mali['partners'] = [big('P')];
    at(raw, ['countries', 0, 'footnotes', 0])['text'] = big('F');
    at(raw, ['editions', 2, 'tables', 0, 'printedTotal'])['label'] = big('T');
    at(raw, ['countries', 0, 'results', 0, 'period'])['note'] = big('N');
    at(raw, ['countries', 0, 'results', 1])['label'] = big('L');
    at(raw, ['countries', 0, 'activities', 0])['summary'] = big('S');
    at(raw, ['countries', 0, 'coverage'])['missing'] = big('C');
    const list = problems(importDatasetText(JSON.stringify(raw), 'long.json'));
    expect(list.map((p) => [p.path, p.message]).sort()).toEqual(
      [
        ['long.json: editions[2].report', `must be at most ${MAX_TITLE_CHARS} characters ${found('R')}`],
        ['long.json: editions[2].tables[0].printedTotal.label', `must be at most ${MAX_NAME_CHARS} characters ${found('T')}`],
        ['long.json: countries[0].partners[0]', `must be at most ${MAX_NAME_CHARS} characters ${found('P')}`],
        ['long.json: countries[0].footnotes[0].text', `must be at most ${MAX_NOTE_CHARS} characters ${found('F')}`],
        ['long.json: countries[0].results[0].period.note', `must be at most ${MAX_NOTE_CHARS} characters ${found('N')}`],
        ['long.json: countries[0].results[1].label', `must be at most ${MAX_NAME_CHARS} characters ${found('L')}`],
        ['long.json: countries[0].activities[0].summary', `must be at most ${MAX_NOTE_CHARS} characters ${found('S')}`],
        ['long.json: countries[0].coverage.missing', `must be at most ${MAX_NOTE_CHARS} characters ${found('C')}`],
      ].sort(),
    );
    expect([MAX_NAME_CHARS, MAX_TITLE_CHARS, MAX_NOTE_CHARS]).toEqual([200, 300, 2000]);
  });

  it('accepts texts at their caps: a 300-character report title, a 200-character partner, a 2,000-character footnote', () => {
    const raw = file();
    at(raw, ['editions', 2])['report'] = 'R'.repeat(MAX_TITLE_CHARS);
    at(raw, ['countries', 0])['partners'] = ['P'.repeat(MAX_NAME_CHARS)];
    at(raw, ['countries', 0, 'footnotes', 0])['text'] = 'F'.repeat(MAX_NOTE_CHARS);
    const dataset = accepted(importDatasetText(JSON.stringify(raw), 'at-the-cap.json'));
    expect([dataset.source.report.length, dataset.countries[0]?.partners[0]?.length, dataset.countries[0]?.footnotes[0]?.text.length]).toEqual([300, 200, 2000]);
  });

  it('gives every string of the published file format a maximum length (dataset.schema.json)', () => {
    const uncapped: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        node.forEach((n, i) => {
          walk(n, `${where}[${i}]`);
        });
        return;
      }
      const schema = node as Record<string, unknown>;
      const isString = schema.type === 'string' && !('enum' in schema) && !('const' in schema);
      // A fiscal-year key is four digits by its pattern.
      if (isString && !('maxLength' in schema) && schema.pattern !== '^\\d{4}$') uncapped.push(where);
      for (const [key, value] of Object.entries(schema)) walk(value, `${where}.${key}`);
    };
    walk(z.toJSONSchema(datasetFileSchema, { io: 'input', unrepresentable: 'any' }), '(schema)');
    expect(uncapped).toEqual([]);
  });

  it('quotes at most 40 characters of a 200 KB key in a problem’s path', () => {
    const raw = file();
    at(raw, ['editions', 2, 'tables', 0, 'rows', 0, 'byFiscalYear'])['k'.repeat(200_000)] = 5;
    expect(problems(importDatasetText(JSON.stringify(raw), 'key.json'))).toEqual([
      { path: `key.json: editions[2].tables[0].rows[0].byFiscalYear["${'k'.repeat(40)}…"]`, message: 'keys must be four-digit fiscal years, such as "2017"' },
    ]);
  });

  it('lists at most twelve of 10,000 fiscal-year keys in a problem', () => {
    const raw = file();
    const row = at(raw, ['editions', 2, 'tables', 0, 'rows', 0]);
    row['byFiscalYear'] = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [String(i).padStart(4, '0'), 1]));
    const [problem] = problems(importDatasetText(JSON.stringify(raw), 'years.json'));
    expect(problem).toEqual({
      path: 'years.json: editions[2].tables[0].rows[0].byFiscalYear',
      message: 'expected fiscal years 2015, 2016, 2017, found 0000, 0001, 0002, 0003, 0004, 0005, 0006, 0007, 0008, 0009, 0010, 0011 and 9988 more',
    });
  });

  it('keeps every problem short whatever length the file’s texts and keys are (generated)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 41, maxLength: 3000 }), fc.constantFrom('name', 'region', 'id', 'key', 'member', 'result'), (text, where) => {
        const raw = file();
        const mali = at(raw, ['countries', 0]);
        if (where === 'name') mali['name'] = `${text}${'x'.repeat(200)}`;
        if (where === 'region') mali['region'] = text.slice(0, 200) || 'x';
        if (where === 'id') at(raw, ['editions', 2, 'tables', 0])['countryId'] = text;
        if (where === 'key') at(raw, ['editions', 2, 'tables', 0, 'rows', 0, 'byFiscalYear'])[text] = 1;
        if (where === 'member') raw['groups'] = [{ id: 'g', name: 'G', members: ['mali', text], note: null }];
        if (where === 'result') at(raw, ['countries', 0, 'activities', 0])['resultIds'] = [text];
        const result = importDatasetText(JSON.stringify(raw), 'f.json');
        for (const p of result.ok === false ? result.problems : []) {
          expect(p.path.length).toBeLessThan(120);
          expect(p.message.length).toBeLessThan(260);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('characters that cannot be seen, and names that read alike', () => {
  const HEADER_ROW = 'Country,Agency line,FY2017 (USD thousands),Cumulative (USD thousands)';

  it('drops zero-width characters from every text a file brings, and composes accents (NFC)', () => {
    const raw = validDatasetJson();
    const mali = at(raw, ['countries', 0]);
    mali['name'] = '\uFEFFMa\u200Bl\u200Ci\u200D\u2060';
    mali['partners'] = ['M\u200BAG'];
    at(raw, ['countries', 0, 'footnotes', 0])['text'] = 'Co\u0302te d\u2019Ivoire\u200B';
    const country = parseDataset(raw).dataset.countries[0];
    expect(country?.name).toBe('Mali');
    expect(country?.partners).toEqual(['MAG']);
    expect(country?.footnotes[0]?.text).toBe('Côte d’Ivoire');
    expect(country?.footnotes[0]?.text).toHaveLength(13);
    expect(stripUnsafe('a\u200Bb\u200Cc\u200Dd\u2060e\uFEFF')).toBe('abcde');
    expect(tableToCsv({ columns: ['Country'], rows: [['Mal\u200Bi']] })).toBe('\uFEFFCountry\r\nMali');
  });

  it('keeps accented names as they are written', () => {
    const raw = validDatasetJson();
    at(raw, ['countries', 0])['name'] = "Côte d'Ivoire";
    expect(parseDataset(raw).dataset.countries[0]?.name).toBe("Côte d'Ivoire");
    const text = [HEADER_ROW, "Côte d'Ivoire,DoD,1,2", 'São Tomé and Príncipe,DoD,1,2', 'Niger,DoD,1,2', 'Nigeria,DoD,1,2'].join('\n');
    expect(accepted(importDatasetText(text, 'accents.csv')).countries.map((c) => c.name)).toEqual(["Côte d'Ivoire", 'São Tomé and Príncipe', 'Niger', 'Nigeria']);
  });

  it('reads "Mal\\u200Bi" in a CSV as Mali: the zero-width character is dropped as the sheet is read, so both rows are one country’s', () => {
    const text = [HEADER_ROW, 'Mali,DoD,1,2', 'Mal\u200Bi,USAID,1,2'].join('\n');
    const countries = accepted(importDatasetText(text, 'zw.csv')).countries;
    expect(countries.map((c) => [c.name, c.funding.rows.map((r) => r.agency)])).toEqual([['Mali', ['dod', 'usaid']]]);
  });

  it('refuses Cyrillic and Greek look-alikes of a name, and the same name in other capitals, naming both', () => {
    const twoCountries = (second: string) => {
      const raw = validDatasetJson();
      const countries = raw.countries as Record<string, unknown>[];
      const earlier = raw.earlierEditions as { tables: { countryId: string }[] }[];
      countries.push({ ...countries[0], id: 'mali-2', name: second });
      for (const edition of earlier) edition.tables = edition.tables.filter((t) => t.countryId === 'mali');
      return raw;
    };
    const refused = (second: string) => {
      try {
        parseDataset(twoCountries(second));
      } catch (error) {
        if (error instanceof DatasetValidationError) return error.problems;
      }
      throw new Error(`expected ${second} to be refused`);
    };
    // Cyrillic а; Greek Μ and Α; capitals; fullwidth letters.
    for (const second of ['M\u0430li', '\u039C\u0391LI', 'MALI', '\uFF2D\uFF41\uFF4C\uFF49', ' Mali ']) {
      expect(refused(second)).toEqual([
        {
          path: 'countries[1].name',
          message: `reads the same as "Mali", the name of countries[0]; each country needs a name that reads differently (found ${JSON.stringify(second)})`,
        },
      ]);
    }
    expect(parseDataset(twoCountries('Мали')).dataset.countries.map((c) => c.name)).toEqual(['Mali', 'Мали']);
  });

  it('refuses any Cyrillic or Greek look-alike of a name, whichever letters are swapped (generated)', () => {
    const swaps: Record<string, string> = { a: '\u0430', e: '\u0435', o: '\u043E', p: '\u0440', c: '\u0441', y: '\u0443', x: '\u0445', i: '\u0456', j: '\u0458', s: '\u0455', A: '\u0391', B: '\u0392', E: '\u0395', I: '\u0399', K: '\u039A', M: '\u039C', N: '\u039D', O: '\u039F', P: '\u03A1', T: '\u03A4', X: '\u03A7' };
    const names = fc.constantFrom('Mali', 'Niger', 'Senegal', 'Kosovo', 'Tajikistan', 'Burkina Faso', 'Colombia', 'South Sudan', 'Syria', 'Jordan', 'Iraq', 'Mexico');
    fc.assert(
      fc.property(names, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (name, flips) => {
        const lookAlike = Array.from(name).map((ch, i) => (flips[i] && swaps[ch] ? swaps[ch] : ch)).join('');
        fc.pre(lookAlike !== name);
        expect(readingOf(lookAlike)).toBe(readingOf(name));
        const text = [HEADER_ROW, `${name},DoD,1,2`, `${lookAlike},USAID,1,2`].join('\n');
        const list = problems(importDatasetText(text, 'alike.csv'));
        expect(list).toEqual([
          { path: 'alike.csv: row 3, column A "Country"', message: `reads the same as ${JSON.stringify(name)}, the name of the country in row 2; each country needs a name that reads differently (found ${JSON.stringify(lookAlike)})` },
        ]);
      }),
      { numRuns: 80 },
    );
  });
});
