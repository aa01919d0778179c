import type { BarChartDescription } from './chartDescription';
import { formatChartExact, formatChartTick } from './chartSummary';
import { markLabels, NOT_REPORTED, stackTotal } from './markLabels';
import { niceScale } from './niceScale';
import { escapeXml, GRID, INK, MUTED, RESTATED_STROKE, round, text } from './svgDraw';
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
const RANKED_NAME_CHARS = 32;
/** Room under a column plot's axis for its category names, at k = 1. */
export const CATEGORY_ROOM = 32;

const restatedStroke = (k: number) => (k === 1 ? RESTATED_STROKE : RESTATED_STROKE.replace('2.5', String(round(2.5 * k))).replace('6 3', `${round(6 * k)} ${round(3 * k)}`));

function bar(x: number, y: number, width: number, height: number, fill: string, title: string, extra: string): string {
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" fill="${escapeXml(fill)}"${extra}><title>${escapeXml(title)}</title></rect>`;
}

/**
 * A ranking's plot: a row per category, the name right-aligned before the bar (cut with "…" past 32
 * characters), the bar from a zero line, the value after it; $0 is a 2 px stub, no figure says so.
 * Rows shrink to fit the box when it is shorter than the ranking.
 */
export function rankedPlot(chart: BarChartDescription, box: Box, measure: MeasureText, k = 1): string[] {
  const parts: string[] = [];
  const series = chart.series[0];
  const values = series?.values ?? [];
  const n = Math.max(1, chart.categories.length);
  const row = Math.min(RANKED_ROW * k, (box.bottom - box.top - 24 * k) / n);
  const size = Math.max(10, Math.min(15 * k, row * 0.625));
  const names = chart.categories.map((c) => (c.length > RANKED_NAME_CHARS ? `${c.slice(0, RANKED_NAME_CHARS - 1).trimEnd()}…` : c));
  const nameWidth = Math.max(...names.map((name, i) => measure(name, size, chart.highlighted?.[i] ? 700 : 400)), 40 * k) + 12 * k;
  const labels = chart.categories.map((_, i) => markLabels(chart, i)[0] ?? '');
  const labelWidth = Math.max(...labels.map((l) => measure(l, size)), 40 * k) + 12 * k;
  const scale = niceScale(Math.max(0, ...values.map((v) => v ?? 0)));
  const barLeft = box.left + nameWidth;
  const barRight = box.right - labelWidth;
  const xOf = (v: number) => barLeft + (v / scale.max) * (barRight - barLeft);
  const bottom = box.top + chart.categories.length * row;
  const baseline = (row * 17) / 24;
  scale.ticks.forEach((tick) => {
    const tx = xOf(tick);
    parts.push(`<line x1="${round(tx)}" y1="${round(box.top)}" x2="${round(tx)}" y2="${round(bottom)}" stroke="${GRID}" stroke-width="${k}"/>`);
    parts.push(text(formatChartTick(tick, chart.unit), { x: tx, y: bottom + 18 * k, size: 13 * k, fill: MUTED, anchor: 'middle' }));
  });
  chart.categories.forEach((category, i) => {
    const rowTop = box.top + i * row;
    const value = values[i] ?? null;
    const bold = chart.highlighted?.[i] === true;
    parts.push(text(names[i] ?? '', { x: barLeft - 10 * k, y: rowTop + baseline, size, weight: bold ? 700 : 400, anchor: 'end' }));
    if (value !== null) {
      const barWidth = Math.max(2 * k, xOf(value) - barLeft);
      const outline = bold ? ` stroke="${INK}" stroke-width="${2 * k}"` : '';
      parts.push(bar(barLeft, rowTop + row * 0.125, barWidth, row * 0.75, series?.colour ?? INK, `${category}: ${formatChartExact(value, chart.unit)}`, outline));
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
        if (label !== undefined) parts.push(text(label, { x: x + barWidth / 2, y: top - 6 * k, size: 13 * k, anchor: 'middle', fill: reported ? INK : MUTED }));
      });
    }
    parts.push(text(category, { x: centre, y: plotBottom + 24 * k, size: 16 * k, anchor: 'middle' }));
  });
  parts.push(`<line x1="${round(plotLeft)}" y1="${round(plotBottom)}" x2="${plotRight}" y2="${round(plotBottom)}" stroke="${INK}" stroke-width="${k}"/>`);
  return parts;
}
