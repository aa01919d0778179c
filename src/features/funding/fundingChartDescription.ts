import { LINE_NAMES } from '../../data/model/lines';
import { footnotesInView } from '../../data/selectors/footnotes';
import { cumulativeSpan, type FundingView } from '../../data/selectors/fundingByYear';
import type { Country, DatasetSource } from '../../data/model/schema';
import type { ViewFilters } from '../../data/selectors/viewFilters';
import type { BarChartDescription } from '../../lib/export/chartDescription';
import { fileBase, fiscalYearsSlug } from '../../lib/export/fileName';
import { formatFiscalYears, formatThousands } from '../../lib/format';
import { seriesColour } from '../../ui/palette';
import { linesLabel } from '../../ui/linesLabel';
import { mismatchColumnName } from '../../ui/mismatchText';
import { sourceLine } from '../../ui/sourceText';

/** Lines with no money in any year shown stay off the chart and its legend; say so, and where their cumulative is. */
function zeroLinesNote(view: FundingView): string[] {
  const zero = view.rows.filter((r) => r.zeroInYearsShown);
  if (zero.length === 0) return [];
  const names = zero.map((r) => `${r.name} (cumulative ${formatThousands(r.cumulative)})`).join(', ');
  return [`Not drawn, $0K in every year shown: ${names}.`];
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
): BarChartDescription {
  const span = cumulativeSpan(country, fiscalYears);
  const years = view.years.map((y) => y.fiscalYear);
  const cumulativeWhat = view.cumulativeIsPrinted
    ? `${view.printedTotal?.label ?? 'total'} as printed`
    : filters.lines.map((l) => LINE_NAMES[l]).join(' + ');
  const mismatchNotes = view.printedTotal
    ? view.mismatches.map(
        (m) =>
          `Data-quality flag: the printed ${mismatchColumnName(m.column)} total is ${formatThousands(m.printed)}, but its rows add up to ${formatThousands(m.computed)}. The printed figure is kept as printed, not corrected.`,
      )
    : [];
  return {
    fileBase: fileBase([country.id, 'funding-by-agency', fiscalYearsSlug(years), filters.allLines ? '' : filters.lines.join('-')]),
    title: `${country.name}: U.S. CWD funding by agency and fiscal year`,
    subtitle: `${formatFiscalYears(years)} · ${linesLabel(filters)} · U.S. dollars in thousands ($1,200K = $1,200,000)`,
    categories: years.map((y) => `FY${y}`),
    series: view.series.map((s) => ({
      key: s.key,
      name: s.name,
      colour: seriesColour(s.agency, s.program),
      values: view.years.map((y) => y.amounts[s.key] ?? 0),
    })),
    layout: 'stacked',
    unit: 'usd-thousands',
    notes: [
      ...zeroLinesNote(view),
      `Cumulative ${span}: ${formatThousands(view.cumulative)} (${cumulativeWhat}; the report's own column since first funding, not the sum of the years shown).`,
      ...footnotesInView(country, filters).map((f) => f.text),
      ...mismatchNotes,
    ],
    source: sourceLine(source, [country]),
    table: {
      columns: ['Country', 'Agency line', 'Printed label', ...years.map((y) => `FY${y} (USD thousands)`), `Cumulative ${span} (USD thousands)`],
      rows: [
        ...view.rows.map((r) => [country.name, r.name, r.printedLabel, ...years.map((y) => r.byYear[y] ?? 0), r.cumulative]),
        ...(view.printedTotal
          ? [[country.name, 'All agencies (printed total)', view.printedTotal.label, ...years.map((y) => view.printedTotal?.byYear[y] ?? 0), view.printedTotal.cumulative]]
          : []),
      ],
    },
  };
}
