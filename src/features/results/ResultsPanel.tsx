import { AGENCIES } from '../../data/agencies';
import type { Country, Result } from '../../data/schema';
import { resultsView, type ResultMark } from '../../data/resultsView';
import type { ViewFilters } from '../../data/viewFilters';
import { formatPeriod, formatResultValue } from '../../ui/format';
import { TextWithTerms } from '../../ui/TextWithTerms';

function markText(mark: ResultMark, result: Result): string | null {
  switch (mark) {
    case 'span-not-by-year':
      return `${formatPeriod(result.period)} total, not reported by year`;
    case 'all-agencies':
      return 'All U.S. agencies together, not reported by agency';
    case 'plain':
      return null;
  }
}

function ResultTile({ result, marks }: { result: Result; marks: ResultMark[] }) {
  const flags = marks.map((m) => markText(m, result)).filter((t): t is string => t !== null);
  return (
    <li className={`tile${flags.length > 0 ? ' tile--marked' : ''}`}>
      <h3 className="tile__heading">
        <span className="tile__value">{formatResultValue(result)}</span>{' '}
        <span className="tile__label">
          <TextWithTerms text={result.label} />
        </span>
      </h3>
      <dl className="tile__meta">
        <div>
          <dt>Period</dt>
          <dd>
            {formatPeriod(result.period)}
            {result.period.note ? <span className="tile__note"> ({result.period.note})</span> : null}
          </dd>
        </div>
        <div>
          <dt>Partner</dt>
          <dd>{result.partner ? <TextWithTerms text={result.partner} /> : 'Not applicable'}</dd>
        </div>
        <div>
          <dt>Funded by</dt>
          <dd>{result.agency ? AGENCIES[result.agency].name : 'All U.S. agencies'}</dd>
        </div>
      </dl>
      {flags.map((flag) => (
        <p key={flag} className="tile__flag">
          {flag}
        </p>
      ))}
    </li>
  );
}

function hiddenNote(hidden: ReturnType<typeof resultsView>['hidden']): string | null {
  const parts: string[] = [];
  const n = (count: number) => (count === 1 ? '1 result' : `${count} results`);
  if (hidden.byYear.length > 0) parts.push(`${n(hidden.byYear.length)} from years outside the filter`);
  if (hidden.byAgency.length > 0) parts.push(`${n(hidden.byAgency.length)} funded by agencies not selected`);
  return parts.length > 0 ? `Not shown: ${parts.join('; ')}.` : null;
}

export function ResultsPanel({ country, filters }: { country: Country; filters: ViewFilters }) {
  const view = resultsView(country, filters);
  const note = hiddenNote(view.hidden);
  return (
    <section className="panel" aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <p className="panel__intro">
        Results are reported by calendar year or span, as the report gives them. The year filter keeps a result whose years
        it covers; a multi-year figure that the filter cuts is shown whole and marked, never as one year's.
      </p>
      {!country.narrativeIncluded ? (
        <p className="empty">
          Results for {country.name} are not in this dataset: only the funding table of its page has been transcribed so far.
          {country.source ? (
            <>
              {' '}
              The{' '}
              <a href={country.source} rel="noreferrer noopener" target="_blank">
                country page
              </a>{' '}
              describes them.
            </>
          ) : null}
        </p>
      ) : country.results.length === 0 ? (
        <p className="empty">The report gives no results for {country.name}.</p>
      ) : view.tiles.length === 0 ? (
        <p className="empty">No result matches the current filters.</p>
      ) : (
        <ul className="tiles">
          {view.tiles.map(({ result, marks }) => (
            <ResultTile key={result.id} result={result} marks={marks} />
          ))}
        </ul>
      )}
      {note ? <p className="panel__note">{note}</p> : null}
    </section>
  );
}
