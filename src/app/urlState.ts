import type { Dataset } from '../data/model/schema';
import { AGENCY_IDS } from '../data/model/agencyIds';
import { LINE_IDS, linesOfAgency, type LineId } from '../data/model/lines';
import { EMBED_CHARTS, type EmbedChart, type FilterSelection } from '../filters/filterStore';
import { ACTIVITY_SORTS, type ActivitySort } from '../data/selectors/activitySorts';
import { DEFAULT_COUNTRY, DEFAULT_SELECTION } from '../filters/filterStore';
import { regionParam, regionsOf } from '../data/selectors/overviewParams';
import { countryLines } from '../data/selectors/viewFilters';
import { seriesFiscalYears } from '../data/selectors/acrossEditions';
import { MAX_COMPARED } from '../data/selectors/comparisonLimit';
import { stripUnsafe } from '../lib/safeText';
import { fiscalYearLabel, namesThenMore } from '../lib/format';

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

/** The values a notice names: each cut short, at most five, then how many more (a link may carry thousands). */
export const MAX_VALUES_NAMED = 5;
function quoted(values: readonly string[]): string {
  const named = values.slice(0, MAX_VALUES_NAMED + 1).map((v) => `“${stripUnsafe(v.length > 40 ? `${v.slice(0, 40)}…` : v)}”`);
  // Only the first few are quoted; the rest are counted.
  return namesThenMore([...named, ...values.slice(named.length)], MAX_VALUES_NAMED);
}

/**
 * Reads ?country=mali&years=2016,2017&lines=dos-nadr-cwd,dod&compare=niger against the dataset.
 * Links made before the line filter (`agencies=dos,dod`) still work: an
 * agency stands for all of its lines.
 * Unknown or malformed values are dropped and reported; an empty result falls
 * back to the default. Never throws.
 */
export function parseFilterParams(search: string, dataset: Dataset): ParsedUrl {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const viewValue = params.get('view');
  if (viewValue !== null && viewValue.trim().toLowerCase() === 'overview') {
    const country = params.get('country');
    const parsedCountry = country === null ? null : parseFilterParams(`?country=${encodeURIComponent(country)}`, dataset);
    const years = params.get('years') === null ? null : parseFilterParams(`?years=${encodeURIComponent(params.get('years') ?? '')}`, dataset);
    problems.push(...(parsedCountry?.problems ?? []), ...(years?.problems ?? []));
    return {
      selection: {
        ...DEFAULT_SELECTION,
        datasetId: datasetIdFromUrl(search),
        country: parsedCountry?.selection.country ?? DEFAULT_COUNTRY,
        years: years?.selection.years ?? null,
        view: 'overview',
        ...parseOverviewParams(params, dataset, problems),
        search: null,
        sort: null,
        embed: parseEmbed(params, 'overview', problems),
      },
      problems,
    };
  }
  if (viewValue !== null && viewValue.trim().toLowerCase() !== 'country') {
    problems.push(`Ignored view ${quoted([viewValue])}: the dashboard has the country view and view=overview.`);
  }

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
    const offered = seriesFiscalYears(dataset);
    const valid = offered.filter((y) => raw.includes(String(y)));
    const invalid = raw.filter((v) => !offered.some((y) => String(y) === v));
    if (invalid.length > 0) {
      problems.push(`Ignored fiscal year ${quoted(invalid)}: the dataset has ${offered.map((y) => fiscalYearLabel(y)).join(', ')}.`);
    }
    const isDefault = valid.length === dataset.fiscalYears.length && valid.every((y) => dataset.fiscalYears.includes(y));
    if (valid.length === 0) {
      if (invalid.length === 0) problems.push('No fiscal year was given; showing the default years.');
    } else if (!isDefault) {
      years = valid;
    }
  }

  const lines = parseLines(params, country ? countryLines(country) : [...LINE_IDS], country?.name ?? 'this country', problems);

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

  const activity = parseActivityParams(params, problems);
  const embed = parseEmbed(params, 'country', problems);
  return {
    selection: { datasetId: datasetIdFromUrl(search), country: countryId, years, lines, compare, view: 'country', measure: null, region: null, ...activity, embed },
    problems,
  };
}

/** The longest partner search a link carries (a search box holds a few words). */
export const MAX_SEARCH_LENGTH = 100;

/** `search=` (the partner activity search, as typed) and `sort=` (its order). */
function parseActivityParams(params: URLSearchParams, problems: string[]): Pick<FilterSelection, 'search' | 'sort'> {
  let search: string | null = null;
  const searchValue = params.get('search');
  if (searchValue !== null) {
    const clean = stripUnsafe(searchValue).trim();
    if (clean.length > MAX_SEARCH_LENGTH) problems.push(`The partner search in the link was cut to its first ${MAX_SEARCH_LENGTH} characters.`);
    search = clean === '' ? null : clean.slice(0, MAX_SEARCH_LENGTH);
  }
  let sort: ActivitySort | null = null;
  const sortValue = params.get('sort');
  if (sortValue !== null) {
    const value = sortValue.trim().toLowerCase();
    const found = (Object.keys(ACTIVITY_SORTS) as ActivitySort[]).find((k) => k === value);
    if (found) sort = found === 'newest' ? null : found;
    else problems.push(`Ignored sort ${quoted([sortValue])}: partner activity sorts by ${Object.keys(ACTIVITY_SORTS).join(', ')}.`);
  }
  return { search, sort };
}

/** `embed=`: one chart on its own. The funding chart belongs to the country view, the ranking to the overview. */
function parseEmbed(params: URLSearchParams, view: FilterSelection['view'], problems: string[]): EmbedChart | null {
  const value = params.get('embed');
  if (value === null) return null;
  const wanted = value.trim().toLowerCase();
  const fits: EmbedChart = view === 'overview' ? 'ranking' : 'funding';
  if (wanted === fits) return fits;
  const known = (Object.keys(EMBED_CHARTS) as EmbedChart[]).find((k) => k === wanted);
  problems.push(
    known
      ? `Embedded ${EMBED_CHARTS[fits]} instead of ${EMBED_CHARTS[known]}, which belongs to the ${known === 'ranking' ? 'overview (view=overview)' : 'country view'}.`
      : `Ignored embed ${quoted([value])}: the charts that embed are funding (a country) and ranking (view=overview); showing ${EMBED_CHARTS[fits]}.`,
  );
  return fits;
}

/**
 * Reads the overview's address, ?view=overview&measure=fy2017&lines=dos-nadr-cwd&region=africa: the
 * measure (a fiscal year the edition prints, `sum` of the chosen years, or `cumulative`), the lines
 * (any of the report's five) and one region. A country named stays in the store, for the way back.
 */
function parseOverviewParams(params: URLSearchParams, dataset: Dataset, problems: string[]): Pick<FilterSelection, 'measure' | 'region' | 'lines'> {
  let measure: string | null = null;
  const measureValue = params.get('measure');
  if (measureValue !== null) {
    const value = measureValue.trim().toLowerCase();
    const years = seriesFiscalYears(dataset);
    const offered = [...years.map((y) => `fy${y}`), 'sum', 'cumulative'];
    if (offered.includes(value)) measure = value;
    else problems.push(`Ignored measure ${quoted([measureValue])}: the overview ranks by ${years.map((y) => `fy${y}`).join(', ')}, sum or cumulative.`);
  }
  let region: string | null = null;
  const regionValue = params.get('region');
  if (regionValue !== null) {
    const regions = regionsOf(dataset);
    const found = regions.find((r) => regionParam(r) === regionValue.trim().toLowerCase());
    if (found) region = found;
    else problems.push(`Ignored region ${quoted([regionValue])}: the edition's regions are ${regions.map(regionParam).join(', ')}.`);
  }
  const lines = parseLines(params, [...LINE_IDS], 'the edition', problems);
  return { measure, region, lines };
}

/** `lines=` as given, or else the old `agencies=` read as every line of each agency; null for all lines. */
function parseLines(params: URLSearchParams, available: readonly LineId[], countryName: string, problems: string[]): LineId[] | null {
  const linesParam = params.get('lines');
  const agenciesParam = params.get('agencies');
  if (linesParam !== null && agenciesParam !== null) problems.push('The link gives both lines and agencies; used lines.');
  let requested: string[];
  let invalid: string[];
  if (linesParam !== null) {
    requested = splitList(linesParam).map((v) => v.toLowerCase());
    invalid = requested.filter((v) => !available.some((l) => l === v));
  } else if (agenciesParam !== null) {
    const agencies = splitList(agenciesParam).map((v) => v.toLowerCase());
    const linesOf = (value: string): LineId[] => {
      const agency = AGENCY_IDS.find((a) => a === value);
      return agency ? linesOfAgency(agency) : [];
    };
    requested = agencies.flatMap(linesOf);
    invalid = agencies.filter((v) => !linesOf(v).some((l) => available.includes(l)));
  } else {
    return null;
  }
  const valid = available.filter((l) => requested.includes(l));
  if (invalid.length > 0) {
    problems.push(`Ignored funding line ${quoted(invalid)}: ${countryName} has ${available.join(', ')}.`);
  }
  if (valid.length === 0) {
    if (invalid.length === 0) problems.push('No funding line was given; showing all lines.');
    return null;
  }
  return valid.length < available.length ? valid : null;
}

/** The canonical query string for a selection; "all" filters are left out. */
export function serializeFilterParams(selection: FilterSelection): string {
  const params = new URLSearchParams();
  if (selection.datasetId) params.set('dataset', selection.datasetId);
  if (selection.view === 'overview') {
    params.set('view', 'overview');
    if (selection.measure) params.set('measure', selection.measure);
    if (selection.years) params.set('years', selection.years.join(','));
    if (selection.lines) params.set('lines', selection.lines.join(','));
    if (selection.region) params.set('region', regionParam(selection.region));
    if (selection.embed) params.set('embed', selection.embed);
    return `?${params.toString().replace(/%2C/g, ',')}`;
  }
  params.set('country', selection.country);
  if (selection.years) params.set('years', selection.years.join(','));
  if (selection.lines) params.set('lines', selection.lines.join(','));
  if (selection.compare) params.set('compare', selection.compare.join(','));
  if (selection.search) params.set('search', selection.search);
  if (selection.sort) params.set('sort', selection.sort);
  if (selection.embed) params.set('embed', selection.embed);
  // Commas are safe in a query string and far easier to read in a shared link.
  return `?${params.toString().replace(/%2C/g, ',')}`;
}

/** The dataset named in the link, unchecked: the app shell checks it against what this browser has stored. */
export function datasetIdFromUrl(search: string): string | null {
  const value = new URLSearchParams(search).get('dataset')?.trim() ?? '';
  return value === '' ? null : value.slice(0, 100);
}
