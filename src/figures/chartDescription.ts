import type { ChartTable } from '../lib/export/csv';

/** The exported figure's fixed layout size in CSS px (PNGs are this times the scale). */
export const EXPORT_WIDTH = 1200;
export const EXPORT_HEIGHT = 675;

/**
 * One description of a chart feeds both the chart on screen and the exported
 * image and CSV, so they cannot disagree. Colours are hex, text is final.
 */
export interface ChartSeries {
  key: string;
  name: string;
  /** Hex colour, e.g. "#0072B2". */
  colour: string;
  /** One value per category, in the chart's unit; null where not reported (no bar, no value). */
  values: (number | null)[];
  /**
   * Per category, whether the value is restated (an earlier edition printed
   * a different figure): drawn with a dashed outline, said in the tooltip,
   * and explained in the notes. Absent means none is.
   */
  restated?: boolean[];
  /** A line chart's series for the country the page is about: drawn with a heavier line. */
  highlighted?: boolean;
}

/** The note that explains the dashed outline, wherever a chart draws one. */
export const RESTATED_KEY = 'Dashed outline: a restated figure (an earlier edition printed a different one; see the notes).';
/** The note that explains a ringed point, wherever a line chart draws one. */
export const RESTATED_POINT_KEY = 'Ringed point: a restated figure (an earlier edition printed a different one; see the notes).';

export function hasRestated(chart: { series: readonly ChartSeries[] }): boolean {
  return chart.series.some((s) => s.restated?.some(Boolean) ?? false);
}

export type { ChartTable };

export interface BarChartDescription {
  /** File name without extension: "mali-funding-by-agency-fy2015-fy2017". */
  fileBase: string;
  title: string;
  /** The filters in force and the units: "FY2016–FY2017 · DoD · U.S. dollars in thousands". */
  subtitle: string;
  /** One bar (or group) per category, e.g. fiscal years. */
  categories: string[];
  /**
   * Categories no source prints ("not reported", never $0K): drawn with no
   * bar and no value. Absent means every category is reported.
   */
  notReported?: boolean[];
  series: ChartSeries[];
  /**
   * Stacked bars with a total on top, side-by-side bars, or `ranked`: one horizontal bar per category
   * (a country), in the order given, its value at the bar's end, the name on the axis; a $0 bar is a
   * labelled stub. A ranked chart has one series. Or `line`: one line per series across the categories
   * (fiscal years), a point at each figure; a figure not reported is a gap in the line, never a zero.
   */
  layout: 'stacked' | 'grouped' | 'ranked' | 'line';
  /**
   * A line chart drawn as small multiples: a small panel per series, every panel to the same scale, so a
   * chart of many countries stays readable and no country is left out. Absent means one plot.
   */
  multiples?: boolean;
  /** Per category, whether it is the one in view (drawn with an outline and named so). Absent means none. */
  highlighted?: boolean[];
  /** How values are written on axes and labels. */
  unit: 'usd-thousands';
  /** Lines printed under the chart: figures beside it, footnotes that apply. */
  notes: string[];
  /** "Source: …" line: report, edition, publisher. */
  source: string;
  /** The figures shown, for CSV. */
  table: ChartTable;
}
