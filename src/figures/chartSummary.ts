import { formatDollarsFromThousands, readableThousands } from '../lib/format';
import type { BarChartDescription } from './chartDescription';

/** A figure as a chart's labels print it, in the one money rule: "$670,000", "$1.18 million". */
const READABLE: Record<BarChartDescription['unit'], (value: number) => string> = { 'usd-thousands': (v) => readableThousands(v).text };
const EXACT: Record<BarChartDescription['unit'], (value: number) => string> = { 'usd-thousands': formatDollarsFromThousands };

export function formatChartValue(value: number, unit: BarChartDescription['unit']): string {
  return READABLE[unit](value);
}

/** A figure exactly, as a bar's hover title and the text equivalent give it: "$1,182,000". */
export function formatChartExact(value: number, unit: BarChartDescription['unit']): string {
  return EXACT[unit](value);
}

/** An axis tick: a round figure, so written without the trailing zeros three significant figures would add ("$20 million"). */
export function formatChartTick(value: number, unit: BarChartDescription['unit']): string {
  return formatChartValue(value, unit).replace(/\.0+ (million|billion)$/, ' $1');
}

/**
 * The chart's figures in a sentence per category: the text equivalent read
 * by screen readers on the page and written into the exported SVG's <desc>.
 */
export function chartSummary(chart: BarChartDescription): string {
  const lines = chart.categories.map((category, i) => {
    if (chart.notReported?.[i]) return `${category}: not reported.`;
    // A line's restated figure says so (its ring is the only mark of it).
    const restated = (s: (typeof chart.series)[number]) => (chart.layout === 'line' && s.restated?.[i] === true ? ' (restated)' : '');
    const values = chart.series.map((s) => `${s.name} ${s.values[i] === null ? 'not reported' : `${formatChartExact(s.values[i] ?? 0, chart.unit)}${restated(s)}`}`).join(', ');
    if (chart.layout !== 'stacked' || chart.series.length < 2) return `${category}: ${values}.`;
    const total = chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0);
    return `${category}: ${values}; total ${formatChartExact(total, chart.unit)}.`;
  });
  return [chart.subtitle, ...lines].join(' ');
}
