import type { Country, Investment } from '../model/schema';
import { rowsSumCumulative } from '../model/totals';

/** The page's investment sentence held against the table's cumulative. */
export interface InvestmentCheck {
  investment: Investment;
  /** The page's figure in USD thousands (an exact change of unit). */
  investmentThousands: number;
  /** The table's cumulative, USD thousands: the printed total, or the rows' sum where none is printed. */
  tableThousands: number;
  /** Whether the table's figure is consistent with how the page qualifies its own ("more than", "approximately"…). */
  agrees: boolean;
  /** The page's first year, where it differs from the table's cumulativeFrom. */
  startDiffers: { page: number; table: number } | null;
}

/** Decimal places of a printed figure: 15.4 -> 1, 3 -> 0. */
function decimals(value: number): number {
  const fraction = String(value).split('.')[1];
  return fraction ? fraction.length : 0;
}

/**
 * The sentence is a bound the table must keep: "more than $15.4 million"
 * means the cumulative must not fall below $15,400K; "approximately" means
 * within half a unit of the page's last printed digit, or 5 percent.
 */
export function checkInvestment(country: Country): InvestmentCheck | null {
  const investment = country.investment;
  if (!investment) return null;
  // Rounded to whole dollars: 474.6 × 1000 is not exact in binary.
  const investmentThousands = Math.round((investment.unit === 'usd-millions' ? investment.value * 1000 : investment.value / 1000) * 1000) / 1000;
  const tableThousands = country.funding.printedTotal?.cumulative ?? rowsSumCumulative(country);
  // Half a unit of the last printed digit, in thousands ("$15.4 million": $50K).
  const unitThousands = (investment.unit === 'usd-millions' ? 1000 : 0.001) * 10 ** -decimals(investment.value);
  const tolerance = unitThousands / 2;
  let agrees: boolean;
  switch (investment.bound) {
    case 'more-than':
    case 'at-least':
      agrees = tableThousands >= investmentThousands;
      break;
    case 'nearly':
    case 'less-than':
      agrees = tableThousands <= investmentThousands;
      break;
    case 'approximately':
      agrees = Math.abs(tableThousands - investmentThousands) <= Math.max(tolerance, investmentThousands * 0.05);
      break;
    case 'exact':
      agrees = Math.abs(tableThousands - investmentThousands) <= tolerance;
      break;
  }
  const startDiffers =
    investment.from !== null && country.cumulativeFrom !== null && investment.from !== country.cumulativeFrom
      ? { page: investment.from, table: country.cumulativeFrom }
      : null;
  return { investment, investmentThousands, tableThousands, agrees, startDiffers };
}
