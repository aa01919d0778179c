import type { CountryView } from '../../data/selectors/countryView';
import { SectionHeading } from '../../ui/SectionHeading';
import { shareKeyName } from '../../data/model/countryNames';
import { regionalContext } from '../../data/selectors/regionalContext';
import { formatDecimal, formatDollarsFromThousands, formatExactMillions, formatSharePercent } from '../../lib/format';
import { ProgramPages } from './ProgramPages';
import { regionSection } from './section';

const percent = (value: number) => formatDecimal(value, 2, 2);

export function RegionPanel({ view }: { view: CountryView }) {
  const { dataset, country, footnotes } = view;
  const context = regionalContext(dataset, country);
  const largestShare = Math.max(0, ...(context?.region.countryShares.map((s) => s.percent) ?? []));
  return (
    <section className="panel" aria-labelledby={regionSection.id}>
      <SectionHeading section={regionSection} />
      {!context ? (
        <p className="empty">The dataset has no regional overview for {country.region}.</p>
      ) : (
        <>
          <p className="panel__intro">
            Regional totals are printed in millions of dollars, country tables in thousands; the country figure is converted
            exactly (thousands ÷ 1,000). Regional figures cover all agencies, so the agency filter does not apply here.
          </p>
          <dl className="region-figures">
            <div>
              <dt>{country.name}, cumulative (all agencies)</dt>
              <dd>
                {formatDollarsFromThousands(context.countryCumulativeThousands)} = {formatExactMillions(context.countryCumulativeMillions)}
              </dd>
            </div>
            <div>
              <dt>
                {context.region.name}, {context.region.cumulativeFrom}–{context.region.cumulativeTo}
              </dt>
              <dd>{formatExactMillions(context.region.cumulativeUsdMillions)}</dd>
            </div>
            <div>
              <dt>{country.name}&apos;s share of the region</dt>
              <dd>
                {context.printedShare ? (
                  <>
                    {formatSharePercent(context.printedShare.percent)} <span className="region-figures__note">(as printed on the regional page)</span>
                  </>
                ) : (
                  <>
                    {percent(context.computedSharePercent)}%{' '}
                    <span className="region-figures__note">
                      (calculated, rounded to two decimals: country cumulative ÷ regional total; the regional page does not list{' '}
                      {country.name})
                    </span>
                  </>
                )}
              </dd>
            </div>
          </dl>
          {footnotes.length > 0 ? (
            <ul className="footnotes footnotes--spaced">
              {footnotes.map((f) => (
                <li key={f.id}>{f.text}</li>
              ))}
            </ul>
          ) : null}
          <p className="print-only panel__note">
            Left off the printout: the regional page&apos;s country shares and its program pages; the address at the top of the first
            page opens them.
          </p>
          <div className="screen-only">
            <h3>Country shares of the {context.region.name} total, as printed</h3>
            {context.region.countryShares.length === 0 ? (
              <p className="empty">
                {context.region.countrySharesComplete
                  ? 'The regional page gives no country shares.'
                  : "The regional page's chart of country shares is not in this dataset: read it on the State Department's regional page."}
              </p>
            ) : (
              <div className="table-scroll" tabIndex={0} role="region" aria-label={`Country shares of the ${context.region.name} total`}>
                <table className="data-table data-table--compact">
                  <thead>
                    <tr>
                      <th scope="col">Country (as printed)</th>
                      <th scope="col" className="num">
                        Share of {context.region.cumulativeFrom}–{context.region.cumulativeTo} total
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {context.region.countryShares.map((share) => {
                      const isCountry = context.printedShare?.name === share.name;
                      return (
                        <tr key={share.name} className={isCountry ? 'is-current' : undefined} aria-current={isCountry ? 'true' : undefined}>
                          <th scope="row">{share.name}</th>
                          <td className="num">
                            <span
                              className="share-bar"
                              style={{ width: `${largestShare > 0 ? (share.percent / largestShare) * 6 : 0}rem` }}
                              aria-hidden="true"
                            />
                            {formatSharePercent(share.percent)}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            {context.region.countrySharesComplete || context.region.countryShares.length === 0 ? null : (
              <p className="panel__note">
                This list is partial: this dataset has the regional page&apos;s first {context.region.countryShares.length}{' '}
                {context.region.countryShares.length === 1 ? 'country' : 'countries'}; the regional page lists the rest
                {context.region.countryShares.some((s) => s.name !== shareKeyName(s.name)) ? '. Asterisks are the page’s own footnote marks' : ''}.
              </p>
            )}
          </div>
          <p className="panel__note">
            Source:{' '}
            <a href={context.region.source} rel="noreferrer noopener" target="_blank">
              {context.region.name} regional overview
            </a>
            .
          </p>
          <div className="screen-only">
            <ProgramPages heading={`Other ${context.region.name} pages`} pages={dataset.programs.filter((p) => p.regionId === context.region.id)} />
          </div>
        </>
      )}
      <div className="screen-only">
        <ProgramPages heading="Across regions" pages={dataset.programs.filter((p) => p.regionId === null)} />
      </div>
    </section>
  );
}
