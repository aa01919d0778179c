import { stripUnsafe } from '../lib/safeText';
import type { Dataset } from '../data/model/schema';
import { AGENCY_IDS } from '../data/model/agencyIds';
import { LINE_IDS, linesOfAgency, type LineId } from '../data/model/lines';
import { DEFAULT_COUNTRY, DEFAULT_SELECTION, EMBED_CHARTS, type EmbedChart, type FilterSelection } from '../filters/filterStore';
import { countryLines } from '../data/selectors/viewFilters';
import { seriesFiscalYears } from '../data/selectors/acrossEditions';
import { fiscalYearLabel } from '../lib/format';
import { activityParams } from '../features/activity/params';
import { comparisonParams } from '../features/comparison/params';
import { overviewParams } from '../features/overview/params';
import { acrossResultsParams, partnerParams } from '../features/acrossResults/params';
import { PARAM_ORDER, quoted, splitList, type ParamsOut } from '../ui/addressParams';
import { CLOSED_SECTION_KEYS } from './sections';

export interface ParsedUrl {
  selection: FilterSelection;
  /** Plain-language notes on values that were dropped, for a notice on the page. */
  problems: string[];
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
  // The header search's words (`q=`), on every view.
  const query = parseQuery(params, problems);
  const viewValue = params.get('view');
  if (viewValue !== null && viewValue.trim().toLowerCase() === 'overview') {
    // The country to go back to; named in the address, it is the officer's choice, and the ranking outlines it.
    const country = params.get('country');
    const parsedCountry = country === null ? null : parseFilterParams(`?country=${encodeURIComponent(country)}`, dataset);
    const years = params.get('years') === null ? null : parseFilterParams(`?years=${encodeURIComponent(params.get('years') ?? '')}`, dataset);
    problems.push(...(parsedCountry?.problems ?? []), ...(years?.problems ?? []));
    return {
      selection: {
        ...DEFAULT_SELECTION,
        datasetId: datasetIdFromUrl(search),
        country: parsedCountry?.selection.country ?? DEFAULT_COUNTRY,
        countryChosen: parsedCountry?.selection.countryChosen ?? false,
        years: years?.selection.years ?? null,
        view: 'overview',
        ...overviewParams.read(params, dataset, problems),
        kind: null,
        partner: null,
        lines: parseLines(params, [...LINE_IDS], 'the edition', problems),
        search: null,
        sort: null,
        embed: parseEmbed(params, 'overview', problems),
        query,
      },
      problems,
    };
  }
  const acrossView = viewValue?.trim().toLowerCase();
  if (acrossView === 'results' || acrossView === 'partner') {
    // Neither view reads a country, fiscal years or lines: its results are by calendar year, as printed.
    return {
      selection: {
        ...DEFAULT_SELECTION,
        datasetId: datasetIdFromUrl(search),
        view: acrossView,
        ...(acrossView === 'results' ? acrossResultsParams.read(params, dataset, problems) : partnerParams.read(params)),
        query,
      },
      problems,
    };
  }
  if (viewValue !== null && viewValue.trim().toLowerCase() !== 'country') {
    problems.push(`Ignored view ${quoted([viewValue])}: the dashboard has the country view, view=overview, view=results and view=partner.`);
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

  const compare = comparisonParams.read(params, dataset, countryId, problems);

  const activity = activityParams.read(params, problems);
  const embed = parseEmbed(params, 'country', problems);
  const open = parseOpen(params, problems);
  return {
    selection: {
      // The overview's and the across views' choices stay at their defaults on a country's page.
      ...DEFAULT_SELECTION,
      datasetId: datasetIdFromUrl(search),
      country: countryId,
      countryChosen: knownCountry !== undefined,
      years,
      lines,
      compare,
      view: 'country',
      ...activity,
      embed,
      open,
      query,
    },
    problems,
  };
}

/** `open=`: the country page's sections opened from one step away, by their address words. */
function parseOpen(params: URLSearchParams, problems: string[]): string[] {
  const value = params.get('open');
  if (value === null) return [];
  const asked = splitList(value).map((v) => v.toLowerCase());
  const unknown = asked.filter((v) => !CLOSED_SECTION_KEYS.includes(v));
  if (unknown.length > 0) problems.push(`Ignored section ${quoted(unknown)}: the sections that open are ${CLOSED_SECTION_KEYS.join(', ')}.`);
  return CLOSED_SECTION_KEYS.filter((k) => asked.includes(k));
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

/** The longest header search a link carries. */
const MAX_QUERY_LENGTH = 100;

/** `q=`: the header search's words as typed, trimmed of what cannot be seen; a long one is cut and said so. */
function parseQuery(params: URLSearchParams, problems: string[]): string | null {
  const value = params.get('q');
  if (value === null) return null;
  const clean = stripUnsafe(value).trim();
  if (clean.length > MAX_QUERY_LENGTH) problems.push(`The search in the link was cut to its first ${MAX_QUERY_LENGTH} characters.`);
  return clean === '' ? null : clean.slice(0, MAX_QUERY_LENGTH);
}

/** The canonical query string for a selection; "all" filters are left out, and parameters come in PARAM_ORDER. */
export function serializeFilterParams(selection: FilterSelection): string {
  const out: ParamsOut = new Map();
  if (selection.datasetId) out.set('dataset', selection.datasetId);
  if (selection.view === 'overview') {
    out.set('view', 'overview');
    // The country only when the officer chose it: the one the page opens on is no choice to keep.
    if (selection.countryChosen) out.set('country', selection.country);
    overviewParams.write(selection, out);
  } else if (selection.view === 'results' || selection.view === 'partner') {
    // Exactly ?view=results&kind=…&region=… and ?view=partner&partner=…, which other pages link to. Neither view
    // is filtered by fiscal year or funding line (results are by calendar year, as printed), and the country
    // to go back to stays with the page open, not in the address.
    out.set('view', selection.view);
    if (selection.view === 'results') acrossResultsParams.write(selection, out);
    else partnerParams.write(selection, out);
    if (selection.query) out.set('q', selection.query);
    return written(out);
  } else {
    out.set('country', selection.country);
    comparisonParams.write(selection, out);
    activityParams.write(selection, out);
    if (selection.open.length > 0) out.set('open', selection.open.join(','));
  }
  if (selection.years) out.set('years', selection.years.join(','));
  if (selection.lines) out.set('lines', selection.lines.join(','));
  if (selection.embed) out.set('embed', selection.embed);
  if (selection.query) out.set('q', selection.query);
  return written(out);
}

function written(out: ParamsOut): string {
  const params = new URLSearchParams();
  for (const name of PARAM_ORDER) {
    const value = out.get(name);
    if (value !== undefined) params.set(name, value);
  }
  // Commas are safe in a query string and far easier to read in a shared link.
  return `?${params.toString().replace(/%2C/g, ',')}`;
}

/** The dataset named in the link, unchecked: the app shell checks it against what this browser has stored. */
export function datasetIdFromUrl(search: string): string | null {
  const value = new URLSearchParams(search).get('dataset')?.trim() ?? '';
  return value === '' ? null : value.slice(0, 100);
}
