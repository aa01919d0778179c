import { AGENCIES } from '../../data/model/agencies';
import type { ProgramPage } from '../../data/model/schema';
import { formatPeriod, formatResultValue } from '../../lib/format';
import { TextWithTerms } from '../../ui/TextWithTerms';

/** Pages about a program rather than a country: the region's "Other U.S. Support", USAID's Leahy War Victims Fund. */
export function ProgramPages({ pages, heading }: { pages: readonly ProgramPage[]; heading: string }) {
  if (pages.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      {pages.map((page) => (
        <article key={page.id} className="program-page" aria-labelledby={`program-${page.id}`}>
          <h4 id={`program-${page.id}`}>
            <a href={page.source} rel="noreferrer noopener" target="_blank">
              {page.title}
            </a>
          </h4>
          {page.coverage.status === 'partial' ? (
            <p className="coverage coverage--partial" role="note">
              <strong>Part of the page only.</strong> {page.coverage.missing} Read the whole page at the link above.
            </p>
          ) : null}
          <ul className="context__list">
            {page.investment ? (
              <li>
                <strong>{formatResultValue(page.investment)}</strong>: the page&apos;s total for what it covers, {formatPeriod(page.investment)}{' '}
                <span className="context__printed">(printed “{page.investment.valueText}”; not part of any country table)</span>
              </li>
            ) : null}
            {[...page.funding, ...page.results].map((figure) => (
              <li key={figure.id}>
                <strong>{formatResultValue(figure)}</strong> <TextWithTerms text={figure.label} linkFirstOnly={false} />{' '}
                <span className="context__period">
                  · {formatPeriod(figure.period)}
                  {figure.partner ? ` · ${figure.partner}` : ''}
                  {figure.agency ? ` · ${AGENCIES[figure.agency].short}` : ''}
                </span>
              </li>
            ))}
            {page.context.map((figure) => (
              <li key={figure.id}>
                <strong>{formatResultValue(figure)}</strong> <TextWithTerms text={figure.label} linkFirstOnly={false} />{' '}
                <span className="context__period">· context, {formatPeriod(figure.period)}</span>
              </li>
            ))}
          </ul>
          {page.activities.length > 0 ? (
            <ul className="program-page__activities">
              {page.activities.map((a) => (
                <li key={a.id}>
                  <strong>{a.partner ?? 'Partner not named'}</strong> ({a.agency ? AGENCIES[a.agency].short : 'U.S. government'},{' '}
                  {formatPeriod(a.period)}): <TextWithTerms text={a.summary} linkFirstOnly={false} />
                </li>
              ))}
            </ul>
          ) : null}
        </article>
      ))}
    </>
  );
}
