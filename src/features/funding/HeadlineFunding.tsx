import type { CountryView } from '../../data/selectors/countryView';
import { lineNames } from '../../data/model/lines';
import { fundingHeadline } from './fundingHeadline';

/**
 * The first screen's figure: U.S. CWD funding to the country in the years shown, with the report's
 * cumulative beside it, each named for what it is.
 */
export function HeadlineFunding({ view }: { view: CountryView }) {
  const headline = fundingHeadline(view);
  const lines = view.filters.allLines ? 'all agencies' : lineNames(view.filters.lines);
  return (
    <div className="headline">
      <p className="headline__figure">
        <span className="headline__label">
          U.S. CWD funding to <bdi>{view.country.name}</bdi>, {headline.period} ({lines})
        </span>{' '}
        {headline.amount ? (
          <>
            <strong className="headline__value">{headline.amount.text}</strong>{' '}
            <span className="headline__note">
              {headline.amount.rounded ? `${headline.amount.dollars} exactly; ` : ''}
              {headline.basis}
            </span>
          </>
        ) : (
          <>
            <strong className="headline__value">not reported</strong> <span className="headline__note">{headline.basis}</span>
          </>
        )}
      </p>
      <p className="headline__cumulative">
        {headline.cumulativeLabel}: <strong>{headline.cumulative.text}</strong>{' '}
        <span className="headline__note">
          {headline.cumulative.rounded ? `${headline.cumulative.dollars} exactly; ` : ''}
          the report&apos;s own figure, whatever the years shown
        </span>
      </p>
    </div>
  );
}
