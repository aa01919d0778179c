import PptxGenJS from 'pptxgenjs';
import { RESTATED_POINT_KEY, type BarChartDescription } from './chartDescription';
import { multiplesGrid } from './linePlot';
import { briefResultsHeading, type BriefDescription } from './composeBrief';
import { categoryNotReported, markLabels } from './markLabels';
import { chartRoundingNote } from './markLabels';
import { niceScale } from './niceScale';

const NOT_REPORTED_CAPITAL = 'Not reported';
import { formatDate } from './svgDraw';
import { downloadBlob } from '../lib/export/download';
import { stripUnsafe } from '../lib/safeText';

/**
 * PowerPoint slides with native charts: the figures live in the chart's own data sheet, so an officer
 * can restyle the chart in PowerPoint. Built with pptxgenjs, which this module alone imports, so it is
 * fetched only when a slide is asked for. Slides are 16:9 (13.33 × 7.5 in).
 */

const FONT = 'Public Sans';
const INK = '1B1B1B';
const MUTED = '565C65';
/** A highlighted bar of a ranking (Okabe–Ito orange: apart from the blue in colour and in greyscale). */
const HIGHLIGHT = '#E69F00';

/** Excel's number format for exact thousands: "$1,200K", with as many decimals as the figures carry ($12.5K). */
export function thousandsFormat(values: readonly (number | null)[]): string {
  const decimals = Math.max(0, ...values.map((v) => (v === null || Number.isInteger(v) ? 0 : (String(v).split('.')[1]?.length ?? 0))));
  return `"$"#,##0${decimals > 0 ? `.${'0'.repeat(Math.min(decimals, 3))}` : ''}"K"`;
}

/**
 * Excel's number format that writes the chart's values (in thousands) in the one money rule, as the
 * screen and the image print them: "$0", "$670,000", "$1.18 million", "$48.0 million", "$229 million".
 * A format has at most two conditions and a default, so a chart whose values span more of those
 * ranges writes the larger ones with a decimal more ("$48.00 million"): the same figure, never a
 * different one. Fractions of a thousand (only in an officer's own figures) keep the exact thousands.
 */
export function moneyFormat(values: readonly (number | null)[], options: { blankZero?: boolean } = {}): string {
  const present = values.filter((v): v is number => v !== null);
  if (present.some((v) => v > 0 && v < 1000 && !Number.isInteger(v))) return thousandsFormat(values);
  const ranges: { below: number; format: string; has: boolean }[] = [
    // A stack's $0 segment has no height to label: its label is left blank (the totals line names every bar).
    { below: 0.5, format: options.blankZero ? '""' : '"$0"', has: present.some((v) => v === 0) },
    { below: 1000, format: '"$"#,##0",000"', has: present.some((v) => v > 0 && v < 1000) },
    { below: 9995, format: '"$"0.00," million"', has: present.some((v) => v >= 1000 && v < 9995) },
    { below: 99950, format: '"$"0.0," million"', has: present.some((v) => v >= 9995 && v < 99950) },
    { below: Infinity, format: '"$"#,##0," million"', has: present.some((v) => v >= 99950) },
  ];
  let used = ranges.filter((r) => r.has);
  // Past three, the largest ranges merge downwards (written with a decimal more) until three remain.
  while (used.length > 3) {
    const last = used.pop();
    const before = used[used.length - 1];
    if (last && before) before.below = last.below;
  }
  if (used.length === 0) used = [ranges[2] ?? { below: Infinity, format: 'General', has: true }];
  return used.map((r, i) => (i === used.length - 1 ? r.format : `[<${r.below}]${r.format}`)).join(';');
}

/** The chart as PowerPoint's chart data: a series per line (or one, for a ranking), categories as on screen. */
export function chartData(chart: BarChartDescription) {
  return chart.series.map((s) => ({ name: stripUnsafe(s.name), labels: chart.categories.map(stripUnsafe), values: s.values.map((v, i) => (chart.notReported?.[i] ? null : v)) }));
}

/**
 * What the marks print that a native chart cannot: a stack's totals, and "not reported" where there is no
 * bar to carry a label. Said in a line under the chart, as the screen prints it on the chart.
 */
export function marksLine(chart: BarChartDescription): string | null {
  if (chart.layout === 'line') {
    // A native line chart rings no point: the restated ones are named instead.
    const restated = chart.series.flatMap((s) => chart.categories.filter((_, i) => s.restated?.[i] === true).map((c) => `${s.name}, ${c}`));
    return restated.length > 0 ? `Restated (see the notes): ${restated.join('; ')}.` : null;
  }
  if (chart.layout === 'stacked' && chart.series.length > 1) {
    return `Totals: ${chart.categories.map((c, i) => `${c} ${markLabels(chart, i)[0] ?? ''}`).join(' · ')}.`;
  }
  const missing = chart.categories.filter((_, i) => categoryNotReported(chart, i));
  return missing.length > 0 && chart.layout !== 'grouped' ? `${NOT_REPORTED_CAPITAL}: ${missing.join(', ')}.` : null;
}

type Slide = ReturnType<PptxGenJS['addSlide']>;

/**
 * A line chart as native line charts: one, with a line per series; or small multiples, a small chart
 * per series in a grid, every one to the same scale. A figure not reported is a gap, never a zero.
 */
function addLineCharts(pptx: PptxGenJS, slide: Slide, chart: BarChartDescription, box: { x: number; y: number; w: number; h: number }, fontSize: number) {
  const values = chart.series.flatMap((s) => s.values);
  const common = {
    lineDataSymbol: 'circle' as const,
    displayBlanksAs: 'gap',
    valAxisLabelFormatCode: moneyFormat(values),
    valAxisLabelFontFace: FONT,
    catAxisLabelFontFace: FONT,
    dataLabelFontFace: FONT,
    dataLabelFormatCode: moneyFormat(values),
    dataLabelPosition: 't' as const,
  };
  if (!chart.multiples) {
    const everyPoint = chart.series.length <= 2;
    slide.addChart(pptx.ChartType.line, chartData(chart), {
      ...box,
      ...common,
      chartColors: chart.series.map((s) => s.colour.replace('#', '')),
      lineSize: 2.5,
      lineDataSymbolSize: 8,
      // Every point's figure with two lines or fewer, as on screen; past that the data sheet holds them.
      showValue: everyPoint,
      dataLabelFontSize: fontSize - 2,
      valAxisLabelFontSize: fontSize - 2,
      catAxisLabelFontSize: fontSize,
      showLegend: chart.series.length > 1,
      legendPos: 'b',
      legendFontSize: fontSize,
      legendFontFace: FONT,
      showTitle: false,
    });
    return;
  }
  const { columns, rows } = multiplesGrid(chart, box.w * 96);
  const scaleMax = niceScale(Math.max(0, ...values.map((v) => v ?? 0)), 3).max;
  const w = box.w / columns;
  const h = box.h / rows;
  chart.series.forEach((s, j) => {
    const one: BarChartDescription = { ...chart, series: [s], multiples: false };
    slide.addChart(pptx.ChartType.line, chartData(one), {
      x: box.x + (j % columns) * w,
      y: box.y + Math.floor(j / columns) * h,
      w,
      h,
      ...common,
      chartColors: [s.colour.replace('#', '')],
      lineSize: 2,
      lineDataSymbolSize: 6,
      valAxisMinVal: 0,
      valAxisMaxVal: scaleMax,
      showValue: false,
      valAxisLabelFontSize: 8,
      catAxisLabelFontSize: 8,
      showLegend: false,
      showTitle: true,
      title: stripUnsafe(s.name),
      titleFontFace: FONT,
      titleFontSize: 11,
      titleColor: INK,
    });
  });
}

/** `valueMax`: the value axis's end, so that a ranking split over slides draws its bars to one scale. */
function addChart(pptx: PptxGenJS, slide: Slide, chart: BarChartDescription, box: { x: number; y: number; w: number; h: number }, fontSize: number, valueMax?: number) {
  if (chart.layout === 'line') {
    addLineCharts(pptx, slide, chart, box, fontSize);
    return;
  }
  const ranked = chart.layout === 'ranked';
  const values = chart.series.flatMap((s) => s.values);
  slide.addChart(pptx.ChartType.bar, chartData(chart), {
    ...box,
    ...(valueMax === undefined ? {} : { valAxisMinVal: 0, valAxisMaxVal: valueMax }),
    barDir: ranked ? 'bar' : 'col',
    barGrouping: chart.layout === 'stacked' ? 'stacked' : 'clustered',
    ...(chart.layout === 'stacked' ? { barOverlapPct: 100 } : {}),
    barGapWidthPct: ranked ? 40 : 80,
    // A ranking's chosen country, which the image outlines, is a bar of another colour here: a native chart
    // colours a single series point by point, but outlines none.
    chartColors: ranked && chart.highlighted?.some(Boolean) ? chart.categories.map((_, i) => (chart.highlighted?.[i] ? HIGHLIGHT : (chart.series[0]?.colour ?? '#0072B2')).replace('#', '')) : chart.series.map((s) => s.colour.replace('#', '')),
    showValue: true,
    dataLabelFormatCode: moneyFormat(values, { blankZero: chart.layout === 'stacked' }),
    dataLabelFontSize: fontSize,
    dataLabelFontFace: FONT,
    dataLabelPosition: chart.layout === 'stacked' ? 'ctr' : 'outEnd',
    valAxisLabelFormatCode: moneyFormat(values),
    valAxisLabelFontSize: fontSize - 2,
    valAxisLabelFontFace: FONT,
    catAxisLabelFontSize: fontSize,
    catAxisLabelFontFace: FONT,
    // A ranking reads top down, as on screen. pptxgenjs writes 'maxMin' as given (c:orientation), but its
    // types only name 'minMax'.
    ...(ranked ? { catAxisOrientation: 'maxMin' as unknown as 'minMax', valAxisHidden: true, valGridLine: { style: 'none' as const } } : {}),
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontSize: fontSize,
    legendFontFace: FONT,
    showTitle: false,
  });
}

function footerText(source: string, viewUrl: string, exportedAt: Date): string {
  return `${source} Exported ${formatDate(exportedAt)} from the CWD dashboard · ${viewUrl}`;
}

function newDeck(title: string): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = stripUnsafe(title);
  pptx.author = 'CWD dashboard';
  pptx.subject = 'U.S. Conventional Weapons Destruction assistance';
  return pptx;
}

async function toBlob(pptx: PptxGenJS): Promise<Blob> {
  const out = await pptx.write({ outputType: 'blob' });
  if (!(out instanceof Blob)) throw new Error('The slide could not be written.');
  return out;
}

/** A chart's type on a slide, and the least a ranking's names may have before it is split over slides. */
const CHART_FONT = 14;
export const MIN_CHART_FONT = 10;
/** A ranked bar's row on a slide needs this many times its names' type (the plot takes ~90 % of the chart's box). */
const ROW_PER_FONT = 1.45;
const rowPoints = (heightIn: number, bars: number) => (heightIn * 72 * 0.9) / Math.max(1, bars);

/** The most bars a ranking puts on one slide with its names at MIN_CHART_FONT or more. */
export function rankedBarsPerSlide(heightIn: number): number {
  return Math.max(1, Math.floor(rowPoints(heightIn, 1) / (MIN_CHART_FONT * ROW_PER_FONT)));
}

/** A ranking's bars `from` (inclusive) to `to` (exclusive), as a chart of their own. */
function rankedPart(chart: BarChartDescription, from: number, to: number): BarChartDescription {
  return {
    ...chart,
    categories: chart.categories.slice(from, to),
    series: chart.series.map((s) => ({ ...s, values: s.values.slice(from, to), ...(s.restated ? { restated: s.restated.slice(from, to) } : {}) })),
    ...(chart.highlighted ? { highlighted: chart.highlighted.slice(from, to) } : {}),
    ...(chart.notReported ? { notReported: chart.notReported.slice(from, to) } : {}),
  };
}

/**
 * The chart as slides: one, with its title and subtitle, the chart, its notes (and the rounding line
 * when a label is rounded); source and address at the foot and in the speaker notes. A ranking too long
 * for its names to stay legible (10 pt) goes on as few slides as keep them so, in equal parts, each titled
 * with the ranks it holds ("(1–13 of 26)") and drawn to one scale.
 */
export async function chartSlide(chart: BarChartDescription, viewUrl: string, exportedAt = new Date()): Promise<Blob> {
  const pptx = newDeck(chart.title);
  const ranked = chart.layout === 'ranked';
  const count = chart.categories.length;
  const rounding = chartRoundingNote(chart, "the chart's data sheet");
  // A native chart rings no point: marksLine names the restated ones instead of the key to the rings.
  chart = { ...chart, notes: chart.notes.filter((n) => n !== RESTATED_POINT_KEY) };
  const notes = [marksLine(chart), ...chart.notes, rounding].flatMap((n) => (n ? [stripUnsafe(n)] : [])).join(' ');
  const chartHeight = notes ? 4.55 : 5.2;
  const slides = ranked ? Math.ceil(count / rankedBarsPerSlide(chartHeight)) : 1;
  const perSlide = Math.ceil(count / Math.max(1, slides));
  const valueMax = slides > 1 ? niceScale(Math.max(0, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)))).max : undefined;
  for (let i = 0; i < slides; i += 1) {
    const from = i * perSlide;
    const to = Math.min(count, from + perSlide);
    const part = slides > 1 ? rankedPart(chart, from, to) : chart;
    const title = slides > 1 ? `${chart.title} (${from + 1}–${to} of ${count})` : chart.title;
    const partNotes = slides > 1 ? [marksLine(part), ...chart.notes, rounding].flatMap((n) => (n ? [stripUnsafe(n)] : [])).join(' ') : notes;
    // A ranking's names at 14 pt while their rows allow, never under 10 pt.
    const fontSize = ranked ? Math.max(MIN_CHART_FONT, Math.min(CHART_FONT, Math.floor(rowPoints(chartHeight, part.categories.length) / ROW_PER_FONT))) : CHART_FONT;
    const slide = pptx.addSlide();
    slide.addText(stripUnsafe(title), { x: 0.5, y: 0.3, w: 12.33, h: 0.7, fontFace: FONT, fontSize: 28, bold: true, color: INK, fit: 'shrink' });
    slide.addText(stripUnsafe(chart.subtitle), { x: 0.5, y: 0.95, w: 12.33, h: 0.45, fontFace: FONT, fontSize: 16, color: MUTED });
    addChart(pptx, slide, part, { x: 0.5, y: 1.5, w: 12.33, h: chartHeight }, fontSize, valueMax);
    if (partNotes) slide.addText(partNotes, { x: 0.5, y: 6.1, w: 12.33, h: 0.7, fontFace: FONT, fontSize: 11, color: INK, valign: 'top', fit: 'shrink' });
    slide.addText(stripUnsafe(footerText(chart.source, viewUrl, exportedAt)), { x: 0.5, y: 6.85, w: 12.33, h: 0.5, fontFace: FONT, fontSize: 10, color: MUTED, valign: 'top' });
    slide.addNotes(stripUnsafe([chart.subtitle, ...chart.notes, ...(rounding ? [rounding] : []), chart.source, `View: ${viewUrl}`].join('\n')));
  }
  return toBlob(pptx);
}

/** The country brief as a slide: the headline with the cumulative beside it, the funding chart (native, values on every segment), the same results as every format, partners, notes, source. */
export async function briefSlide(brief: BriefDescription, viewUrl: string, exportedAt = new Date()): Promise<Blob> {
  const pptx = newDeck(brief.title);
  const slide = pptx.addSlide();
  const clean = stripUnsafe;
  slide.addText(clean(brief.title), { x: 0.5, y: 0.3, w: 12.33, h: 0.65, fontFace: FONT, fontSize: 30, bold: true, color: INK, fit: 'shrink' });
  slide.addText(clean(brief.subtitle), { x: 0.5, y: 0.9, w: 12.33, h: 0.45, fontFace: FONT, fontSize: 18, color: MUTED, fit: 'shrink' });
  slide.addText(
    [
      { text: clean(brief.headline.label), options: { fontSize: 16, color: MUTED, breakLine: true } },
      { text: clean(brief.headline.value), options: { fontSize: 40, bold: true, color: INK, breakLine: true } },
      ...(brief.headline.note ? [{ text: clean(brief.headline.note), options: { fontSize: 12, color: MUTED } }] : []),
    ],
    { x: 0.5, y: 1.45, w: 4.1, h: 1.5, fontFace: FONT, valign: 'top', fit: 'shrink' },
  );
  slide.addText(
    [
      { text: clean(brief.cumulative.label), options: { fontSize: 14, color: MUTED, breakLine: true } },
      { text: clean(brief.cumulative.value), options: { fontSize: 24, bold: true, color: INK } },
    ],
    { x: 4.7, y: 1.75, w: 2.2, h: 1.0, fontFace: FONT, valign: 'top', fit: 'shrink' },
  );
  addChart(pptx, slide, brief.chart, { x: 0.5, y: 3.0, w: 6.4, h: 3.5 }, 14);
  const listed = brief.results.slice(0, brief.shown);
  slide.addText(
    [
      { text: briefResultsHeading(brief), options: { fontSize: 20, bold: true, breakLine: true } },
      ...(listed.length === 0 ? [{ text: clean(brief.noResults), options: { fontSize: 16, color: MUTED, breakLine: true } }] : []),
      ...listed.flatMap((r) => [
        { text: `${clean(r.value)} `, options: { fontSize: 16, bold: true } },
        { text: clean(r.label), options: { fontSize: 16, bold: true, breakLine: true } },
        ...(r.meta ? [{ text: clean(r.meta), options: { fontSize: 12, color: MUTED, breakLine: true, paraSpaceAfter: 6 } }] : []),
      ]),
      ...(brief.partners.length > 0 ? [{ text: `Partners: ${brief.partners.map(clean).join(', ')}`, options: { fontSize: 14, breakLine: true } }] : []),
    ],
    { x: 7.2, y: 1.45, w: 5.63, h: 5.05, fontFace: FONT, color: INK, valign: 'top', fit: 'shrink' },
  );
  const notes = [marksLine(brief.chart), ...brief.notes].flatMap((n) => (n ? [clean(n)] : [])).join(' ');
  slide.addText(clean(`${notes ? `${notes} ` : ''}${footerText(brief.source, viewUrl, exportedAt)}`), { x: 0.5, y: 6.6, w: 12.33, h: 0.8, fontFace: FONT, fontSize: 10, color: MUTED, valign: 'top', fit: 'shrink' });
  slide.addNotes(clean([brief.subtitle, `${brief.headline.label}: ${brief.headline.value}`, `${brief.cumulative.label}: ${brief.cumulative.value}`, ...brief.results.map((r) => `${r.value} ${r.label}${r.meta ? ` (${r.meta})` : ''}`), ...brief.notes, brief.source, `View: ${viewUrl}`].join('\n')));
  return toBlob(pptx);
}

export async function downloadChartSlide(chart: BarChartDescription, viewUrl: string): Promise<string> {
  const name = `${chart.fileBase}.pptx`;
  downloadBlob(await chartSlide(chart, viewUrl), name);
  return name;
}

export async function downloadBriefSlide(brief: BriefDescription, viewUrl: string): Promise<string> {
  const name = `${brief.fileBase}.pptx`;
  downloadBlob(await briefSlide(brief, viewUrl), name);
  return name;
}
