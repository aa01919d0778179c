import type { BarChartDescription } from '../chartDescription';

/** Below this width a chart is drawn at 80 %: five fiscal years still fit under their bars on a phone. */
export const NARROW = 500;
export const scaleAt = (width: number) => (width < NARROW ? 0.8 : 1);

/**
 * What draws a chart's plot as SVG markup at a width, and how tall it is there. The first screen's
 * plotter draws bars and rankings; the line charts' plotter (linePlotter.ts) comes with the sections that
 * draw lines, so the first screen carries no line-drawing code.
 */
export interface Plotter {
  markup: (chart: BarChartDescription, width: number, height: number) => string;
  height: (chart: BarChartDescription, width: number, height: number) => number;
}
