import type { Country, Dataset } from '../data/schema';
import type { ViewFilters } from '../data/viewFilters';
import { ActivityPanel } from '../features/activity/ActivityPanel';
import { ComparisonPanel } from '../features/comparison/ComparisonPanel';
import { DatasetsPanel } from '../features/datasets/DatasetsPanel';
import { RegionPanel } from '../features/region/RegionPanel';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { ErrorBoundary } from '../ui/ErrorBoundary';

export interface BelowTheFoldProps {
  dataset: Dataset;
  country: Country;
  filters: ViewFilters;
  activeImportId: string | null;
}

/**
 * The panels below the first view, each behind its own error boundary. A
 * chunk of its own (src/app/Dashboard.tsx loads it after the first paint),
 * so the first view's script is smaller.
 */
export default function BelowTheFold({ dataset, country, filters, activeImportId }: BelowTheFoldProps) {
  return (
    <>
      <ErrorBoundary what="The comparison">
        <ComparisonPanel dataset={dataset} country={country} filters={filters} />
      </ErrorBoundary>
      <ErrorBoundary what="The regional context">
        <RegionPanel dataset={dataset} country={country} filters={filters} />
      </ErrorBoundary>
      <ErrorBoundary what="The partner activity">
        <ActivityPanel country={country} filters={filters} />
      </ErrorBoundary>
      <ErrorBoundary what="The sources and notes">
        <SourcesPanel country={country} source={dataset.source} fiscalYears={dataset.fiscalYears} />
      </ErrorBoundary>
      <ErrorBoundary what="The datasets panel">
        <DatasetsPanel dataset={dataset} activeImportId={activeImportId} />
      </ErrorBoundary>
    </>
  );
}
