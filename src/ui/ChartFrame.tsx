import { lazy, Suspense } from 'react';
import { chartSummary } from '../lib/export/chartSummary';
import type { BarChartDescription } from '../lib/export/chartDescription';
import { ErrorBoundary } from './ErrorBoundary';

// Recharts is the heaviest dependency: it loads after the first view.
const BarChartView = lazy(() => import('./BarChartView'));

/**
 * A chart on the page: a figure with a fixed-height placeholder while
 * Recharts loads (no layout shift), its own error boundary, and a text
 * equivalent of every figure for screen readers.
 */
export function ChartFrame({ chart, height = 320, name }: { chart: BarChartDescription; height?: number; name: string }) {
  return (
    <figure className="chart-frame">
      <ErrorBoundary what={name}>
        <Suspense fallback={<div className="chart-placeholder" style={{ height }} aria-hidden="true" />}>
          <BarChartView chart={chart} height={height} />
        </Suspense>
      </ErrorBoundary>
      <figcaption className="visually-hidden">{chartSummary(chart)}</figcaption>
    </figure>
  );
}
