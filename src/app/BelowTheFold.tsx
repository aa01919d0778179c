import type { ReactNode } from 'react';
import type { Country, Dataset } from '../data/model/schema';
import type { ViewFilters } from '../data/selectors/viewFilters';
import { ActivityPanel } from '../features/activity/ActivityPanel';
import { ComparisonPanel } from '../features/comparison/ComparisonPanel';
import { DatasetsPanel, type ReloadForUpdate } from '../features/datasets/DatasetsPanel';
import { reloadIfSafe, reloadPage } from './unsavedWork';
import { EditionsPanel } from '../features/editions/EditionsPanel';
import { RegionPanel } from '../features/region/RegionPanel';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useRevealCount } from '../ui/useRevealCount';

export interface BelowTheFoldProps {
  dataset: Dataset;
  country: Country;
  filters: ViewFilters;
  activeImportId: string | null;
}

const reloadForUpdate: ReloadForUpdate = (force) => {
  if (!force) return reloadIfSafe();
  reloadPage();
  return { reloaded: true, wouldLose: [] };
};

type Panel = { what: string; render: (props: BelowTheFoldProps) => ReactNode };

const PANELS: readonly Panel[] = [
  { what: 'The comparison across editions', render: ({ dataset, country, filters }) => <EditionsPanel dataset={dataset} country={country} filters={filters} /> },
  { what: 'The comparison', render: ({ dataset, country, filters }) => <ComparisonPanel dataset={dataset} country={country} filters={filters} /> },
  { what: 'The regional context', render: ({ dataset, country, filters }) => <RegionPanel dataset={dataset} country={country} filters={filters} /> },
  {
    what: 'The partner activity',
    render: ({ country, filters, activeImportId }) => <ActivityPanel country={country} filters={filters} imported={activeImportId !== null} />,
  },
  {
    what: 'The sources and notes',
    render: ({ dataset, country }) => <SourcesPanel country={country} dataset={dataset} />,
  },
  { what: 'The datasets panel', render: ({ dataset, activeImportId }) => <DatasetsPanel dataset={dataset} activeImportId={activeImportId} reloadForUpdate={reloadForUpdate} /> },
];

/**
 * The panels below the first view, each behind its own error boundary. A
 * chunk of its own (src/app/Dashboard.tsx loads it after the first paint),
 * so the first view's script is smaller. They appear one per frame, so that
 * laying them out is several short tasks rather than one long one.
 */
export default function BelowTheFold(props: BelowTheFoldProps) {
  const shown = useRevealCount(PANELS.length);
  return (
    <>
      {PANELS.slice(0, shown).map(({ what, render }) => (
        <ErrorBoundary key={what} what={what}>
          {render(props)}
        </ErrorBoundary>
      ))}
    </>
  );
}
