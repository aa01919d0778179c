import { useLayoutEffect, useRef, useState } from 'react';
import { estimateTextWidth } from '../../lib/export/textMeasure';
import type { BarChartDescription } from '../chartDescription';
import { CATEGORY_LINE, CATEGORY_ROOM, categoryLines, columnPlot, rankedPlot } from '../svgPlots';
import { NARROW, scaleAt, type Plotter } from './plotter';
import { Swatch } from './Swatch';

/*
 * A chart drawn by the exported figure's own plots (svgPlots.ts), as SVG in the page: no chart library,
 * drawn at once. The first view's funding chart is drawn this way (so the first screen needs no chart
 * code), and every chart is drawn this way on paper. Marks, labels and values are the export's, so the
 * screen, the print and the image agree; each bar says its figure on hover (its <title>).
 */

/** Widths drawn before the page is measured: the funding chart's column on a desktop, and a phone's. CSS shows the one that fits. */
const FIRST_WIDTHS = [752, 343] as const;

/** Bars and rankings: the first screen's charts, and every bar chart on paper. */
export const barPlotter: Plotter = {
  markup(chart, width, height) {
    const k = scaleAt(width);
    // A long category name goes on two lines under the axis: the plot leaves room for the second.
    const namesRoom = chart.layout === 'ranked' ? 0 : (CATEGORY_ROOM + (categoryLines(chart, width, estimateTextWidth, k) - 1) * CATEGORY_LINE) * k;
    const parts =
      chart.layout === 'ranked'
        ? rankedPlot(chart, { left: 0, right: width, top: 4, bottom: height }, estimateTextWidth, k)
        : columnPlot(chart, { left: 0, right: width - 4, top: 28 * k, bottom: height - namesRoom }, estimateTextWidth, k);
    return parts.join('');
  },
  height: (_chart, _width, height) => height,
};

/** A line's key: a short stroke through a point, in the series' colour. */
function LineSwatch({ color }: { color: string }) {
  return (
    <svg className="line-swatch" width="22" height="12" viewBox="0 0 22 12" aria-hidden="true" focusable="false">
      <line x1="1" y1="6" x2="21" y2="6" stroke={color} strokeWidth="2.5" />
      <circle cx="11" cy="6" r="3.5" fill={color} />
    </svg>
  );
}

function Plot({ chart, width, height, className, plotter }: { chart: BarChartDescription; width: number; height: number; className: string; plotter: Plotter }) {
  return (
    <svg
      className={className}
      width="100%"
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
      // The plots are SVG text the export writes and escapes (svgDraw.ts); no script can be in them.
      dangerouslySetInnerHTML={{ __html: plotter.markup(chart, width, height) }}
    />
  );
}

/** A chart drawn as SVG by `plotter` (bars and rankings unless another is given: line charts bring their own). */
export function PlotSvg({ chart, height, plotter = barPlotter }: { chart: BarChartDescription; height: number; plotter?: Plotter }) {
  const ref = useRef<HTMLDivElement>(null);
  // null until measured: the page built ahead of time, and the first render that takes it over, carry both first widths.
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  return (
    <div className="plot-svg" ref={ref}>
      {width === null ? (
        FIRST_WIDTHS.map((w) => <Plot key={w} chart={chart} width={w} height={plotter.height(chart, w, height)} className={w < NARROW ? 'plot-svg__narrow' : 'plot-svg__wide'} plotter={plotter} />)
      ) : (
        <Plot chart={chart} width={width} height={plotter.height(chart, width, height)} className="plot-svg__measured" plotter={plotter} />
      )}
      {chart.layout === 'ranked' || chart.multiples ? null : (
        <ul className="plot-svg__legend" aria-hidden="true">
          {chart.series.map((s) => (
            <li key={s.key}>
              {chart.layout === 'line' ? <LineSwatch color={s.colour} /> : <Swatch color={s.colour} />}
              <bdi>{s.name}</bdi>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
