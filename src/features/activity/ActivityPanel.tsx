import { useId, useState } from 'react';
import { SectionHeading } from '../../ui/SectionHeading';
import { ACTIVITY_SORTS, activityView, type ActivitySort } from '../../data/selectors/activityView';
import { AGENCIES } from '../../data/model/agencies';
import type { Country } from '../../data/model/schema';
import type { ViewFilters } from '../../data/selectors/viewFilters';
import { formatPeriod, formatResultValue } from '../../lib/format';
import { CoverageNote } from '../../ui/CoverageNote';
import { useFilterStore } from '../../filters/filterStore';
import { TextWithTerms } from '../../ui/TextWithTerms';
import { activitySection } from './section';

function isSort(value: string): value is ActivitySort {
  return value in ACTIVITY_SORTS;
}

export function ActivityPanel({ country, filters, imported }: { country: Country; filters: ViewFilters; imported: boolean }) {
  // The search and the order are in the address, so a shared link opens on the same list.
  const query = useFilterStore((s) => s.search) ?? '';
  const sort = useFilterStore((s) => s.sort) ?? 'newest';
  const setQuery = useFilterStore((s) => s.searchChanged);
  const setSort = useFilterStore((s) => s.sortSelected);
  const [downloadStatus, setDownloadStatus] = useState('');
  const searchId = useId();
  const sortId = useId();
  const view = activityView(country, filters, query, sort);
  const count = view.entries.length;

  return (
    <section className="panel" aria-labelledby={activitySection.id}>
      <SectionHeading section={activitySection} />
      <p className="panel__intro">
        Who did the work, with whose funding, and what it produced. Activity years are calendar years.
        {country.partnersComplete ? null : ' The report\u2019s page names only some of the partners for this country.'}
      </p>
      <CoverageNote country={country} imported={imported} />
      {country.activities.length === 0 ? (
        <p className="empty">
          {country.narrativeIncluded
            ? `The ${country.coverage?.status === 'partial' ? 'stored part of the page' : 'page'} describes no partner activity for ${country.name}.`
            : ''}
          {country.partners.length > 0
            ? ` Partners named on the page: ${country.partners.join(', ')}${country.partnersComplete ? '.' : ' (a partial list).'}`
            : ' The page names no partners.'}
        </p>
      ) : (
        <>
          <div className="activity__controls">
            <div className="field">
              <label htmlFor={searchId}>Search partner activity</label>
              <input
                id={searchId}
                type="search"
                value={query}
                placeholder="Partner, agency or work, e.g. armories"
                onChange={(e) => {
                  setQuery(e.target.value);
                }}
              />
            </div>
            <div className="field">
              <label htmlFor={sortId}>Sort</label>
              <select
                id={sortId}
                value={sort}
                onChange={(e) => {
                  if (isSort(e.target.value)) setSort(e.target.value);
                }}
              >
                {Object.entries(ACTIVITY_SORTS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="activity__count" role="status">
            {count === view.inFilters
              ? `${count} ${count === 1 ? 'activity' : 'activities'}`
              : `${count} of ${view.inFilters} activities match “${query.trim()}”`}
          </p>
          {count > 0 ? (
            <div className="results__download">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  import('./activityCsv').then(
                    (m) => {
                      setDownloadStatus(`Downloaded ${m.downloadActivityCsv(country, view.entries, filters)}.`);
                    },
                    (error: unknown) => {
                      setDownloadStatus(`The partner activity could not be downloaded (${error instanceof Error ? error.message : String(error)}). Try again.`);
                    },
                  );
                }}
              >
                Download partner activity (CSV){count === view.inFilters ? '' : `: the ${count} shown`}
              </button>
              <span className="export__status" role="status">
                {downloadStatus}
              </span>
            </div>
          ) : null}
          {count === 0 ? (
            <div className="empty">
              <p>
                {view.inFilters === 0
                  ? 'No partner activity falls within the selected years and agencies.'
                  : `No partner activity matches “${query.trim()}” under the current filters.`}
              </p>
              {query ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setQuery('');
                  }}
                >
                  Clear search
                </button>
              ) : null}
            </div>
          ) : (
            <ul className="activities">
              {view.entries.map(({ activity, results, periodMatch, agencyMatch }) => (
                <li key={activity.id} className="activity">
                  <h3 className="activity__partner">{activity.partner ? <TextWithTerms text={activity.partner} /> : 'Partner not named'}</h3>
                  <dl className="activity__meta">
                    <div>
                      <dt>Funded by</dt>
                      <dd>
                        {activity.agency ? AGENCIES[activity.agency].name : 'U.S. government'}
                        {agencyMatch === 'partly' ? <span className="flag"> line not stated</span> : null}
                      </dd>
                    </div>
                    <div>
                      <dt>When</dt>
                      <dd>
                        {formatPeriod(activity.period)}
                        {activity.period.note ? ` (${activity.period.note})` : ''}
                        {periodMatch === 'partly' ? <span className="flag"> spans years outside the filter</span> : null}
                      </dd>
                    </div>
                  </dl>
                  <p className="activity__summary">
                    <TextWithTerms text={activity.summary} />
                  </p>
                  {results.length > 0 ? (
                    <>
                      <p className="activity__produced">What it produced</p>
                      <ul className="activity__results">
                        {results.map((r) => (
                          <li key={r.id}>
                            <strong>{formatResultValue(r)}</strong> <TextWithTerms text={r.label} linkFirstOnly={false} />
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
