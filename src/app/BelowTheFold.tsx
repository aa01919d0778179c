import { Fragment, type ReactNode } from 'react';
import type { CountryView } from '../data/selectors/countryView';
import { ActivityPanel } from '../features/activity/ActivityPanel';
import { activitySection } from '../features/activity/section';
import { ComparisonPanel } from '../features/comparison/ComparisonPanel';
import { comparisonSection } from '../features/comparison/section';
import { DatasetsPanel, type ReloadForUpdate } from '../features/datasets/DatasetsPanel';
import { datasetsSection } from '../features/datasets/section';
import { EditionsPanel } from '../features/editions/EditionsPanel';
import { editionsSection } from '../features/editions/section';
import { RegionPanel } from '../features/region/RegionPanel';
import { regionSection } from '../features/region/section';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { sourcesSection } from '../features/sources/section';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { printClass, type SectionRecord } from '../ui/section';
import { useRevealCount } from '../ui/useRevealCount';
import { reloadIfSafe, reloadPage } from './unsavedWork';

export interface BelowTheFoldProps {
  view: CountryView;
  activeImportId: string | null;
}

const reloadForUpdate: ReloadForUpdate = (force) => {
  if (!force) return reloadIfSafe();
  reloadPage();
  return { reloaded: true, wouldLose: [] };
};

type Panel = { section: SectionRecord; render: (props: BelowTheFoldProps) => ReactNode };

/** The sections below the first view, each its feature's record and its panel, in page order (as src/app/sections.ts lists them). */
const PANELS: readonly Panel[] = [
  { section: editionsSection, render: ({ view }) => <EditionsPanel view={view} /> },
  { section: comparisonSection, render: ({ view }) => <ComparisonPanel dataset={view.dataset} country={view.country} filters={view.filters} /> },
  { section: regionSection, render: ({ view }) => <RegionPanel view={view} /> },
  { section: activitySection, render: ({ view, activeImportId }) => <ActivityPanel country={view.country} filters={view.filters} imported={activeImportId !== null} /> },
  { section: sourcesSection, render: ({ view }) => <SourcesPanel country={view.country} dataset={view.dataset} /> },
  { section: datasetsSection, render: ({ view, activeImportId }) => <DatasetsPanel dataset={view.dataset} activeImportId={activeImportId} reloadForUpdate={reloadForUpdate} /> },
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
      {PANELS.slice(0, shown).map(({ section, render }) => {
        const panel = <ErrorBoundary what={section.what}>{render(props)}</ErrorBoundary>;
        // A section that does not print is kept off paper by its record, not by a rule of its own.
        const off = printClass(section);
        return off ? (
          <div key={section.id} className={off}>
            {panel}
          </div>
        ) : (
          <Fragment key={section.id}>{panel}</Fragment>
        );
      })}
    </>
  );
}
