import type { BarChartDescription } from '../../figures/chartDescription';
import { fileBase, fiscalYearsSlug } from '../../lib/export/fileName';
import { formatFiscalYears, formatThousands, fiscalYearLabel, namesThenMore, readableThousands, shareCell } from '../../lib/format';
import { type LineId, lineNames } from '../../data/model/lines';
import type { DatasetSource } from '../../data/model/schema';
import { DEFAULT_TOP, measureParam, regionParam, type Measure, type RankedCountry, type RankingTop } from '../../data/selectors/ranking';
import { countryShare, type ShareBases } from '../../data/selectors/shares';
import { inASentence } from '../../lib/listWords';
import { regionInSentence } from '../../ui/regionWords';
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

/** Each line as an officer names it in a title: State's program lines by the department's name. */
const LINE_TITLE: Readonly<Record<LineId, string>> = {
  'dos-nadr-cwd': 'State NADR-CWD',
  'dos-other': 'State Other',
  dod: 'DoD',
  usaid: 'USAID',
  cdc: 'CDC',
};

/** The funding a title is about: "U.S. CWD" for every line, else the lines ("State NADR-CWD and DoD"); both of State's lines are "State". */
export function linesInTitle(lines: readonly LineId[] | null): string {
  if (lines === null) return 'U.S. CWD';
  const state = lines.includes('dos-nadr-cwd') && lines.includes('dos-other');
  const named = lines.filter((l) => !(state && (l === 'dos-nadr-cwd' || l === 'dos-other'))).map((l) => LINE_TITLE[l]);
  return inASentence(state ? ['State', ...named] : named);
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The rank as shown: "2" or "=2" for a tie; "–" where the country has no figure. */
export function rankText(row: RankedCountry): string {
  if (row.rank === null) return '–';
  return row.tied ? `=${row.rank}` : String(row.rank);
}

/** Names in a note: every one up to twelve, then how many more. */
const namesShort = (names: readonly string[]) => namesThenMore(names);

const countries = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'country' : 'countries'}`;

export interface RankingContext {
  measure: Measure;
  years: readonly number[];
  lines: readonly LineId[] | null;
  region: string | null;
  /**
   * The country the officer chose (outlined in the chart, or its place said when the chart leaves it
   * out); null when none was chosen: the country the page opens on by default is outlined nowhere.
   */
  currentCountryId: string | null;
  /** How many countries the chart draws: the top 10 (the default), the top 20, or every one with funding. */
  top?: RankingTop;
  /** The last fiscal year the cumulative runs through (the edition's latest), for the title. */
  throughYear?: number;
  /** The wholes the data sheet's shares are of: every country with a table, and each region (rankingShareBases). */
  shares: ShareBases;
  source: DatasetSource;
}

/** What a share of a ranking is of, in words: "FY2017, DOS NADR-CWD", "FY2016–FY2017 combined, …", "each table's cumulative, …". */
export function shareBasisWords(measure: Measure, years: readonly number[], lines: readonly LineId[] | null): string {
  const period = measure.kind === 'year' ? fiscalYearLabel(measure.fiscalYear) : measure.kind === 'sum' ? `${formatFiscalYears(years)} combined` : "each table's cumulative";
  return `${period}, ${linesInWords(lines)}`;
}

/**
 * The wholes a ranking's shares are of, in words, for the note beside the table and the CSV's headers: every
 * country with a table, named with its sum (and, when the ranking shows one region, said to be every region's),
 * and the region's sum.
 */
export function shareWholes(shares: ShareBases, context: Pick<RankingContext, 'measure' | 'years' | 'lines' | 'region'>): { total: string; region: string } {
  const { region } = context;
  return {
    total: `${formatThousands(shares.total)}, the sum of every country with a table${region === null ? '' : `, in every region, not only ${regionInSentence(region)}`} (${shareBasisWords(context.measure, context.years, context.lines)})`,
    region: region === null ? "the sum of the country's region" : `the sum for ${regionInSentence(region)}, ${formatThousands(shares.byRegion[region] ?? 0)}`,
  };
}

/** A share in the data sheet: the percent to one decimal, or why there is none. */
function shareColumn(value: number | null, percent: number | null): number | string {
  if (value === null) return 'not reported';
  return percent === null ? 'none: the whole is $0' : shareCell(percent);
}

/** The most bars a ranking draws (and rows its table shows); the CSV carries every country. */
export const MAX_RANKED_SHOWN = 100;

/**
 * The ranking as one chart description: the bars on screen, the PNG/SVG/slide and the CSV all come from it.
 * The chart draws the countries with funding, highest first, down to the top 10 (or 20, or all): a tie
 * at the last place shown comes in whole. Countries at $0 or with no figure are left out of the chart
 * and counted in a note; the CSV keeps every country.
 */
export function rankingChart(all: readonly RankedCountry[], context: RankingContext): BarChartDescription {
  const { measure, years, lines, region } = context;
  const top = context.top ?? DEFAULT_TOP;
  const limit = top === 'all' ? MAX_RANKED_SHOWN : Math.min(top, MAX_RANKED_SHOWN);
  const funded = all.filter((r) => r.value !== null && r.value > 0);
  // By rank, so that countries tied at the last place shown are all drawn; then at most MAX_RANKED_SHOWN.
  const rows = funded.filter((r) => r.rank !== null && r.rank <= limit).slice(0, MAX_RANKED_SHOWN);
  const cut = rows.length < funded.length;
  const label = measureLabel(measure, years);
  // "in FY2017", "in FY2016–FY2017 combined", "cumulatively"
  const period = measure.kind === 'year' ? `in ${label}` : measure.kind === 'sum' ? `in ${formatFiscalYears(years)} combined` : 'cumulatively';
  const notes: string[] = [];

  if (cut && top === 'all') notes.push(`The first ${rows.length} of ${countries(funded.length)} with funding; the CSV lists every one.`);
  const last = rows.at(-1);
  if (top !== 'all' && last?.rank !== null && last?.rank !== undefined && rows.length > top) {
    const sharing = rows.filter((r) => r.rank === last.rank);
    notes.push(`${inASentence(sharing.map((r) => r.country.name))} share ${ordinal(last.rank)} place, so ${rows.length} countries are shown.`);
  }
  if (measure.kind === 'sum') notes.push(`Each bar adds the country's figures for ${formatFiscalYears(years)}; the report prints no such sum.`);
  if (measure.kind === 'cumulative') notes.push("The cumulative is each country's COUNTRY TOTAL as the report prints it (or, for some lines, those lines' printed cumulatives), from the country's first year of funding: not a sum of the fiscal years shown.");
  const ties = [...new Set(rows.filter((r) => r.tied).map((r) => r.rank))];
  if (ties.length > 0) {
    const groups = ties.map((rank) => `${inASentence(rows.filter((r) => r.rank === rank).map((r) => r.country.name))} (${ordinal(rank ?? 0)})`);
    notes.push(`Equal figures share a rank: ${groups.join('; ')}.`);
  }
  const partial = rows.filter((r) => r.yearsNotReported.length > 0);
  if (partial.length > 0) notes.push(`Some years are not reported, so the sum is of the years that are: ${namesShort(partial.map((r) => `${r.country.name} (no ${r.yearsNotReported.map((y) => fiscalYearLabel(y)).join(', ')})`))}.`);
  const flagged = rows.filter((r) => r.flagged);
  if (flagged.length > 0) notes.push(`Printed total disagrees with the rows somewhere in the table of ${namesShort(flagged.map((r) => r.country.name))}; the bars add the rows.`);

  const zero = all.filter((r) => r.value === 0);
  if (zero.length > 0) notes.push(`${countries(zero.length)} with $0 ${period} ${zero.length === 1 ? 'is' : 'are'} not shown: ${namesShort(zero.map((r) => r.country.name))}.`);
  const unreported = all.filter((r) => r.value === null);
  if (unreported.length > 0) {
    const noFigure = measure.kind === 'sum' ? `for any of ${formatFiscalYears(years)}` : `for ${label}`;
    notes.push(`${countries(unreported.length)} with no figure ${noFigure} in any edition ${unreported.length === 1 ? 'is' : 'are'} not shown: ${namesShort(unreported.map((r) => r.country.name))}.`);
  }

  const chosen = context.currentCountryId === null ? undefined : all.find((r) => r.country.id === context.currentCountryId);
  if (chosen && rows.includes(chosen)) notes.push(`Highlighted: ${chosen.country.name}.`);
  else if (chosen?.value && chosen.rank !== null) {
    const money = readableThousands(chosen.value);
    // A rounded figure here is said exactly when no bar's figure is rounded (the image's rounding line follows the bars).
    const exactToo = money.rounded && !rows.some((r) => r.value !== null && readableThousands(r.value).rounded) ? ` (${money.dollars})` : '';
    notes.push(`${chosen.country.name} ranks ${ordinal(chosen.rank)}${chosen.tied ? ' (tied)' : ''} of the ${countries(funded.length)} with funding, at ${money.text}${exactToo}: below the ${rows.length} shown.`);
  }

  const where = region ? ` in ${regionInSentence(region)}` : '';
  const when =
    measure.kind === 'year' ? label : measure.kind === 'sum' ? `${formatFiscalYears(years)} combined` : `cumulative${context.throughYear ? ` through ${fiscalYearLabel(context.throughYear)}` : ''}`;
  const about = `${linesInTitle(lines)} funding${where}, ${when}`;
  const wholes = shareWholes(context.shares, context);
  return {
    fileBase: fileBase(['cwd-ranking', measureParam(measure), measure.kind === 'sum' ? fiscalYearsSlug(years) : '', lines === null ? 'all-lines' : lines.join('-'), region ? regionParam(region) : 'all-countries']),
    title: cut ? `Top ${top === 'all' ? rows.length : top} recipients of ${about}` : `Recipients of ${about}, ranked`,
    subtitle: `${label} · ${linesInWords(lines)} · U.S. dollars · ${cut ? `${rows.length} of ` : ''}${countries(funded.length)} with funding`,
    categories: rows.map((r) => r.country.name),
    series: [{ key: 'value', name: `${label}, ${linesInWords(lines)}`, colour: '#0072B2', values: rows.map((r) => r.value) }],
    layout: 'ranked',
    highlighted: rows.map((r) => r === chosen),
    unit: 'usd-thousands',
    notes,
    source: `Source: ${[context.source.publisher, reportTitle(context.source), 'country funding tables'].filter(Boolean).join(', ')}.`,
    table: {
      columns: [
        'Rank',
        'Country',
        `${label}, ${linesInWords(lines)} (USD thousands)`,
        'Region',
        `Share of total, % (of ${wholes.total}; calculated, rounded to one decimal)`,
        `Share of region, % (of ${wholes.region}; calculated, rounded to one decimal)`,
      ],
      // A tie is written "2 (tied)": "=2" would read as a formula in a spreadsheet.
      rows: all.map((r) => {
        const share = countryShare(r, context.shares);
        return [
          r.rank === null ? 'not ranked' : r.tied ? `${r.rank} (tied)` : r.rank,
          r.country.name,
          r.value ?? 'not reported',
          r.country.region,
          shareColumn(r.value, share.ofTotal),
          shareColumn(r.value, share.ofRegion),
        ];
      }),
    },
  };
}
