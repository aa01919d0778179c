import { EXPORT_HEIGHT, EXPORT_WIDTH, type BarChartDescription } from './chartDescription';
import { chartSummary, formatChartValue } from './chartSummary';
import { niceScale } from './niceScale';
import { markLabels, NOT_REPORTED, stackTotal } from './markLabels';
import { stripUnsafe } from '../lib/safeText';
import { estimateTextWidth, wrapText, type MeasureText } from '../lib/export/textMeasure';

import type { FontFace } from '../lib/export/embeddedFonts';

export type { FontFace };

export interface ComposeOptions {
  width?: number;
  height?: number;
  exportedAt: Date;
  /** Address of the view the figure came from, printed in the footer. */
  viewUrl?: string;
  fonts?: readonly FontFace[];
  measure?: MeasureText;
}

// Fixed colours: the image is the same whatever the page's theme.
export const INK = '#1b1b1b';
export const MUTED = '#565c65';
export const GRID = '#dfe1e2';
const BACKGROUND = '#ffffff';
/** A restated figure's outline: dashed, in ink, so it reads on any series colour and in greyscale. */
export const RESTATED_STROKE = ` stroke="${INK}" stroke-width="2.5" stroke-dasharray="6 3"`;
const FONT_STACK = "'Public Sans', 'Helvetica Neue', Arial, sans-serif";

export function escapeXml(text: string): string {
  // Characters XML does not allow (U+0001, U+FFFF…) would make the SVG malformed and its PNG fail.
  return stripUnsafe(text).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);
}

const formatValue = formatChartValue;

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface TextOptions {
  x: number;
  y: number;
  size: number;
  weight?: 400 | 700;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

export function text(content: string, o: TextOptions): string {
  return `<text x="${round(o.x)}" y="${round(o.y)}" font-family="${escapeXml(FONT_STACK)}" font-size="${o.size}" font-weight="${o.weight ?? 400}" fill="${o.fill ?? INK}"${o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : ''}>${escapeXml(content)}</text>`;
}

/** A ranked chart's row height in the figure: 16 px names and values. */
const RANKED_ROW = 24;
const RANKED_NAME_CHARS = 32;

/**
 * A ranking's plot: a row per category, the name right-aligned before the bar (cut with "…" past 32
 * characters), the bar from a zero line, the value after it; $0 is a 2 px stub, no figure says so.
 */
function rankedPlot(chart: BarChartDescription, box: { left: number; right: number; top: number; bottom: number }, measure: MeasureText): string[] {
  const parts: string[] = [];
  const series = chart.series[0];
  const values = series?.values ?? [];
  const names = chart.categories.map((c) => (c.length > RANKED_NAME_CHARS ? `${c.slice(0, RANKED_NAME_CHARS - 1).trimEnd()}…` : c));
  const nameWidth = Math.max(...names.map((n, i) => measure(n, 15, chart.highlighted?.[i] ? 700 : 400)), 40) + 12;
  const labels = chart.categories.map((_, i) => markLabels(chart, i)[0] ?? '');
  const labelWidth = Math.max(...labels.map((l) => measure(l, 15)), 40) + 12;
  const scale = niceScale(Math.max(0, ...values.map((v) => v ?? 0)));
  const barLeft = box.left + nameWidth;
  const barRight = box.right - labelWidth;
  const xOf = (v: number) => barLeft + (v / scale.max) * (barRight - barLeft);
  const bottom = box.top + chart.categories.length * RANKED_ROW;
  scale.ticks.forEach((tick) => {
    const tx = xOf(tick);
    parts.push(`<line x1="${round(tx)}" y1="${round(box.top)}" x2="${round(tx)}" y2="${round(bottom)}" stroke="${GRID}" stroke-width="1"/>`);
    parts.push(text(formatValue(tick, chart.unit), { x: tx, y: bottom + 18, size: 13, fill: MUTED, anchor: 'middle' }));
  });
  chart.categories.forEach((category, i) => {
    const rowTop = box.top + i * RANKED_ROW;
    const value = values[i] ?? null;
    const bold = chart.highlighted?.[i] === true;
    parts.push(text(names[i] ?? '', { x: barLeft - 10, y: rowTop + 17, size: 15, weight: bold ? 700 : 400, anchor: 'end' }));
    if (value !== null) {
      const barWidth = Math.max(2, xOf(value) - barLeft);
      parts.push(
        `<rect x="${round(barLeft)}" y="${round(rowTop + 3)}" width="${round(barWidth)}" height="${RANKED_ROW - 6}" fill="${escapeXml(series?.colour ?? INK)}"${bold ? ` stroke="${INK}" stroke-width="2"` : ''}><title>${escapeXml(`${category}: ${formatValue(value, chart.unit)}`)}</title></rect>`,
      );
      parts.push(text(labels[i] ?? '', { x: barLeft + barWidth + 6, y: rowTop + 17, size: 15, weight: bold ? 700 : 400 }));
    } else {
      parts.push(text(labels[i] ?? NOT_REPORTED, { x: barLeft + 6, y: rowTop + 17, size: 15, fill: MUTED }));
    }
  });
  parts.push(`<line x1="${round(barLeft)}" y1="${round(box.top)}" x2="${round(barLeft)}" y2="${round(bottom)}" stroke="${INK}" stroke-width="1"/>`);
  return parts;
}

/** The plot's least height in the figure, so bars and axis labels stay readable however long the notes. */
export const MIN_PLOT_HEIGHT = 300;

/** The first `max` lines; when there are more, the last one shown is cut to end in "…", so a cut is never silent. */
export function atMostLines(lines: string[], max: number, maxWidth: number, width: (text: string) => number): string[] {
  if (lines.length <= max) return lines;
  const shown = lines.slice(0, max);
  let last = `${shown[max - 1] ?? ''} ${lines[max] ?? ''}`;
  while (last.length > 1 && width(`${last}…`) > maxWidth) last = last.slice(0, -1);
  shown[max - 1] = `${last.trimEnd()}…`;
  return shown;
}

/** The size an SVG this module wrote declares (it may be taller than asked, to fit its notes). */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg [^>]*width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg);
  return { width: Number(m?.[1] ?? EXPORT_WIDTH), height: Number(m?.[2] ?? EXPORT_HEIGHT) };
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/**
 * Composes a complete, self-contained SVG figure: title, subtitle (filters and
 * units), legend, bars with axis and totals, notes, source and export date.
 * A pure function of its inputs; no DOM, no CSS variables, no foreignObject.
 */
export function composeBarChartSvg(chart: BarChartDescription, options: ComposeOptions): string {
  const width = options.width ?? EXPORT_WIDTH;
  // The figure grows taller when its notes need the room: the plot never shrinks below MIN_PLOT_HEIGHT.
  let height = options.height ?? EXPORT_HEIGHT;
  const measure = options.measure ?? estimateTextWidth;
  const pad = 48;
  const contentWidth = width - 2 * pad;
  const parts: string[] = [];

  // Header: title and subtitle, wrapped.
  let y = 40;
  for (const line of atMostLines(wrapText(chart.title, contentWidth, 28, measure, 700), 2, contentWidth, (t) => measure(t, 28, 700))) {
    y += 30;
    parts.push(text(line, { x: pad, y, size: 28, weight: 700 }));
  }
  y += 6;
  for (const line of atMostLines(wrapText(chart.subtitle, contentWidth, 18, measure), 2, contentWidth, (t) => measure(t, 18))) {
    y += 24;
    parts.push(text(line, { x: pad, y, size: 18, fill: MUTED }));
  }

  // Legend, drawn in the image (Recharts draws its own as HTML outside the SVG).
  y += 20;
  let legendX = pad;
  let legendY = y;
  for (const s of chart.series) {
    const itemWidth = 14 + 8 + measure(s.name, 16) + 28;
    if (legendX > pad && legendX + itemWidth > width - pad) {
      legendX = pad;
      legendY += 26;
    }
    parts.push(`<rect x="${round(legendX)}" y="${round(legendY)}" width="14" height="14" rx="2" fill="${escapeXml(s.colour)}"/>`);
    parts.push(text(s.name, { x: legendX + 22, y: legendY + 12.5, size: 16 }));
    legendX += itemWidth;
  }
  y = legendY + 14;

  // Footer, bottom up: its height decides how much room the plot gets.
  const footerLines: { text: string; size: number; fill: string }[] = [];
  for (const note of chart.notes) for (const line of wrapText(note, contentWidth, 14, measure)) footerLines.push({ text: line, size: 14, fill: INK });
  for (const line of wrapText(chart.source, contentWidth, 14, measure)) footerLines.push({ text: line, size: 14, fill: MUTED });
  const exported = `Exported ${formatDate(options.exportedAt)} from the CWD dashboard${options.viewUrl ? ` · ${options.viewUrl}` : ''}`;
  for (const line of wrapText(exported, contentWidth, 13, measure)) footerLines.push({ text: line, size: 13, fill: MUTED });
  const lineHeight = 19;
  const ranked = chart.layout === 'ranked';
  // A ranking needs a row per country; other charts a plot of at least MIN_PLOT_HEIGHT.
  const plotNeeds = ranked ? chart.categories.length * RANKED_ROW + 16 : MIN_PLOT_HEIGHT;
  height = Math.max(height, Math.ceil(y + 44 + plotNeeds + 52 + footerLines.length * lineHeight + 28));
  const footerTop = height - 28 - footerLines.length * lineHeight;
  parts.push(`<line x1="${pad}" y1="${round(footerTop - 6)}" x2="${width - pad}" y2="${round(footerTop - 6)}" stroke="${GRID}" stroke-width="1"/>`);
  footerLines.forEach((line, i) => {
    parts.push(text(line.text, { x: pad, y: footerTop + 14 + i * lineHeight, size: line.size, fill: line.fill }));
  });

  if (ranked) {
    parts.push(...rankedPlot(chart, { left: pad, right: width - pad, top: y + 28, bottom: footerTop - 40 }, measure));
    return finish(chart, parts, width, height, options);
  }

  // Plot area.
  const stackTotals = chart.categories.map((_, i) => stackTotal(chart, i));
  const maxValue = chart.layout === 'stacked' ? Math.max(0, ...stackTotals) : Math.max(0, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const scale = niceScale(maxValue);
  const tickLabels = scale.ticks.map((t) => formatValue(t, chart.unit));
  const axisWidth = Math.max(...tickLabels.map((l) => measure(l, 14))) + 10;
  const plotLeft = pad + axisWidth;
  const plotRight = width - pad;
  const plotTop = y + 44;
  const plotBottom = footerTop - 52;
  const plotHeight = Math.max(40, plotBottom - plotTop);
  const yOf = (v: number) => plotBottom - (v / scale.max) * plotHeight;

  scale.ticks.forEach((tick, i) => {
    const ty = yOf(tick);
    if (tick > 0) parts.push(`<line x1="${round(plotLeft)}" y1="${round(ty)}" x2="${plotRight}" y2="${round(ty)}" stroke="${GRID}" stroke-width="1"/>`);
    parts.push(text(tickLabels[i] ?? '', { x: plotLeft - 10, y: ty + 5, size: 14, fill: MUTED, anchor: 'end' }));
  });

  const band = (plotRight - plotLeft) / Math.max(1, chart.categories.length);
  chart.categories.forEach((category, i) => {
    const centre = plotLeft + band * (i + 0.5);
    const labels = markLabels(chart, i);
    if (chart.notReported?.[i]) {
      parts.push(text(labels[0] ?? NOT_REPORTED, { x: centre, y: plotBottom - 10, size: 14, fill: MUTED, anchor: 'middle' }));
    } else if (chart.layout === 'stacked') {
      const barWidth = Math.min(band * 0.6, 180);
      let base = 0;
      for (const s of chart.series) {
        const value = s.values[i] ?? 0;
        if (value > 0) {
          const top = yOf(base + value);
          const restated = s.restated?.[i] === true;
          parts.push(
            `<rect x="${round(centre - barWidth / 2)}" y="${round(top)}" width="${round(barWidth)}" height="${round(yOf(base) - top)}" fill="${escapeXml(s.colour)}"${restated ? RESTATED_STROKE : ''}><title>${escapeXml(`${s.name}, ${category}: ${formatValue(value, chart.unit)}${restated ? ' (restated)' : ''}`)}</title></rect>`,
          );
        }
        base += value;
      }
      parts.push(text(labels[0] ?? '', { x: centre, y: yOf(base) - 8, size: 16, weight: 700, anchor: 'middle' }));
    } else {
      const groupWidth = Math.min(band * 0.8, 60 * chart.series.length);
      const barWidth = groupWidth / Math.max(1, chart.series.length);
      chart.series.forEach((s, j) => {
        const reported = s.values[i] !== null;
        const value = s.values[i] ?? 0;
        const x = centre - groupWidth / 2 + j * barWidth;
        const top = yOf(value);
        if (value > 0) {
          const restated = s.restated?.[i] === true;
          parts.push(
            `<rect x="${round(x + 1)}" y="${round(top)}" width="${round(barWidth - 2)}" height="${round(plotBottom - top)}" fill="${escapeXml(s.colour)}"${restated ? RESTATED_STROKE : ''}><title>${escapeXml(`${s.name}, ${category}: ${formatValue(value, chart.unit)}${restated ? ' (restated)' : ''}`)}</title></rect>`,
          );
        }
        const label = labels[j];
        if (label !== undefined) parts.push(text(label, { x: x + barWidth / 2, y: top - 6, size: 13, anchor: 'middle', fill: reported ? INK : MUTED }));
      });
    }
    parts.push(text(category, { x: centre, y: plotBottom + 24, size: 16, anchor: 'middle' }));
  });
  parts.push(`<line x1="${round(plotLeft)}" y1="${round(plotBottom)}" x2="${plotRight}" y2="${round(plotBottom)}" stroke="${INK}" stroke-width="1"/>`);
  return finish(chart, parts, width, height, options);
}

/** The embedded fonts as @font-face rules ('' for none). */
export function fontFaceCss(fonts: readonly FontFace[] | undefined): string {
  return (fonts ?? []).map((f) => `@font-face{font-family:'${f.family}';font-weight:${f.weight};font-style:normal;src:url(${f.dataUrl}) format('woff2');}`).join('');
}

/** Wraps the drawn parts in the SVG element, with its title, description and fonts. */
function finish(chart: BarChartDescription, parts: readonly string[], width: number, height: number, options: ComposeOptions): string {
  const fontCss = fontFaceCss(options.fonts);
  const description = [chartSummary(chart), ...chart.notes, chart.source].join(' ');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc">`,
    `<title id="chart-title">${escapeXml(chart.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(description)}</desc>`,
    fontCss ? `<style>${fontCss}</style>` : '',
    `<rect width="${width}" height="${height}" fill="${BACKGROUND}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
