import { LINE_NAMES } from '../../data/model/lines';
import { withArticle } from '../../data/selectors/acrossEditions';
import type { CountryView } from '../../data/selectors/countryView';
import type { FundingTableRow } from '../../data/selectors/fundingByYear';
import { RESTATED_POINT_KEY, type BarChartDescription, type ChartSeries } from '../../figures/chartDescription';
import { fileBase, fiscalYearsSlug } from '../../lib/export/fileName';
import { fiscalYearLabel, formatFiscalYears, listInWords, readableThousands } from '../../lib/format';
import { linesLabel } from '../../ui/linesLabel';
import { seriesColour } from '../../ui/palette';
import { sourceLine } from '../../ui/sourceText';

const money = (thousands: number) => readableThousands(thousands).text;

/** Years in words, runs joined: "FY2013–FY2014 and FY2016". */
function yearsInWords(years: readonly number[]): string {
  const runs: number[][] = [];
  for (const y of years) {
    const run = runs.at(-1);
    if (run && run.at(-1) === y - 1) run.push(y);
    else runs.push([y]);
  }
  return listInWords(runs.map((r) => formatFiscalYears(r)));
}

/** Per edition, the years whose figures come from it, oldest edition first. */
function editionsOfYears(rows: readonly FundingTableRow[], years: readonly number[]): { editionId: string; years: number[] }[] {
  const byEdition = new Map<string, number[]>();
  for (const y of years) {
    const ids = new Set(rows.flatMap((r) => (r.sources[y] ? [r.sources[y].editionId] : [])));
    for (const id of ids) byEdition.set(id, [...(byEdition.get(id) ?? []), y]);
  }
  return [...byEdition].map(([editionId, ys]) => ({ editionId, years: ys })).sort((a, b) => (a.years[0] ?? 0) - (b.years[0] ?? 0));
}

/**
 * A country's funding through every fiscal year the editions print (FY2013–FY2017), a line per funding
 * line chosen (the funding chart above gives their totals): each year from the latest edition that prints it, a
 * restated figure ringed, a year no edition prints a gap (never $0). `view` covers every offered year.
 */
export function trendChart(view: CountryView): BarChartDescription {
  const { country, dataset, filters, funding, editionName } = view;
  const years = funding.years.map((y) => y.fiscalYear);
  const drawn = funding.rows.filter((r) => !r.zeroInYearsShown);
  const series: ChartSeries[] = drawn.map((r) => ({
    key: r.key,
    name: r.name,
    colour: seriesColour(r.agency, r.program),
    values: years.map((y) => r.byYear[y] ?? null),
    restated: years.map((y) => r.sources[y]?.restated ?? false),
  }));

  const notes: string[] = [];
  if (series.some((s) => s.restated?.some(Boolean))) notes.push(RESTATED_POINT_KEY);
  const sources = editionsOfYears(drawn, years);
  if (sources.length > 1 || sources.some((s) => s.editionId !== dataset.id)) {
    notes.push(`Each year as the latest edition that prints it: ${sources.map((s) => `${yearsInWords(s.years)} from ${withArticle(editionName(s.editionId))}`).join('; ')}.`);
  }
  const missing = funding.years.filter((y) => y.notReported).map((y) => y.fiscalYear);
  if (missing.length > 0) notes.push(`${yearsInWords(missing)}: not reported by any edition in this dataset; the lines have a gap there, not $0.`);
  for (const r of drawn) {
    const gaps = years.filter((y) => !missing.includes(y) && (r.byYear[y] === null || r.byYear[y] === undefined));
    if (gaps.length > 0) notes.push(`${r.name}: not reported for ${yearsInWords(gaps)} (a gap in its line).`);
  }
  for (const r of funding.restatements) {
    if (r.key === 'total') continue;
    const figures = [...r.figures].reverse().map((f) => `${money(f.value)} in ${withArticle(editionName(f.editionId))}`);
    notes.push(`Restated: ${fiscalYearLabel(r.fiscalYear)}, ${LINE_NAMES[r.key]}, is ${figures.join(', ')}; the latest is drawn.`);
  }
  const zero = funding.rows.filter((r) => r.zeroInYearsShown);
  if (zero.length > 0) notes.push(`Not drawn, no money in any of these years: ${zero.map((r) => r.name).join(', ')}.`);

  return {
    fileBase: fileBase([country.id, 'funding-trend', fiscalYearsSlug(years), filters.allLines ? '' : filters.lines.join('-')]),
    title: `${country.name}: U.S. CWD funding, ${formatFiscalYears(years)}`,
    subtitle: `By fiscal year · ${linesLabel(filters)} · U.S. dollars · each year as the latest edition prints it`,
    categories: years.map((y) => fiscalYearLabel(y)),
    notReported: funding.years.map((y) => y.notReported),
    series,
    layout: 'line',
    unit: 'usd-thousands',
    notes,
    source: sourceLine(dataset.source, [country]),
    table: {
      columns: ['Country', 'Funding line', ...years.map((y) => `${fiscalYearLabel(y)} (USD thousands)`), 'Edition of each year', 'Restated years'],
      rows: [
        ...drawn.map((r) => [
          country.name,
          r.name,
          // A blank cell is "not reported", never 0.
          ...years.map((y) => r.byYear[y] ?? ''),
          years.flatMap((y) => (r.sources[y] ? [`${fiscalYearLabel(y)}: ${editionName(r.sources[y].editionId)}`] : [])).join('; '),
          years.filter((y) => r.sources[y]?.restated).map((y) => fiscalYearLabel(y)).join('; '),
        ]),
      ],
    },
  };
}
