import type { AgencyId, Dataset } from '../data/schema';
import { AGENCY_IDS } from '../data/agencyIds';
import type { FilterSelection } from '../filters/filterStore';
import { DEFAULT_COUNTRY } from '../filters/filterStore';
import { countryAgencies } from '../data/viewFilters';
import { MAX_COMPARED } from '../data/comparison';

export interface ParsedUrl {
  selection: FilterSelection;
  /** Plain-language notes on values that were dropped, for a notice on the page. */
  problems: string[];
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

function quoted(values: readonly string[]): string {
  return values.map((v) => `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`).join(', ');
}

/**
 * Reads ?country=mali&years=2016,2017&agencies=dos,dod&compare=niger against the dataset.
 * Unknown or malformed values are dropped and reported; an empty result falls
 * back to the default. Never throws.
 */
export function parseFilterParams(search: string, dataset: Dataset): ParsedUrl {
  const params = new URLSearchParams(search);
  const problems: string[] = [];

  const countryParam = params.get('country');
  const knownCountry = dataset.countries.find((c) => c.id === countryParam?.trim().toLowerCase());
  const fallback = dataset.countries.find((c) => c.id === DEFAULT_COUNTRY) ?? dataset.countries[0];
  if (countryParam !== null && !knownCountry) {
    problems.push(`Country ${quoted([countryParam])} is not in the dataset; showing ${fallback?.name ?? 'the default'} instead.`);
  }
  const country = knownCountry ?? fallback;
  const countryId = country?.id ?? DEFAULT_COUNTRY;

  let years: number[] | null = null;
  const yearsParam = params.get('years');
  if (yearsParam !== null) {
    const raw = splitList(yearsParam);
    const valid = dataset.fiscalYears.filter((y) => raw.includes(String(y)));
    const invalid = raw.filter((v) => !dataset.fiscalYears.some((y) => String(y) === v));
    if (invalid.length > 0) {
      problems.push(`Ignored fiscal year ${quoted(invalid)}: the dataset has ${dataset.fiscalYears.map((y) => `FY${y}`).join(', ')}.`);
    }
    if (valid.length === 0) {
      if (invalid.length === 0) problems.push('No fiscal year was given; showing all years.');
    } else if (valid.length < dataset.fiscalYears.length) {
      years = valid;
    }
  }

  let agencies: AgencyId[] | null = null;
  const agenciesParam = params.get('agencies');
  if (agenciesParam !== null) {
    const available = country ? countryAgencies(country) : [...AGENCY_IDS];
    const raw = splitList(agenciesParam).map((v) => v.toLowerCase());
    const valid = available.filter((a) => raw.includes(a));
    const invalid = raw.filter((v) => !available.some((a) => a === v));
    if (invalid.length > 0) {
      problems.push(`Ignored agency ${quoted(invalid)}: ${country?.name ?? 'this country'} has ${available.join(', ')}.`);
    }
    if (valid.length === 0) {
      if (invalid.length === 0) problems.push('No agency was given; showing all agencies.');
    } else if (valid.length < available.length) {
      agencies = valid;
    }
  }

  let compare: string[] | null = null;
  const compareParam = params.get('compare');
  if (compareParam !== null) {
    const raw = [...new Set(splitList(compareParam).map((v) => v.toLowerCase()))];
    const known = raw.filter((id) => id !== countryId && dataset.countries.some((c) => c.id === id));
    const unknown = raw.filter((id) => !dataset.countries.some((c) => c.id === id));
    if (unknown.length > 0) problems.push(`Ignored comparison country ${quoted(unknown)}: not in the dataset.`);
    if (known.length > MAX_COMPARED) {
      problems.push(`At most ${MAX_COMPARED} countries can be compared; kept the first ${MAX_COMPARED}.`);
    }
    compare = known.slice(0, MAX_COMPARED);
    if (compare.length === 0 && raw.length > 0) compare = null;
  }

  return { selection: { datasetId: datasetIdFromUrl(search), country: countryId, years, agencies, compare }, problems };
}

/** The canonical query string for a selection; "all" filters are left out. */
export function serializeFilterParams(selection: FilterSelection): string {
  const params = new URLSearchParams();
  if (selection.datasetId) params.set('dataset', selection.datasetId);
  params.set('country', selection.country);
  if (selection.years) params.set('years', selection.years.join(','));
  if (selection.agencies) params.set('agencies', selection.agencies.join(','));
  if (selection.compare) params.set('compare', selection.compare.join(','));
  // Commas are safe in a query string and far easier to read in a shared link.
  return `?${params.toString().replace(/%2C/g, ',')}`;
}

/** The dataset named in the link, unchecked: the app shell checks it against what this browser has stored. */
export function datasetIdFromUrl(search: string): string | null {
  const value = new URLSearchParams(search).get('dataset')?.trim() ?? '';
  return value === '' ? null : value.slice(0, 100);
}
