import { create } from 'zustand';
import type { LineId } from '../data/model/lines';
import type { ActivitySort } from '../data/selectors/activitySorts';
import type { RankingTop } from '../data/selectors/overviewParams';

export const DEFAULT_COUNTRY = 'mali';

/** What the officer chose. null means "no filter": every year or agency on offer. */
/** What a header search opens: a country's page, a partner's page, the results of one kind, or one region's ranking. */
export type SearchTarget = { kind: 'country'; id: string } | { kind: 'partner'; slug: string } | { kind: 'results'; slug: string } | { kind: 'region'; name: string };

export interface FilterSelection {
  /** An imported dataset's id; null for the bundled dataset. */
  datasetId: string | null;
  country: string;
  /**
   * Whether the officer chose `country`: the address named it, or they picked or opened it. The country
   * the page opens on by default is not chosen, so the overview's ranking outlines no country for it.
   */
  countryChosen: boolean;
  years: readonly number[] | null;
  /** Funding lines as the tables print them (DOS NADR-CWD, DOS Other, DoD, USAID, CDC). */
  lines: readonly LineId[] | null;
  /** Countries compared with the chosen one; null means the default set for that country. */
  compare: readonly string[] | null;
  /** One country's page, the overview of every country, every result across countries, or a partner's page. */
  view: 'country' | 'overview' | 'results' | 'partner';
  /** The overview's measure as the address writes it (fy2017, sum, cumulative); null for the default. */
  measure: string | null;
  /** The overview's region, by name; null for every country. */
  region: string | null;
  /** The results view's kind of result, by its address word (`kind=weapons-destroyed`); null for every kind. */
  kind: string | null;
  /** The partner page's partner, by its address word (`partner=the-halo-trust`); null for the list of partners. */
  partner: string | null;
  /** How many countries the overview's ranking chart draws (`top=10|20|all`); null for the default, the top 10. */
  top: RankingTop | null;
  /** The partner activity search as typed; null for none. */
  search: string | null;
  /** The header's search of the report (countries, partners, kinds of result, regions) as typed; null for none. */
  query: string | null;
  /** The partner activity order; null for the default (newest first). */
  sort: ActivitySort | null;
  /** One chart alone, for embedding in another page (`?embed=funding`); null for the dashboard. */
  embed: EmbedChart | null;
  /** The country page's sections opened from one step away (`?open=editions,sources`), by their address word, in page order. */
  open: readonly string[];
}

/** The charts a page can embed on their own. */
export const EMBED_CHARTS = { funding: 'the funding chart', ranking: "the overview's ranking" } as const;
export type EmbedChart = keyof typeof EMBED_CHARTS;

interface FilterActions {
  /** Another dataset: opens on the given country with every filter at its default. */
  datasetSelected: (datasetId: string | null, country: string) => void;
  /** A new country: its lines and default comparison apply; the years stay. */
  countrySelected: (country: string) => void;
  comparisonSelected: (compare: readonly string[] | null) => void;
  /** The country view or the overview; the other settings stay. */
  viewSelected: (view: FilterSelection['view']) => void;
  /** A country opened from the overview: its page, with the overview's years and lines. */
  countryOpened: (country: string) => void;
  measureSelected: (measure: string | null) => void;
  regionSelected: (region: string | null) => void;
  topSelected: (top: RankingTop | null) => void;
  kindSelected: (kind: string | null) => void;
  /** A partner's page (null: the list of partners). */
  partnerOpened: (partner: string | null) => void;
  yearsSelected: (years: readonly number[] | null) => void;
  linesSelected: (lines: readonly LineId[] | null) => void;
  searchChanged: (search: string) => void;
  /** The header search as typed ('' clears it). */
  queryChanged: (query: string) => void;
  /** A header search's choice opened, in one step (one entry in the history); the search is cleared. */
  searchOpened: (target: SearchTarget) => void;
  sortSelected: (sort: ActivitySort) => void;
  /** The whole selection replaced at once, e.g. from the URL on load or back/forward. */
  selectionRestored: (selection: FilterSelection) => void;
  filtersReset: () => void;
  /** A section one step away opened or closed; `order` is every such section's word, in page order. */
  sectionToggled: (key: string, open: boolean, order: readonly string[]) => void;
}

export const DEFAULT_SELECTION: FilterSelection = {
  datasetId: null,
  country: DEFAULT_COUNTRY,
  countryChosen: false,
  years: null,
  lines: null,
  compare: null,
  view: 'country',
  measure: null,
  region: null,
  kind: null,
  partner: null,
  top: null,
  search: null,
  query: null,
  sort: null,
  embed: null,
  open: [],
};

export const useFilterStore = create<FilterSelection & FilterActions>()((set) => ({
  ...DEFAULT_SELECTION,
  datasetSelected: (datasetId, country) => {
    // The sections opened are where the officer is reading (an import's review among them): they stay open.
    set((state) => ({ ...DEFAULT_SELECTION, datasetId, country, open: state.open }));
  },
  countrySelected: (country) => {
    set({ country, countryChosen: true, lines: null, compare: null, search: null });
  },
  comparisonSelected: (compare) => {
    set({ compare });
  },
  viewSelected: (view) => {
    set({ view });
  },
  countryOpened: (country) => {
    set({ view: 'country', country, countryChosen: true, compare: null, search: null });
  },
  measureSelected: (measure) => {
    set({ measure });
  },
  regionSelected: (region) => {
    set({ region });
  },
  topSelected: (top) => {
    set({ top });
  },
  kindSelected: (kind) => {
    set({ kind });
  },
  partnerOpened: (partner) => {
    set({ view: 'partner', partner });
  },
  yearsSelected: (years) => {
    set({ years });
  },
  linesSelected: (lines) => {
    set({ lines });
  },
  queryChanged: (query) => {
    set({ query: query === '' ? null : query });
  },
  searchOpened: (target) => {
    if (target.kind === 'country') set({ view: 'country', country: target.id, countryChosen: true, lines: null, compare: null, search: null, query: null });
    else if (target.kind === 'partner') set({ view: 'partner', partner: target.slug, query: null });
    else if (target.kind === 'results') set({ view: 'results', kind: target.slug, region: null, query: null });
    else set({ view: 'overview', region: target.name, query: null });
  },
  searchChanged: (search) => {
    set({ search: search === '' ? null : search });
  },
  sortSelected: (sort) => {
    set({ sort: sort === 'newest' ? null : sort });
  },
  selectionRestored: (selection) => {
    set((state) => ({
      datasetId: selection.datasetId,
      country: selection.country,
      countryChosen: selection.countryChosen,
      years: selection.years,
      lines: selection.lines,
      compare: selection.compare,
      view: selection.view,
      measure: selection.measure,
      region: selection.region,
      kind: selection.kind,
      partner: selection.partner,
      top: selection.top,
      search: selection.search,
      query: selection.query,
      sort: selection.sort,
      embed: selection.embed,
      // The same sections as before keep the same list, so nothing that reads it draws again for nothing.
      open: selection.open.length === state.open.length && selection.open.every((k, i) => state.open[i] === k) ? state.open : selection.open,
    }));
  },
  filtersReset: () => {
    // The sections opened are where the officer reads, not a filter: they stay open.
    set((state) => ({ ...DEFAULT_SELECTION, datasetId: state.datasetId, country: state.country, countryChosen: state.countryChosen, view: state.view, embed: state.embed, open: state.open }));
  },
  sectionToggled: (key, open, order) => {
    set((state) => {
      if (state.open.includes(key) === open) return {};
      const next = open ? [...state.open, key] : state.open.filter((k) => k !== key);
      return { open: order.filter((k) => next.includes(k)) };
    });
  },
}));

/**
 * Toggle a fiscal year where null means the default years: the result is in
 * the order of every year on offer, null when it is the default again, and
 * never empty.
 */
export function toggleYear(selection: readonly number[] | null, year: number, offered: readonly number[], defaults: readonly number[]): readonly number[] | null {
  const current = selection ?? defaults;
  const next = current.includes(year) ? current.filter((y) => y !== year) : [...current, year];
  if (next.length === 0) return selection;
  const ordered = offered.filter((y) => next.includes(y));
  return ordered.length === defaults.length && ordered.every((y) => defaults.includes(y)) ? null : ordered;
}

/**
 * Toggle a value in a selection where null means "all". Returns null when the
 * result is everything again, and refuses to empty the selection.
 */
export function toggleInSelection<T>(selection: readonly T[] | null, value: T, all: readonly T[]): readonly T[] | null {
  const current = selection ?? all;
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  if (next.length === 0) return selection;
  const ordered = all.filter((v) => next.includes(v));
  return ordered.length === all.length ? null : ordered;
}
