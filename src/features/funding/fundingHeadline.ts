import type { CountryView } from '../../data/selectors/countryView';
import { fiscalYearLabel, formatFiscalYears, readableThousands, type ReadableAmount } from '../../lib/format';

/**
 * The first screen's headline: the funding for the years the view shows, and the report's cumulative
 * beside it. A sum the report does not print is said to be calculated; a year missing from it is
 * named, never counted as $0.
 */
export interface FundingHeadline {
  /** "FY2015–FY2017": the years the view shows. */
  period: string;
  /** The sum of the shown lines over the years that have a full figure; null when no year has one. */
  amount: ReadableAmount | null;
  /** How the figure was reached, in a briefer's words. */
  basis: string;
  /** "Cumulative since FY2013": the report's own column, which the year filter does not change. */
  cumulativeLabel: string;
  cumulative: ReadableAmount;
}

/** "Cumulative since FY2013" (or "through FY2017" where the report gives no first year): named by where it starts, not as a second period. */
export function cumulativeLabel({ country, dataset }: CountryView): string {
  const last = dataset.fiscalYears[dataset.fiscalYears.length - 1];
  return country.cumulativeFrom ? `Cumulative since ${fiscalYearLabel(country.cumulativeFrom)}` : `Cumulative through ${last === undefined ? 'the last year' : fiscalYearLabel(last)}`;
}

export function fundingHeadline(view: CountryView): FundingHeadline {
  const { funding, filters } = view;
  const counted = funding.years.filter((y) => y.total !== null);
  const notReported = funding.years.filter((y) => y.notReported).map((y) => y.fiscalYear);
  const partial = funding.years.filter((y) => !y.notReported && y.total === null).map((y) => y.fiscalYear);
  const sum = counted.reduce((total, y) => total + (y.total ?? 0), 0);
  const left: string[] = [];
  if (notReported.length > 0) left.push(`${notReported.map(fiscalYearLabel).join(', ')} not reported`);
  if (partial.length > 0) left.push(`${partial.map(fiscalYearLabel).join(', ')} left out: not every line shown is reported`);
  const several = counted.length > 1;
  // One year of one line, or of every line where the table's printed total agrees, is a figure the report
  // prints; anything else is added up here, and says so.
  const only = counted[0];
  const printedTotal = only ? funding.printedTotal?.byYear[only.fiscalYear] : undefined;
  const oneFigure = !several && (filters.lines.length === 1 || (filters.allLines && printedTotal !== undefined && printedTotal === only?.total));
  let basis: string;
  if (!only) {
    basis = partial.length > 0 ? left.join('; ') : 'no edition prints the years shown';
  } else {
    // With years left out, the years counted are named; otherwise how many.
    const how = several
      ? `${left.length === 0 ? `${counted.length} fiscal years` : formatFiscalYears(counted.map((y) => y.fiscalYear))} added (calculated)`
      : `${left.length === 0 ? '' : `${fiscalYearLabel(only.fiscalYear)} only, `}${oneFigure ? 'as printed' : `${filters.lines.length} funding lines added (calculated)`}`;
    basis = [how, ...left].join('; ');
  }
  return {
    period: formatFiscalYears(filters.years),
    amount: counted.length === 0 ? null : readableThousands(sum),
    basis,
    cumulativeLabel: cumulativeLabel(view),
    cumulative: readableThousands(funding.cumulative),
  };
}
