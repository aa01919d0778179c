import type { TotalMismatch } from '../data/model/totals';
import { fiscalYearLabel } from '../lib/format';

/** The column a printed-total disagreement is in: "FY2016" or "cumulative". */
export function mismatchColumnName(column: TotalMismatch['column']): string {
  return column === 'cumulative' ? 'cumulative' : fiscalYearLabel(column);
}
