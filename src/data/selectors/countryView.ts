import type { EditionTable, MergedSeries } from '../editions/merge';
import type { LineId } from '../model/lines';
import type { Country, Dataset, Footnote } from '../model/schema';
import type { TotalMismatch } from '../model/totals';
import { countryAcrossEditions, editionLabel, seriesFiscalYears } from './acrossEditions';
import { footnotesInView } from './footnotes';
import { cumulativeSpan, fundingByYear, mismatchesInView, type FundingView } from './fundingByYear';
import { countryLines, resolveViewFilters, type ViewFilters } from './viewFilters';

/**
 * One country in one view, worked out once: every panel, the brief and the embedded chart read it, and
 * none works any of it out again. The same (dataset, country, filters) gives the same object back, so
 * a render that changes nothing recomputes nothing (the editions merge included).
 */
export interface CountryView {
  dataset: Dataset;
  country: Country;
  /** The filters in force, resolved against the country's lines and the years the dataset offers. */
  filters: ViewFilters;
  /** Every fiscal year some edition prints: what the year filter offers. */
  offeredYears: readonly number[];
  /** The country's table in each edition of the dataset, and the series merged from them. */
  editions: { series: MergedSeries; tables: EditionTable[] };
  /** Funding by line and fiscal year in the view, each figure from the latest edition that prints it. */
  funding: FundingView;
  /** The span of the report's cumulative column: "FY2013–FY2017", or "through FY2017". */
  cumulativeSpan: string;
  /** Footnotes that qualify the figures shown. */
  footnotes: Footnote[];
  /** Every printed total of the country that disagrees with its rows. */
  mismatches: readonly TotalMismatch[];
  /** Those the view shows (the printed total is shown with every line, in the years chosen). */
  mismatchesShown: TotalMismatch[];
  /** An edition's name as the page writes it ("the 2017 edition"). */
  editionName: (editionId: string) => string;
}

/** The most views kept per dataset; past it the oldest go (a session rarely visits so many). */
const KEPT = 64;
const views = new WeakMap<Dataset, Map<string, CountryView>>();
const merged = new WeakMap<Dataset, Map<string, { series: MergedSeries; tables: EditionTable[] }>>();
const offered = new WeakMap<Dataset, readonly number[]>();

/** The country's editions merged, once per dataset. */
export function editionsOfCountry(dataset: Dataset, country: Country): { series: MergedSeries; tables: EditionTable[] } {
  let byCountry = merged.get(dataset);
  if (!byCountry) merged.set(dataset, (byCountry = new Map<string, { series: MergedSeries; tables: EditionTable[] }>()));
  let found = byCountry.get(country.id);
  if (!found) byCountry.set(country.id, (found = countryAcrossEditions(dataset, country)));
  return found;
}

/** Restatements across the dataset, for the edition summary: from each country's merge, worked out once. */
export function restatementCount(dataset: Dataset): number {
  const printedEarlier = (c: Country) => dataset.earlierEditions.some((e) => e.tables.some((t) => t.countryId === c.id));
  return dataset.countries.reduce((n, c) => (printedEarlier(c) ? n + editionsOfCountry(dataset, c).series.restatements.length : n), 0);
}

/** The fiscal years the dataset offers, once per dataset. */
export function offeredYearsOf(dataset: Dataset): readonly number[] {
  let years = offered.get(dataset);
  if (!years) offered.set(dataset, (years = seriesFiscalYears(dataset)));
  return years;
}

/** The view of a country under filters already resolved. */
export function countryView(dataset: Dataset, country: Country, filters: ViewFilters): CountryView {
  let cache = views.get(dataset);
  if (!cache) views.set(dataset, (cache = new Map<string, CountryView>()));
  // Every field of the filters counts: two views with the same lines may differ in what "all" means.
  const key = [country.id, filters.years.join(','), filters.lines.join(','), filters.available.join(','), filters.allYears, filters.allLines].join('|');
  const cached = cache.get(key);
  if (cached && cached.country === country) return cached;
  const editions = editionsOfCountry(dataset, country);
  const across = dataset.earlierEditions.length > 0 ? { series: editions.series, ownEditionId: dataset.id } : null;
  const funding = fundingByYear(country, dataset.fiscalYears, filters, across);
  const view: CountryView = {
    dataset,
    country,
    filters,
    offeredYears: offeredYearsOf(dataset),
    editions,
    funding,
    cumulativeSpan: cumulativeSpan(country, dataset.fiscalYears),
    footnotes: footnotesInView(country, filters),
    mismatches: funding.mismatches,
    mismatchesShown: mismatchesInView(funding.mismatches, filters),
    editionName: (editionId) => editionLabel(dataset, editionId),
  };
  if (cache.size >= KEPT) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, view);
  return view;
}

/** The view of a country under the officer's selection (null is "no filter"): the filters resolved, then the view. */
export function selectCountryView(dataset: Dataset, country: Country, selection: { years: readonly number[] | null; lines: readonly LineId[] | null }): CountryView {
  return countryView(dataset, country, resolveViewFilters(selection, dataset.fiscalYears, countryLines(country), offeredYearsOf(dataset)));
}
