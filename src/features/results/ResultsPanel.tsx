import { useState } from 'react';
import { SectionHeading } from '../../ui/SectionHeading';
import { AGENCIES } from '../../data/model/agencies';
import type { ContextFigure, Country, Result } from '../../data/model/schema';
import { resultsView, type ResultMark } from '../../data/selectors/resultsView';
import type { ViewFilters } from '../../data/selectors/viewFilters';
import { CoverageNote } from '../../ui/CoverageNote';
import { formatPeriod, formatResultValue, printedWordsIfDifferent } from '../../lib/format';
import { TextWithTerms } from '../../ui/TextWithTerms';
import { resultsSection } from './section';

function markText(mark: ResultMark, result: Result): string | null {
  switch (mark) {
    case 'span-not-by-year':
      return `${formatPeriod(result.period)} total, not reported by year`;
    case 'all-agencies':
      return 'Credited to the U.S. government as a whole, not reported by agency or line';
    case 'line-not-stated':
      return `${result.agency ? AGENCIES[result.agency].short : 'The agency'} funding; the report does not say from which line`;
    case 'plain':
      return null;
  }
}

/** The period with the page's own wording beside it. */
function PeriodText({ period }: { period: Result['period'] }) {
  return (
    <>
      {formatPeriod(period)}
      {/* "in 2017" beside "2017" says nothing more. */}
      {period.note && period.note.toLowerCase() !== `in ${formatPeriod(period)}` ? <span className="tile__note"> ({period.note})</span> : null}
    </>
  );
}

function PrintedAs({ figure }: { figure: Result | ContextFigure }) {
  const printed = printedWordsIfDifferent(figure);
  return printed ? <p className="tile__printed">As printed: “{printed}”</p> : null;
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
      <PrintedAs figure={result} />
      <dl className="tile__meta">
        <div>
          <dt>Period</dt>
          <dd>
            <PeriodText period={result.period} />
          </dd>
        </div>
        {result.partner ? (
          <div>
            <dt>Partner</dt>
            <dd>
              <TextWithTerms text={result.partner} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Funded by</dt>
          {/* A result the page credits to no agency is the U.S. government's as a whole (its flag says so). */}
          <dd>{result.agency ? AGENCIES[result.agency].name : 'U.S. government'}</dd>
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
  if (hidden.byAgency.length > 0) parts.push(`${n(hidden.byAgency.length)} funded by lines not selected`);
  return parts.length > 0 ? `Not shown: ${parts.join('; ')}.` : null;
}

/** Figures about the situation the program works in: listed apart, never as results. */
function ContextFigures({ country }: { country: Country }) {
  if (country.context.length === 0) return null;
  return (
    <section className="context" aria-labelledby="context-heading">
      <h3 id="context-heading">Context: the situation the page describes</h3>
      <p className="panel__note">
        Casualties, contamination and other figures about the country, as the page gives them. They describe the problem, not
        what the program did, and the filters do not apply to them.
      </p>
      <ul className="context__list">
        {country.context.map((figure) => {
          const printed = printedWordsIfDifferent(figure);
          return (
            <li key={figure.id}>
              <strong>{formatResultValue(figure)}</strong> <TextWithTerms text={figure.label} linkFirstOnly={false} />{' '}
              <span className="context__period">
                · <PeriodText period={figure.period} />
              </span>
              {printed ? <span className="context__printed"> · as printed: “{printed}”</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "Download results (CSV)": the results in view, as their tiles show them; the CSV code loads on the click. */
function ResultsDownload({ country, filters, tiles }: { country: Country; filters: ViewFilters; tiles: ReturnType<typeof resultsView>['tiles'] }) {
  const [status, setStatus] = useState('');
  const download = () => {
    const shown = tiles.map(({ result, marks }) => ({ result, flags: marks.map((m) => markText(m, result)).filter((t): t is string => t !== null) }));
    import('./resultsCsv').then(
      (m) => {
        setStatus(`Downloaded ${m.downloadResultsCsv(country, shown, filters)}.`);
      },
      (error: unknown) => {
        setStatus(`The results could not be downloaded (${error instanceof Error ? error.message : String(error)}). Try again.`);
      },
    );
  };
  return (
    <div className="results__download">
      <button type="button" className="button button--secondary" onClick={download}>
        Download results (CSV)
      </button>
      <span className="export__status" role="status">
        {status}
      </span>
    </div>
  );
}

export function ResultsPanel({
  country,
  filters,
  imported,
  glossaryId,
}: {
  country: Country;
  filters: ViewFilters;
  imported: boolean;
  /** The glossary's heading, which a link in the introduction opens (the page's own section list knows where it is). */
  glossaryId: string;
}) {
  const view = resultsView(country, filters);
  const note = hiddenNote(view.hidden);
  return (
    <section className="panel" aria-labelledby={resultsSection.id}>
      <div className="panel__head">
        <SectionHeading section={resultsSection} />
        {view.tiles.length > 0 ? <ResultsDownload country={country} filters={filters} tiles={view.tiles} /> : null}
      </div>
      <p className="panel__intro">
        What the program produced, as the page reports it, by calendar year or span. The year filter keeps a result whose years
        it covers; a multi-year figure that the filter cuts is shown whole and marked, never as one year&apos;s. The terms used are in
        the <a href={`#${glossaryId}`}>glossary</a>.
      </p>
      <CoverageNote country={country} imported={imported} />
      {!country.narrativeIncluded ? null : country.results.length === 0 ? (
        <p className="empty">
          {country.coverage?.status === 'partial'
            ? `The part of ${country.name}'s page that is stored states no result in figures.`
            : `The page states no result in figures for ${country.name}.`}
        </p>
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
      <ContextFigures country={country} />
    </section>
  );
}
