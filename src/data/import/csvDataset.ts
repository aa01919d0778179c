import Papa from 'papaparse';
import { LINE_NAMES, lineOf } from '../model/lines';
import type { DatasetProblem } from '../model/datasetError';
import { mapFundingLabel } from '../model/fundingLabels';
import { slug } from '../../lib/slug';
import { MAX_AMOUNT_THOUSANDS, type Dataset } from '../model/schema';

/**
 * The CSV form of a dataset: one row per funding line per country, the
 * columns the funding chart's CSV export uses, plus Region, Country page and
 * Cumulative from. A printed COUNTRY TOTAL is a row of its own.
 */

export const TOTAL_LINE = 'All agencies (printed total)';
const TOTAL_LABEL = 'COUNTRY TOTAL';

export function datasetToCsvTable(dataset: Dataset): { columns: string[]; rows: (string | number)[][] } {
  const years = dataset.fiscalYears;
  const columns = [
    'Country',
    'Region',
    'Agency line',
    'Printed label',
    ...years.map((y) => `FY${y} (USD thousands)`),
    'Cumulative (USD thousands)',
    'Cumulative from',
    'Country page',
  ];
  const rows = dataset.countries.flatMap((c) => {
    const tail = (cumulative: number) => [cumulative, c.cumulativeFrom ? `FY${c.cumulativeFrom}` : '', c.source ?? ''];
    const lines = c.funding.rows.map((r) => [
      c.name,
      c.region,
      LINE_NAMES[lineOf(r)],
      r.label,
      ...years.map((y) => r.byFiscalYear[String(y)] ?? ''),
      ...tail(r.cumulative),
    ]);
    const total = c.funding.printedTotal;
    return total
      ? [...lines, [c.name, c.region, TOTAL_LINE, total.label, ...years.map((y) => total.byFiscalYear[String(y)] ?? ''), ...tail(total.cumulative)]]
      : lines;
  });
  return { columns, rows };
}

interface Columns {
  country: number;
  region: number | null;
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

function findColumns(header: readonly string[], fileName: string, problems: DatasetProblem[]): Columns | null {
  const norm = header.map((h) => h.trim().toLowerCase());
  const find = (test: (h: string) => boolean) => {
    const i = norm.findIndex(test);
    return i === -1 ? null : i;
  };
  const country = find((h) => h === 'country');
  const line = find((h) => h === 'agency line' || h === 'agency');
  const label = find((h) => h === 'printed label');
  const cumulativeFrom = find((h) => h.startsWith('cumulative from'));
  const cumulative = find((h) => h.startsWith('cumulative') && !h.startsWith('cumulative from'));
  const years = norm.flatMap((h, index) => {
    const m = /^fy\s?(\d{4})\b/.exec(h);
    return m?.[1] ? [{ year: Number(m[1]), index }] : [];
  });
  const missing = [
    country === null ? '"Country"' : null,
    line === null && label === null ? '"Agency line" or "Printed label"' : null,
    years.length === 0 ? 'at least one fiscal-year column such as "FY2017 (USD thousands)"' : null,
    cumulative === null ? '"Cumulative (USD thousands)"' : null,
  ].filter((m): m is string => m !== null);
  if (missing.length > 0 || country === null || cumulative === null) {
    problems.push({
      path: `${fileName}: row 1 (header)`,
      message: `missing column ${missing.join(', ')}; found ${header.map((h) => `"${h}"`).join(', ') || 'no columns'}`,
    });
    return null;
  }
  const headerCumulative = header[cumulative] ?? '';
  // "Cumulative FY2013–FY2017 (USD thousands)", as the chart export writes it, carries the first year.
  const fromHeader = /FY(\d{4})\s*[–-]/.exec(headerCumulative);
  return {
    country,
    region: find((h) => h === 'region'),
    line,
    label,
    years,
    cumulative,
    cumulativeFromColumn: cumulativeFrom,
    cumulativeFromHeader: fromHeader ? Number(fromHeader[1]) : null,
    page: find((h) => h === 'country page' || h === 'source'),
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

/**
 * Reads a CSV in the dataset's CSV form (or the funding chart's CSV export)
 * into dataset JSON. Every problem is reported with its row and column.
 * Delimiter (comma or semicolon), BOM and CRLF are handled by Papa Parse.
 */
export function csvToDatasetJson(text: string, fileName: string): { json: Record<string, unknown> } | { problems: DatasetProblem[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  const problems: DatasetProblem[] = parsed.errors.slice(0, 20).map((e) => ({
    path: `${fileName}: row ${(e.row ?? 0) + 1}`,
    message: `the CSV could not be read (${e.message})`,
  }));
  const [header, ...body] = parsed.data;
  if (!header || body.length === 0) {
    return { problems: [...problems, { path: fileName, message: 'expected a header row and at least one data row; found none' }] };
  }
  const cols = findColumns(header, fileName, problems);
  if (!cols) return { problems };
  const years = cols.years.map((c) => c.year).sort((a, b) => a - b);

  interface Draft {
    id: string;
    name: string;
    region: string;
    source: string | null;
    cumulativeFrom: number | null;
    rows: Record<string, unknown>[];
    printedTotal: Record<string, unknown> | null;
  }
  const countries = new Map<string, Draft>();

  body.forEach((cells, i) => {
    const rowNo = i + 2;
    const at = (column: string) => `${fileName}: row ${rowNo}, column "${column}"`;
    const cell = (index: number | null) => (index === null ? '' : unescapeFormula((cells[index] ?? '').trim()));
    const name = cell(cols.country);
    if (!name) {
      problems.push({ path: at(header[cols.country] ?? 'Country'), message: 'expected a country name; found an empty cell' });
      return;
    }
    const id = slug(name);
    const draft: Draft = countries.get(id) ?? {
      id,
      name,
      region: cell(cols.region) || 'Not given',
      source: cell(cols.page) || null,
      cumulativeFrom: null,
      rows: [],
      printedTotal: null,
    };
    countries.set(id, draft);
    if (draft.cumulativeFrom === null) {
      const m = /(\d{4})/.exec(cell(cols.cumulativeFromColumn));
      draft.cumulativeFrom = m?.[1] ? Number(m[1]) : cols.cumulativeFromHeader;
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
      } else amounts[String(year)] = value;
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
    if (lineText.toLowerCase() === TOTAL_LINE.toLowerCase() || labelText.toUpperCase() === TOTAL_LABEL) {
      if (draft.printedTotal) problems.push({ path: at('Agency line'), message: `${name} has a second printed total row` });
      draft.printedTotal = { label: labelText || TOTAL_LABEL, byFiscalYear: amounts, cumulative };
      return;
    }
    const line = mapFundingLabel(lineText) ?? mapFundingLabel(labelText);
    if (!line) {
      problems.push({
        path: at(cols.line !== null ? (header[cols.line] ?? 'Agency line') : 'Printed label'),
        message: `expected an agency line (DOS NADR-CWD, DOS Other, DoD, USAID or CDC); found "${lineText || labelText}"`,
      });
      return;
    }
    if (draft.rows.some((r) => r.agency === line.agency && r.program === line.program)) {
      problems.push({ path: at('Agency line'), message: `${name} already has a ${LINE_NAMES[lineOf(line)]} row` });
      return;
    }
    draft.rows.push({ ...line, label: labelText || lineText, byFiscalYear: amounts, cumulative });
  });

  if (problems.length > 0) return { problems };
  const base = fileName.replace(/\.[^.]+$/, '');
  return {
    json: {
      schemaVersion: 1,
      id: `import-${slug(base) || 'csv'}`,
      source: { report: `Imported from ${fileName}`, edition: null, editionNumber: null, publisher: null },
      units: { funding: 'usd-thousands', regional: 'usd-millions' },
      fiscalYears: years,
      countries: [...countries.values()].map((c) => ({
        id: c.id,
        name: c.name,
        region: c.region,
        source: c.source,
        cumulativeFrom: c.cumulativeFrom,
        funding: { rows: c.rows, printedTotal: c.printedTotal },
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
