import { AGENCIES } from '../data/agencies';
import type { AgencyId, Country } from '../data/schema';
import type { ViewFilters } from '../data/viewFilters';
import { toggleInSelection, useFilterStore } from '../filters/filterStore';
import { formatFiscalYears } from '../ui/format';
import { CountryPicker } from './CountryPicker';

interface Props {
  countries: readonly Country[];
  countryId: string;
  /** Countries whose printed totals disagree with their rows. */
  flagged: ReadonlySet<string>;
  fiscalYears: readonly number[];
  agencies: readonly AgencyId[];
  filters: ViewFilters;
}

/** Country picker, fiscal year and agency checkboxes. At least one year and one agency stay selected. */
export function FilterBar({ countries, countryId, flagged, fiscalYears, agencies, filters }: Props) {
  const countrySelected = useFilterStore((s) => s.countrySelected);
  const years = useFilterStore((s) => s.years);
  const selectedAgencies = useFilterStore((s) => s.agencies);
  const yearsSelected = useFilterStore((s) => s.yearsSelected);
  const agenciesSelected = useFilterStore((s) => s.agenciesSelected);
  const filtersReset = useFilterStore((s) => s.filtersReset);
  const compare = useFilterStore((s) => s.compare);
  const isDefault = years === null && selectedAgencies === null && compare === null;

  return (
    <div className="filters" role="group" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="filters__heading">
        Filters
      </h2>
      <CountryPicker countries={countries} selectedId={countryId} flagged={flagged} onSelect={countrySelected} />
      <fieldset className="filters__group">
        <legend>Fiscal years</legend>
        {fiscalYears.map((year) => {
          const checked = filters.years.includes(year);
          const onlyOne = checked && filters.years.length === 1;
          return (
            <label key={year} className="check">
              <input
                type="checkbox"
                checked={checked}
                disabled={onlyOne}
                onChange={() => {
                  yearsSelected(toggleInSelection(years, year, fiscalYears));
                }}
              />
              FY{year}
            </label>
          );
        })}
      </fieldset>
      <fieldset className="filters__group">
        <legend>Agencies</legend>
        {agencies.map((agency) => {
          const checked = filters.agencies.includes(agency);
          const onlyOne = checked && filters.agencies.length === 1;
          return (
            <label key={agency} className="check" title={AGENCIES[agency].name}>
              <input
                type="checkbox"
                checked={checked}
                disabled={onlyOne}
                onChange={() => {
                  agenciesSelected(toggleInSelection(selectedAgencies, agency, agencies));
                }}
              />
              {AGENCIES[agency].short}
            </label>
          );
        })}
      </fieldset>
      <div className="filters__actions">
        <button type="button" className="button button--secondary" onClick={filtersReset} disabled={isDefault}>
          Reset filters
        </button>
        <p className="filters__status" role="status">
          Showing {filters.allYears ? 'all fiscal years' : formatFiscalYears(filters.years)} ·{' '}
          {filters.allAgencies ? 'all agencies' : filters.agencies.map((a) => AGENCIES[a].short).join(', ')}
        </p>
      </div>
    </div>
  );
}
