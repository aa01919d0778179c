import { compareNames } from '../../lib/compareText';
import { ChoiceSelect } from '../../ui/ChoiceSelect';
import { SortButton } from '../../ui/SortButton';
import { memo, useCallback, useDeferredValue, useMemo, useState, type MouseEvent } from 'react';
import { AGENCIES } from '../../data/model/agencies';
import { LINE_AGENCY, LINE_IDS, LINE_NAMES, lineNames } from '../../data/model/lines';
import type { Dataset } from '../../data/model/schema';
import { seriesFiscalYears } from '../../data/selectors/acrossEditions';
import { DEFAULT_TOP, measureOf, measureParam, RANKING_TOPS, rankCountries, rankingShareBases, regionsOf, type RankedCountry, type RankingTop } from '../../data/selectors/ranking';
import { countryShare, type ShareBases } from '../../data/selectors/shares';
import { DEFAULT_SELECTION, toggleInSelection, toggleYear, useFilterStore, type FilterSelection } from '../../filters/filterStore';
import { formatDollarsFromThousands, formatFiscalYears, formatShare, formatThousands, fiscalYearLabel } from '../../lib/format';
import { ChartFrame } from '../../ui/ChartFrame';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { ExportMenu } from '../../ui/ExportMenu';
import { rankedHeight } from '../../figures/screen/rankedLayout';
import { linesInWords, MAX_RANKED_SHOWN, measureLabel, rankingChart, rankText, shareWholes } from './rankingChart';
import { isPreset, LINE_PRESETS } from './linePresets';
import { RegionTotalsPanel } from './RegionTotalsPanel';
import { MapSection } from './MapSection';
import { useYearPlayback } from './useYearPlayback';
import { YearControl } from './YearControl';

type SortKey = 'rank' | 'name' | 'region';

/** The address of a selection, from the page shell (which owns the URL format). */
export type HrefFor = (selection: FilterSelection) => string;

/** A link to a country's page that the app opens in place (and a new tab can open too). */
function CountryLink({ id, name, href }: { id: string; name: string; href: string }) {
  const countryOpened = useFilterStore((s) => s.countryOpened);
  const open = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    countryOpened(id);
    window.scrollTo(0, 0);
  };
  return (
    <a href={href} onClick={open}>
      <bdi>{name}</bdi>
    </a>
  );
}

function sortRows(rows: readonly RankedCountry[], key: SortKey, ascending: boolean): RankedCountry[] {
  // Rows come in rank order and the sort is stable: within a region, countries keep their rank order.
  const order = [...rows];
  if (key === 'name') order.sort((a, b) => compareNames(a.country.name, b.country.name));
  if (key === 'region') order.sort((a, b) => compareNames(a.country.region, b.country.region));
  if (!ascending) order.reverse();
  return order;
}

/** What the ranking's shares are of, in words, just above the table: the wholes, and that they are calculated. */
function SharesNote({ id, wholes }: { id: string; wholes: { total: string; region: string } }) {
  return (
    <p id={id} className="table-note">
      Share of total is of {wholes.total}; share of region is of {wholes.region}. Both are calculated from the country tables, which the report
      never adds up; percentages are rounded to one decimal.
    </p>
  );
}

const RankingTable = memo(function RankingTable({
  rows,
  label,
  hrefFor,
  shares,
  describedBy,
}: {
  rows: readonly RankedCountry[];
  label: string;
  hrefFor: HrefFor;
  /** The wholes of the shares beside each figure. */
  shares: ShareBases;
  /** The note that names them. */
  describedBy: string;
}) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'rank', ascending: true });
  const shown = useMemo(() => sortRows(rows, sort.key, sort.ascending).slice(0, MAX_RANKED_SHOWN), [rows, sort]);
  const onSort = (key: SortKey) => {
    setSort((s) => (s.key === key ? { key, ascending: !s.ascending } : { key, ascending: true }));
  };
  // Only what a country link's address carries: the table does not redraw for other changes.
  const datasetId = useFilterStore((s) => s.datasetId);
  const years = useFilterStore((s) => s.years);
  const lines = useFilterStore((s) => s.lines);
  const hrefOf = (id: string) => hrefFor({ ...DEFAULT_SELECTION, datasetId, years, lines, country: id });
  const ariaSort = (column: SortKey) => (sort.key === column ? (sort.ascending ? 'ascending' : 'descending') : undefined);
  return (
    <div className="table-scroll" role="region" aria-label="Ranking table" tabIndex={0}>
      <table className="data-table ranking-table" aria-describedby={describedBy}>
        <caption>
          Every country ranked by {label}. Sort by a column with its button; each name opens that country.
          {rows.length > shown.length
            ? ` Showing ${shown.length} of ${rows.length.toLocaleString('en-US')} countries: choose a region to narrow the list, or download the CSV for every one.`
            : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('rank')}>
              <SortButton label="Rank" column="rank" sort={sort} onSort={onSort} />
            </th>
            <th scope="col" aria-sort={ariaSort('name')}>
              <SortButton label="Country" column="name" sort={sort} onSort={onSort} />
            </th>
            <th scope="col" className="num" aria-sort={ariaSort('rank')}>
              {label} (USD thousands)
            </th>
            <th scope="col" className="num">
              Share of total
            </th>
            <th scope="col" aria-sort={ariaSort('region')}>
              <SortButton label="Region" column="region" sort={sort} onSort={onSort} />
            </th>
            <th scope="col" className="num">
              Share of region
            </th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.country.id}>
              <td>
                {rankText(row)}
                {row.tied ? <span className="visually-hidden"> (tied)</span> : null}
              </td>
              <th scope="row">
                <CountryLink id={row.country.id} name={row.country.name} href={hrefOf(row.country.id)} />
              </th>
              <td className="num">
                {row.value === null ? (
                  <span className="not-reported">not reported</span>
                ) : (
                  <>
                    {formatThousands(row.value)} <span className="visually-hidden">({formatDollarsFromThousands(row.value)})</span>
                  </>
                )}
              </td>
              <td className="num">{formatShare(countryShare(row, shares).ofTotal)}</td>
              <td>{row.country.region}</td>
              <td className="num">{formatShare(countryShare(row, shares).ofRegion)}</td>
              <td>
                {[
                  row.yearsNotReported.length > 0 && row.value !== null ? `no figure for ${row.yearsNotReported.map((y) => fiscalYearLabel(y)).join(', ')}` : '',
                  row.missingLines.length > 0 ? `no ${lineNames(row.missingLines)} row` : '',
                  row.flagged ? 'printed total differs from rows' : '',
                ]
                  .filter(Boolean)
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/**
 * The whole edition at once (?view=overview): every country ranked for a measure and the lines chosen,
 * optionally one region, as sorted bars and a sortable table; then the totals by region the report never
 * adds up, and a map. Every figure comes from the country tables through the same views as each
 * country's page. Loaded on demand.
 */
export default function OverviewPage({ dataset, hrefFor }: { dataset: Dataset; hrefFor: HrefFor }) {
  const selection = useFilterStore();
  const { measureSelected, regionSelected, topSelected, yearsSelected, linesSelected } = selection;
  const offered = useMemo(() => seriesFiscalYears(dataset), [dataset]);
  const regions = useMemo(() => regionsOf(dataset), [dataset]);
  const measureKey = selection.measure;
  const yearsKey = (selection.years ? offered.filter((y) => selection.years?.includes(y)) : dataset.fiscalYears).join(',');
  const lines = selection.lines;
  const region = selection.region;
  // Outlined only when the officer chose it (the address named it, or they picked or opened it): not the page's default.
  const currentCountry = selection.countryChosen ? selection.country : null;
  const top = selection.top ?? DEFAULT_TOP;
  const throughYear = dataset.fiscalYears.at(-1);
  // The controls answer at once; the ranking, its chart and the map follow in a deferred render, so a change
  // of measure paints its control without waiting for every bar and country (marked busy meanwhile).
  const deferredMeasureKey = useDeferredValue(measureKey);
  const deferredYearsKey = useDeferredValue(yearsKey);
  const deferredLines = useDeferredValue(lines);
  const deferredRegion = useDeferredValue(region);
  const deferredCountry = useDeferredValue(currentCountry);
  const deferredTop = useDeferredValue(top);
  const updating = deferredMeasureKey !== measureKey || deferredYearsKey !== yearsKey || deferredLines !== lines || deferredRegion !== region || deferredTop !== top;
  const { rows, chart, measure, years, shares } = useMemo(() => {
    const m = measureOf(deferredMeasureKey, dataset.fiscalYears);
    const ys = deferredYearsKey.split(',').map(Number);
    const ranked = rankCountries(dataset, offered, { measure: m, years: ys, lines: deferredLines, region: deferredRegion });
    const bases = rankingShareBases(dataset, offered, { measure: m, years: ys, lines: deferredLines });
    return {
      rows: ranked,
      measure: m,
      years: ys,
      shares: bases,
      chart: rankingChart(ranked, {
        measure: m,
        years: ys,
        lines: deferredLines,
        region: deferredRegion,
        currentCountryId: deferredCountry,
        top: deferredTop,
        throughYear,
        shares: bases,
        source: dataset.source,
      }),
    };
  }, [dataset, offered, deferredMeasureKey, deferredYearsKey, deferredLines, deferredRegion, deferredCountry, deferredTop, throughYear]);
  const funded = rows.filter((r) => r.value !== null && r.value > 0).length;
  const label = measureLabel(measure, years);
  const currentMeasure = measureOf(measureKey, dataset.fiscalYears);
  const current = measureParam(currentMeasure);
  const chosenYears = yearsKey.split(',').map(Number);
  // The year slider (in the controls and on the map) and its Play button: one run for both.
  const chosenYear = currentMeasure.kind === 'year' ? currentMeasure.fiscalYear : null;
  const selectYear = useCallback(
    (year: number) => {
      measureSelected(`fy${year}`);
    },
    [measureSelected],
  );
  const playback = useYearPlayback(offered, chosenYear, selectYear);
  const yearControl = (className?: string) => <YearControl years={offered} year={chosenYear} onYear={selectYear} playback={playback} className={className} />;

  return (
    <>
      <section className="panel" aria-labelledby="overview-heading" aria-busy={updating || undefined}>
        <div className="panel__head">
          <h2 id="overview-heading">Every country ranked</h2>
          <ExportMenu chart={chart} chartName="ranking chart" />
        </div>
        <div className="filters overview-controls" role="group" aria-label="What to rank by">
          <label className="field">
            <span>Measure</span>
            <select
              value={chosenYear === null ? current : 'year'}
              onChange={(e) => {
                const latest = offered.at(-1);
                measureSelected(e.target.value === 'year' ? (latest === undefined ? null : `fy${latest}`) : e.target.value);
              }}
            >
              <option value="year">One fiscal year</option>
              <option value="sum">Sum of the chosen fiscal years</option>
              <option value="cumulative">Cumulative, as each table prints it</option>
            </select>
          </label>
          {yearControl()}
          <ChoiceSelect label="Region" every="Every region" value={region} choices={regions.map((r) => ({ value: r, label: r }))} onChange={regionSelected} />
          <label className="field">
            <span>Chart shows</span>
            <select
              value={String(top)}
              onChange={(e) => {
                const chosen = RANKING_TOPS.find((t) => String(t) === e.target.value) ?? DEFAULT_TOP;
                topSelected(chosen === DEFAULT_TOP ? null : chosen);
              }}
            >
              {RANKING_TOPS.map((t: RankingTop) => (
                <option key={t} value={String(t)}>
                  {t === 'all' ? `All with funding (${funded})` : `Top ${t}`}
                </option>
              ))}
            </select>
          </label>
          {current === 'sum' ? (
            <fieldset className="filters__group">
              <legend>Fiscal years added</legend>
              {offered.map((year) => {
                const checked = chosenYears.includes(year);
                return (
                  <label key={year} className="check">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={checked && chosenYears.length === 1}
                      onChange={() => {
                        yearsSelected(toggleYear(selection.years, year, offered, dataset.fiscalYears));
                      }}
                    />
                    {fiscalYearLabel(year)}
                  </label>
                );
              })}
            </fieldset>
          ) : null}
          <fieldset className="filters__group">
            <legend>Funding lines</legend>
            <div className="line-presets">
              {LINE_PRESETS.map((preset) => (
                <button
                  key={preset.label}
                  type="button"
                  className="button button--toggle"
                  aria-pressed={isPreset(preset.lines, lines)}
                  onClick={() => {
                    linesSelected(preset.lines);
                  }}
                >
                  {preset.label}
                </button>
              ))}
            </div>
            {LINE_IDS.map((line) => {
              const checked = lines === null || lines.includes(line);
              return (
                <label key={line} className="check" title={`${AGENCIES[LINE_AGENCY[line]].name}: ${LINE_NAMES[line]}`}>
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={checked && lines !== null && lines.length === 1}
                    onChange={() => {
                      linesSelected(toggleInSelection(lines, line, LINE_IDS));
                    }}
                  />
                  {LINE_NAMES[line]}
                </label>
              );
            })}
          </fieldset>
          <p className="filters__status" role="status">
            Ranking {rows.length} {rows.length === 1 ? 'country' : 'countries'} · {label} · {linesInWords(deferredLines)}
            {deferredRegion ? ` · ${deferredRegion}` : ''}
          </p>
        </div>
        <p className="panel__intro">
          {measure.kind === 'sum'
            ? `Each country's figures for ${formatFiscalYears(years)} added together: a calculated sum, not one the report prints.`
            : measure.kind === 'cumulative'
              ? "Each table's cumulative, which runs from the country's first year of U.S. funding; it is not the sum of the years shown."
              : `Each country's funding in ${fiscalYearLabel(measure.fiscalYear)}, from the latest edition that prints it.`}{' '}
          With every line chosen, each country counts every row of its own table.
        </p>
        <ErrorBoundary what="The ranking chart">
          <ChartFrame chart={chart} height={rankedHeight(chart.categories.length)} name="The ranking chart" />
        </ErrorBoundary>
        {chart.notes.length > 0 ? (
          <ul className="notes" aria-label="Notes on the ranking chart">
            {chart.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
        <SharesNote id="ranking-shares-note" wholes={shareWholes(shares, { measure, years, lines: deferredLines, region: deferredRegion })} />
        <RankingTable rows={rows} label={label} hrefFor={hrefFor} shares={shares} describedBy="ranking-shares-note" />
      </section>
      <ErrorBoundary what="The map">
        <MapSection
          dataset={dataset}
          offered={offered}
          rows={rows}
          measure={measure}
          years={years}
          lines={deferredLines}
          region={deferredRegion}
          label={`${label}, ${linesInWords(deferredLines)}`}
          yearControl={yearControl('year-control--map')}
        />
      </ErrorBoundary>
      <ErrorBoundary what="The totals by region">
        <RegionTotalsPanel dataset={dataset} offered={offered} lines={deferredLines} measure={measure} />
      </ErrorBoundary>
    </>
  );
}
