import type { Country } from '../data/model/schema';

/**
 * Says how much of the country's page the dataset holds, so a page cut short
 * never looks complete: beside the results and the partner activity.
 */
export function CoverageNote({ country, imported }: { country: Country; imported: boolean }) {
  const coverage = country.coverage;
  const page = country.source ? (
    <a href={country.source} rel="noreferrer noopener" target="_blank">
      {country.name}&apos;s page
    </a>
  ) : (
    <>{country.name}&apos;s page</>
  );
  if (!country.narrativeIncluded) {
    return (
      <p className="coverage coverage--none" role="note">
        {imported ? (
          <>This file has no results or partner activity for {country.name}; it gives only funding figures.</>
        ) : (
          <>
            The text of {page} is not among the stored pages, so only its funding table is here: its results and partner
            activity are missing, not zero.
          </>
        )}
      </p>
    );
  }
  if (!coverage || coverage.status === 'complete') return null;
  return (
    <p className="coverage coverage--partial" role="note">
      <strong>{coverage.status === 'partial' ? 'Transcribed in part.' : 'Probably complete.'}</strong>{' '}
      {coverage.status === 'partial'
        ? `The stored text of ${country.name}'s page is cut short, so what follows is only part of what the page reports.`
        : `The stored text of ${country.name}'s page seems whole, but may lack its last lines.`}{' '}
      {coverage.missing ? <>{coverage.missing} </> : null}
      See {page} for the rest.
    </p>
  );
}
