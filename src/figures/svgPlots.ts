import type { BarChartDescription } from './chartDescription';
import { formatChartExact, formatChartTick } from './chartSummary';
import { markLabels, NOT_REPORTED, stackTotal } from './markLabels';
import { niceScale } from './niceScale';
import { escapeXml, GRID, INK, MUTED, RESTATED_STROKE, round, text, textLines } from './svgDraw';
import type { MeasureText } from '../lib/export/textMeasure';

/*
 * The plots of an exported figure, in a box: columns (stacked or side by side) with their axis, or a
 * ranking's rows. `k` scales every size from the 1200 px figure's (the brief draws at twice its type).
 */

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A ranked chart's row height in the 1200 px figure: 15 px names and values. */
export const RANKED_ROW = 24;
/** Room under a column plot's axis for its category names, at k = 1 (one line; a name broken in two takes CATEGORY_LINE more). */
export const CATEGORY_ROOM = 32;
export const CATEGORY_LINE = 19;

/**
 * A name on one line if it fits `maxWidth`, else on two, broken at the space that best balances them
 * ("Democratic Republic" / "of the Congo"). Never cut: a name wider than that even on two lines is
 * drawn whole, and the plot makes room for it. A single word stays on one line.
 */
export function nameLines(name: string, maxWidth: number, width: (line: string) => number): string[] {
  const words = name.split(' ').filter(Boolean);
  if (words.length < 2 || width(name) <= maxWidth) return [name];
  let best: string[] = [name];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i += 1) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const widest = Math.max(...lines.map(width));
    if (widest < bestWidth) {
      best = lines;
      bestWidth = widest;
    }
  }
  return best;
}

/** The type size for a name broken over two lines in a row: both lines fit the row, as near the other names' size as they can. */
const twoLineSize = (size: number, row: number) => Math.max(Math.min(size, 10), Math.min(size, row / 1.9));

/** The most lines a column plot's category names take under the axis, given the plot's width: 1 or 2. */
export function categoryLines(chart: BarChartDescription, plotWidth: number, measure: MeasureText, k = 1): number {
  const band = plotWidth / Math.max(1, chart.categories.length);
  return Math.max(1, ...chart.categories.map((c) => nameLines(c, band * 0.92, (t) => measure(t, 16 * k)).length));
}

const restatedStroke = (k: number) => (k === 1 ? RESTATED_STROKE : RESTATED_STROKE.replace('2.5', String(round(2.5 * k))).replace('6 3', `${round(6 * k)} ${round(3 * k)}`));

function bar(x: number, y: number, width: number, height: number, fill: string, title: string, extra: string): string {
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" fill="${escapeXml(fill)}"${extra}><title>${escapeXml(title)}</title></rect>`;
}

export interface RankedOptions {
  /** The tallest a row grows to fill the box, at k = 1 (default RANKED_ROW: rows stop there, below is left free). */
  maxRow?: number;
  /** The largest type for names and values, at k = 1 (default 15). */
  maxSize?: number;
}

/**
 * A ranking's plot: a row per category, the name right-aligned before the bar (a long name on two
 * lines, never cut), the bar from a zero line, the value after it; $0 is a 2 px stub, no figure says so.
 * Rows shrink to fit the box when it is shorter than the ranking, and grow to fill it up to `maxRow`.
 */
export function rankedPlot(chart: BarChartDescription, box: Box, measure: MeasureText, k = 1, options: RankedOptions = {}): string[] {
  const parts: string[] = [];
  const series = chart.series[0];
  const values = series?.values ?? [];
  const n = Math.max(1, chart.categories.length);
  const row = Math.min((options.maxRow ?? RANKED_ROW) * k, (box.bottom - box.top - 24 * k) / n);
  const size = Math.max(10, Math.min((options.maxSize ?? 15) * k, row * 0.625));
  const weightOf = (i: number) => (chart.highlighted?.[i] ? 700 : 400);
  // Names take at most about a third of the width on one line; longer ones go on two.
  const maxName = Math.max(80 * k, (box.right - box.left) * 0.3);
  const names = chart.categories.map((c, i) => nameLines(c, maxName, (t) => measure(t, size, weightOf(i))));
  const small = twoLineSize(size, row);
  const sizeOf = (i: number) => ((names[i]?.length ?? 1) > 1 ? small : size);
  const nameWidth = Math.max(...names.flatMap((lines, i) => lines.map((line) => measure(line, sizeOf(i), weightOf(i)))), 40 * k) + 12 * k;
  const labels = chart.categories.map((_, i) => markLabels(chart, i)[0] ?? '');
  const labelWidth = Math.max(...labels.map((l) => measure(l, size)), 40 * k) + 12 * k;
  const scale = niceScale(Math.max(0, ...values.map((v) => v ?? 0)));
  const barLeft = box.left + nameWidth;
  const barRight = box.right - labelWidth;
  const xOf = (v: number) => barLeft + (v / scale.max) * (barRight - barLeft);
  const bottom = box.top + chart.categories.length * row;
  // Type sits on the row's middle (at a 24 px row and 15 px type, 17 px down, as before rows could grow).
  const baseline = row / 2 + size * 0.35;
  scale.ticks.forEach((tick) => {
    const tx = xOf(tick);
    parts.push(`<line x1="${round(tx)}" y1="${round(box.top)}" x2="${round(tx)}" y2="${round(bottom)}" stroke="${GRID}" stroke-width="${k}"/>`);
    parts.push(text(formatChartTick(tick, chart.unit), { x: tx, y: bottom + 18 * k, size: 13 * k, fill: MUTED, anchor: 'middle' }));
  });
  chart.categories.forEach((category, i) => {
    const rowTop = box.top + i * row;
    const value = values[i] ?? null;
    const bold = chart.highlighted?.[i] === true;
    parts.push(textLines(names[i] ?? [], { x: barLeft - 10 * k, y: rowTop + baseline, size: sizeOf(i), weight: bold ? 700 : 400, anchor: 'end' }, sizeOf(i) * 1.1));
    if (value !== null) {
      const barWidth = Math.max(2 * k, xOf(value) - barLeft);
      const outline = bold ? ` stroke="${INK}" stroke-width="${2 * k}"` : '';
      // Tall rows (few countries filling a plot) keep bars no thicker than 36 px, centred in the row.
      const thickness = Math.min(row * 0.75, 36 * k);
      parts.push(bar(barLeft, rowTop + (row - thickness) / 2, barWidth, thickness, series?.colour ?? INK, `${category}: ${formatChartExact(value, chart.unit)}`, outline));
      parts.push(text(labels[i] ?? '', { x: barLeft + barWidth + 6 * k, y: rowTop + baseline, size, weight: bold ? 700 : 400 }));
    } else {
      parts.push(text(labels[i] ?? NOT_REPORTED, { x: barLeft + 6 * k, y: rowTop + baseline, size, fill: MUTED }));
    }
  });
  parts.push(`<line x1="${round(barLeft)}" y1="${round(box.top)}" x2="${round(barLeft)}" y2="${round(bottom)}" stroke="${INK}" stroke-width="${k}"/>`);
  return parts;
}

/**
 * Columns with a value axis: stacked with the total above each stack, or side by side with each value
 * above its bar ("n/r" where not reported). Category names go under the axis, in CATEGORY_ROOM × k.
 */
export function columnPlot(chart: BarChartDescription, box: Box, measure: MeasureText, k = 1): string[] {
  const parts: string[] = [];
  const stackTotals = chart.categories.map((_, i) => stackTotal(chart, i));
  const maxValue = chart.layout === 'stacked' ? Math.max(0, ...stackTotals) : Math.max(0, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const scale = niceScale(maxValue);
  const tickLabels = scale.ticks.map((t) => formatChartTick(t, chart.unit));
  const axisWidth = Math.max(...tickLabels.map((l) => measure(l, 14 * k))) + 10 * k;
  const plotLeft = box.left + axisWidth;
  const plotRight = box.right;
  const plotBottom = box.bottom;
  const plotHeight = Math.max(40 * k, plotBottom - box.top);
  const yOf = (v: number) => plotBottom - (v / scale.max) * plotHeight;
  const outline = restatedStroke(k);

  scale.ticks.forEach((tick, i) => {
    const ty = yOf(tick);
    if (tick > 0) parts.push(`<line x1="${round(plotLeft)}" y1="${round(ty)}" x2="${plotRight}" y2="${round(ty)}" stroke="${GRID}" stroke-width="${k}"/>`);
    parts.push(text(tickLabels[i] ?? '', { x: plotLeft - 10 * k, y: ty + 5 * k, size: 14 * k, fill: MUTED, anchor: 'end' }));
  });

  const band = (plotRight - plotLeft) / Math.max(1, chart.categories.length);
  chart.categories.forEach((category, i) => {
    const centre = plotLeft + band * (i + 0.5);
    const labels = markLabels(chart, i);
    if (chart.notReported?.[i]) {
      parts.push(text(labels[0] ?? NOT_REPORTED, { x: centre, y: plotBottom - 10 * k, size: 14 * k, fill: MUTED, anchor: 'middle' }));
    } else if (chart.layout === 'stacked') {
      const barWidth = Math.min(band * 0.6, 180 * k);
      let base = 0;
      for (const s of chart.series) {
        const value = s.values[i] ?? 0;
        if (value > 0) {
          const top = yOf(base + value);
          const restated = s.restated?.[i] === true;
          parts.push(bar(centre - barWidth / 2, top, barWidth, yOf(base) - top, s.colour, `${s.name}, ${category}: ${formatChartExact(value, chart.unit)}${restated ? ' (restated)' : ''}`, restated ? outline : ''));
        }
        base += value;
      }
      parts.push(text(labels[0] ?? '', { x: centre, y: yOf(base) - 8 * k, size: 16 * k, weight: 700, anchor: 'middle' }));
    } else {
      const groupWidth = Math.min(band * 0.8, 60 * k * chart.series.length);
      const barWidth = groupWidth / Math.max(1, chart.series.length);
      // The group's labels are drawn after all its bars, so a taller neighbour never covers a label.
      const groupLabels: string[] = [];
      chart.series.forEach((s, j) => {
        const reported = s.values[i] !== null;
        const value = s.values[i] ?? 0;
        const x = centre - groupWidth / 2 + j * barWidth;
        const top = yOf(value);
        if (value > 0) {
          const restated = s.restated?.[i] === true;
          parts.push(bar(x + k, top, barWidth - 2 * k, plotBottom - top, s.colour, `${s.name}, ${category}: ${formatChartExact(value, chart.unit)}${restated ? ' (restated)' : ''}`, restated ? outline : ''));
        }
        const label = labels[j];
        if (label !== undefined) groupLabels.push(text(label, { x: x + barWidth / 2, y: top - 6 * k, size: 13 * k, anchor: 'middle', fill: reported ? INK : MUTED }));
      });
      parts.push(...groupLabels);
    }
    // A long name goes on two lines under its bars, never cut.
    const lines = nameLines(category, band * 0.92, (t) => measure(t, 16 * k));
    parts.push(textLines(lines, { x: centre, y: plotBottom + 24 * k + ((lines.length - 1) * CATEGORY_LINE * k) / 2, size: 16 * k, anchor: 'middle' }, CATEGORY_LINE * k));
  });
  parts.push(`<line x1="${round(plotLeft)}" y1="${round(plotBottom)}" x2="${plotRight}" y2="${round(plotBottom)}" stroke="${INK}" stroke-width="${k}"/>`);
  return parts;
}
