import { NoteList } from '../../ui/tableParts';
import { SectionHeading } from '../../ui/SectionHeading';
import { lineNames } from '../../data/model/lines';
import { checkInvestment } from '../../data/selectors/investmentCheck';
import type { CountryView } from '../../data/selectors/countryView';
import { ExportMenu } from '../../ui/ExportMenu';
import { formatFiscalYears, readableThousands } from '../../lib/format';
import { InvestmentNote } from './InvestmentNote';
import { fundingChart, fundingEditionNotes } from './fundingChartDescription';
import { linesLabel } from '../../ui/linesLabel';
import { FundingTable } from './FundingTable';
import { MismatchNote } from './MismatchNote';
import { cumulativeLabel } from './fundingHeadline';

import { ChartFrame } from '../../ui/ChartFrame';
import { fundingSection } from './section';

/** `trendId`: the heading of the section that draws every fiscal year as lines, which the panel links to. */
export function FundingPanel({ view: countryView, trendId }: { view: CountryView; trendId?: string }) {
  const { country, filters, funding: view, editionName: nameOf, footnotes } = countryView;
  const chart = fundingChart(countryView);
  // The same sentences the exported image carries.
  const editionNotes = fundingEditionNotes(view, nameOf);
  const namedLines = lineNames(filters.lines);
  const cumulative = readableThousands(view.cumulative);
  const investment = checkInvestment(country);
  const cumulativeMismatch = view.shownMismatches.find((m) => m.column === 'cumulative');
  return (
    <section className="panel" aria-labelledby={fundingSection.id}>
      <div className="panel__head">
        <SectionHeading section={fundingSection} />
        <ExportMenu chart={chart} chartName="funding chart" />
      </div>
      <p className="panel__intro">
        By fiscal year · {linesLabel(filters)} · the table in U.S. dollars in thousands, as the report prints them ($1,200K is $1,200,000)
      </p>
      <div className="funding">
        <div className="funding__chart">
          <ChartFrame chart={chart} name="The funding chart" plot />
          <NoteList notes={editionNotes} label="Editions of the figures shown" />
          {trendId ? (
            <p className="panel__note">
              <a href={`#${trendId}`}>Funding through time: every fiscal year the editions print ({formatFiscalYears(countryView.offeredYears)}), as lines</a>
            </p>
          ) : null}
        </div>
        <aside className="funding__cumulative" aria-labelledby="cumulative-heading">
          <h3 id="cumulative-heading" className="stat__label">
            {cumulativeLabel(countryView)}
          </h3>
          <p className="stat__value">
            {cumulative.text}
            {cumulative.rounded ? <span className="stat__exact"> {cumulative.dollars} exactly</span> : null}
            {cumulativeMismatch ? <span className="flag"> Printed total differs from rows</span> : null}
          </p>
          <p className="stat__note">
            {view.cumulativeIsPrinted ? `The report's ${view.printedTotal?.label ?? 'total'} figure` : `Sum of the cumulative figures of ${namedLines}`}
            : all funding since the country's first CWD funding. It is the report&apos;s own column, not the sum of the
            fiscal years shown, and the year filter does not change it.
          </p>
          {cumulativeMismatch ? <MismatchNote mismatches={[cumulativeMismatch]} /> : null}
          {investment ? <InvestmentNote check={investment} countryName={country.name} /> : null}
          {footnotes.length > 0 ? (
            <ul className="footnotes" aria-label="Footnotes">
              {footnotes.map((f) => (
                <li key={f.id}>{f.text}</li>
              ))}
            </ul>
          ) : null}
        </aside>
      </div>
      <FundingTable view={view} countryName={country.name} editionName={nameOf} />
    </section>
  );
}
