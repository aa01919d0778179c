import { startTransition, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { chartSummary } from '../figures/chartSummary';
import type { BarChartDescription } from '../figures/chartDescription';
import { ErrorBoundary } from './ErrorBoundary';
import { FailureNotice } from './FailureNotice';
import { useLazyModule } from './useLazyModule';

type BarChartViewModule = typeof import('../figures/screen/BarChartView');

/** The chart code once it has loaded, so that printing can draw every chart at once, synchronously. */
let loadedChartView: BarChartViewModule | null = null;

// Recharts is the heaviest dependency: it loads after the first view, when a chart is to be drawn.
const loadBarChartView = () =>
  import('../figures/screen/BarChartView').then((module) => {
    loadedChartView = module;
    return module;
  });

const PRINT_HEIGHT = 0.75;

let preloadScheduled = false;

/**
 * Fetches the chart code once the browser is idle after the first view, without drawing anything, so
 * that a print started at any moment (before any chart was scrolled to) can draw every chart at once.
 */
function preloadChartCodeWhenIdle() {
  if (preloadScheduled || typeof window === 'undefined') return;
  preloadScheduled = true;
  const load = () => {
    loadBarChartView().catch(() => {
      // A failed preload is retried when a chart is drawn, and that failure is shown where the chart goes.
      preloadScheduled = false;
    });
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 3000 });
  else globalThis.setTimeout(load, 1500);
}

/** Charts off screen are drawn anyway after this long, for printing and for screen readers that browse by figure. */
const IDLE_DRAW_MS = 6000;

/**
 * Draws the chart once it comes near the screen, or once the page has been
 * idle a while (so a printout has every chart), in a transition that React
 * renders in slices: Recharts is the costliest thing on the page, and charts
 * further down need not hold up the first view.
 */
function useDrawWhenNear(): [React.RefObject<HTMLElement | null>, boolean, boolean] {
  const ref = useRef<HTMLElement>(null);
  const [drawn, setDrawn] = useState(false);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const draw = () => {
      startTransition(() => {
        setDrawn(true);
      });
    };
    // However printing starts (the browser's menu, Ctrl+P, a headless page.pdf()), the browser lays the
    // page out for paper right after this event: every chart is drawn now, not in a later transition.
    const drawForPrint = () => {
      flushSync(() => {
        setDrawn(true);
        setPrinting(true);
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
    const printed = () => {
      setPrinting(false);
    };
    window.addEventListener('beforeprint', drawForPrint);
    window.addEventListener('afterprint', printed);
    preloadChartCodeWhenIdle();
    return () => {
      observer.disconnect();
      window.clearTimeout(idle);
      window.removeEventListener('beforeprint', drawForPrint);
      window.removeEventListener('afterprint', printed);
    };
  }, []);
  return [ref, drawn, printing];
}

/**
 * A chart on the page: a figure with a fixed-height placeholder until the
 * chart is drawn (no layout shift), its own error boundary, and a text
 * equivalent of every figure for screen readers.
 */
export function ChartFrame({ chart, height = 320, name }: { chart: BarChartDescription; height?: number; name: string }) {
  const [ref, drawn, printing] = useDrawWhenNear();
  const { module: loaded, failure, retry } = useLazyModule(loadBarChartView, drawn);
  // Printing cannot wait for the loaded module to be set in a transition: take it as soon as it is there.
  const module = loaded ?? (printing ? loadedChartView : null);
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
        {failure !== null ? (
          <FailureNotice title={`${name} could not be shown: the charting code did not load.`} message={failure} onRetry={retry} />
        ) : module ? (
          // On paper a chart is drawn three quarters as tall: the same figures, labelled, in less of the page.
          <module.default chart={deferredChart} height={printing ? Math.round(height * PRINT_HEIGHT) : height} />
        ) : (
          <>
            {placeholder}
            {/* Printed before the chart code arrived: say where the figures are rather than leave a blank box. */}
            <p className="print-only">The chart had not been drawn when this page was printed; its figures are in the table of this section.</p>
          </>
        )}
      </ErrorBoundary>
      <figcaption className="visually-hidden" id={summaryId}>
        {chartSummary(chart)}
      </figcaption>
    </figure>
  );
}
