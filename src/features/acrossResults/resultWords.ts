import type { Result } from '../../data/model/schema';
import type { CalculatedTotal } from '../../data/selectors/acrossResults';
import { formatCount, formatPeriod, formatResultValue } from '../../lib/format';

/** A unit in words, as a column shows it. */
export const UNIT_WORDS: Record<Result['unit'], string> = {
  count: 'number',
  'square-meters': 'square meters',
  'square-kilometers': 'square kilometers',
  'metric-tons': 'metric tons',
  percent: 'percent',
  usd: 'U.S. dollars',
  'usd-millions': 'U.S. dollars, millions',
};

/** The result as the page prints it: its words for the figure, then what it counts ("more than 27,990 weapons secured"). */
export function printedResult(result: Result): string {
  return `${result.valueText ?? formatResultValue(result)} ${result.label}`;
}

/**
 * A calculated total in one line: "Calculated total, 2017, metric tons: at least 2,283 (4 results)". A sum
 * that holds a "more than" figure is a floor; one that holds an approximate figure is not given.
 */
export function totalText(total: CalculatedTotal): string {
  const unit = total.unit === 'count' ? 'number (of different things counted)' : UNIT_WORDS[total.unit];
  const head = `Calculated total, ${formatPeriod(total)}, ${unit}`;
  const n = `${total.rows.length} results`;
  if (total.value === null) return `${head}: not added up, as some of the ${n} are approximate or upper limits.`;
  const amount = formatCount(Math.round(total.value * 1000) / 1000);
  return total.bound === 'at-least' ? `${head}: at least ${amount} (${n}, some printed as “more than” or “over”)` : `${head}: ${amount} (${n})`;
}
