import { GLOSSARY } from '../../data/model/glossary';
import { SectionHeading } from '../../ui/SectionHeading';
import type { Country, Dataset } from '../../data/model/schema';
import { editionLabel, editionsOf, seriesFiscalYears } from '../../data/selectors/acrossEditions';
import { restatementCount } from '../../data/selectors/countryView';
import { formatFiscalYears, fiscalYearLabel } from '../../lib/format';
import { glossarySection, sourcesSection } from './section';
import { dataFilePaths, SERIES_FOLDER, type DataFormat } from './dataFilePaths';

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A published file by its address under the site's base: a CSV is downloaded, a JSON file opened. */
function FileLink({ path, format, what }: { path: string; format: DataFormat; what: string }) {
  return (
    <a href={`${import.meta.env.BASE_URL}${path}`} download={format === 'csv' ? true : undefined} aria-label={`${what} (${format.toUpperCase()})`}>
      {format.toUpperCase()}
    </a>
  );
}

/** The funding tables the site publishes as files (scripts/dataFiles.ts): the country's, its edition's, and the series across editions. */
function DataFiles({ country, dataset }: { country: Country; dataset: Dataset }) {
  const earlier = [...dataset.earlierEditions].filter((e) => !e.imported && e.tables.some((t) => t.countryId === country.id)).sort((a, b) => b.edition - a.edition);
  const own = editionLabel(dataset, dataset.id);
  const files: { key: string; what: string; path: (format: DataFormat) => string }[] = [
    { key: dataset.id, what: `${country.name}, ${own}`, path: (f) => dataFilePaths.country(dataset.id, country.id, f) },
    ...earlier.map((e) => ({ key: e.id, what: `${country.name}, ${editionLabel(dataset, e.id)}`, path: (f: DataFormat) => dataFilePaths.country(e.id, country.id, f) })),
    ...(dataset.earlierEditions.length > 0
      ? [{ key: SERIES_FOLDER, what: `${country.name}, ${formatFiscalYears(seriesFiscalYears(dataset))} across editions`, path: (f: DataFormat) => dataFilePaths.country(SERIES_FOLDER, country.id, f) }]
      : []),
    { key: `${dataset.id}-all`, what: `Every country, ${own}`, path: (f) => dataFilePaths.edition(dataset.id, f) },
  ];
  // Files to open are for the screen: the printout keeps the figures, not their addresses.
  return (
    <div className="screen-only">
      <dt>Data files</dt>
      <dd>
        The funding tables by address, for a spreadsheet, Power BI or a notebook: USD thousands as printed; a blank cell is not reported, not $0. Each
        file names its report, edition and page.
        <ul className="footnotes data-files">
          {files.map((file) => (
            <li key={file.key}>
              {file.what}: <FileLink path={file.path('csv')} format="csv" what={file.what} /> · <FileLink path={file.path('json')} format="json" what={file.what} />
            </li>
          ))}
          <li>
            <a href={`${import.meta.env.BASE_URL}${dataFilePaths.schema}`}>
              What each column holds
            </a>{' '}
            ·{' '}
            <a href={`${import.meta.env.BASE_URL}${dataFilePaths.index}`}>
              Every file
            </a>
          </li>
        </ul>
      </dd>
    </div>
  );
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
        {source.imported ? null : <DataFiles country={country} dataset={dataset} />}
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
