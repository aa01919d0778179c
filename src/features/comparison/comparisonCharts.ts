import { compareNames } from '../../lib/compareText';
import { lineNames } from '../../data/model/lines';
import type { ComparedCountry, PeerSet } from '../../data/selectors/comparison';
import type { DatasetSource } from '../../data/model/schema';
import type { ViewFilters } from '../../data/selectors/viewFilters';
import type { BarChartDescription } from '../../figures/chartDescription';
import { fileBase, fiscalYearsSlug } from '../../lib/export/fileName';
import { formatFiscalYears, fiscalYearLabel, readableThousands } from '../../lib/format';
import { countInWords, inASentence } from '../../lib/listWords';
import { regionAdjective, regionInSentence } from '../../ui/regionWords';

const money = (thousands: number) => readableThousands(thousands).text;
import { countryColour, OKABE_ITO } from '../../ui/palette';
import { linesLabel } from '../../ui/linesLabel';
import { mismatchColumnName } from '../../ui/mismatchText';
import { sourceLine } from '../../ui/sourceText';

function notesFor(compared: readonly ComparedCountry[], filters: ViewFilters): string[] {
  const notes: string[] = [];
  for (const c of compared) {
    if (c.missingLines.length > 0) {
      notes.push(`${c.country.name}: no ${lineNames(c.missingLines)} line in its funding table; counted as $0.`);
    }
    for (const m of c.mismatches) {
      notes.push(
        `Data-quality flag, ${c.country.name}: the printed ${mismatchColumnName(m.column)} total is ${money(m.printed)}, its rows add up to ${money(m.computed)}.`,
      );
    }
  }
  const missing = compared.flatMap((c) => {
    const years = filters.years.filter((y) => c.byYear[y] === null);
    return years.length > 0 ? [`${c.country.name} ${years.map((y) => fiscalYearLabel(y)).join(', ')}`] : [];
  });
  if (missing.length > 0) notes.push(`Not reported by any edition in this dataset (n/r, no bar; not $0): ${missing.join('; ')}.`);
  if (!filters.allLines) notes.push(`Only the ${linesLabel(filters)} lines of each country's table are counted.`);
  return notes;
}

/**
 * Who is compared, as an officer titles it: "Angola and its African peers", "Mali and its G5 Sahel
 * partners", "Angola and four of its African peers", "Peru and Colombia", "Angola and nine countries from
 * three regions". Never "and nine other countries", which says nothing of who they are.
 */
export function comparisonTitle(compared: readonly ComparedCountry[], peers: PeerSet = { kind: 'mixed' }): string {
  const [first, ...others] = compared;
  if (!first) return 'No country to compare';
  const name = first.country.name;
  if (peers.kind === 'group' && others.length > 1) return `${name} and its ${peers.name} partners`;
  if (others.length <= 2) return inASentence(compared.map((c) => c.country.name));
  if (peers.kind === 'region') {
    const adjective = regionAdjective(peers.region);
    return peers.whole ? `${name} and its ${adjective} peers` : `${name} and ${countInWords(others.length)} of its ${adjective} peers`;
  }
  const regions = [...new Set(others.map((c) => c.country.region))];
  const where = regions.length <= 2 ? `of ${inASentence(regions.map(regionInSentence))}` : `from ${countInWords(regions.length)} regions`;
  return `${name} and ${countInWords(others.length)} countries ${where}`;
}

function source(compared: readonly ComparedCountry[], src: DatasetSource): string {
  return sourceLine(src, compared.map((c) => ({ name: c.country.name, source: null })));
}

/** Above this many countries, side-by-side bars per year crowd out their labels and colours: the chart draws lines instead. */
export const MAX_GROUPED = 4;
/** Above this many countries, one line each would tangle: the chart draws a small panel per country, all to one scale. */
export const MAX_LINES = 5;

/** Whether the by-year comparison is drawn as one sorted horizontal bar per country: with one fiscal year chosen. */
export function comparisonIsRanked(_countries: number, years: number): boolean {
  return years === 1;
}

/** How the by-year comparison is drawn: bars side by side, a line per country, or a small panel per country. */
export function comparisonByYearForm(countries: number, years: number): 'ranked' | 'grouped' | 'lines' | 'multiples' {
  if (comparisonIsRanked(countries, years)) return 'ranked';
  if (countries <= MAX_GROUPED) return 'grouped';
  return countries <= MAX_LINES ? 'lines' : 'multiples';
}

function sumOfYears(c: ComparedCountry, years: readonly number[]): number | null {
  const reported = years.filter((y) => c.byYear[y] !== null && c.byYear[y] !== undefined);
  return reported.length === 0 ? null : reported.reduce((total, y) => total + (c.byYear[y] ?? 0), 0);
}

/** Highest first, then by name; a country with no figure last. */
function byValue<T extends { value: number | null; name: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || compareNames(a.name, b.name));
}

/**
 * Fiscal-year funding: one bar per country in each year; past four countries a line per country, and past
 * five a small panel per country, all to one scale (every country's every year stays in the chart). With
 * one fiscal year, one sorted horizontal bar per country, the country in view outlined. The table gives
 * every figure.
 */
export function comparisonByYearChart(compared: readonly ComparedCountry[], filters: ViewFilters, src: DatasetSource, peers?: PeerSet): BarChartDescription {
  const [first] = compared;
  const years = [...filters.years];
  const title = comparisonTitle(compared, peers);
  if (comparisonIsRanked(compared.length, years.length)) {
    const label = years.length === 1 ? formatFiscalYears(years) : `Sum of ${formatFiscalYears(years)} (calculated)`;
    const rows = byValue(compared.map((c) => ({ c, name: c.country.name, value: sumOfYears(c, years) })));
    return {
      fileBase: fileBase([first?.country.id ?? 'comparison', 'compared', years.length === 1 ? '' : 'sum', fiscalYearsSlug(years), filters.allLines ? '' : filters.lines.join('-')]),
      title,
      subtitle: `U.S. CWD funding, ${years.length === 1 ? label : `sum of ${formatFiscalYears(years)} (calculated)`} · ${linesLabel(filters)} · U.S. dollars · highest first`,
      categories: rows.map((r) => r.name),
      series: [{ key: 'value', name: label, colour: OKABE_ITO.blue, values: rows.map((r) => r.value) }],
      layout: 'ranked',
      highlighted: rows.map((r) => r.c === first),
      unit: 'usd-thousands',
      notes: [
        ...(years.length > 1 ? [`Each bar adds the country's figures for ${formatFiscalYears(years)}; the table gives each year. The report prints no such sum.`] : []),
        ...notesFor(compared, filters),
      ],
      source: source(compared, src),
      table: {
        columns: ['Country', ...years.map((y) => `${fiscalYearLabel(y)} (USD thousands)`), ...(years.length > 1 ? [`Sum of ${formatFiscalYears(years)} (USD thousands)`] : [])],
        rows: rows.map((r) => [r.name, ...years.map((y) => r.c.byYear[y] ?? ''), ...(years.length > 1 ? [r.value ?? ''] : [])]),
      },
    };
  }
  const form = comparisonByYearForm(compared.length, years.length);
  const lines = form === 'lines' || form === 'multiples';
  return {
    fileBase: fileBase([first?.country.id ?? 'comparison', 'compared-by-fiscal-year', fiscalYearsSlug(years), filters.allLines ? '' : filters.lines.join('-')]),
    title,
    subtitle: `U.S. CWD funding by fiscal year, ${formatFiscalYears(years)} · ${linesLabel(filters)} · U.S. dollars${form === 'multiples' ? ' · every panel to the same scale' : ''}`,
    categories: years.map((y) => fiscalYearLabel(y)),
    series: compared.map((c, i) => ({
      key: c.country.id,
      name: c.country.name,
      // In small multiples each panel is named: one colour reads best; the country in view is drawn heavier.
      colour: form === 'multiples' ? OKABE_ITO.blue : countryColour(i),
      values: years.map((y) => c.byYear[y] ?? null),
      ...(lines && i === 0 ? { highlighted: true } : {}),
    })),
    layout: lines ? 'line' : 'grouped',
    ...(form === 'multiples' ? { multiples: true } : {}),
    unit: 'usd-thousands',
    notes: notesFor(compared, filters),
    source: source(compared, src),
    table: {
      columns: ['Country', ...years.map((y) => `${fiscalYearLabel(y)} (USD thousands)`)],
      rows: compared.map((c) => [c.country.name, ...years.map((y) => c.byYear[y] ?? '')]),
    },
  };
}

function cumulativeFromLabel(c: ComparedCountry): string {
  return c.country.cumulativeFrom ? fiscalYearLabel(c.country.cumulativeFrom) : 'not given';
}

/** Cumulative funding since each country's first CWD funding, one bar per country. */
export function comparisonCumulativeChart(
  compared: readonly ComparedCountry[],
  filters: ViewFilters,
  fiscalYears: readonly number[],
  src: DatasetSource,
  peers?: PeerSet,
): BarChartDescription {
  const [first] = compared;
  const last = fiscalYears[fiscalYears.length - 1] ?? 0;
  // One value per country: sorted horizontal bars, the country in view outlined.
  const sorted = byValue(compared.map((c) => ({ c, name: c.country.name, value: c.cumulative }))).map((r) => r.c);
  return {
    fileBase: fileBase([first?.country.id ?? 'comparison', 'compared-cumulative', filters.allLines ? '' : filters.lines.join('-')]),
    title: comparisonTitle(compared, peers),
    subtitle: `Cumulative U.S. CWD funding through ${fiscalYearLabel(last)}, from each country's first year · ${linesLabel(filters)} · U.S. dollars · highest first`,
    categories: sorted.map((c) => c.country.name),
    series: [{ key: 'cumulative', name: `Cumulative through ${fiscalYearLabel(last)}`, colour: OKABE_ITO.blue, values: sorted.map((c) => c.cumulative) }],
    layout: 'ranked',
    highlighted: sorted.map((c) => c === first),
    unit: 'usd-thousands',
    notes: [
      `Each figure is the report's own cumulative column, from the country's first year of CWD funding (${compared.map((c) => `${c.country.name} ${cumulativeFromLabel(c)}`).join(', ')}); it is not the sum of the fiscal years.`,
      ...notesFor(compared, filters),
    ],
    source: source(compared, src),
    table: {
      columns: ['Country', 'Cumulative from', `Cumulative through ${fiscalYearLabel(last)} (USD thousands)`],
      rows: sorted.map((c) => [c.country.name, cumulativeFromLabel(c), c.cumulative]),
    },
  };
}
