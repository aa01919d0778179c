import type { DatasetProblem } from '../model/datasetError';
import { quoteShort } from '../../lib/safeText';
import type { Delimiter } from './csvGrid';
import { type AmountUnit, readFigureText, UNIT_WORDS } from './figures';
import { cellText, type Grid, isBlankRow, type SheetCell } from './grid';
import { columnLetter, type ColumnRole, findHeader, roleOf } from './header';
import { decideDecimalMark, type FigureAt, type NumberDecision } from './numberFormat';
import type { ReadingChoices, ReadingQuestion } from './reading';
import { unitStated } from './units';
import { fiscalYearLabel } from '../../lib/format';

/**
 * An officer's sheet, from its grid to rows of named cells: the heading row
 * found, title rows above it and blank rows skipped, each column's role and
 * unit, total and note rows told apart from funding lines, and the number
 * format decided for the whole file. What the file leaves open becomes a
 * question; nothing is guessed silently.
 */

/** The longest cell read. Longer ones are refused before any work is done on them. */
export const MAX_CELL_CHARS = 2000;

/** Where a sheet came from, for positions and the reading. */
export interface SheetSource {
  fileName: string;
  grid: Grid;
  /** How the file was opened, first in the reading: "Semicolons", "Windows-1252 text", "Sheet “Funding”". */
  opened: string[];
  delimiter: Delimiter | null;
  /** The file, and the sheet where a workbook has several: "figures.xlsx, sheet “FY17”". */
  place: string;
  sheetName: string | null;
  kind: 'csv' | 'workbook';
  /** A workbook's merged cells (0-based rows and columns). */
  merges?: { from: { row: number; column: number }; to: { row: number; column: number } }[];
}

export interface AmountColumn {
  index: number;
  heading: string;
  /** null: the cumulative column. */
  year: number | null;
  unit: AmountUnit | null;
}

export interface Columns {
  country: number | null;
  region: number | null;
  source: number | null;
  edition: number | null;
  line: number | null;
  label: number | null;
  cumulativeFrom: number | null;
  page: number | null;
  years: AmountColumn[];
  cumulative: AmountColumn;
  /** The cumulative heading's first year ("Cumulative FY2013–FY2017"), if it names one. */
  cumulativeFromHeading: number | null;
  /** Headed only "Total": checked against the years it may sum. */
  cumulativeIsTotal: boolean;
}

export type RowKind = 'line' | 'total' | 'sheet-total';

export interface SheetRow {
  row: number;
  kind: RowKind;
  cells: SheetCell[];
}

export interface SheetLayout {
  source: SheetSource;
  headerRow: number;
  headings: string[];
  columns: Columns;
  rows: SheetRow[];
  /** The country named for a sheet without a Country column. */
  country: string | null;
  numbers: NumberDecision;
  questions: ReadingQuestion[];
  notes: string[];
}

export function position(source: SheetSource, row: number, column?: number, heading?: string): string {
  if (column === undefined) return `${source.place}: row ${row}`;
  return `${source.place}: row ${row}, column ${columnLetter(column)}${heading ? ` ${quoteShort(heading)}` : ''}`;
}

const TOTAL_WORDS = /^(?:country\s+)?total$|^grand\s+total$|^total\s+funding$|^all agencies\b|^all lines\b/i;

/** Excel's names for a new sheet in several languages: no country to suggest. */
const DEFAULT_SHEET = /^(sheet|tabelle|feuil|hoja|foglio|planilha|blad)\s*\d*$/i;

const EXCEL_HEADINGS = 'In Excel, put one row of headings above the figures: Country, Agency line, a column per fiscal year such as FY2017, and Cumulative.';

function listFound(header: readonly string[]): string {
  const named = header.filter((h) => h.trim() !== '');
  if (named.length === 0) return 'no columns';
  const shown = named.slice(0, 10).map((h) => quoteShort(h));
  return named.length > 10 ? `${shown.join(', ')} and ${named.length - 10} more` : shown.join(', ');
}

function missingColumns(roles: readonly (ColumnRole | null)[], countryAnswered: boolean): string[] {
  const has = (role: ColumnRole['role']) => roles.some((r) => r?.role === role);
  return [
    !has('country') && !countryAnswered && !has('line') ? '"Country"' : null,
    !has('line') && !has('label') ? '"Agency line" or "Printed label"' : null,
    !has('year') ? 'at least one fiscal-year column such as "FY2017 (USD thousands)"' : null,
    !has('cumulative') ? '"Cumulative (USD thousands)"' : null,
  ].filter((m): m is string => m !== null);
}

/** Cells too long to be a figure or a name are refused before anything else is read. */
function overlongCells(source: SheetSource): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  source.grid.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      const text = cellText(cell);
      if (text.length > MAX_CELL_CHARS && problems.length < 20) {
        problems.push({
          path: position(source, r + 1, c),
          message: `a cell of ${text.length.toLocaleString('en-US')} characters (it starts ${quoteShort(text, 30)}); cells may hold at most ${MAX_CELL_CHARS.toLocaleString('en-US')}`,
        });
      }
    });
  });
  return problems;
}

function suggestCountry(source: SheetSource, titles: readonly string[]): string {
  if (source.sheetName && !DEFAULT_SHEET.test(source.sheetName.trim())) return source.sheetName.trim();
  const title = titles[0]?.split(/[:–—|(]|\s-\s/)[0]?.trim();
  if (title) return title.slice(0, 60);
  return source.fileName.replace(/\.[^.]+$/, '').slice(0, 60);
}

function columnsFrom(source: SheetSource, headerRow: number, headings: string[], roles: (ColumnRole | null)[], problems: DatasetProblem[]): Columns | null {
  const single = (role: ColumnRole['role']) => {
    const found = roles.flatMap((r, i) => (r?.role === role ? [i] : []));
    if (found.length > 1) {
      problems.push({
        path: position(source, headerRow),
        message: `columns ${found.map((i) => `${columnLetter(i)} ${quoteShort(headings[i] ?? '')}`).join(' and ')} name the same thing. In Excel, keep one of them`,
      });
    }
    return found[0] ?? null;
  };
  const years: AmountColumn[] = [];
  roles.forEach((r, index) => {
    if (r?.role !== 'year') return;
    const twin = years.find((y) => y.year === r.year);
    if (twin) {
      problems.push({ path: position(source, headerRow), message: `columns ${columnLetter(twin.index)} and ${columnLetter(index)} are both ${fiscalYearLabel(r.year)}. In Excel, keep one of them` });
      return;
    }
    years.push({ index, heading: headings[index] ?? '', year: r.year, unit: r.unit });
  });
  const cumulativeIndex = single('cumulative');
  const cumulativeRole = cumulativeIndex === null ? null : roles[cumulativeIndex];
  const columns = {
    country: single('country'),
    region: single('region'),
    source: single('source'),
    edition: single('edition'),
    line: single('line'),
    label: single('label'),
    cumulativeFrom: single('cumulativeFrom'),
    page: single('page'),
  };
  if (problems.length > 0 || cumulativeIndex === null || cumulativeRole?.role !== 'cumulative') return null;
  return {
    ...columns,
    years: years.sort((a, b) => (a.year ?? 0) - (b.year ?? 0)),
    cumulative: { index: cumulativeIndex, heading: headings[cumulativeIndex] ?? '', year: null, unit: cumulativeRole.unit },
    cumulativeFromHeading: cumulativeRole.from,
    cumulativeIsTotal: cumulativeRole.total,
  };
}

/** Units for columns whose heading names none: the sheet's title, the other figure columns, or the officer's answer. */
function settleUnits(columns: Columns, titleUnit: AmountUnit | null, choices: ReadingChoices, notes: string[]): ReadingQuestion | null {
  const amounts = [...columns.years, columns.cumulative];
  const stated = new Set(amounts.flatMap((a) => (a.unit ? [a.unit] : [])));
  const unstated = amounts.filter((a) => a.unit === null);
  if (unstated.length === 0) return null;
  const [only] = [...stated];
  const fill = titleUnit ?? choices.unit ?? (stated.size === 1 ? only : undefined);
  if (fill) {
    for (const a of unstated) a.unit = fill;
    const why = titleUnit ? 'as the title above the headings says' : choices.unit ? 'as you chose' : 'like the other figure columns';
    notes.push(`${unstated.length === amounts.length ? 'Figures' : `Column${unstated.length === 1 ? '' : 's'} ${unstated.map((a) => columnLetter(a.index)).join(', ')}`} read in ${UNIT_WORDS[fill]}, ${why}.`);
    return null;
  }
  return {
    id: 'unit',
    kind: 'choice',
    prompt: 'What unit are the figures in?',
    why: `The heading${unstated.length === 1 ? '' : 's'} ${unstated.map((a) => quoteShort(a.heading)).join(', ')} name${unstated.length === 1 ? 's' : ''} no unit, and the sheet does not say elsewhere.`,
    options: [],
    chosen: null,
  };
}

function isTotal(text: string): boolean {
  return TOTAL_WORDS.test(text.trim());
}

/**
 * Lays a sheet out: heading, columns, rows, number format and questions.
 * Problems end the reading; questions leave it open for an answer.
 */
export function laySheet(source: SheetSource, choices: ReadingChoices): SheetLayout | { problems: DatasetProblem[] } {
  const overlong = overlongCells(source);
  if (overlong.length > 0) return { problems: overlong };
  const texts = source.grid.map((cells) => cells.map(cellText));
  const found = findHeader(texts);
  if ('best' in found) {
    const headings = texts[found.best] ?? [];
    const missing = missingColumns(headings.map(roleOf), choices.country !== undefined);
    return {
      problems: [
        {
          path: `${position(source, found.best + 1)} (header)`,
          message: `missing column ${missing.join(', ')}; found ${listFound(headings)}. ${EXCEL_HEADINGS}`,
        },
      ],
    };
  }
  const headerRow = found.index + 1;
  const headings = texts[found.index] ?? [];
  const problems: DatasetProblem[] = [];
  const missing = missingColumns(found.roles, true);
  if (missing.length > 0) {
    return { problems: [{ path: `${position(source, headerRow)} (header)`, message: `missing column ${missing.join(', ')}; found ${listFound(headings)}. ${EXCEL_HEADINGS}` }] };
  }
  const columns = columnsFrom(source, headerRow, headings, found.roles, problems);
  if (!columns) return { problems };
  // Merged cells from the headings down hide which row or column a figure belongs to.
  const merged = (source.merges ?? []).filter((m) => m.to.row >= found.index);
  if (merged.length > 0) {
    return {
      problems: merged.slice(0, 10).map((m) => ({
        path: position(source, m.from.row + 1),
        message: `cells ${columnLetter(m.from.column)}${m.from.row + 1}:${columnLetter(m.to.column)}${m.to.row + 1} are merged. In Excel, select them, choose Home › Merge & Center › Unmerge Cells, and type the entry in each cell`,
      })),
    };
  }

  const notes: string[] = [];
  const questions: ReadingQuestion[] = [];
  const titles = texts.slice(0, found.index).flatMap((cells) => {
    const text = cells.map((c) => c.trim()).filter(Boolean).join(' ');
    return text ? [text] : [];
  });
  if (titles.length > 0) {
    notes.push(`${titles.length === 1 ? 'One row' : `${titles.length} rows`} above the headings skipped (${titles.slice(0, 2).map((t) => quoteShort(t)).join(', ')}${titles.length > 2 ? ', …' : ''}).`);
  }
  const unitQuestion = settleUnits(columns, unitStated(titles.join(' ')), choices, notes);
  if (unitQuestion) questions.push(unitQuestion);

  const unread = found.roles.flatMap((r, i) => (r === null && (headings[i] ?? '').trim() !== '' ? [`${columnLetter(i)} ${quoteShort(headings[i] ?? '')}`] : []));
  const width = headings.length;
  const rows: SheetRow[] = [];
  const figures: FigureAt[] = [];
  const noHeading = new Set<number>();
  let blank = 0;
  const skipped: number[] = [];
  const amounts = [...columns.years, columns.cumulative];
  source.grid.slice(found.index + 1).forEach((cells, i) => {
    const row = headerRow + 1 + i;
    if (isBlankRow(cells)) {
      blank++;
      return;
    }
    cells.forEach((cell, c) => {
      if (c >= width && cellText(cell).trim() !== '') noHeading.add(c);
    });
    const text = (index: number | null) => (index === null ? '' : cellText(cells[index]).trim());
    const filled = cells.filter((c) => cellText(c).trim() !== '').length;
    const anyAmount = amounts.some((a) => text(a.index) !== '');
    // A note under the table ("Source: …") fills one cell and no figure.
    if (!anyAmount && filled <= 1) {
      skipped.push(row);
      return;
    }
    const lineText = text(columns.line) || text(columns.label);
    const countryText = text(columns.country);
    // A total with no country named ("", "Total") is the sheet's: its one country's, or the sum of several.
    const sheetWide = columns.country !== null && (countryText === '' || isTotal(countryText));
    const kind: RowKind = isTotal(lineText) || (columns.country !== null && isTotal(countryText)) ? (sheetWide ? 'sheet-total' : 'total') : 'line';
    rows.push({ row, kind, cells });
    for (const a of amounts) {
      const cell = cells[a.index];
      if (typeof cell !== 'string') continue;
      const read = readFigureText(cell);
      if (read.kind === 'number') figures.push({ row, column: columnLetter(a.index), text: cell.trim(), cell: read });
    }
  });
  if (blank > 0) notes.push(`${blank === 1 ? 'One blank row' : `${blank} blank rows`} skipped.`);
  if (skipped.length > 0) notes.push(`Row${skipped.length === 1 ? '' : 's'} ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''} not read: ${skipped.length === 1 ? 'it holds' : 'they hold'} a note and no figures.`);
  if (unread.length > 0) notes.push(`Column${unread.length === 1 ? '' : 's'} not read: ${unread.slice(0, 6).join(', ')}${unread.length > 6 ? ', …' : ''}.`);
  if (noHeading.size > 0) {
    const list = [...noHeading].sort((a, b) => a - b).map(columnLetter);
    notes.push(`Column${list.length === 1 ? '' : 's'} ${list.join(', ')} ${list.length === 1 ? 'has' : 'have'} entries but no heading, and ${list.length === 1 ? 'is' : 'are'} not read; give ${list.length === 1 ? 'it a heading' : 'them headings'} in Excel if ${list.length === 1 ? 'it holds' : 'they hold'} figures.`);
  }
  if (rows.every((r) => r.kind !== 'line')) {
    return { problems: [{ path: source.place, message: `expected at least one funding line under the headings in row ${headerRow}; found none. In Excel, put one row per funding line under the headings` }] };
  }

  let country: string | null = null;
  if (columns.country === null) {
    country = choices.country?.trim() || null;
    questions.push({
      id: 'country',
      kind: 'text',
      prompt: 'Which country are these figures for?',
      why: 'The sheet has no Country column.',
      suggested: country ?? suggestCountry(source, titles),
      chosen: country,
    });
  }
  const ownForm = columns.line !== null && columns.label !== null && /^agency line$/i.test((headings[columns.line] ?? '').trim()) && /^printed label$/i.test((headings[columns.label] ?? '').trim());
  const numbers = decideDecimalMark(figures, source.delimiter, choices.numbers, ownForm);
  if (numbers.kind === 'ask' || choices.numbers) {
    questions.push({ id: 'numbers', kind: 'choice', prompt: 'Which decimal mark does the file use?', why: numbers.kind === 'ask' ? numbers.why : '', options: [], chosen: choices.numbers ?? null });
  }
  if (unitQuestion === null && choices.unit && questions.every((q) => q.id !== 'unit')) {
    questions.push({ id: 'unit', kind: 'choice', prompt: 'What unit are the figures in?', why: '', options: [], chosen: choices.unit });
  }
  // The same order whether a question is open or answered, so the form does not move under the officer.
  const order: ReadingQuestion['id'][] = ['sheet', 'country', 'numbers', 'unit'];
  questions.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return { source, headerRow, headings, columns, rows, country, numbers, questions, notes };
}
