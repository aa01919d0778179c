import { YearColumns } from '../../ui/tableParts';
import { SectionHeading } from '../../ui/SectionHeading';
import { memo, useId, useMemo, useState } from 'react';
import { comparisonView, defaultComparison, defaultPeers, MAX_COMPARED, peerSet } from '../../data/selectors/comparison';
import type { Country, Dataset } from '../../data/model/schema';
import type { ViewFilters } from '../../data/selectors/viewFilters';
import { useFilterStore } from '../../filters/filterStore';
import { linesLabel } from '../../ui/linesLabel';
import { ChartFrame } from '../../ui/ChartFrame';
import { ExportMenu } from '../../ui/ExportMenu';
import { formatThousands, fiscalYearLabel, namesThenMore } from '../../lib/format';
import { countryColour } from '../../ui/palette';
import { comparisonByYearChart, comparisonCumulativeChart, MAX_GROUPED, MAX_LINES } from './comparisonCharts';
import { rankedHeight } from '../../figures/screen/rankedLayout';
import { Swatch } from '../../figures/screen/Swatch';
import { linePlotter } from '../../figures/screen/linePlotter';
import { comparisonSection } from './section';

/** A line per country reads in less height than side-by-side bars, which carry a label on every bar. */
const LINES_HEIGHT = 260;

/** A list of names in a sentence: at most ten, then how many more. */
const namesShort = (names: readonly string[]) => namesThenMore(names, 10);

/** Past this many countries the chooser asks for a name and draws only the matches (and those chosen). */
export const MAX_CHOICES_SHOWN = 200;

/**
 * Which countries to compare: checkboxes grouped by region, drawn only while
 * the chooser is open. Memoised: filter changes do not touch it. A dataset of
 * thousands of countries gets a search box instead of thousands of boxes.
 */
const ComparisonPicker = memo(function ComparisonPicker({ dataset, country, selected }: { dataset: Dataset; country: Country; selected: readonly string[] }) {
  const comparisonSelected = useFilterStore((s) => s.comparisonSelected);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const defaults = defaultComparison(dataset, country.id);
  const full = selected.length >= MAX_COMPARED;
  const candidates = open ? dataset.countries.filter((c) => c.id !== country.id) : [];
  const many = dataset.countries.length - 1 > MAX_CHOICES_SHOWN;
  const q = query.trim().toLowerCase();
  const matching = many ? candidates.filter((c) => selected.includes(c.id) || (q !== '' && c.name.toLowerCase().includes(q))) : candidates;
  const shown = matching.slice(0, MAX_CHOICES_SHOWN);
  const regions = [...new Set(shown.map((c) => c.region))].sort();
  return (
    <details
      className="compare-picker"
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
      }}
    >
      <summary>
        Choose countries to compare ({selected.length} of {dataset.countries.length - 1} chosen)
      </summary>
      <p className="compare-picker__hint">
        Up to {MAX_COMPARED} countries. Past {MAX_GROUPED}, the chart by fiscal year draws a line per country, and past {MAX_LINES} a small panel
        per country, all to one scale. To rank every country, use the overview (All countries,
        at the top of the page).
      </p>
      {open && many ? (
        <div className="compare-picker__search">
          <label htmlFor={searchId}>Find a country ({(dataset.countries.length - 1).toLocaleString('en-US')} in this dataset)</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
            }}
          />
          <p role="status">
            {q === ''
              ? 'Type part of a name to list matching countries.'
              : matching.length > shown.length
                ? `Showing ${shown.length} of ${matching.length.toLocaleString('en-US')} matches: type more to narrow.`
                : `${matching.length.toLocaleString('en-US')} ${matching.length === 1 ? 'match' : 'matches'}.`}
          </p>
        </div>
      ) : null}
      {open ? (
        <div className="compare-picker__groups">
          {regions.map((region) => (
            <fieldset key={region} className="compare-picker__region">
              <legend>{region}</legend>
              {shown
                .filter((c) => c.region === region)
                .map((c) => {
                  const checked = selected.includes(c.id);
                  return (
                    <label key={c.id} className="compare-picker__option">
                      <input
                        type="checkbox"
                        checked={checked}
                        disabled={!checked && full}
                        onChange={() => {
                          comparisonSelected(checked ? selected.filter((id) => id !== c.id) : [...selected, c.id]);
                        }}
                      />
                      <bdi>{c.name}</bdi>
                    </label>
                  );
                })}
            </fieldset>
          ))}
        </div>
      ) : null}
      <div className="compare-picker__actions">
        {defaults.length > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              comparisonSelected(null);
            }}
          >
            Use the default ({defaultPeers(dataset, country.id).basis?.name ?? 'none'})
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          disabled={selected.length === 0}
          onClick={() => {
            comparisonSelected([]);
          }}
        >
          Clear
        </button>
      </div>
    </details>
  );
});

export function ComparisonPanel({ dataset, country, filters }: { dataset: Dataset; country: Country; filters: ViewFilters }) {
  const compare = useFilterStore((s) => s.compare);
  const selected = useMemo(() => compare ?? defaultComparison(dataset, country.id), [compare, dataset, country.id]);
  const compared = comparisonView(dataset, [country.id, ...selected], filters);
  // Who the others are (the report's group, the region's countries, or a mix), for the charts' titles.
  const peers = peerSet(dataset, country.id, selected);
  const byYear = comparisonByYearChart(compared, filters, dataset.source, peers);
  const cumulative = comparisonCumulativeChart(compared, filters, dataset.fiscalYears, dataset.source, peers);
  const defaults = useMemo(() => defaultPeers(dataset, country.id), [dataset, country.id]);
  const last = dataset.fiscalYears[dataset.fiscalYears.length - 1] ?? 0;

  return (
    <section className="panel" aria-labelledby={comparisonSection.id}>
      <SectionHeading section={comparisonSection} />
      <p className="panel__intro">
        {country.name} beside other countries of the edition, under the same fiscal years and funding lines ({linesLabel(filters)}).
        {compare === null && defaults.basis
          ? defaults.basis.kind === 'group'
            ? ` Shown by default: the other members of the ${defaults.basis.name}, a group the report names.`
            : ` Shown by default: the other countries of ${defaults.basis.name} with a table in this edition (the report names no group for ${country.name}).`
          : ''}
      </p>
      {compare === null && (defaults.leftOut.length > 0 || defaults.withoutTable.length > 0) ? (
        <ul className="notes">
          {defaults.leftOut.length > 0 ? (
            <li>
              Not shown, as at most {MAX_COMPARED} countries are compared here: {namesShort(defaults.leftOut)}. The overview (All countries)
              ranks every country.
            </li>
          ) : null}
          {defaults.withoutTable.length > 0 ? (
            <li>
              Named in the {defaults.basis?.name} regional chart but without a country table, so not comparable here:{' '}
              {namesShort(defaults.withoutTable)}.
            </li>
          ) : null}
        </ul>
      ) : null}
      <ComparisonPicker dataset={dataset} country={country} selected={selected} />
      {selected.length === 0 ? (
        <p className="empty">No country is chosen to compare with {country.name}. Choose some above.</p>
      ) : (
        <>
          <div className="comparison__charts">
            <div className={byYear.multiples ? 'comparison__wide' : undefined}>
            <div className="panel__head panel__head--sub">
              {/* Past four countries, or with one year, the chart ranks: its heading says by what. */}
              <h3>{byYear.layout === 'ranked' ? `${byYear.series[0]?.name ?? ''}, highest first` : 'By fiscal year'}</h3>
              <ExportMenu chart={byYear} chartName="comparison by fiscal year" />
            </div>
            <ChartFrame chart={byYear} name="The comparison by fiscal year" height={byYear.layout === 'ranked' ? rankedHeight(byYear.categories.length) : byYear.layout === 'line' && !byYear.multiples ? LINES_HEIGHT : undefined} plotter={linePlotter} />
            </div>
            <div>
            <div className="panel__head panel__head--sub">
              <h3>Cumulative through {fiscalYearLabel(last)}</h3>
              <ExportMenu chart={cumulative} chartName="cumulative comparison" />
          </div>
          <ChartFrame chart={cumulative} name="The cumulative comparison" height={rankedHeight(cumulative.categories.length)} />
            </div>
          </div>
          {/* The cumulative chart's notes include the fiscal-year chart's (flags, agency scope). */}
          <ul className="notes">
            {cumulative.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Comparison table">
            <table className="data-table">
              <caption className="visually-hidden">Funding compared, U.S. dollars in thousands</caption>
              <thead>
                <tr>
                  <th scope="col">Country</th>
                  <YearColumns years={filters.years} />
                  <th scope="col" className="num">
                    Cumulative
                  </th>
                  <th scope="col">Since</th>
                </tr>
              </thead>
              <tbody>
                {compared.map((c, i) => (
                  <tr key={c.country.id}>
                    <th scope="row">
                      {byYear.layout === 'grouped' || (byYear.layout === 'line' && !byYear.multiples) ? <Swatch color={countryColour(i)} /> : null}
                      <bdi>{c.country.name}</bdi>
                      {c.mismatches.length > 0 ? <span className="flag"> printed total differs from rows</span> : null}
                      {c.missingLines.length > 0 ? <span className="flag"> no such line in its table</span> : null}
                    </th>
                    {filters.years.map((y) => (
                      <td key={y} className="num">
                        {c.byYear[y] === null || c.byYear[y] === undefined ? <span className="not-reported">not reported</span> : formatThousands(c.byYear[y])}
                      </td>
                    ))}
                    <td className="num">{formatThousands(c.cumulative)}</td>
                    <td>{c.country.cumulativeFrom ? fiscalYearLabel(c.country.cumulativeFrom) : 'not given'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
