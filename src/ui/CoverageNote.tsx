import type { Country } from '../data/model/schema';

/**
 * Says how much of the country's page the dataset holds, so a page cut short never looks complete, and
 * where to read the whole of it: beside the results and the partner activity, on screen and on paper.
 */
export function CoverageNote({ country, imported }: { country: Country; imported: boolean }) {
  const coverage = country.coverage;
  const page = country.source ? (
    <a href={country.source} rel="noreferrer noopener" target="_blank">
      the State Department&apos;s page for {country.name}
    </a>
  ) : (
    <>the State Department&apos;s page for {country.name}</>
  );
  if (!country.narrativeIncluded) {
    return (
      <p className="coverage coverage--none" role="note">
        {imported ? (
          <>This file has no results or partner activity for {country.name}; it gives only funding figures.</>
        ) : (
          <>
            This dataset has {country.name}&apos;s funding table but not the rest of its page: results and partner activity are
            not included here (not zero). Read them on {page}.
          </>
        )}
      </p>
    );
  }
  if (!coverage || coverage.status === 'complete') return null;
  return (
    <p className="coverage coverage--partial" role="note">
      <strong>{coverage.status === 'partial' ? 'Part of the page only.' : 'The end of the page may be missing.'}</strong>{' '}
      {coverage.status === 'partial'
        ? `What follows is only part of what ${country.name}'s page reports.`
        : `What follows may lack the last lines of ${country.name}'s page.`}{' '}
      {coverage.missing ? <>{coverage.missing} </> : null}
      Read the whole of it on {page}.
    </p>
  );
}
