import { formatThousands } from '../lib/format';
import type { BarChartDescription } from './chartDescription';

const FORMATTERS: Record<BarChartDescription['unit'], (value: number) => string> = {
  'usd-thousands': formatThousands,
};

export function formatChartValue(value: number, unit: BarChartDescription['unit']): string {
  return FORMATTERS[unit](value);
}

/**
 * The chart's figures in a sentence per category: the text equivalent read
 * by screen readers on the page and written into the exported SVG's <desc>.
 */
export function chartSummary(chart: BarChartDescription): string {
  const lines = chart.categories.map((category, i) => {
    if (chart.notReported?.[i]) return `${category}: not reported.`;
    const values = chart.series.map((s) => `${s.name} ${s.values[i] === null ? 'not reported' : formatChartValue(s.values[i] ?? 0, chart.unit)}`).join(', ');
    if (chart.layout !== 'stacked' || chart.series.length < 2) return `${category}: ${values}.`;
    const total = chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0);
    return `${category}: ${values}; total ${formatChartValue(total, chart.unit)}.`;
  });
  return [chart.subtitle, ...lines].join(' ');
}
