import { startTransition, useDeferredValue, useEffect, useRef, useState } from 'react';
import { chartSummary } from '../lib/export/chartSummary';
import type { BarChartDescription } from '../lib/export/chartDescription';
import { ErrorBoundary } from './ErrorBoundary';
import { FailureNotice } from './FailureNotice';
import { useLazyModule } from './useLazyModule';

// Recharts is the heaviest dependency: it loads after the first view, when a chart is to be drawn.
const loadBarChartView = () => import('./BarChartView');

/** Charts off screen are drawn anyway after this long, for printing and for screen readers that browse by figure. */
const IDLE_DRAW_MS = 6000;

/**
 * Draws the chart once it comes near the screen, or once the page has been
 * idle a while (so a printout has every chart), in a transition that React
 * renders in slices: Recharts is the costliest thing on the page, and charts
 * further down need not hold up the first view.
 */
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
    const idle = window.setTimeout(() => {
      observer.disconnect();
      draw();
    }, IDLE_DRAW_MS);
    window.addEventListener('beforeprint', draw);
    return () => {
      observer.disconnect();
      window.clearTimeout(idle);
      window.removeEventListener('beforeprint', draw);
    };
  }, []);
  return [ref, drawn];
}

/**
 * A chart on the page: a figure with a fixed-height placeholder until the
 * chart is drawn (no layout shift), its own error boundary, and a text
 * equivalent of every figure for screen readers.
 */
export function ChartFrame({ chart, height = 320, name }: { chart: BarChartDescription; height?: number; name: string }) {
  const [ref, drawn] = useDrawWhenNear();
  const { module, failure, retry } = useLazyModule(loadBarChartView, drawn);
  const deferredChart = useDeferredValue(chart);
  // Sized by attribute, not by inline style, which the page built ahead of time may not carry.
  const placeholder = <svg className="chart-placeholder" width="100%" height={height} aria-hidden="true" focusable="false" />;
  return (
    // Side-by-side bars of several series carry a label each; on a phone those collide (the CSS hides them there).
    <figure className={chart.layout === 'grouped' && chart.series.length > 1 ? 'chart-frame chart-frame--crowded' : 'chart-frame'} ref={ref}>
      <ErrorBoundary what={name}>
        {failure !== null ? (
          <FailureNotice title={`${name} could not be shown: the charting code did not load.`} message={failure} onRetry={retry} />
        ) : module ? (
          <module.default chart={deferredChart} height={height} />
        ) : (
          placeholder
        )}
      </ErrorBoundary>
      <figcaption className="visually-hidden">{chartSummary(chart)}</figcaption>
    </figure>
  );
}
