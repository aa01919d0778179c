import { trendSection } from '../features/trend/section';
import { stripUnsafe } from '../lib/safeText';
import { useEffect, useMemo } from 'react';
import type { LoadedDataset } from '../data/model/parseDataset';
import { regionalOnlyCountries } from '../data/model/countryNames';
import { offeredYearsOf, selectCountryView } from '../data/selectors/countryView';
import { checkInvestment } from '../data/selectors/investmentCheck';
import { FundingPanel } from '../features/funding/FundingPanel';
import { ResultsPanel } from '../features/results/ResultsPanel';
import { resultsSection } from '../features/results/section';
import { fundingSection } from '../features/funding/section';
import { glossarySection } from '../features/sources/section';
import { DEFAULT_COUNTRY, useFilterStore } from '../filters/filterStore';
import { WhenWanted } from '../ui/WhenWanted';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { FailureNotice } from '../ui/FailureNotice';
import { linesLabel } from '../ui/linesLabel';
import { formatFiscalYears, fiscalYearLabel } from '../lib/format';
import { useNoticeStore } from '../ui/noticeStore';
import { useLazyModule } from '../ui/useLazyModule';
import { ABOUT_DASHBOARD, reportTitle } from '../ui/sourceText';
import { ThemeSelect } from '../ui/ThemeSelect';
import type { BelowTheFoldProps } from './BelowTheFold';
import { FilterBar } from './FilterBar';
import { useUrlSync } from './useUrlSync';
import { ViewNav } from './ViewNav';
import { SiteSearch } from './SiteSearch';
import { PageTools } from './PageTools';
import { PrintStamp } from './PrintStamp';
import { SectionMenu } from './SectionMenu';
import { EmbeddedChart } from '../ui/EmbeddedChart';
import { fundingChart } from '../features/funding/fundingChartDescription';
import { HeadlineFunding } from '../features/funding/HeadlineFunding';
import { RestatementNote } from '../features/funding/RestatementNote';
import { editionsSection } from '../features/editions/section';
import { serializeFilterParams } from './urlState';

const loadBelowTheFold = () => import('./BelowTheFold');
const loadOverview = () => import('../features/overview/OverviewPage');
const loadAcross = () => import('../features/acrossResults/AcrossPage');
const loadRankingEmbed = () => import('../features/overview/RankingEmbed');

/** The ranking alone, for embedding: a small chunk of its own (not the overview's map and tables). */
function RankingEmbed({ dataset, fullViewHref, problems }: { dataset: LoadedDataset['dataset']; fullViewHref: string; problems: readonly string[] }) {
  const { module, failure, retry } = useLazyModule(loadRankingEmbed);
  if (failure !== null) return <FailureNotice title="The ranking could not be loaded." message={failure} onRetry={retry} />;
  if (module === null) return <p className="panel__note">Loading the ranking…</p>;
  return <module.default dataset={dataset} fullViewHref={fullViewHref} problems={problems} />;
}

/** The overview of every country: its own chunk, loaded only when it is asked for. */
function Overview({ dataset }: { dataset: LoadedDataset['dataset'] }) {
  const { module, failure, retry } = useLazyModule(loadOverview);
  if (failure !== null) return <FailureNotice title="The overview could not be loaded." message={failure} onRetry={retry} />;
  if (module === null) return <p className="panel__note">Loading the overview of every country…</p>;
  return <module.default dataset={dataset} hrefFor={serializeFilterParams} />;
}

/** Results across countries and the partners' pages: their own chunk, loaded only when asked for. */
function Across({ dataset, view }: { dataset: LoadedDataset['dataset']; view: 'results' | 'partner' }) {
  const { module, failure, retry } = useLazyModule(loadAcross);
  const what = view === 'results' ? 'The results across countries' : "The partners' pages";
  if (failure !== null) return <FailureNotice title={`${what} could not be loaded.`} message={failure} onRetry={retry} />;
  if (module === null) return <p className="panel__note">Loading {view === 'results' ? 'the results across countries' : 'the partners'}…</p>;
  return <module.default dataset={dataset} hrefFor={serializeFilterParams} view={view} />;
}

/** The panels below the first view: one chunk, loaded once they are wanted (the reader's first move, or a scroll near them). */
function PanelsBelow(props: BelowTheFoldProps) {
  const { module, failure, retry } = useLazyModule(loadBelowTheFold);
  if (failure !== null) {
    return <FailureNotice title="The comparison, regional context, partner activity and sources could not be loaded." message={failure} onRetry={retry} />;
  }
  if (module === null) return <p className="panel__note">Loading the comparison, regional context, partner activity and sources…</p>;
  return <module.default {...props} />;
}

interface Props {
  loaded: LoadedDataset;
  /** The imported dataset shown, or null for the bundled one. */
  activeImportId: string | null;
  /** Why the dataset asked for is not the one shown, if it is not. */
  datasetNotice: string | null;
}

export function Dashboard({ loaded, activeImportId, datasetNotice }: Props) {
  const { dataset, totalMismatches } = loaded;
  const { problems, dismissProblems } = useUrlSync(dataset);
  const notice = useNoticeStore((s) => s.notice);
  const noticeDismissed = useNoticeStore((s) => s.noticeDismissed);
  const countryId = useFilterStore((s) => s.country);
  const years = useFilterStore((s) => s.years);
  const lines = useFilterStore((s) => s.lines);
  const view = useFilterStore((s) => s.view);
  const embed = useFilterStore((s) => s.embed);
  const region = useFilterStore((s) => s.region);
  // One yes or no, so that opening a section or typing a search does not redraw the whole page for it.
  const belowAsked = useFilterStore((s) => s.open.length > 0 || s.compare !== null || s.search !== null || s.sort !== null);
  // Every view but the country's is across countries: no country heading, filters or brief.
  const across = view === 'results' || view === 'partner' ? view : null;
  const overview = view === 'overview' || across !== null;
  const viewTitle = across === 'results' ? 'Results across countries' : across === 'partner' ? 'Partners' : 'All countries';

  const country = dataset.countries.find((c) => c.id === countryId) ?? dataset.countries[0];
  const flagged = useMemo(
    () => new Set([...totalMismatches.map((m) => m.countryId), ...dataset.countries.filter((c) => checkInvestment(c)?.agrees === false).map((c) => c.id)]),
    [totalMismatches, dataset.countries],
  );
  const regionalOnly = useMemo(() => regionalOnlyCountries(dataset), [dataset]);
  const offeredYears = offeredYearsOf(dataset);
  useEffect(() => {
    if (country) document.title = stripUnsafe(`${overview ? viewTitle : country.name} · CWD dashboard · ${reportTitle(dataset.source)}`);
  }, [country, dataset.source, overview, viewTitle]);
  if (!country) return null;
  // The country in the view, worked out once for every panel (the same selection gives the same object).
  const countryView = selectCountryView(dataset, country, { years, lines });
  const { filters } = countryView;
  if (embed) {
    const fullViewHref = serializeFilterParams({ ...useFilterStore.getState(), embed: null });
    return (
      <ErrorBoundary what="The embedded chart">
        {embed === 'ranking' ? (
          <RankingEmbed dataset={dataset} fullViewHref={fullViewHref} problems={problems} />
        ) : (
          <EmbeddedChart chart={fundingChart(countryView)} fullViewHref={fullViewHref} problems={problems} />
        )}
      </ErrorBoundary>
    );
  }
  const investmentFlagged = checkInvestment(country)?.agrees === false;
  const countryMismatches = countryView.mismatches;
  const mismatchesShown = countryView.mismatchesShown.length > 0;
  const mismatchYears = countryMismatches.map((m) => (m.column === 'cumulative' ? 'the cumulative' : fiscalYearLabel(m.column))).join(', ');

  return (
    <>
      <header className="page-header">
        <div className="container">
          <p className="page-header__about">
            {ABOUT_DASHBOARD}
            {dataset.source.imported ? '' : ', figures as printed'}.
            {!overview && country.id === DEFAULT_COUNTRY ? ` Opens on ${country.name}; ${dataset.countries.length} countries to choose from.` : ''}
          </p>
          <div className="page-header__nav">
            <ViewNav countryName={country.name} />
            <SiteSearch dataset={dataset} />
          </div>
          <div className="page-header__title">
            <h1>
              {overview ? viewTitle : <bdi>{country.name}</bdi>}: <cite>{dataset.source.report}</cite>
              {dataset.source.edition ? `, ${dataset.source.edition} edition` : ''}
              {dataset.source.imported ? ' (imported)' : ''}
            </h1>
            <PageTools
              brief={overview ? null : countryView}
              embedTitle={across ? `${viewTitle} · ${reportTitle(dataset.source)}` : overview ? `Every country ranked · ${reportTitle(dataset.source)}` : `${country.name}: U.S. CWD funding by agency and fiscal year`}
            />
          </div>
          <PrintStamp
            view={
              across
                ? `${across === 'results' ? 'results across countries' : 'partners'}${across === 'results' && region ? ` in ${region}` : ''}`
                : overview
                ? `all countries${region ? ` in ${region}` : ''}, ranked, summed by region and mapped`
                : `${country.name} · ${formatFiscalYears(filters.years)} · ${linesLabel(filters)}`
            }
          />
          {overview ? null : <HeadlineFunding view={countryView} />}
          {overview ? null : <RestatementNote view={countryView} editionsId={editionsSection.id} />}
          {overview ? null : <SectionMenu countryName={country.name} />}
        </div>
      </header>
      <main id="main" className="container">
        {notice ? (
          <div className="alert alert--info" role="status">
            <p>{notice}</p>
            <button type="button" className="button button--secondary" onClick={noticeDismissed}>
              Dismiss
            </button>
          </div>
        ) : null}
        {datasetNotice ? (
          <div className="alert alert--info" role="status">
            <p>{datasetNotice}</p>
          </div>
        ) : null}
        {activeImportId ? (
          <div className="alert alert--info">
            <p>
              You are looking at an imported dataset, not the bundled report data. <a href="#datasets-heading">Manage datasets</a>.
            </p>
          </div>
        ) : null}
        {problems.length > 0 ? (
          <div className="alert alert--info" role="status">
            <p className="alert__title">Some settings in the link were not recognised and were left out.</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            <button type="button" className="button button--secondary" onClick={dismissProblems}>
              Dismiss
            </button>
          </div>
        ) : null}
        {across ? (
          <ErrorBoundary what={across === 'results' ? 'The results across countries' : "The partners' pages"}>
            <Across dataset={dataset} view={across} />
          </ErrorBoundary>
        ) : overview ? (
          <ErrorBoundary what="The overview">
            <Overview dataset={dataset} />
          </ErrorBoundary>
        ) : (
          <>
          <FilterBar
            countries={dataset.countries}
            regionalOnly={regionalOnly}
            countryId={country.id}
            flagged={flagged}
            fiscalYears={dataset.fiscalYears}
            offeredYears={offeredYears}
            lines={filters.available}
            filters={filters}
          />
          {countryMismatches.length > 0 ? (
            <div className="alert alert--warning" role="note">
              <p className="alert__title">Data-quality flag: {country.name}&apos;s printed total disagrees with its rows ({mismatchYears}).</p>
              <p>
                {mismatchesShown
                  ? 'Both figures are shown in the funding table below; the printed figure is kept as printed.'
                  : `The view shown leaves that out (the printed total appears with every funding line selected, in the years chosen): select ${mismatchYears} with all lines to see both figures. The printed figure is kept as printed.`}
              </p>
            </div>
          ) : null}
          {investmentFlagged ? (
            <div className="alert alert--warning" role="note">
              <p className="alert__title">Data-quality flag: {country.name}&apos;s page gives a total investment that the table&apos;s cumulative does not bear out.</p>
              <p>Both figures are shown beside the cumulative below, as printed.</p>
            </div>
          ) : null}
          <ErrorBoundary what={fundingSection.what}>
            <FundingPanel view={countryView} trendId={trendSection.id} />
          </ErrorBoundary>
          <ErrorBoundary what={resultsSection.what}>
            <ResultsPanel country={country} filters={filters} imported={activeImportId !== null} glossaryId={glossarySection.id} />
          </ErrorBoundary>
          <WhenWanted
            // The address asks for something below (a section opened, a comparison, a partner search): at once.
            now={belowAsked}
            missing="Printed before the rest of the page had loaded: the comparison, partner activity, editions, regional context and sources are not on this printout. Print again to include them."
          >
            <PanelsBelow view={countryView} activeImportId={activeImportId} />
          </WhenWanted>
          </>
        )}
      </main>
      <footer className="page-footer">
        <div className="container">
          Figures from <cite>{dataset.source.report}</cite>
          {dataset.source.edition ? ` (${dataset.source.edition})` : ''}
          {dataset.source.imported ? ', imported into this browser from a file' : ''}
          {dataset.source.publisher ? `, ${dataset.source.publisher}` : ''}. Summaries are this dashboard&apos;s own wording.
          <ThemeSelect />
        </div>
      </footer>
    </>
  );
}
