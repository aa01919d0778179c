import { lazy, Suspense } from 'react';
import { AGENCIES } from '../../data/agencies';
import { fundingByYear, type FundingView } from '../../data/fundingByYear';
import type { Country } from '../../data/schema';
import type { ViewFilters } from '../../data/viewFilters';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { formatFiscalYears, formatThousands } from '../../ui/format';
import { FundingTable } from './FundingTable';
import { MismatchNote } from './MismatchNote';

// Recharts is the heaviest dependency: load it after the first view.
const FundingChart = lazy(() => import('./FundingChart'));

export const CHART_HEIGHT = 320;

function textSummary(view: FundingView): string {
  const years = view.years.map((y) => `FY${y.fiscalYear} ${formatThousands(y.total)}`).join(', ');
  return `Funding for ${view.series.map((s) => s.name).join(' and ')} by fiscal year, in USD thousands: ${years}.`;
}

export function FundingPanel({ country, fiscalYears, filters }: { country: Country; fiscalYears: readonly number[]; filters: ViewFilters }) {
  const view = fundingByYear(country, fiscalYears, filters);
  const lastYear = fiscalYears[fiscalYears.length - 1] ?? 2017;
  const span = country.cumulativeFrom ? `FY${country.cumulativeFrom}–FY${lastYear}` : `through FY${lastYear}`;
  const agencyNames = filters.agencies.map((a) => AGENCIES[a].short).join(', ');
  const cumulativeMismatch = view.cumulativeIsPrinted ? view.mismatches.find((m) => m.column === 'cumulative') : undefined;
  return (
    <section className="panel" aria-labelledby="funding-heading">
      <h2 id="funding-heading">Funding by agency</h2>
      <p className="panel__intro">
        {formatFiscalYears(filters.years)} · {agencyNames} · U.S. dollars in thousands ($1,200K is $1,200,000) · fiscal years
      </p>
      <div className="funding">
        <figure className="funding__chart">
          <ErrorBoundary what="The funding chart">
            <Suspense fallback={<div className="chart-placeholder" style={{ height: CHART_HEIGHT }} aria-hidden="true" />}>
              <FundingChart view={view} height={CHART_HEIGHT} />
            </Suspense>
          </ErrorBoundary>
          <figcaption className="visually-hidden">{textSummary(view)}</figcaption>
        </figure>
        <aside className="funding__cumulative" aria-labelledby="cumulative-heading">
          <h3 id="cumulative-heading" className="stat__label">
            Cumulative, {span}
          </h3>
          <p className="stat__value">
            {formatThousands(view.cumulative)}
            {cumulativeMismatch ? <span className="flag"> Printed total differs from rows</span> : null}
          </p>
          <p className="stat__note">
            {view.cumulativeIsPrinted ? `The report's ${view.printedTotal?.label ?? 'total'} figure` : `Sum of the cumulative figures of ${agencyNames}`}
            : all funding since the country's first CWD funding. It is the report&apos;s own column, not the sum of the
            fiscal years shown, and the year filter does not change it.
          </p>
          {cumulativeMismatch ? <MismatchNote mismatches={[cumulativeMismatch]} /> : null}
          {country.footnotes.length > 0 ? (
            <ul className="footnotes" aria-label="Footnotes">
              {country.footnotes.map((f) => (
                <li key={f.id}>{f.text}</li>
              ))}
            </ul>
          ) : null}
        </aside>
      </div>
      <FundingTable view={view} countryName={country.name} />
    </section>
  );
}
