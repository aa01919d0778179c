import Papa from 'papaparse';
import { stripUnsafe } from '../safeText';

/** A table as it goes into a CSV: column headers that say units and years, then the rows. */
export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

/** Byte order mark: tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';

// Any text cell a spreadsheet could run as a formula. Papa's own pattern only
// matches single-line values, so ours looks at the first character alone. Text
// that already starts with an apostrophe gets one too, so the importer can undo
// exactly one and every name survives a round trip.
const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * The table as CSV: UTF-8 with BOM, CRLF, quoted where needed by Papa Parse,
 * and formula-like text neutralised with a leading apostrophe. Numbers stay numbers.
 */
export function tableToCsv(table: ChartTable): string {
  const clean = (cell: string | number) => (typeof cell === 'string' ? stripUnsafe(cell) : cell);
  return BOM + Papa.unparse({ fields: table.columns.map(stripUnsafe), data: table.rows.map((r) => r.map(clean)) }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
