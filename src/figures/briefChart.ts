import type { BarChartDescription } from './chartDescription';
import { formatChartExact, formatChartValue } from './chartSummary';
import { escapeXml, INK, MUTED, RESTATED_STROKE, round, text } from './svgDraw';
import { BRIEF_TYPE, ROWS_FROM } from './briefSizes';
import { markLabels, NOT_REPORTED, stackTotal } from './markLabels';
import { CATEGORY_ROOM, columnPlot, rankedPlot } from './svgPlots';
import type { MeasureText } from '../lib/export/textMeasure';

/* The brief's funding chart: bars or rows by the number of years, a value on every segment, its legend. */


/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 1;
  const channel = (h: string | undefined) => {
    const c = parseInt(h ?? 'ff', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
}

/** White or ink on a fill, whichever contrasts more. */
export function labelColourOn(fill: string): string {
  const l = luminance(fill);
  const onWhite = 1.05 / (l + 0.05);
  const onInk = (l + 0.05) / (luminance(INK) + 0.05);
  return onWhite >= onInk ? '#ffffff' : INK;
}

/** One line cut to a width with "…" (a cut is never silent). */
export function fitLine(line: string, maxWidth: number, width: (t: string) => number): string {
  if (width(line) <= maxWidth) return line;
  let cut = line;
  while (cut.length > 1 && width(`${cut}…`) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The legend, one row or more, at the top of the box; returns where the plot may begin. */
function briefLegend(chart: BarChartDescription, box: { left: number; right: number; top: number }, measure: MeasureText, parts: string[]): number {
  const size = BRIEF_TYPE.chart;
  let lx = box.left;
  let ly = box.top;
  for (const s of chart.series) {
    const w = 28 + 12 + measure(s.name, size) + 36;
    if (lx > box.left && lx + w > box.right) {
      lx = box.left;
      ly += size + 12;
    }
    parts.push(`<rect x="${round(lx)}" y="${round(ly)}" width="28" height="28" rx="3" fill="${escapeXml(s.colour)}"/>`);
    parts.push(text(s.name, { x: lx + 40, y: ly + 25, size }));
    lx += w;
  }
  return ly + 28;
}

/** The largest size, from `size` down to `min`, at which `label` fits `width`; null when none does. */
export function sizeToFit(label: string, width: number, size: number, min: number, measure: MeasureText, weight: 400 | 700 = 400): number | null {
  const at = measure(label, size, weight);
  if (at <= width) return size;
  const fitted = Math.floor((size * width) / Math.max(1, at));
  return fitted >= min ? fitted : null;
}

/**
 * Four or more years: one horizontal stacked bar per year, so that every bar is long enough to carry its
 * figures. A segment's value sits inside it when it fits; the others follow the bar's total, named by line
 * ("$23,444K · DoD $744K"), so no figure is dropped and none overlaps another.
 */
function briefPlotRows(chart: BarChartDescription, box: { left: number; right: number; top: number; bottom: number }, measure: MeasureText): string[] {
  const parts: string[] = [];
  const size = BRIEF_TYPE.chart;
  const insideSize = size - 4;
  const plotTop = briefLegend(chart, box, measure, parts) + 20;
  const n = Math.max(1, chart.categories.length);
  const rowHeight = Math.min(96, Math.max(44, (box.bottom - plotTop) / n));
  const barHeight = Math.max(32, rowHeight - 16);
  const labelWidth = Math.max(...chart.categories.map((c) => measure(c, size)), 0) + 20;
  const totals = chart.categories.map((_, i) => stackTotal(chart, i));
  const max = Math.max(0, ...totals);
  const barLeft = box.left + labelWidth;
  const full = box.right - barLeft;

  // First pass at a provisional scale to learn which segments need their figure after the bar.
  const trailing = (scale: number) =>
    chart.categories.map((_, i) => {
      const outside: string[] = [];
      for (const s of chart.series) {
        const value = s.values[i] ?? 0;
        if (value <= 0) continue;
        const label = formatChartValue(value, chart.unit);
        if (measure(label, insideSize, 700) > value * scale - 12 || barHeight < insideSize + 4) outside.push(`${s.name} ${label}`);
      }
      return [...markLabels(chart, i), ...outside].join(' · ');
    });
  let scale = max > 0 ? (full * 0.7) / max : 0;
  let tails = trailing(scale);
  const tailWidth = Math.max(...tails.map((t) => measure(t, size, 700)), 0) + 16;
  if (max > 0) {
    scale = Math.max(full * 0.35, full - tailWidth) / max;
    tails = trailing(scale);
  }

  chart.categories.forEach((category, i) => {
    const rowTop = plotTop + i * rowHeight;
    const middle = rowTop + barHeight / 2;
    parts.push(text(category, { x: box.left, y: middle + size * 0.36, size }));
    if (chart.notReported?.[i]) {
      parts.push(text(markLabels(chart, i)[0] ?? NOT_REPORTED, { x: barLeft + 8, y: middle + size * 0.36, size: insideSize, fill: MUTED }));
      return;
    }
    let x = barLeft;
    for (const s of chart.series) {
      const value = s.values[i] ?? 0;
      if (value <= 0) continue;
      const width = value * scale;
      const restated = s.restated?.[i] === true;
      const label = formatChartValue(value, chart.unit);
      parts.push(
        `<rect x="${round(x)}" y="${round(rowTop)}" width="${round(width)}" height="${round(barHeight)}" fill="${escapeXml(s.colour)}"${restated ? RESTATED_STROKE : ''}><title>${escapeXml(`${s.name}, ${category}: ${formatChartExact(value, chart.unit)}${restated ? ' (restated)' : ''}`)}</title></rect>`,
      );
      if (measure(label, insideSize, 700) <= width - 12 && barHeight >= insideSize + 4) {
        parts.push(text(label, { x: x + width / 2, y: middle + insideSize * 0.36, size: insideSize, weight: 700, fill: labelColourOn(s.colour), anchor: 'middle' }));
      }
      x += width;
    }
    const tail = tails[i] ?? '';
    const room = box.right - x - 12;
    const tailSize = sizeToFit(tail, room, size, 16, measure, 700) ?? 16;
    parts.push(text(fitLine(tail, room, (t) => measure(t, tailSize, 700)), { x: x + 12, y: middle + tailSize * 0.36, size: tailSize, weight: 700 }));
  });
  parts.push(`<line x1="${round(barLeft)}" y1="${round(plotTop - 8)}" x2="${round(barLeft)}" y2="${round(plotTop + n * rowHeight - 8)}" stroke="${INK}" stroke-width="2"/>`);
  return parts;
}

/** The brief's type is this many times the exported figure's. */
const BRIEF_SCALE = BRIEF_TYPE.chart / 16;

/** Side-by-side bars or a ranking in the brief: the exported figure's plots, at the brief's type size. */
function briefOtherPlot(chart: BarChartDescription, box: { left: number; right: number; top: number; bottom: number }, measure: MeasureText): string[] {
  const parts: string[] = [];
  const top = briefLegend(chart, box, measure, parts) + 24;
  if (chart.layout === 'ranked') return [...parts, ...rankedPlot(chart, { ...box, top }, measure, BRIEF_SCALE)];
  return [...parts, ...columnPlot(chart, { ...box, top: top + 16 * BRIEF_SCALE, bottom: box.bottom - CATEGORY_ROOM * BRIEF_SCALE }, measure, BRIEF_SCALE)];
}

/**
 * The stacked funding bars of the brief, labelled directly: a value on every segment (inside when it fits,
 * else beside the bar), the total above each bar, no axis (every bar carries its figures).
 */
export function briefPlot(chart: BarChartDescription, box: { left: number; right: number; top: number; bottom: number }, measure: MeasureText): string[] {
  if (chart.layout !== 'stacked') return briefOtherPlot(chart, box, measure);
  if (chart.categories.length >= ROWS_FROM) return briefPlotRows(chart, box, measure);
  const parts: string[] = [];
  const size = BRIEF_TYPE.chart;
  const labelRow = size + 16;
  const plotTop = briefLegend(chart, box, measure, parts) + 24 + size + 8; // room for the totals above the tallest bar
  const plotBottom = box.bottom - labelRow;
  const totals = chart.categories.map((_, i) => stackTotal(chart, i));
  const max = Math.max(0, ...totals);
  const plotHeight = Math.max(40, plotBottom - plotTop);
  const yOf = (v: number) => plotBottom - (max > 0 ? (v / max) * plotHeight : 0);
  const band = (box.right - box.left) / Math.max(1, chart.categories.length);
  const barWidth = Math.min(band * 0.64, 240);

  chart.categories.forEach((category, i) => {
    const centre = box.left + band * (i + 0.5);
    const barLeft = centre - barWidth / 2;
    const barRight = centre + barWidth / 2;
    parts.push(text(fitLine(category, band - 8, (t) => measure(t, size)), { x: centre, y: plotBottom + size + 8, size, anchor: 'middle' }));
    if (chart.notReported?.[i]) {
      parts.push(text(markLabels(chart, i)[0] ?? NOT_REPORTED, { x: centre, y: plotBottom - 12, size: BRIEF_TYPE.smallPrint + 4, fill: MUTED, anchor: 'middle' }));
      return;
    }
    // Labels that do not fit inside their segment go beside the bar, pushed apart so they never overlap.
    const beside: { y: number; label: string }[] = [];
    let base = 0;
    for (const s of chart.series) {
      const value = s.values[i] ?? 0;
      if (value <= 0) continue;
      const top = yOf(base + value);
      const height = yOf(base) - top;
      const restated = s.restated?.[i] === true;
      const label = formatChartValue(value, chart.unit);
      parts.push(
        `<rect x="${round(barLeft)}" y="${round(top)}" width="${round(barWidth)}" height="${round(height)}" fill="${escapeXml(s.colour)}"${restated ? RESTATED_STROKE : ''}><title>${escapeXml(`${s.name}, ${category}: ${formatChartExact(value, chart.unit)}${restated ? ' (restated)' : ''}`)}</title></rect>`,
      );
      const insideSize = size - 4;
      // A bar of one segment carries its figure once, as its total above.
      const alone = chart.series.filter((x) => (x.values[i] ?? 0) > 0).length === 1;
      const fitsInside = height >= insideSize + 10 && measure(label, insideSize, 700) <= barWidth - 12;
      if (!alone && fitsInside) {
        parts.push(text(label, { x: centre, y: top + height / 2 + insideSize * 0.36, size: insideSize, weight: 700, fill: labelColourOn(s.colour), anchor: 'middle' }));
      } else if (!alone) {
        beside.push({ y: top + height / 2, label });
      }
      base += value;
    }
    const gap = size - 2;
    // Top down, each at least a line below the one above, and none below the baseline.
    beside.sort((a, b) => a.y - b.y);
    for (let k = 1; k < beside.length; k += 1) {
      const prev = beside[k - 1];
      const cur = beside[k];
      if (prev && cur && cur.y - prev.y < gap) cur.y = prev.y + gap;
    }
    const room = band - barWidth - 16;
    for (const b of beside) {
      const fitted = Math.max(20, Math.min(size - 4, Math.floor(((size - 4) * room) / Math.max(1, measure(b.label, size - 4)))));
      parts.push(text(b.label, { x: barRight + 8, y: Math.min(b.y, plotBottom - 4) + fitted * 0.36, size: fitted }));
    }
    parts.push(text(markLabels(chart, i)[0] ?? '', { x: centre, y: yOf(base) - 12, size, weight: 700, anchor: 'middle' }));
  });
  parts.push(`<line x1="${round(box.left)}" y1="${round(plotBottom)}" x2="${round(box.right)}" y2="${round(plotBottom)}" stroke="${INK}" stroke-width="2"/>`);
  return parts;
}

