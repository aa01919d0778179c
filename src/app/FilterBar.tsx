import { AGENCIES } from '../data/model/agencies';
import { LINE_AGENCY, LINE_NAMES, type LineId, lineNames } from '../data/model/lines';
import type { RegionalOnlyCountry } from '../data/model/countryNames';
import type { Country } from '../data/model/schema';
import type { ViewFilters } from '../data/selectors/viewFilters';
import { toggleInSelection, toggleYear, useFilterStore } from '../filters/filterStore';
import { formatFiscalYears, fiscalYearLabel } from '../lib/format';
import { CountryPicker } from './CountryPicker';

interface Props {
  countries: readonly Country[];
  regionalOnly: readonly RegionalOnlyCountry[];
  countryId: string;
  /** Countries whose printed totals disagree with their rows. */
  flagged: ReadonlySet<string>;
  /** The dataset's own edition's years: the default. */
  fiscalYears: readonly number[];
  /** Every year some edition prints. */
  offeredYears: readonly number[];
  /** The funding lines the country has. */
  lines: readonly LineId[];
  filters: ViewFilters;
}

/** Country picker, fiscal year and funding line checkboxes. At least one year and one line stay selected. */
export function FilterBar({ countries, regionalOnly, countryId, flagged, fiscalYears, offeredYears, lines, filters }: Props) {
  const countrySelected = useFilterStore((s) => s.countrySelected);
  const years = useFilterStore((s) => s.years);
  const selectedLines = useFilterStore((s) => s.lines);
  const yearsSelected = useFilterStore((s) => s.yearsSelected);
  const linesSelected = useFilterStore((s) => s.linesSelected);
  const filtersReset = useFilterStore((s) => s.filtersReset);
  const compare = useFilterStore((s) => s.compare);
  const isDefault = years === null && selectedLines === null && compare === null;
  const stateLines = lines.filter((l) => LINE_AGENCY[l] === 'dos');
  const onlyState = filters.lines.length === stateLines.length && filters.lines.every((l) => LINE_AGENCY[l] === 'dos');

  return (
    <div className="filters" role="group" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="filters__heading">
        Filters
      </h2>
      <CountryPicker countries={countries} regionalOnly={regionalOnly} selectedId={countryId} flagged={flagged} onSelect={countrySelected} />
      <fieldset className="filters__group">
        <legend>Fiscal years</legend>
        {offeredYears.map((year) => {
          const checked = filters.years.includes(year);
          const onlyOne = checked && filters.years.length === 1;
          return (
            <label key={year} className="check">
              <input
                type="checkbox"
                checked={checked}
                disabled={onlyOne}
                onChange={() => {
                  yearsSelected(toggleYear(years, year, offeredYears, fiscalYears));
                }}
              />
              {fiscalYearLabel(year)}
            </label>
          );
        })}
      </fieldset>
      <fieldset className="filters__group">
        <legend>Funding lines</legend>
        {lines.map((line) => {
          const checked = filters.lines.includes(line);
          const onlyOne = checked && filters.lines.length === 1;
          return (
            <label key={line} className="check" title={`${AGENCIES[LINE_AGENCY[line]].name}: ${LINE_NAMES[line]}`}>
              <input
                type="checkbox"
                checked={checked}
                disabled={onlyOne}
                onChange={() => {
                  linesSelected(toggleInSelection(selectedLines, line, lines));
                }}
              />
              {LINE_NAMES[line]}
            </label>
          );
        })}
        <span className="filters__shortcuts">
          {stateLines.length > 1 ? (
            <button
              type="button"
              className="button button--link"
              aria-pressed={onlyState && !filters.allLines}
              disabled={onlyState}
              onClick={() => {
                linesSelected(stateLines.length === lines.length ? null : stateLines);
              }}
            >
              State, all lines
            </button>
          ) : null}
          <button
            type="button"
            className="button button--link"
            aria-pressed={filters.allLines}
            disabled={filters.allLines}
            onClick={() => {
              linesSelected(null);
            }}
          >
            All agencies
          </button>
        </span>
      </fieldset>
      <div className="filters__actions">
        <button type="button" className="button button--secondary" onClick={filtersReset} disabled={isDefault}>
          Reset filters
        </button>
        <p className="filters__status" role="status">
          Showing {formatFiscalYears(filters.years)} ·{' '}
          {filters.allLines ? 'all agencies' : lineNames(filters.lines)}
        </p>
      </div>
    </div>
  );
}
