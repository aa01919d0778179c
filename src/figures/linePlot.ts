import type { BarChartDescription, ChartSeries } from './chartDescription';
import { formatChartExact, formatChartTick } from './chartSummary';
import { markLabels, NOT_REPORTED } from './markLabels';
import { niceScale } from './niceScale';
import { CATEGORY_LINE, nameLines, type Box } from './svgPlots';
import { escapeXml, GRID, INK, MUTED, round, text, textLines } from './svgDraw';
import type { MeasureText } from '../lib/export/textMeasure';

/*
 * Line charts: one line per series across the categories (fiscal years), a point at every figure, a gap
 * where a figure is not reported (never a drop to zero), a ring round a restated figure. Past a readable
 * number of lines the chart is small multiples: a panel per series, all to one scale, so no series is
 * left out and none hides another. Drawn as SVG parts for the screen, print and the exported image.
 */

/** A small multiple's least width and its height on screen, at k = 1. */
const PANEL_MIN_WIDTH = 120;
export const PANEL_HEIGHT = 160;
/** A small multiple's plot is never shorter than this, at k = 1, however short the panels asked for. */
const MIN_PANEL_PLOT = 56;
/** The most panels in a row. */
const MAX_COLUMNS = 5;
const PANEL_GAP = 18;
const NAME_SIZE = 13;
const NAME_LINE = 15;
/** Room under a panel's plot for its years. */
const YEARS_ROOM = 26;

/** Columns and rows of small multiples in a plot `width` wide. */
export function multiplesGrid(chart: BarChartDescription, width: number, k = 1): { columns: number; rows: number } {
  const n = Math.max(1, chart.series.length);
  const columns = Math.max(1, Math.min(MAX_COLUMNS, n, Math.floor((width + PANEL_GAP * k) / ((PANEL_MIN_WIDTH + PANEL_GAP) * k))));
  return { columns, rows: Math.ceil(n / columns) };
}

interface MultiplesLayout {
  columns: number;
  rows: number;
  panelWidth: number;
  /** Each panel's name, on one line or two (never cut). */
  names: string[][];
  /** The room over every panel's plot for its name and latest figure: the same in every panel, so the plots line up. */
  header: number;
}

function multiplesLayout(chart: BarChartDescription, width: number, k: number, measure: MeasureText): MultiplesLayout {
  const { columns, rows } = multiplesGrid(chart, width, k);
  const gap = PANEL_GAP * k;
  const panelWidth = (width - gap * (columns - 1)) / columns;
  const names = chart.series.map((s) => nameLines(s.name, panelWidth - 4 * k, (t) => measure(t, NAME_SIZE * k, 700)));
  const nameRows = Math.max(1, ...names.map((l) => l.length));
  return { columns, rows, panelWidth, names, header: (28 + nameRows * NAME_LINE) * k };
}

/**
 * How tall small multiples are drawn in a plot `width` wide: each panel `panel` tall at k = 1 (PANEL_HEIGHT
 * on screen, shorter on paper), but never so short that its plot is under MIN_PANEL_PLOT.
 */
export function multiplesHeight(chart: BarChartDescription, width: number, measure: MeasureText, k = 1, panel = PANEL_HEIGHT): number {
  const { rows, header } = multiplesLayout(chart, width, k, measure);
  return rows * Math.max(panel * k, header + (MIN_PANEL_PLOT + YEARS_ROOM) * k);
}

/** Runs of consecutive reported figures: each drawn as one stretch of line, with a gap between. */
function runs(values: readonly (number | null)[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(i);
  });
  if (current.length > 0) out.push(current);
  return out;
}

interface Frame {
  xOf: (i: number) => number;
  yOf: (v: number) => number;
}

/** A series' line, points and rings; a title on each point gives its exact figure. */
function seriesMarks(chart: BarChartDescription, s: ChartSeries, frame: Frame, k: number): string[] {
  const parts: string[] = [];
  const width = (s.highlighted ? 4 : 2.5) * k;
  for (const run of runs(s.values)) {
    if (run.length < 2) continue;
    const points = run.map((i) => `${round(frame.xOf(i))},${round(frame.yOf(s.values[i] ?? 0))}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${escapeXml(s.colour)}" stroke-width="${round(width)}" stroke-linejoin="round" stroke-linecap="round"/>`);
  }
  s.values.forEach((value, i) => {
    if (value === null) return;
    const x = round(frame.xOf(i));
    const y = round(frame.yOf(value));
    const restated = s.restated?.[i] === true;
    const title = `${s.name}, ${chart.categories[i] ?? ''}: ${formatChartExact(value, chart.unit)}${restated ? ' (restated)' : ''}`;
    if (restated) parts.push(`<circle cx="${x}" cy="${y}" r="${round(8 * k)}" fill="none" stroke="${INK}" stroke-width="${round(2 * k)}" stroke-dasharray="${round(3 * k)} ${round(2 * k)}"/>`);
    parts.push(`<circle cx="${x}" cy="${y}" r="${round((s.highlighted ? 5 : 4) * k)}" fill="${escapeXml(s.colour)}" stroke="#ffffff" stroke-width="${round(k)}"><title>${escapeXml(title)}</title></circle>`);
  });
  return parts;
}

/** The value axis: grid lines and, where `labels`, the tick figures left of `left`. */
function valueAxis(ticks: readonly number[], chart: BarChartDescription, frame: Frame, left: number, right: number, k: number, labels: boolean, size: number): string[] {
  const parts: string[] = [];
  for (const tick of ticks) {
    const y = frame.yOf(tick);
    parts.push(`<line x1="${round(left)}" y1="${round(y)}" x2="${round(right)}" y2="${round(y)}" stroke="${tick === 0 ? INK : GRID}" stroke-width="${k}"/>`);
    if (labels) parts.push(text(formatChartTick(tick, chart.unit), { x: left - 8 * k, y: y + size * 0.35, size, fill: MUTED, anchor: 'end' }));
  }
  return parts;
}

/** Labels moved apart vertically so none overlaps the next, kept between `top` and `bottom`. */
function spread(ys: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let j = 1; j < order.length; j += 1) {
    const prev = order[j - 1];
    const cur = order[j];
    if (prev && cur && cur.y - prev.y < gap) cur.y = prev.y + gap;
  }
  const last = order.at(-1);
  const overflow = last ? last.y - bottom : 0;
  if (overflow > 0) for (const o of order) o.y = Math.max(top, o.y - overflow);
  const out = [...ys];
  for (const o of order) out[o.i] = o.y;
  return out;
}

/** The widest figure printed at the last year (each line's latest): the room a plot keeps right of that year. */
function endLabelRoom(chart: BarChartDescription, measure: MeasureText, size: number): number {
  const labels = markLabels(chart, chart.categories.length - 1).filter((l) => l !== '');
  return labels.length === 0 ? 0 : Math.max(...labels.map((l) => measure(l, size)));
}

/**
 * A line chart in a box: one plot with an axis (category names under it, in CATEGORY_ROOM × k like the
 * column plots), or small multiples filling the box.
 */
export function linePlot(chart: BarChartDescription, box: Box, measure: MeasureText, k = 1): string[] {
  return chart.multiples ? multiplesPlot(chart, box, measure, k) : onePlot(chart, box, measure, k);
}

function onePlot(chart: BarChartDescription, box: Box, measure: MeasureText, k: number): string[] {
  const parts: string[] = [];
  const scale = niceScale(Math.max(0, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const tickSize = 14 * k;
  const labelSize = 13 * k;
  const axisWidth = Math.max(...scale.ticks.map((t) => measure(formatChartTick(t, chart.unit), tickSize))) + 10 * k;
  const everyPoint = chart.series.length <= 2;
  const n = Math.max(1, chart.categories.length);
  const plotLeft = box.left + axisWidth;
  // With each line's latest figure at its end, the plot keeps room for it right of the last year.
  const band0 = (box.right - plotLeft) / n;
  const room = everyPoint ? 0 : Math.max(0, endLabelRoom(chart, measure, labelSize) + 14 * k - band0 / 2);
  const plotRight = box.right - room;
  const band = (plotRight - plotLeft) / n;
  const top = box.top + (everyPoint ? 18 * k : 6 * k);
  const frame: Frame = { xOf: (i) => plotLeft + band * (i + 0.5), yOf: (v) => box.bottom - (v / scale.max) * (box.bottom - top) };
  parts.push(...valueAxis(scale.ticks, chart, frame, plotLeft, plotRight, k, true, tickSize));

  chart.categories.forEach((category, i) => {
    const x = frame.xOf(i);
    if (chart.notReported?.[i] || chart.series.every((s) => s.values[i] === null)) {
      parts.push(text(NOT_REPORTED, { x, y: box.bottom - 10 * k, size: labelSize, fill: MUTED, anchor: 'middle' }));
    }
    const lines = nameLines(category, band * 0.92, (t) => measure(t, 16 * k));
    parts.push(textLines(lines, { x, y: box.bottom + 24 * k + ((lines.length - 1) * CATEGORY_LINE * k) / 2, size: 16 * k, anchor: 'middle' }, CATEGORY_LINE * k));
  });
  // Lines first, the highlighted one last (on top), then every label over all of them.
  const order = chart.series.map((s, j) => ({ s, j })).sort((a, b) => Number(a.s.highlighted ?? false) - Number(b.s.highlighted ?? false));
  for (const { s } of order) parts.push(...seriesMarks(chart, s, frame, k));

  const labels: string[] = [];
  if (everyPoint) {
    chart.categories.forEach((_c, i) => {
      const printed = markLabels(chart, i);
      const placed = chart.series.flatMap((s, j) => {
        const label = printed[j];
        const value = s.values[i];
        return label && value !== null && value !== undefined ? [{ s, label, value, y: frame.yOf(value) - 12 * k }] : [];
      });
      // Two figures in a year: the lower one's goes under its point, unless that would reach the axis;
      // then both go above, the higher one's a line higher, so neither covers the other.
      const [a, b] = [...placed].sort((p, q) => q.value - p.value);
      if (a && b) {
        const under = frame.yOf(b.value) + 20 * k;
        if (under < box.bottom - 6 * k && under - a.y > labelSize * 1.1) b.y = under;
        else a.y = Math.min(a.y, b.y - labelSize * 1.15);
      }
      for (const p of placed) labels.push(text(p.label, { x: frame.xOf(i), y: p.y, size: labelSize, weight: p.s.highlighted ? 700 : 400, anchor: 'middle' }));
    });
  } else {
    const ends = chart.series.flatMap((s, j) => {
      const i = s.values.findLastIndex((v) => v !== null);
      const label = i < 0 ? '' : (markLabels(chart, i)[j] ?? '');
      return label === '' ? [] : [{ s, i, label, y: frame.yOf(s.values[i] ?? 0) + labelSize * 0.35 }];
    });
    const ys = spread(
      ends.map((e) => e.y),
      labelSize * 1.15,
      top,
      box.bottom,
    );
    ends.forEach((e, m) => {
      labels.push(text(e.label, { x: frame.xOf(e.i) + 10 * k, y: ys[m] ?? e.y, size: labelSize, weight: e.s.highlighted ? 700 : 400 }));
    });
  }
  parts.push(...labels);
  return parts;
}

function multiplesPlot(chart: BarChartDescription, box: Box, measure: MeasureText, k: number): string[] {
  const parts: string[] = [];
  const { columns, rows, panelWidth, names, header } = multiplesLayout(chart, box.right - box.left, k, measure);
  const gap = PANEL_GAP * k;
  const panelHeight = (box.bottom - box.top) / rows;
  const scale = niceScale(Math.max(0, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0))), 3);
  const tickSize = 11 * k;
  const nameSize = NAME_SIZE * k;
  const labelSize = 11 * k;
  const axisWidth = Math.max(...scale.ticks.map((t) => measure(formatChartTick(t, chart.unit), tickSize))) + 8 * k;
  chart.series.forEach((s, j) => {
    const column = j % columns;
    const row = Math.floor(j / columns);
    const left = box.left + column * (panelWidth + gap);
    const top = box.top + row * panelHeight;
    const plotLeft = left + axisWidth;
    const plotRight = left + panelWidth - 4 * k;
    const figureY = top + header - 14 * k;
    const plotTop = top + header;
    const plotBottom = top + panelHeight - YEARS_ROOM * k;
    const n = Math.max(1, chart.categories.length);
    const band = (plotRight - plotLeft) / n;
    const frame: Frame = { xOf: (i) => plotLeft + band * (i + 0.5), yOf: (v) => plotBottom - (v / scale.max) * (plotBottom - plotTop) };
    // The panel's name, and under it the latest figure and its year.
    const name = names[j] ?? [s.name];
    parts.push(textLines(name, { x: left, y: top + 14 * k + ((name.length - 1) * NAME_LINE * k) / 2, size: nameSize, weight: 700 }, NAME_LINE * k));
    const latest = s.values.findLastIndex((v) => v !== null);
    const label = latest < 0 ? '' : (markLabels(chart, latest)[j] ?? '');
    parts.push(text(label === '' ? 'not reported' : `${label} in ${chart.categories[latest] ?? ''}`, { x: left, y: figureY, size: labelSize, fill: label === '' ? MUTED : INK }));
    // Every panel to one scale: the figures only on the first of each row.
    parts.push(...valueAxis(scale.ticks, chart, frame, plotLeft, plotRight, k, column === 0, tickSize));
    parts.push(...seriesMarks(chart, s, frame, k));
    chart.categories.forEach((_c, i) => {
      if (s.values[i] === null) parts.push(text('n/r', { x: frame.xOf(i), y: plotBottom - 5 * k, size: 10 * k, fill: MUTED, anchor: 'middle' }));
    });
    // Every year under each panel, as FY2015 or, where that does not fit, FY15; else the first and the last
    // year at the plot's two ends (the points between are the years between).
    const short = chart.categories.map((c) => c.replace(/^FY20(\d\d)$/, 'FY$1'));
    const fitting = [chart.categories, short].find((names) => names.every((c) => measure(c, tickSize) <= band * 0.95));
    const y = plotBottom + 16 * k;
    if (fitting) fitting.forEach((c, i) => parts.push(text(c, { x: frame.xOf(i), y, size: tickSize, fill: MUTED, anchor: 'middle' })));
    else {
      const ends = [chart.categories, short].find((names) => measure(names[0] ?? '', tickSize) + measure(names.at(-1) ?? '', tickSize) + 6 * k <= plotRight - plotLeft) ?? short;
      parts.push(text(ends[0] ?? '', { x: plotLeft, y, size: tickSize, fill: MUTED }));
      if (ends.length > 1) parts.push(text(ends.at(-1) ?? '', { x: plotRight, y, size: tickSize, fill: MUTED, anchor: 'end' }));
    }
  });
  return parts;
}
