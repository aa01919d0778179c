import Papa from 'papaparse';
import { LINE_NAMES, lineOf } from '../model/lines';
import type { DatasetProblem } from '../model/datasetError';
import { mapFundingLabel } from '../model/fundingLabels';
import { slug } from '../../lib/slug';
import { quoteShort } from '../../lib/safeText';
import { MAX_AMOUNT_THOUSANDS, latestEditionIndex } from '../model/schema';
import { COLUMN, TOTAL_LABEL, TOTAL_LINE } from './columns';

interface Columns {
  country: number;
  region: number | null;
  source: number | null;
  edition: number | null;
  line: number | null;
  label: number | null;
  years: { year: number; index: number }[];
  cumulative: number;
  /** A "Cumulative from" column, if any. */
  cumulativeFromColumn: number | null;
  /** The first year named in the cumulative header ("Cumulative FY2013–FY2017"), if any. */
  cumulativeFromHeader: number | null;
  page: number | null;
}

const lower = (name: string) => name.toLowerCase();

/** The longest cell read. Longer ones are refused before any work is done on them. */
export const MAX_CELL_CHARS = 2000;

/** The headers found, each quoted short, at most ten: a message stays readable whatever the file holds. */
function listFound(header: readonly string[]): string {
  if (header.length === 0) return 'no columns';
  const shown = header.slice(0, 10).map((h) => quoteShort(h));
  return header.length > 10 ? `${shown.join(', ')} and ${header.length - 10} more` : shown.join(', ');
}

/**
 * A country's id from its name: the ASCII slug ("Côte d'Ivoire" → "cote-d-ivoire"),
 * or, for a name in a script with no ASCII letters (Arabic, Cyrillic, Chinese),
 * its code points, so that different names never share an id.
 */
export function countryIdFromName(name: string): string {
  const ascii = slug(name);
  if (ascii) return ascii;
  const points = Array.from(name.normalize('NFC')).filter((ch) => /[\p{L}\p{N}]/u.test(ch)).map((ch) => ch.codePointAt(0)?.toString(16) ?? '');
  return points.length > 0 ? `u-${points.join('-')}`.slice(0, 120) : '';
}

function findColumns(header: readonly string[], fileName: string, problems: DatasetProblem[]): Columns | null {
  const norm = header.map((h) => h.trim().toLowerCase());
  const find = (test: (h: string) => boolean) => {
    const i = norm.findIndex(test);
    return i === -1 ? null : i;
  };
  const country = find((h) => h === lower(COLUMN.country));
  const line = find((h) => h === lower(COLUMN.line) || h === 'agency');
  const label = find((h) => h === lower(COLUMN.label));
  const cumulativeFrom = find((h) => h.startsWith(lower(COLUMN.cumulativeFrom)));
  const cumulative = find((h) => h.startsWith('cumulative') && !h.startsWith(lower(COLUMN.cumulativeFrom)));
  const years = norm.flatMap((h, index) => {
    const m = /^fy\s?(\d{4})\b/.exec(h);
    return m?.[1] ? [{ year: Number(m[1]), index }] : [];
  });
  const missing = [
    country === null ? `"${COLUMN.country}"` : null,
    line === null && label === null ? `"${COLUMN.line}" or "${COLUMN.label}"` : null,
    years.length === 0 ? 'at least one fiscal-year column such as "FY2017 (USD thousands)"' : null,
    cumulative === null ? `"${COLUMN.cumulative}"` : null,
  ].filter((m): m is string => m !== null);
  if (missing.length > 0 || country === null || cumulative === null) {
    problems.push({
      path: `${fileName}: row 1 (header)`,
      message: `missing column ${missing.join(', ')}; found ${listFound(header)}`,
    });
    return null;
  }
  const headerCumulative = header[cumulative] ?? '';
  // "Cumulative FY2013–FY2017 (USD thousands)", as the chart export writes it, carries the first year.
  const fromHeader = /FY(\d{4})\s*[–-]/.exec(headerCumulative);
  return {
    country,
    region: find((h) => h === lower(COLUMN.region)),
    source: find((h) => h === lower(COLUMN.source)),
    edition: find((h) => h === lower(COLUMN.edition)),
    line,
    label,
    years,
    cumulative,
    cumulativeFromColumn: cumulativeFrom,
    cumulativeFromHeader: fromHeader ? Number(fromHeader[1]) : null,
    page: find((h) => h === lower(COLUMN.page)),
  };
}

/** Undoes the apostrophe the CSV export puts before text a spreadsheet would run ("'=x" back to "=x", "''x" to "'x"). */
function unescapeFormula(text: string): string {
  return /^'[=+\-@\t\r']/.test(text) ? text.slice(1) : text;
}

/** A cell as an amount in USD thousands, null for a blank year cell ("not reported"), or a reason it is not one. */
function parseAmount(raw: string | undefined, blankIsNotReported = false): number | string | null {
  const text = (raw ?? '').trim();
  if (text === '') return blankIsNotReported ? null : 'an empty cell';
  // Plain numbers, optionally with thousands separators ("1,200" in a quoted cell).
  if (!/^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/.test(text)) return `"${text.length > 30 ? `${text.slice(0, 30)}…` : text}"`;
  return Number(text.replace(/,/g, ''));
}

/** "2018" or "2018 edition" → 2018; blank → null (not a report edition); anything else is refused. */
function parseEdition(text: string): number | null | string {
  if (text === '') return null;
  const m = /^(\d{4})(\s+edition)?$/i.exec(text);
  return m?.[1] ? Number(m[1]) : `"${text.length > 30 ? `${text.slice(0, 30)}…` : text}"`;
}

interface TableDraft {
  countryId: string;
  page: string | null;
  cumulativeFrom: number | null;
  rows: Record<string, unknown>[];
  printedTotal: Record<string, unknown> | null;
}

interface EditionDraft {
  report: string;
  edition: number | null;
  /** Years some row of this edition gives a figure for. */
  yearsWithFigures: Set<number>;
  tables: Map<string, TableDraft>;
}

export interface CsvRead {
  /** A schema version 2 dataset, to be validated like any file. */
  json: Record<string, unknown>;
  /** False when the file has no Source column: the import asks what the figures are. */
  namesItsSource: boolean;
}

/**
 * Reads a CSV in the dataset's CSV form (or the funding chart's CSV export)
 * into dataset JSON of schema version 2. Rows are grouped into editions by
 * their Source and Edition cells; a file without those columns is one
 * edition of its own. Every problem is reported with its row and column.
 * Delimiter (comma, semicolon or tab), BOM and CRLF are handled by Papa Parse.
 */
export function csvToDatasetJson(text: string, fileName: string): CsvRead | { problems: DatasetProblem[] } {
  // One line ending throughout: a file edited on two systems mixes CRLF, LF and a lone CR, and Papa Parse follows the first it meets.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(normalised, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'], newline: '\n' });
  const problems: DatasetProblem[] = parsed.errors.slice(0, 20).map((e) => ({
    path: `${fileName}: row ${(e.row ?? 0) + 1}`,
    message: `the CSV could not be read (${e.message})`,
  }));
  const [header, ...body] = parsed.data;
  if (!header || body.length === 0) {
    return { problems: [...problems, { path: fileName, message: 'expected a header row and at least one data row; found none' }] };
  }
  // Absurd cells are refused before any work is done on them, and quoted short.
  for (let r = 0; r < parsed.data.length && problems.length < 20; r++) {
    (parsed.data[r] ?? []).forEach((cell, c) => {
      if (cell.length > MAX_CELL_CHARS && problems.length < 20) {
        problems.push({
          path: `${fileName}: row ${r + 1}, column ${c + 1}`,
          message: `a cell of ${cell.length.toLocaleString('en-US')} characters (it starts ${quoteShort(cell, 30)}); cells may hold at most ${MAX_CELL_CHARS.toLocaleString('en-US')}`,
        });
      }
    });
  }
  if (problems.some((p) => p.message.startsWith('a cell of'))) return { problems };
  const cols = findColumns(header, fileName, problems);
  if (!cols) return { problems };
  // Until the import asks, the figures are named by their file.
  const fileReport = fileName;

  const countries = new Map<string, { id: string; name: string; region: string; row: number }>();
  const editions = new Map<string, EditionDraft>();

  body.forEach((cells, i) => {
    const rowNo = i + 2;
    const at = (column: string) => `${fileName}: row ${rowNo}, column "${column}"`;
    const cell = (index: number | null) => (index === null ? '' : unescapeFormula((cells[index] ?? '').trim()));
    const name = cell(cols.country);
    if (!name) {
      problems.push({ path: at(header[cols.country] ?? COLUMN.country), message: 'expected a country name; found an empty cell' });
      return;
    }
    const report = cols.source === null ? fileReport : cell(cols.source);
    if (!report) {
      problems.push({ path: at(COLUMN.source), message: 'expected the report or office the figures come from; found an empty cell' });
      return;
    }
    const edition = parseEdition(cell(cols.edition));
    if (typeof edition === 'string') {
      problems.push({ path: at(COLUMN.edition), message: `expected an edition year such as 2018, or a blank cell for figures that are not a report edition; found ${edition}` });
      return;
    }
    const id = countryIdFromName(name);
    if (!id) {
      problems.push({ path: at(header[cols.country] ?? COLUMN.country), message: `expected a country name with at least one letter or digit; found ${quoteShort(name)}` });
      return;
    }
    const country = countries.get(id) ?? { id, name, region: cell(cols.region) || 'Not given', row: rowNo };
    // Names that differ but make the same id ("Côte d'Ivoire", "Cote d Ivoire") would merge two countries' rows: refused, not guessed.
    if (country.name !== name) {
      problems.push({
        path: at(header[cols.country] ?? COLUMN.country),
        message: `${quoteShort(name)} and ${quoteShort(country.name)} (row ${country.row}) would be the same country (id "${id}"); spell it one way throughout`,
      });
      return;
    }
    countries.set(id, country);
    const editionKey = `${report}\u0000${edition ?? ''}`;
    const draftEdition: EditionDraft = editions.get(editionKey) ?? { report, edition, yearsWithFigures: new Set(), tables: new Map() };
    editions.set(editionKey, draftEdition);
    const table: TableDraft = draftEdition.tables.get(id) ?? { countryId: id, page: cell(cols.page) || null, cumulativeFrom: null, rows: [], printedTotal: null };
    draftEdition.tables.set(id, table);
    if (table.cumulativeFrom === null) {
      const m = /(\d{4})/.exec(cell(cols.cumulativeFromColumn));
      table.cumulativeFrom = m?.[1] ? Number(m[1]) : cols.cumulativeFromHeader;
    }

    const amounts: Record<string, number | null> = {};
    let bad = false;
    for (const { year, index } of cols.years) {
      // A blank year cell is a year the file does not report, never $0K.
      const value = parseAmount(cells[index], true);
      const column = header[index] ?? `FY${year}`;
      if (value === null) amounts[String(year)] = null;
      else if (typeof value === 'string') {
        problems.push({ path: at(column), message: `expected an amount in USD thousands; found ${value}` });
        bad = true;
      } else if (value < 0) {
        problems.push({ path: at(column), message: `amounts must not be negative; found ${value}` });
        bad = true;
      } else if (value > MAX_AMOUNT_THOUSANDS) {
        problems.push({ path: at(column), message: `expected at most ${MAX_AMOUNT_THOUSANDS} (USD thousands); found ${value}` });
        bad = true;
      } else {
        amounts[String(year)] = value;
        draftEdition.yearsWithFigures.add(year);
      }
    }
    const cumulative = parseAmount(cells[cols.cumulative]);
    const cumulativeColumn = header[cols.cumulative] ?? 'Cumulative';
    if (typeof cumulative === 'string' || cumulative === null) {
      problems.push({ path: at(cumulativeColumn), message: `expected an amount in USD thousands; found ${cumulative ?? 'an empty cell'}` });
      bad = true;
    } else if (cumulative < 0 || cumulative > MAX_AMOUNT_THOUSANDS) {
      problems.push({ path: at(cumulativeColumn), message: `expected an amount from 0 to ${MAX_AMOUNT_THOUSANDS}; found ${cumulative}` });
      bad = true;
    }
    if (bad || typeof cumulative === 'string' || cumulative === null) return;

    const lineText = cell(cols.line);
    const labelText = cell(cols.label);
    const where = edition === null ? '' : ` in the ${edition} edition`;
    if (lineText.toLowerCase() === TOTAL_LINE.toLowerCase() || labelText.toUpperCase() === TOTAL_LABEL) {
      if (table.printedTotal) problems.push({ path: at(COLUMN.line), message: `${name} has a second printed total row${where}` });
      table.printedTotal = { label: labelText || TOTAL_LABEL, byFiscalYear: amounts, cumulative };
      return;
    }
    const line = mapFundingLabel(lineText) ?? mapFundingLabel(labelText);
    if (!line) {
      problems.push({
        path: at(cols.line !== null ? (header[cols.line] ?? COLUMN.line) : COLUMN.label),
        message: `expected an agency line (DOS NADR-CWD, DOS Other, DoD, USAID or CDC); found "${lineText || labelText}"`,
      });
      return;
    }
    if (table.rows.some((r) => r.agency === line.agency && r.program === line.program)) {
      problems.push({ path: at(COLUMN.line), message: `${name} already has a ${LINE_NAMES[lineOf(line)]} row${where}` });
      return;
    }
    table.rows.push({ ...line, label: labelText || lineText, byFiscalYear: amounts, cumulative });
  });

  if (problems.length > 0) return { problems };
  const allYears = cols.years.map((c) => c.year).sort((a, b) => a - b);
  const several = editions.size > 1;
  const latest = latestEditionIndex([...editions.values()]);
  const base = fileName.replace(/\.[^.]+$/, '');
  return {
    namesItsSource: cols.source !== null,
    json: {
      schemaVersion: 2,
      id: `import-${slug(base) || 'csv'}`,
      units: { funding: 'usd-thousands', regional: 'usd-millions' },
      editions: [...editions.values()].map((e, index) => {
        // One edition prints every year column; of several, each prints the years its rows give figures for.
        const own = allYears.filter((y) => e.yearsWithFigures.has(y));
        const years = several && own.length > 0 ? own : allYears;
        const keep = (byFiscalYear: unknown) => Object.fromEntries(years.map((y) => [String(y), (byFiscalYear as Record<string, number | null>)[String(y)] ?? null]));
        return {
          id: `${slug(e.report).slice(0, 40) || 'source'}-${e.edition ?? `undated-${index + 1}`}`,
          report: e.report,
          edition: e.edition,
          editionNumber: null,
          publisher: null,
          fiscalYears: years,
          complete: index === latest,
          coverageNote: index !== latest ? 'Read from a CSV file, which does not say whether it holds every country table of this edition.' : null,
          imported: true,
          tables: [...e.tables.values()].map((t) => ({
            ...t,
            headerAsPrinted: null,
            rows: t.rows.map((r) => ({ ...r, byFiscalYear: keep(r.byFiscalYear) })),
            printedTotal: t.printedTotal ? { ...t.printedTotal, byFiscalYear: keep(t.printedTotal.byFiscalYear) } : null,
          })),
        };
      }),
      countries: [...countries.values()].map((c) => ({
        id: c.id,
        name: c.name,
        region: c.region,
        footnotes: [],
        partners: [],
        partnersComplete: false,
        results: [],
        activities: [],
        narrativeIncluded: false,
      })),
      regions: [],
      groups: [],
    },
  };
}
