import type { BarChartDescription } from '../../figures/chartDescription';
import { fileBase, fiscalYearsSlug } from '../../lib/export/fileName';
import { formatFiscalYears, fiscalYearLabel, namesThenMore } from '../../lib/format';
import { type LineId, lineNames } from '../../data/model/lines';
import type { DatasetSource } from '../../data/model/schema';
import { measureParam, regionParam, type Measure, type RankedCountry } from '../../data/selectors/ranking';
import { reportTitle } from '../../ui/sourceText';

/** What a ranking ranks by, in words: "FY2017", "Sum of FY2016–FY2017 (calculated)", "Cumulative, as printed". */
export function measureLabel(measure: Measure, years: readonly number[]): string {
  if (measure.kind === 'year') return fiscalYearLabel(measure.fiscalYear);
  if (measure.kind === 'sum') return `Sum of ${formatFiscalYears(years)} (calculated)`;
  return "Cumulative (each table's total since its first year)";
}

export function linesInWords(lines: readonly LineId[] | null): string {
  return lines === null ? 'every line of each table (all agencies)' : lineNames(lines);
}

/** The rank as shown: "2" or "=2" for a tie; "–" where the country has no figure. */
export function rankText(row: RankedCountry): string {
  if (row.rank === null) return '–';
  return row.tied ? `=${row.rank}` : String(row.rank);
}

/** Names in a note: every one up to twelve, then how many more. */
const namesShort = (names: readonly string[]) => namesThenMore(names);

export interface RankingContext {
  measure: Measure;
  years: readonly number[];
  lines: readonly LineId[] | null;
  region: string | null;
  /** The country last viewed, outlined in the chart. */
  currentCountryId: string | null;
  source: DatasetSource;
}

/** The most bars a ranking draws (and rows its table shows); the CSV carries every country. */
export const MAX_RANKED_SHOWN = 100;

/** The ranking as one chart description: the bars on screen, the PNG/SVG and the CSV all come from it. */
export function rankingChart(all: readonly RankedCountry[], context: RankingContext): BarChartDescription {
  const { measure, years, lines, region } = context;
  const rows = all.slice(0, MAX_RANKED_SHOWN);
  const label = measureLabel(measure, years);
  const where = region ?? 'every country with a table';
  const notes: string[] = [];
  if (all.length > rows.length) notes.push(`The first ${rows.length} of ${all.length.toLocaleString('en-US')} countries; the CSV lists every one.`);
  if (measure.kind === 'sum') notes.push(`Each bar adds the country's figures for ${formatFiscalYears(years)}; the report prints no such sum.`);
  if (measure.kind === 'cumulative') notes.push("The cumulative is each country's COUNTRY TOTAL as the report prints it (or, for some lines, those lines' printed cumulatives), from the country's first year of funding: not a sum of the fiscal years shown.");
  const tied = rows.filter((r) => r.tied);
  if (tied.length > 0) notes.push(`Countries with equal figures share a rank (shown as “=2”): ${namesShort(tied.map((r) => r.country.name))}.`);
  const unreported = rows.filter((r) => r.value === null);
  if (unreported.length > 0) notes.push(`No figure for ${label} in any edition for ${namesShort(unreported.map((r) => r.country.name))}: listed last, unranked.`);
  const partial = rows.filter((r) => r.value !== null && r.yearsNotReported.length > 0);
  if (partial.length > 0) notes.push(`Some years are not reported, so the sum is of the years that are: ${namesShort(partial.map((r) => `${r.country.name} (no ${r.yearsNotReported.map((y) => fiscalYearLabel(y)).join(', ')})`))}.`);
  const flagged = rows.filter((r) => r.flagged);
  if (flagged.length > 0) notes.push(`Printed total disagrees with the rows somewhere in the table of ${namesShort(flagged.map((r) => r.country.name))}; the bars add the rows.`);
  return {
    fileBase: fileBase(['cwd-ranking', measureParam(measure), measure.kind === 'sum' ? fiscalYearsSlug(years) : '', lines === null ? 'all-lines' : lines.join('-'), region ? regionParam(region) : 'all-countries']),
    title: `U.S. CWD funding by country, ${label}: ${where}`,
    subtitle: `${label} · ${linesInWords(lines)} · U.S. dollars · ${all.length.toLocaleString('en-US')} ${all.length === 1 ? 'country' : 'countries'}`,
    categories: rows.map((r) => r.country.name),
    series: [{ key: 'value', name: `${label}, ${linesInWords(lines)}`, colour: '#0072B2', values: rows.map((r) => r.value) }],
    layout: 'ranked',
    highlighted: rows.map((r) => r.country.id === context.currentCountryId),
    unit: 'usd-thousands',
    notes,
    source: `Source: ${[context.source.publisher, reportTitle(context.source), 'country funding tables'].filter(Boolean).join(', ')}.`,
    table: {
      columns: ['Rank', 'Country', `${label}, ${linesInWords(lines)} (USD thousands)`, 'Region'],
      // A tie is written "2 (tied)": "=2" would read as a formula in a spreadsheet.
      rows: all.map((r) => [r.rank === null ? 'not ranked' : r.tied ? `${r.rank} (tied)` : r.rank, r.country.name, r.value ?? 'not reported', r.country.region]),
    },
  };
}
