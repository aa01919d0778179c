import type { DatasetProblem } from '../model/datasetError';
import { type Delimiter, DELIMITER_WORDS, parseCsvGrid, takeSepLine } from './csvGrid';
import type { TextEncodingName } from './decodeText';
import { findHeader } from './header';
import type { SheetSource } from './readSheet';

const ENCODING_WORDS: Record<TextEncodingName, string> = {
  'UTF-8': 'UTF-8 text',
  'UTF-16': 'UTF-16 text (Excel’s “Unicode Text”)',
  'Windows-1252': 'Windows-1252 text (Excel’s plain “CSV”)',
};

/** Lines looked at to choose the delimiter. */
const SAMPLE_LINES = 40;

/**
 * The delimiter under which the sheet's headings are found and name the most
 * columns; failing that, the one that splits the first row into most cells.
 * Decimal commas in a semicolon file cannot fool it: the headings decide.
 */
function chooseDelimiter(text: string): Delimiter {
  const sample = text.split(/\r\n|\n|\r/, SAMPLE_LINES).join('\n');
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const delimiter of [',', ';', '\t'] as const) {
    const rows = parseCsvGrid(sample, delimiter).rows;
    const found = findHeader(rows);
    const score = 'index' in found ? 1000 + found.roles.filter((r) => r !== null).length : Math.min(999, (rows.find((r) => r.some((c) => c.trim() !== '')) ?? []).length);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** A CSV file's text as a sheet: delimiter from Excel's "sep=" line or from the headings, rows numbered as Excel shows them. */
export function csvSheetSource(text: string, fileName: string, encoding: TextEncodingName): SheetSource | { problems: DatasetProblem[] } {
  const sep = takeSepLine(text);
  const delimiter = sep.delimiter ?? chooseDelimiter(sep.rest);
  const parsed = parseCsvGrid(sep.rest, delimiter);
  if (parsed.problems.length > 0) {
    return {
      problems: parsed.problems.map((p) => ({
        path: `${fileName}: row ${p.row}`,
        message: `the CSV could not be read (${p.message}): a quotation mark is probably left open. In Excel, save the sheet again as "CSV UTF-8 (Comma delimited)"`,
      })),
    };
  }
  if (parsed.rows.filter((r) => r.some((c) => c.trim() !== '')).length < 2) {
    return { problems: [{ path: fileName, message: 'expected a header row and at least one data row; found none' }] };
  }
  return {
    fileName,
    grid: parsed.rows,
    kind: 'csv',
    opened: [`${DELIMITER_WORDS[delimiter]}${sep.delimiter ? ' (from Excel’s “sep=” line)' : ''}`, ENCODING_WORDS[encoding]],
    delimiter,
    place: fileName,
    sheetName: null,
  };
}
