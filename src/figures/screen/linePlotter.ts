import { estimateTextWidth } from '../../lib/export/textMeasure';
import { linePlot, multiplesHeight, PANEL_HEIGHT } from '../linePlot';
import { CATEGORY_LINE, CATEGORY_ROOM, categoryLines } from '../svgPlots';
import { barPlotter } from './PlotSvg';
import { scaleAt, type Plotter } from './plotter';

/**
 * Line charts on the page and on paper, by the exported figure's own line plot; any other chart by the
 * bars' plotter. Small multiples take a row of panels per few series, each half the height asked (on
 * screen PANEL_HEIGHT; shorter on paper, as short as their plots allow).
 */
export const linePlotter: Plotter = {
  markup(chart, width, height) {
    if (chart.layout !== 'line') return barPlotter.markup(chart, width, height);
    const k = scaleAt(width);
    const namesRoom = chart.multiples ? 0 : (CATEGORY_ROOM + (categoryLines(chart, width, estimateTextWidth, k) - 1) * CATEGORY_LINE) * k;
    return linePlot(chart, { left: 0, right: width - 4, top: chart.multiples ? 0 : 10 * k, bottom: height - namesRoom }, estimateTextWidth, k).join('');
  },
  height(chart, width, height) {
    if (!chart.multiples) return height;
    return Math.ceil(multiplesHeight(chart, width - 4, estimateTextWidth, scaleAt(width), Math.min(PANEL_HEIGHT, height / 2)));
  },
};
