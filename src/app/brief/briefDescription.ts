import { lineNames } from '../../data/model/lines';
import { AGENCIES } from '../../data/model/agencies';
import type { CountryView } from '../../data/selectors/countryView';
import { resultsView } from '../../data/selectors/resultsView';
import type { BriefDescription } from '../../figures/composeBrief';
import { fileBase, fiscalYearsSlug } from '../../lib/export/fileName';
import { formatFiscalYears, formatPeriod, formatResultValue, readableThousands } from '../../lib/format';
import { linesLabel } from '../../ui/linesLabel';
import { reportTitle } from '../../ui/sourceText';
import { fundingChart } from '../../features/funding/fundingChartDescription';

/**
 * The country brief for the view: the funding chart as the funding panel describes it, the headline
 * cumulative as the panel beside it gives it, and the results as their tiles show them. Nothing here
 * computes a figure of its own.
 */
export function briefDescription(countryView: CountryView): BriefDescription {
  const { country, dataset, filters, funding: view, cumulativeSpan: span } = countryView;
  const chart = fundingChart(countryView);
  const cumulative = readableThousands(view.cumulative);
  const namedLines = lineNames(filters.lines);
  const results = resultsView(country, filters).tiles.map(({ result }) => ({
    value: formatResultValue(result),
    label: result.label,
    meta: [
      formatPeriod(result.period),
      result.partner ?? 'no partner named',
      result.agency ? AGENCIES[result.agency].name : 'U.S. government (no agency named)',
    ].join(' · '),
  }));
  const noResults = !country.narrativeIncluded
    ? `This dataset has no narrative for ${country.name}: funding only.`
    : country.results.length === 0
      ? `The page states no result in figures for ${country.name}.`
      : 'No result matches the current filters.';
  return {
    fileBase: fileBase([country.id, 'brief', filters.allYears ? '' : fiscalYearsSlug(filters.years), filters.allLines ? '' : filters.lines.join('-')]),
    title: `${country.name}: U.S. Conventional Weapons Destruction assistance`,
    subtitle: `${formatFiscalYears(view.years.map((y) => y.fiscalYear))} · ${linesLabel(filters)} · ${reportTitle(dataset.source)}`,
    headline: {
      label: `${view.cumulativeIsPrinted ? 'Total U.S. CWD funding' : `CWD funding, ${namedLines}`}, ${span}, cumulative`,
      value: cumulative.text,
      note: `${cumulative.rounded ? `${cumulative.exact} exactly: ` : ''}the report's cumulative figure, not a sum of the years shown`,
    },
    chart,
    results,
    noResults,
    partners: country.partners,
    // The cumulative is the headline; the rest of the chart's notes apply to the slide as they stand.
    notes: chart.notes.filter((n) => !n.startsWith(`Cumulative ${span}:`)),
    source: chart.source,
  };
}
