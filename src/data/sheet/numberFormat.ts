import type { Delimiter } from './csvGrid';
import type { DecimalMark, FigureCell } from './figures';

/**
 * Which decimal convention a file uses, decided for the whole file from all
 * its figure cells at once. A cell such as "2,5", "0,170", "1.200.000" or
 * "1.200,50" can only be read one way and decides; "1.200" or "1,200" can be
 * read either way. A semicolon file comes from an Excel that writes decimal
 * commas, so its "1.200" groups thousands; a comma file's quoted "1,200"
 * likewise. Anything else that is split or absent is asked, never guessed.
 */

export interface FigureAt {
  row: number;
  column: string;
  text: string;
  cell: Extract<FigureCell, { kind: 'number' }>;
}

export type NumberDecision =
  /** `neutral`: no cell reads differently under the two conventions. */
  | { kind: 'decided'; mark: DecimalMark; neutral: boolean; because: string | null; examples: FigureAt[] }
  | { kind: 'ask'; why: string; examples: FigureAt[] };

export const MARK_WORDS: Record<DecimalMark, string> = {
  point: 'decimal point, comma between thousands',
  comma: 'decimal comma, dot between thousands',
};

function at(f: FigureAt): string {
  return `“${f.text}” (row ${f.row}, column ${f.column})`;
}

/** The mark an ambiguous cell uses: "1.200" → ".", "1,200" → ",". */
function markIn(text: string): string {
  return /,/.test(text) ? ',' : '.';
}

/**
 * `ownForm`: the file has the headings of the dashboard's own CSV ("Agency line" and "Printed label"),
 * which writes plain numbers with a decimal point; with commas between cells and no figure grouped,
 * that decides an otherwise ambiguous "5.311".
 */
export function decideDecimalMark(figures: readonly FigureAt[], delimiter: Delimiter | null, chosen: DecimalMark | undefined, ownForm = false): NumberDecision {
  const decisive: Record<DecimalMark, FigureAt[]> = { point: [], comma: [] };
  const ambiguous: FigureAt[] = [];
  for (const f of figures) {
    const { point, comma } = f.cell;
    if (point !== null && comma !== null) {
      if (point !== comma) ambiguous.push(f);
      // An apostrophe between thousands ("1'200") is the Swiss convention, whose decimal mark is a point.
      else if (/\d['\u2019]\d{3}/.test(f.text)) decisive.point.push(f);
    } else if (point !== null) decisive.point.push(f);
    else if (comma !== null) decisive.comma.push(f);
  }
  // Cells that read two ways, shown beside each answer, also once one is chosen.
  const examples = [...ambiguous.slice(0, 3), ...(decisive.point[0] && decisive.comma[0] ? [decisive.point[0], decisive.comma[0]] : [])];
  if (chosen) return { kind: 'decided', mark: chosen, neutral: false, because: 'as you chose', examples };
  const [p] = decisive.point;
  const [c] = decisive.comma;
  if (p && c) {
    return { kind: 'ask', why: `Some figures use a decimal point, such as ${at(p)}, and some a decimal comma, such as ${at(c)}.`, examples: [p, c, ...ambiguous.slice(0, 2)] };
  }
  if (p) return { kind: 'decided', mark: 'point', neutral: false, because: `${at(p)} can only be read with a decimal point`, examples };
  if (c) return { kind: 'decided', mark: 'comma', neutral: false, because: `${at(c)} can only be read with a decimal comma`, examples };
  const [first] = ambiguous;
  if (!first) return { kind: 'decided', mark: delimiter === ';' ? 'comma' : 'point', neutral: true, because: null, examples };
  if (ownForm && delimiter === ',' && ambiguous.every((f) => /^\d+\.\d{3}$/.test(f.text))) {
    return { kind: 'decided', mark: 'point', neutral: false, because: 'the file is in the dashboard’s own CSV form, which writes plain numbers with a decimal point', examples };
  }
  // The delimiter tells which Excel wrote the file, and so which mark groups thousands.
  const hinted = delimiter === ';' ? '.' : delimiter === ',' ? ',' : null;
  const unresolved = ambiguous.find((f) => markIn(f.text) !== hinted);
  if (!unresolved && hinted) {
    return delimiter === ';'
      ? { kind: 'decided', mark: 'comma', neutral: false, because: 'the file is separated by semicolons, as Excel writes it where the decimal mark is a comma', examples }
      : { kind: 'decided', mark: 'point', neutral: false, because: 'the file is separated by commas, as Excel writes it where the decimal mark is a point', examples };
  }
  const example = unresolved ?? first;
  return {
    kind: 'ask',
    why: `Figures such as ${at(example)} read either way, and nothing else in the file says which mark it uses.`,
    examples: ambiguous.slice(0, 3),
  };
}
