import type { TotalMismatch } from '../data/model/totals';

/** The column a printed-total disagreement is in: "FY2016" or "cumulative". */
export function mismatchColumnName(column: TotalMismatch['column']): string {
  return column === 'cumulative' ? 'cumulative' : `FY${column}`;
}
