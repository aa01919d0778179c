import { read, SSF, utils, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import type { DatasetProblem } from '../model/datasetError';
import { quoteShort } from '../../lib/safeText';
import type { Grid, SheetCell } from './grid';
import type { SheetSource } from './readSheet';
import type { QuestionOption } from './reading';

/**
 * Excel workbooks (.xlsx, .xlsm, .xls) read with SheetJS, which this module
 * alone imports, so the library loads only when a workbook is chosen, in the
 * import worker. Number cells keep the number Excel stores (no locale
 * guessing); the text Excel shows comes along for the preview.
 */

/** More rows than any funding sheet holds; a sheet past it is refused rather than read. */
export const MAX_SHEET_ROWS = 100_000;
export const MAX_SHEET_COLUMNS = 200;

/** A number format's first section without quoted text, escapes or [colour] codes: what it does to the number. */
function formatCode(z: string): string {
  return (z.split(';')[0] ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
}

/** Thousands a format divides by for display: "#,##0," shows 1,200,000 as 1,200 (one), "0.0,," shows millions (two). */
function formatScale(code: string): number {
  const m = /[0#?](,+)(?![0#?,])/.exec(code) ?? /[0#?](,+)\./.exec(code);
  return m?.[1]?.length ?? 0;
}

// SheetJS types its number-format helper loosely; this is the one call made of it.
const isDateFormat = (SSF as { is_date: (format: string) => boolean }).is_date;

function cellOf(cell: CellObject): SheetCell {
  const shown = cell.w ?? (cell.v === undefined ? '' : String(cell.v));
  if (cell.t === 'e') return { flag: 'error', shown: cell.w ?? '#ERROR' };
  if (cell.t === 'b') return { flag: 'boolean', shown };
  if (cell.t === 'd') return { flag: 'date', shown };
  if (cell.v === undefined && cell.f !== undefined) return { flag: 'no-value', shown: `=${cell.f}` };
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const z = typeof cell.z === 'string' ? cell.z : 'General';
    if (isDateFormat(z)) return { flag: 'date', shown };
    const code = formatCode(z);
    if (code.includes('%')) return { flag: 'percent', shown };
    return { n: cell.v, shown, scale: formatScale(code) };
  }
  return typeof cell.v === 'string' ? cell.v : shown;
}

function gridOf(sheet: WorkSheet): Grid | string {
  const grid: Grid = [];
  for (const address of Object.keys(sheet)) {
    if (address.startsWith('!')) continue;
    const { r, c } = utils.decode_cell(address);
    if (r >= MAX_SHEET_ROWS) return `it has more than ${MAX_SHEET_ROWS.toLocaleString('en-US')} rows`;
    if (c >= MAX_SHEET_COLUMNS) return `it has entries past column ${utils.encode_col(MAX_SHEET_COLUMNS - 1)}`;
    const row = (grid[r] ??= []);
    row[c] = cellOf(sheet[address] as CellObject);
  }
  // Rows and cells Excel holds nothing in are empty, so row i is the sheet's row i + 1.
  for (let r = 0; r < grid.length; r++) {
    const row = (grid[r] ??= []);
    for (let c = 0; c < row.length; c++) row[c] ??= '';
  }
  return grid;
}

function openWorkbook(bytes: Uint8Array, fileName: string): WorkBook | DatasetProblem {
  try {
    return read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellText: true, cellDates: false, cellHTML: false, bookVBA: false });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(why)) {
      return { path: fileName, message: 'the workbook is protected by a password. In Excel, save a copy without one (File › Info › Protect Workbook) and import that' };
    }
    return { path: fileName, message: `the workbook could not be read (${quoteShort(why)}). In Excel, save it again as "Excel Workbook (.xlsx)" or as "CSV UTF-8 (Comma delimited)"` };
  }
}

export interface WorkbookSheets {
  /** The sheet to read, by name. */
  source: SheetSource;
  /** Where the workbook has several sheets with entries, which to read (the first, unless chosen). */
  question: { options: QuestionOption[]; chosen: string | null } | null;
}

/** Opens a workbook and lays out one sheet as a grid: the one chosen, else the first with entries. */
export function workbookSheet(bytes: Uint8Array, fileName: string, chosen: string | undefined): WorkbookSheets | { problems: DatasetProblem[] } {
  const book = openWorkbook(bytes, fileName);
  if ('path' in book) return { problems: [book] };
  const withEntries = book.SheetNames.filter((name) => {
    const sheet = book.Sheets[name];
    return sheet !== undefined && Object.keys(sheet).some((k) => !k.startsWith('!'));
  });
  const [first] = withEntries;
  if (first === undefined) return { problems: [{ path: fileName, message: 'the workbook has no sheet with entries. In Excel, check that the figures are in the file you chose' }] };
  if (chosen !== undefined && !withEntries.includes(chosen)) {
    return { problems: [{ path: fileName, message: `the workbook has no sheet named ${quoteShort(chosen)} with entries` }] };
  }
  const name = chosen ?? first;
  const sheet = book.Sheets[name];
  if (!sheet) return { problems: [{ path: fileName, message: `the sheet ${quoteShort(name)} could not be read` }] };
  const several = withEntries.length > 1;
  const place = several ? `${fileName}, sheet ${quoteShort(name)}` : fileName;
  const grid = gridOf(sheet);
  if (typeof grid === 'string') return { problems: [{ path: place, message: `the sheet is too large to be a funding table (${grid}). In Excel, copy the funding table to a sheet of its own` }] };
  return {
    source: {
      fileName,
      grid,
      kind: 'workbook',
      opened: [several ? `Sheet “${name}” (${withEntries.indexOf(name) + 1} of ${withEntries.length} with entries)` : `Sheet “${name}”`],
      delimiter: null,
      place,
      sheetName: name,
      merges: (sheet['!merges'] ?? []).map((m) => ({ from: { row: m.s.r, column: m.s.c }, to: { row: m.e.r, column: m.e.c } })),
    },
    question: several
      ? {
          chosen: name,
          options: withEntries.map((n) => {
            const s = book.Sheets[n];
            const ref = s?.['!ref'];
            const rows = ref ? utils.decode_range(ref).e.r + 1 : 0;
            return { value: n, label: n, examples: [`${rows} row${rows === 1 ? '' : 's'}`] };
          }),
        }
      : null,
  };
}
