import { AGENCIES } from '../data/model/agencies';
import { LINE_AGENCY, LINE_NAMES, type LineId, lineNames } from '../data/model/lines';
import type { RegionalOnlyCountry } from '../data/model/countryNames';
import type { Country } from '../data/model/schema';
import type { ViewFilters } from '../data/selectors/viewFilters';
import { toggleInSelection, toggleYear, useFilterStore } from '../filters/filterStore';
import { formatFiscalYears, fiscalYearLabel } from '../lib/format';
import { useEffect, useRef, type ReactNode } from 'react';
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

/** A filter's checkbox; the last one ticked cannot be unticked (a view needs a year and a line). */
function Check({ checked, last, title, onToggle, children }: { checked: boolean; last: boolean; title?: string; onToggle: () => void; children: React.ReactNode }) {
  return (
    <label className="check" title={title}>
      <input type="checkbox" checked={checked} disabled={checked && last} onChange={onToggle} />
      {children}
    </label>
  );
}

/**
 * One filter, closed to a line that says what it is set to ("Fiscal years FY2015–FY2017"); opened, its
 * choices. Escape or a click elsewhere closes it.
 */
function FilterChoice({ label, value, children }: { label: string; value: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape' || !details.contains(document.activeElement)) return;
        details.open = false;
        details.querySelector('summary')?.focus();
      } else if (!details.contains(event.target as Node)) {
        details.open = false;
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, []);
  return (
    <details className="filter-choice" ref={ref}>
      <summary>
        <span className="filter-choice__label">{label}</span> <span className="filter-choice__value">{value}</span>
      </summary>
      <div className="filter-choice__panel">{children}</div>
    </details>
  );
}

/**
 * The filters in one bar: the country picker, then the fiscal years and the funding lines, each closed to
 * what it is set to. At least one year and one line stay selected.
 */
export function FilterBar({ countries, regionalOnly, countryId, flagged, fiscalYears, offeredYears, lines, filters }: Props) {
  const years = useFilterStore((s) => s.years);
  const selectedLines = useFilterStore((s) => s.lines);
  const compare = useFilterStore((s) => s.compare);
  // The store's actions never change: taken when called, not subscribed to.
  const { countrySelected, yearsSelected, linesSelected, filtersReset } = useFilterStore.getState();
  const isDefault = years === null && selectedLines === null && compare === null;
  const stateLines = lines.filter((l) => LINE_AGENCY[l] === 'dos');
  const onlyState = filters.lines.length === stateLines.length && filters.lines.every((l) => LINE_AGENCY[l] === 'dos');
  const yearsShown = formatFiscalYears(filters.years);
  const linesShown = filters.allLines ? 'all agencies' : lineNames(filters.lines);

  return (
    <div className="filters" role="group" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="visually-hidden">
        Filters
      </h2>
      <CountryPicker countries={countries} regionalOnly={regionalOnly} selectedId={countryId} flagged={flagged} onSelect={countrySelected} />
      <FilterChoice label="Fiscal years" value={yearsShown}>
        <fieldset className="filters__group">
          <legend>Fiscal years</legend>
          {offeredYears.map((year) => (
            <Check key={year} checked={filters.years.includes(year)} last={filters.years.length === 1} onToggle={() => {
              yearsSelected(toggleYear(years, year, offeredYears, fiscalYears));
            }}>
              {fiscalYearLabel(year)}
            </Check>
          ))}
        </fieldset>
      </FilterChoice>
      <FilterChoice label="Funding lines" value={filters.allLines ? 'All agencies' : lineNames(filters.lines)}>
        <fieldset className="filters__group">
          <legend>Funding lines</legend>
          {lines.map((line) => (
            <Check key={line} checked={filters.lines.includes(line)} last={filters.lines.length === 1} title={`${AGENCIES[LINE_AGENCY[line]].name}: ${LINE_NAMES[line]}`} onToggle={() => {
              linesSelected(toggleInSelection(selectedLines, line, lines));
            }}>
              {LINE_NAMES[line]}
            </Check>
          ))}
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
      </FilterChoice>
      <button type="button" className="button button--secondary filters__reset" onClick={filtersReset} disabled={isDefault}>
        Reset filters
      </button>
      <p className="visually-hidden" role="status">
        Showing {yearsShown} · {linesShown}
      </p>
    </div>
  );
}
