import { startTransition, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { chartSummary } from '../figures/chartSummary';
import type { BarChartDescription } from '../figures/chartDescription';
import { ErrorBoundary } from './ErrorBoundary';
import { FailureNotice } from './FailureNotice';
import { useLazyModule } from './useLazyModule';
import { PlotSvg } from '../figures/screen/PlotSvg';
import type { Plotter } from '../figures/screen/plotter';
import { usePrinting } from './printing';

// Recharts is the heaviest dependency: it loads when a chart drawn with it comes near the screen.
const loadBarChartView = () => import('../figures/screen/BarChartView');

const PRINT_HEIGHT = 0.72;
/** A line chart needs less height on paper than bars to read: its points carry no bar to measure. */
const PRINT_HEIGHT_LINE = 0.6;

/** Whether the chart is to be drawn with the chart code: once it comes near the screen. */
function useDrawWhenNear(): [React.RefObject<HTMLElement | null>, boolean] {
  const ref = useRef<HTMLElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const draw = () => {
      startTransition(() => {
        setDrawn(true);
      });
    };
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') {
      draw();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          draw();
        }
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  return [ref, drawn];
}

/**
 * A chart on the page: a figure with a fixed-height placeholder until the
 * chart is drawn (no layout shift), its own error boundary, and a text
 * equivalent of every figure for screen readers. With `plot`, it is drawn at once by the figure's own
 * SVG plots, with no chart code to load: the first screen's chart. A line chart is always drawn so, by the
 * `plotter` its section passes (linePlotter), which the first screen does not load.
 */
export function ChartFrame({ chart, height = 320, name, plot = false, plotter }: { chart: BarChartDescription; height?: number; name: string; plot?: boolean; plotter?: Plotter }) {
  const [ref, drawn] = useDrawWhenNear();
  // On paper every chart is drawn at once by the figure's own SVG plots: no chart code to wait for.
  const printing = usePrinting();
  // Line charts are drawn by the figure's own plots on screen too: no chart code to load for them.
  const { module, failure, retry } = useLazyModule(loadBarChartView, drawn && !plot && chart.layout !== 'line');
  const summaryId = useId();
  const deferredChart = useDeferredValue(chart);
  // Sized by attribute, not by inline style, which the page built ahead of time may not carry.
  const placeholder = <svg className="chart-placeholder" width="100%" height={height} aria-hidden="true" focusable="false" />;
  return (
    // Side-by-side bars of several series carry a label each; on a phone those collide (the CSS hides them there).
    <figure
      className={chart.layout === 'grouped' && chart.series.length > 1 ? 'chart-frame chart-frame--crowded' : 'chart-frame'}
      ref={ref}
      aria-label={name}
      aria-describedby={summaryId}
    >
      <ErrorBoundary what={name}>
        {printing ? (
          // On paper a chart is drawn under three quarters as tall: the same figures, labelled, in less of the page (a ranking's
          // names still print at 9 points). It is drawn anew as wide as it will be on paper (the frame's --paper-width, page.css),
          // not as wide as on screen: its type prints at its own size instead of scaled down to the paper's column.
          <div className="chart-frame__paper">
            <PlotSvg chart={deferredChart} height={Math.round(height * (chart.layout === 'line' ? PRINT_HEIGHT_LINE : PRINT_HEIGHT))} plotter={plotter} />
          </div>
        ) : plot || chart.layout === 'line' ? (
          // Line charts are drawn by the plotter their section brings (figures/screen/linePlotter.ts).
          <PlotSvg chart={deferredChart} height={height} plotter={plotter} />
        ) : failure !== null ? (
          <FailureNotice title={`${name} could not be shown: the charting code did not load.`} message={failure} onRetry={retry} />
        ) : module ? (
          <module.default chart={deferredChart} height={height} />
        ) : (
          placeholder
        )}
      </ErrorBoundary>
      <figcaption className="visually-hidden" id={summaryId}>
        {chartSummary(chart)}
      </figcaption>
    </figure>
  );
}
