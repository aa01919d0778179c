import { Fragment, useEffect, useMemo, useRef, type ReactNode } from 'react';
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
import { TrendPanel } from '../features/trend/TrendPanel';
import { trendSection } from '../features/trend/section';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { printClass, type SectionRecord } from '../ui/section';
import { useRevealCount } from '../ui/useRevealCount';
import { reloadIfSafe, reloadPage } from './unsavedWork';
import { useFilterStore } from '../filters/filterStore';
import { usePrinting } from '../ui/printing';
import { SectionHeading, SectionToggleContext } from '../ui/SectionHeading';
import { focusHeading } from '../ui/focusHeading';
import { CLOSED_SECTION_KEYS, COUNTRY_SECTIONS, MORE_ID, sectionOpenedBy } from './sections';

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
  { section: comparisonSection, render: ({ view }) => <ComparisonPanel dataset={view.dataset} country={view.country} filters={view.filters} /> },
  { section: activitySection, render: ({ view, activeImportId }) => <ActivityPanel country={view.country} filters={view.filters} imported={activeImportId !== null} /> },
  { section: trendSection, render: ({ view }) => <TrendPanel view={view} /> },
  { section: editionsSection, render: ({ view }) => <EditionsPanel view={view} /> },
  { section: regionSection, render: ({ view }) => <RegionPanel view={view} /> },
  { section: sourcesSection, render: ({ view }) => <SourcesPanel country={view.country} dataset={view.dataset} /> },
  { section: datasetsSection, render: ({ view, activeImportId }) => <DatasetsPanel dataset={view.dataset} activeImportId={activeImportId} reloadForUpdate={reloadForUpdate} /> },
];

const openSection = (key: string) => {
  useFilterStore.getState().sectionToggled(key, true, CLOSED_SECTION_KEYS);
};

/**
 * Opens the section a link points into (`#editions-heading`, `#glossary`): on arrival, on a click of such a
 * link anywhere on the page, and when the fragment changes; then brings its heading to the screen.
 */
function useOpenedByLinks() {
  // The heading to bring to the screen once it is there (its panel may take a frame or two to appear).
  const target = useRef<string | null>(null);
  useEffect(() => {
    const follow = (hash: string) => {
      const id = decodeURIComponent(hash.replace(/^#/, ''));
      const key = sectionOpenedBy(id);
      if (key !== null) openSection(key);
      // A section opened now, or a heading of this page not drawn yet (the link was followed before these panels
      // loaded): brought to the screen once it is there.
      if (key !== null || ((id === MORE_ID || COUNTRY_SECTIONS.some((s) => s.id === id)) && !document.getElementById(id))) target.current = id;
    };
    follow(window.location.hash);
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (link) follow(link.getAttribute('href') ?? '');
    };
    const onHashChange = () => {
      follow(window.location.hash);
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
  useEffect(() => {
    if (target.current === null) return;
    const heading = document.getElementById(target.current);
    if (!heading) return;
    target.current = null;
    focusHeading(heading);
  });
}

/** A section one step away: its heading opens and closes it, and while closed one line says what it holds. */
function OneStepAway({ section, closed, open, children }: { section: SectionRecord; closed: NonNullable<SectionRecord['closed']>; open: boolean; children: ReactNode }) {
  const { key } = closed;
  // Opening or closing swaps the closed line for the panel: the heading's button is then a new one, and
  // the keyboard is put back on it.
  const refocus = useRef(false);
  const toggle = useMemo(
    () => ({
      open,
      toggle: () => {
        refocus.current = true;
        useFilterStore.getState().sectionToggled(key, !open, CLOSED_SECTION_KEYS);
      },
    }),
    [key, open],
  );
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    document.getElementById(section.id)?.querySelector('button')?.focus();
  }, [open, section.id]);
  return (
    <SectionToggleContext.Provider value={toggle}>
      {open ? (
        children
      ) : (
        <section className="panel panel--closed" aria-labelledby={section.id}>
          <SectionHeading section={section} />
          <p className="panel__intro">{closed.holds}</p>
        </section>
      )}
    </SectionToggleContext.Provider>
  );
}

/**
 * The panels below the first view, each behind its own error boundary. A
 * chunk of its own (src/app/Dashboard.tsx loads it once it is wanted: the
 * reader's first move, or a scroll near it), so the first view loads less. They appear one per frame, so that
 * laying them out is several short tasks rather than one long one. The
 * sections one step away are closed until opened; on paper they are all there.
 */
export default function BelowTheFold(props: BelowTheFoldProps) {
  const shown = useRevealCount(PANELS.length);
  const opened = useFilterStore((s) => s.open);
  const printing = usePrinting();
  useOpenedByLinks();
  const panel = ({ section, render }: Panel) => {
    const boundary = <ErrorBoundary what={section.what}>{render(props)}</ErrorBoundary>;
    const content = section.closed ? (
      <OneStepAway section={section} closed={section.closed} open={printing || opened.includes(section.closed.key)}>
        {boundary}
      </OneStepAway>
    ) : (
      boundary
    );
    // A section that does not print is kept off paper by its record, not by a rule of its own.
    const off = printClass(section);
    return off ? (
      <div key={section.id} className={off}>
        {content}
      </div>
    ) : (
      <Fragment key={section.id}>{content}</Fragment>
    );
  };
  const visible = PANELS.slice(0, shown);
  const always = visible.filter((p) => !p.section.closed);
  const oneStep = visible.filter((p) => p.section.closed);
  return (
    <>
      {always.map(panel)}
      {oneStep.length > 0 ? (
        <section className="more" aria-labelledby={MORE_ID}>
          <h2 id={MORE_ID} className="more__heading">
            More about <bdi>{props.view.country.name}</bdi>
          </h2>
          {oneStep.map(panel)}
        </section>
      ) : null}
    </>
  );
}
