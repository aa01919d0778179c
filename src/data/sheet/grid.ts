/**
 * A sheet as rows of cells, whatever file it came from: a CSV's cells are its
 * text; a workbook's number cells keep the number Excel stores, with the text
 * it shows. Row i of the grid is the sheet's row i + 1, as Excel numbers it.
 */

/** A workbook number. `scale`: how many thousands the cell's number format divides by for display ("#,##0," shows 1200000 as 1,200). */
export interface WorkbookNumber {
  n: number;
  shown: string;
  scale: number;
}

/** A workbook cell that holds no amount: a date, a percentage, an error (#REF!), a formula with no saved result, TRUE/FALSE. */
export interface WorkbookFlag {
  flag: 'date' | 'percent' | 'error' | 'no-value' | 'boolean';
  shown: string;
}

export type SheetCell = string | WorkbookNumber | WorkbookFlag;

export type Grid = SheetCell[][];

/** The cell's text as the sheet shows it. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === undefined) return '';
  return typeof cell === 'string' ? cell : cell.shown;
}

export function isBlankRow(cells: readonly SheetCell[] | undefined): boolean {
  return !cells || cells.every((c) => cellText(c).trim() === '');
}
