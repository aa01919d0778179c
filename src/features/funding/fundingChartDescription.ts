import { LINE_NAMES, lineNames } from '../../data/model/lines';
import { footnotesInView } from '../../data/selectors/footnotes';
import type { CountryView } from '../../data/selectors/countryView';
import { cumulativeSpan, type FundingView } from '../../data/selectors/fundingByYear';
import type { Country, DatasetSource, Footnote } from '../../data/model/schema';
import type { ViewFilters } from '../../data/selectors/viewFilters';
import { RESTATED_KEY, type BarChartDescription } from '../../figures/chartDescription';
import { fileBase, fiscalYearsSlug } from '../../lib/export/fileName';
import { withArticle } from '../../data/selectors/acrossEditions';
import { formatFiscalYears, fiscalYearLabel, readableThousands } from '../../lib/format';

const money = (thousands: number) => readableThousands(thousands).text;
import { seriesColour } from '../../ui/palette';
import { noMoneyWording, zeroInEveryYear } from './noMoney';
import { linesLabel } from '../../ui/linesLabel';
import { mismatchColumnName } from '../../ui/mismatchText';
import { sourceLine } from '../../ui/sourceText';

/** Lines with no money in any year shown stay off the chart and its legend; say so, and where their cumulative is. */
function zeroLinesNote(view: FundingView): string[] {
  const zero = view.rows.filter((r) => r.zeroInYearsShown);
  if (zero.length === 0) return [];
  const years = view.years.map((y) => y.fiscalYear);
  if (zero.every((r) => zeroInEveryYear(r, years))) {
    const names = zero.map((r) => `${r.name} (cumulative ${money(r.cumulative)})`).join(', ');
    return [`Not drawn, $0 in every year shown: ${names}.`];
  }
  // Some of those years are not reported: not $0, so say which are which.
  const names = zero.map((r) => `${r.name} (${noMoneyWording(r, years)}; cumulative ${money(r.cumulative)})`).join(', ');
  return [`Not drawn, no money in any year shown: ${names}.`];
}

/** Per year shown, the earlier editions its figures come from (none when all are the dataset's own edition's). */
function yearSources(view: FundingView): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const { fiscalYear } of view.years) {
    const ids = new Set<string>();
    for (const row of view.rows) {
      const source = row.sources[fiscalYear];
      if (source && !source.own) ids.add(source.editionId);
    }
    out.set(fiscalYear, [...ids]);
  }
  return out;
}

/** Which edition a year comes from, what no edition prints, and every restated figure shown: under the chart, in its export. */
export function fundingEditionNotes(view: FundingView, editionName: (id: string) => string): string[] {
  return editionNotes(view, yearSources(view), editionName);
}

function editionNotes(view: FundingView, from: Map<number, string[]>, editionName: (id: string) => string): string[] {
  // A restated line is drawn with a dashed outline (the printed total has no bar of its own).
  const notes: string[] = view.restatements.some((r) => r.key !== 'total') ? [RESTATED_KEY] : [];
  for (const [year, ids] of from) {
    if (ids.length > 0) notes.push(`${fiscalYearLabel(year)}: figures from ${ids.map((id) => withArticle(editionName(id))).join(' and ')}, the latest that prints that year.`);
  }
  for (const y of view.years) {
    if (y.unreportedLines.length > 0) notes.push(`${fiscalYearLabel(y.fiscalYear)}: ${y.unreportedLines.join(', ')} not reported; the bar shows only the lines reported.`);
  }
  const missing = view.years.filter((y) => y.notReported).map((y) => fiscalYearLabel(y.fiscalYear));
  if (missing.length > 0) notes.push(`${missing.join(', ')}: not reported by any edition in this dataset (not $0).`);
  for (const r of view.restatements) {
    const figures = [...r.figures].reverse().map((f) => `${money(f.value)} in ${withArticle(editionName(f.editionId))}`);
    const line = r.key === 'total' ? 'the printed total' : LINE_NAMES[r.key];
    notes.push(`Restated: ${fiscalYearLabel(r.fiscalYear)}, ${line}, is ${figures.join(', ')}; the latest is shown.`);
  }
  return notes;
}

/**
 * The funding chart, described once: the screen chart, the exported image
 * and the CSV all read from this.
 */
export function fundingChartDescription(
  country: Country,
  source: DatasetSource,
  fiscalYears: readonly number[],
  filters: ViewFilters,
  view: FundingView,
  editionName: (editionId: string) => string = (id) => id,
): BarChartDescription {
  return describeFunding({ country, source, filters, funding: view, editionName, span: cumulativeSpan(country, fiscalYears), footnotes: footnotesInView(country, filters) });
}

interface FundingFigure {
  country: Country;
  source: DatasetSource;
  filters: ViewFilters;
  funding: FundingView;
  editionName: (editionId: string) => string;
  span: string;
  footnotes: readonly Footnote[];
}

function describeFunding({ country, source: dataSource, filters, funding: view, editionName, span, footnotes }: FundingFigure): BarChartDescription {
  const years = view.years.map((y) => y.fiscalYear);
  const from = yearSources(view);
  const cumulativeWhat = view.cumulativeIsPrinted
    ? `${view.printedTotal?.label ?? 'total'} as printed`
    : lineNames(filters.lines, ' + ');
  const mismatchNotes = view.printedTotal
    ? view.shownMismatches.map(
        (m) =>
          `Data-quality flag: the printed ${mismatchColumnName(m.column)} total is ${money(m.printed)}, but its rows add up to ${money(m.computed)}. The printed figure is kept as printed, not corrected.`,
      )
    : [];
  const source = sourceLine(dataSource, [country]);
  const sourceCell = source.replace(/^Source: /, '').replace(/\.$/, '');
  return {
    fileBase: fileBase([country.id, 'funding-by-agency', fiscalYearsSlug(years), filters.allLines ? '' : filters.lines.join('-')]),
    title: `${country.name}: U.S. CWD funding by agency and fiscal year`,
    subtitle: `${formatFiscalYears(years)} · ${linesLabel(filters)} · U.S. dollars`,
    // A year from an earlier edition says which under its label (a no-break space keeps "2017 ed." on one line).
    categories: years.map((y) => {
      const editions = from.get(y) ?? [];
      return editions.length > 0 ? `${fiscalYearLabel(y)} ${editions.map((id) => `${editionName(id).replace(' edition', '')}\u00a0ed.`).join('/')}` : fiscalYearLabel(y);
    }),
    notReported: view.years.map((y) => y.notReported),
    series: view.series.map((s) => {
      const row = view.rows.find((r) => r.key === s.key);
      return {
        key: s.key,
        name: s.name,
        colour: seriesColour(s.agency, s.program),
        values: view.years.map((y) => y.amounts[s.key] ?? 0),
        restated: view.years.map((y) => row?.sources[y.fiscalYear]?.restated ?? false),
      };
    }),
    layout: 'stacked',
    unit: 'usd-thousands',
    notes: [
      ...editionNotes(view, from, editionName),
      ...zeroLinesNote(view),
      `Cumulative ${span}: ${money(view.cumulative)} (${cumulativeWhat}; the report's own column since first funding, not the sum of the years shown).`,
      ...footnotes.map((f) => f.text),
      ...mismatchNotes,
    ],
    source,
    table: {
      // Each row names its source (publisher, report, edition, the country's page), so a file read on its own says where it is from.
      columns: ['Country', 'Agency line', 'Printed label', ...years.map((y) => `${fiscalYearLabel(y)} (USD thousands)`), `Cumulative ${span} (USD thousands)`, 'Source'],
      rows: [
        // A blank cell is "not reported", never 0.
        ...view.rows.map((r) => [country.name, r.name, r.printedLabel, ...years.map((y) => r.byYear[y] ?? ''), r.cumulative, sourceCell]),
        ...(view.printedTotal
          ? [[country.name, 'All agencies (printed total)', view.printedTotal.label, ...years.map((y) => view.printedTotal?.byYear[y] ?? ''), view.printedTotal.cumulative, sourceCell]]
          : []),
      ],
    },
  };
}

const charts = new WeakMap<CountryView, BarChartDescription>();

/** The funding chart of a country view, described once per view: the funding panel, the brief and the embedded chart all show it. */
export function fundingChart(view: CountryView): BarChartDescription {
  let chart = charts.get(view);
  if (!chart) {
    const { country, dataset, filters, funding, editionName, cumulativeSpan: span, footnotes } = view;
    chart = describeFunding({ country, source: dataset.source, filters, funding, editionName, span, footnotes });
    charts.set(view, chart);
  }
  return chart;
}
