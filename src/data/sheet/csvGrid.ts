import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';

export const DELIMITER_WORDS: Record<Delimiter, string> = { ',': 'Commas', ';': 'Semicolons', '\t': 'Tabs' };

/**
 * Excel's "sep=;" first line names the delimiter and is not a row of the
 * sheet (Excel hides it): it is taken off, and the rows after it numbered
 * from 1 as Excel shows them.
 */
export function takeSepLine(text: string): { delimiter: Delimiter | null; rest: string } {
  const m = /^"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  if (!m) return { delimiter: null, rest: text };
  const ch = m[1];
  const delimiter = ch === ',' || ch === ';' || ch === '\t' ? ch : null;
  return { delimiter, rest: text.slice(m[0].length) };
}

export interface CsvGrid {
  rows: string[][];
  /** Rows (1-based) where quoting broke, with what Papa Parse said. */
  problems: { row: number; message: string }[];
}

/** Splits CSV text into rows of cells with one delimiter; blank lines stay, so row numbers match the sheet. */
export function parseCsvGrid(text: string, delimiter: Delimiter): CsvGrid {
  // One line ending throughout: a file edited on two systems mixes CRLF, LF and a lone CR.
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const parsed = Papa.parse<string[]>(normalised, { delimiter, newline: '\n', skipEmptyLines: false });
  const problems = parsed.errors.slice(0, 20).map((e) => ({ row: (e.row ?? 0) + 1, message: e.message }));
  return { rows: parsed.data, problems };
}
