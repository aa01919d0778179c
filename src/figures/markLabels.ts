import type { BarChartDescription } from './chartDescription';
import { formatChartValue } from './chartSummary';
import { readableThousands, roundedMoneyNote } from '../lib/format';

/** Above this many series, side-by-side bars carry no value each (they would collide); the figures stay in the table. */
export const MAX_LABELLED_SERIES = 4;

/** What a category no source prints says where its bars would be. */
export const NOT_REPORTED = 'not reported';
/** What a side-by-side bar with no figure says above its place. */
export const NOT_REPORTED_SHORT = 'n/r';

/** The total of a stacked category: the sum of the values drawn (a value not reported adds nothing). */
export function stackTotal(chart: BarChartDescription, index: number): number {
  return chart.series.reduce((sum, s) => sum + (s.values[index] ?? 0), 0);
}

/** A line chart with at most this many lines labels every point; past it (and in small multiples), each line's latest figure only. */
export const MAX_LABELLED_LINES = 2;

/** Whether a line chart prints the figure of series `s` at category `index`. */
export function linePointLabelled(chart: BarChartDescription, s: number, index: number): boolean {
  const values = chart.series[s]?.values ?? [];
  if (values[index] === null || values[index] === undefined) return false;
  if (!chart.multiples && chart.series.length <= MAX_LABELLED_LINES) return true;
  return values.findLastIndex((v) => v !== null) === index;
}

/**
 * The figures a category's marks print, in every medium, in series order: a stack's total; each
 * side-by-side bar's value ("n/r" where not reported; none past four series); a ranked bar's value or
 * "not reported"; a line's points (every one with two lines or fewer, else each line's latest; '' for a point
 * that prints none). A category no source prints says "not reported" instead. The screen, the image, the
 * brief and the slide all print these, so they cannot disagree.
 */
export function markLabels(chart: BarChartDescription, index: number): string[] {
  if (chart.notReported?.[index]) return [NOT_REPORTED];
  const write = (value: number) => formatChartValue(value, chart.unit);
  switch (chart.layout) {
    case 'stacked':
      return [write(stackTotal(chart, index))];
    case 'grouped':
      if (chart.series.length > MAX_LABELLED_SERIES) return [];
      return chart.series.map((s) => {
        const value = s.values[index];
        return value === null || value === undefined ? NOT_REPORTED_SHORT : write(value);
      });
    case 'line':
      return chart.series.map((s, j) => (linePointLabelled(chart, j, index) ? write(s.values[index] ?? 0) : ''));
    case 'ranked': {
      const value = chart.series[0]?.values[index];
      return [value === null || value === undefined ? NOT_REPORTED : write(value)];
    }
  }
}

/** Whether a category has no figure to draw: no source prints it, or (ranked) its one value is not reported. */
export function categoryNotReported(chart: BarChartDescription, index: number): boolean {
  if (chart.notReported?.[index]) return true;
  return chart.layout === 'ranked' && (chart.series[0]?.values[index] ?? null) === null;
}

/** Whether any figure the chart prints is rounded: a bar's value, or a stack's total. */
export function chartIsRounded(chart: BarChartDescription): boolean {
  const rounded = (v: number | null | undefined) => v !== null && v !== undefined && readableThousands(v).rounded;
  if (chart.layout === 'line') return chart.series.some((s, j) => s.values.some((v, i) => linePointLabelled(chart, j, i) && rounded(v)));
  if (chart.series.some((s) => s.values.some(rounded))) return true;
  return chart.layout === 'stacked' && chart.categories.some((_, i) => rounded(stackTotal(chart, i)));
}

/** The line an output carries when its chart rounds a figure, naming where the exact ones are; null when none is rounded. */
export function chartRoundingNote(chart: BarChartDescription, where: string): string | null {
  return chartIsRounded(chart) ? roundedMoneyNote(where) : null;
}
