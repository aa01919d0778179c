import { GLOSSARY } from '../../data/model/glossary';
import { SectionHeading } from '../../ui/SectionHeading';
import type { Country, Dataset } from '../../data/model/schema';
import { editionLabel, editionsOf } from '../../data/selectors/acrossEditions';
import { restatementCount } from '../../data/selectors/countryView';
import { formatFiscalYears, fiscalYearLabel } from '../../lib/format';
import { glossarySection, sourcesSection } from './section';

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const GLOSSARY_SHOWN = ['CWD', 'EOD', 'G5 Sahel', 'MAG', 'NADR', 'PM/WRA', 'PSSM', 'SA/LW', 'USARAF', 'VEO'] as const;

export function SourcesPanel({ country, dataset }: { country: Country; dataset: Dataset }) {
  const { source, fiscalYears } = dataset;
  const editions = editionsOf(dataset);
  const restated = editions.length > 1 ? restatementCount(dataset) : 0;
  return (
    <section className="panel" aria-labelledby={sourcesSection.id}>
      <SectionHeading section={sourcesSection} />
      <dl className="sources">
        <div>
          <dt>Report</dt>
          <dd>
            <cite>{source.report}</cite>
            {source.edition ? `, ${source.edition} edition` : ''}
            {source.editionNumber ? ` (the ${ordinal(source.editionNumber)})` : ''}
            {source.imported ? ', imported into this browser from a file: not the report as bundled' : ''}
          </dd>
        </div>
        {editions.length > 1 ? (
          <div>
            <dt>Editions here</dt>
            <dd>
              <ul className="footnotes">
                {editions.map((e) => (
                  <li key={e.id}>
                    {editionLabel(dataset, e.id)}
                    {e.editionNumber ? ` (the ${ordinal(e.editionNumber)})` : ''}, {formatFiscalYears(e.fiscalYears)}: {e.countries} country{' '}
                    {e.countries === 1 ? 'table' : 'tables'}
                    {e.complete ? '' : ', only the pages that could be found (partial)'}
                  </li>
                ))}
              </ul>
              {restated === 0
                ? 'No figure is restated between them.'
                : `${restated} ${restated === 1 ? 'printed figure is' : 'printed figures (lines and country totals) are'} restated between them (a year printed differently by two editions); each country's "Across editions" panel lists its own.`}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Publisher</dt>
          <dd>{source.publisher ?? 'Not given in the data'}</dd>
        </div>
        <div>
          <dt>{country.name} page</dt>
          <dd>
            {country.source ? (
              <a className="link--url" href={country.source} rel="noreferrer noopener" target="_blank">
                {country.source}
              </a>
            ) : (
              'Not given in the data'
            )}
          </dd>
        </div>
        <div>
          <dt>Units</dt>
          <dd>Funding in U.S. dollars, thousands, as printed: $1,200K means $1,200,000. Result counts are as the report words them; “more than” marks a lower bound.</dd>
        </div>
        <div>
          <dt>Years</dt>
          <dd>
            Funding is by U.S. government fiscal year ({fiscalYears.map((y) => fiscalYearLabel(y)).join(', ')}; FY2017 ran from 1 October 2016 to 30
            September 2017). Results and activities are by calendar year or span, as the report words them.
          </dd>
        </div>
        <div>
          <dt>Cumulative</dt>
          <dd>
            The fourth column of the report&apos;s funding table: all CWD funding since the country first received it
            {country.cumulativeFrom ? ` (${fiscalYearLabel(country.cumulativeFrom)} for ${country.name})` : ''}. It is its own figure, not the sum of the
            fiscal years shown; the dashboard never adds year columns to make it.
          </dd>
        </div>
        <div>
          <dt>Footnotes</dt>
          <dd>
            {country.footnotes.length === 0 ? (
              'None on this page.'
            ) : (
              <ul className="footnotes">
                {country.footnotes.map((f) => (
                  <li key={f.id}>{f.text}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Partners named</dt>
          <dd>
            {country.partners.length > 0 ? country.partners.join(', ') : 'None named.'}
            {country.partnersComplete ? '' : ' (the report names only some partners)'}
          </dd>
        </div>
        <div>
          <dt>Funding table labels</dt>
          <dd>
            As printed: {country.funding.rows.map((r) => `“${r.label}”`).join(', ')}
            {country.funding.printedTotal ? `, “${country.funding.printedTotal.label}”` : ''}.
          </dd>
        </div>
      </dl>
      <h3 id={glossarySection.id}>{glossarySection.title}</h3>
      <dl className="glossary">
        {GLOSSARY_SHOWN.map((term) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{GLOSSARY[term]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
