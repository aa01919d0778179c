import type { FundingView } from '../../data/selectors/fundingByYear';
import { formatFiscalYears } from '../../lib/format';

type Row = FundingView['rows'][number];

/**
 * What a line with no money in the years shown had in each of them: "$0K in FY2015–FY2017", and where
 * no edition prints the year, "not reported in FY2013–FY2014". Never "$0K" for a year not reported.
 */
export function noMoneyWording(row: Row, years: readonly number[]): string {
  const zero = years.filter((y) => row.byYear[y] === 0);
  const missing = years.filter((y) => row.byYear[y] === null || row.byYear[y] === undefined);
  return [zero.length > 0 ? `$0 in ${formatFiscalYears(zero)}` : null, missing.length > 0 ? `not reported in ${formatFiscalYears(missing)}` : null]
    .filter(Boolean)
    .join(', ');
}

/** True when the line printed $0K in every year shown (none of them unreported). */
export const zeroInEveryYear = (row: Row, years: readonly number[]): boolean => years.every((y) => row.byYear[y] === 0);
