import { lineNames } from '../../data/model/lines';
import { AGENCIES } from '../../data/model/agencies';
import type { CountryView } from '../../data/selectors/countryView';
import { resultsView } from '../../data/selectors/resultsView';
import type { BriefDescription } from '../../figures/composeBrief';
import { fileBase, fiscalYearsSlug } from '../../lib/export/fileName';
import { formatFiscalYears, formatPeriod, formatResultValue, roundedMoneyNote } from '../../lib/format';
import { briefResultsShown } from '../../figures/briefSizes';
import { chartIsRounded } from '../../figures/markLabels';
import { fundingHeadline } from '../../features/funding/fundingHeadline';
import { linesLabel } from '../../ui/linesLabel';
import { reportTitle } from '../../ui/sourceText';
import { fundingChart } from '../../features/funding/fundingChartDescription';

/**
 * The country brief for the view: the funding chart as the funding panel describes it, the headline as
 * the first screen gives it (the funding for the chart's years, the report's cumulative beside it), and
 * the results as their tiles show them. Nothing here works out a figure of its own.
 */
export function briefDescription(countryView: CountryView): BriefDescription {
  const { country, dataset, filters, funding: view, cumulativeSpan: span } = countryView;
  const chart = fundingChart(countryView);
  const headline = fundingHeadline(countryView);
  const lines = filters.allLines ? 'all agencies' : lineNames(filters.lines);
  const results = resultsView(country, filters).tiles.map(({ result }) => ({
    value: formatResultValue(result),
    label: result.label,
    // Only what the page names: a result with no partner or agency named prints no blank for it.
    meta: [formatPeriod(result.period), result.partner, result.agency ? AGENCIES[result.agency].name : null].filter(Boolean).join(' · '),
  }));
  const noResults = !country.narrativeIncluded
    ? `No results are listed: the text of the report's page for ${country.name} is not in this dataset.`
    : country.results.length === 0
      ? `The page states no result in figures for ${country.name}.`
      : 'No result matches the years and lines chosen.';
  const amounts = [headline.amount, headline.cumulative].filter((a) => a !== null);
  const rounded = amounts.some((a) => a.rounded) || chartIsRounded(chart);
  return {
    fileBase: fileBase([country.id, 'brief', filters.allYears ? '' : fiscalYearsSlug(filters.years), filters.allLines ? '' : filters.lines.join('-')]),
    title: `${country.name}: U.S. Conventional Weapons Destruction assistance`,
    subtitle: `${formatFiscalYears(view.years.map((y) => y.fiscalYear))} · ${linesLabel(filters)} · ${reportTitle(dataset.source)}`,
    headline: {
      label: `U.S. CWD funding, ${headline.period} (${lines})`,
      value: headline.amount?.text ?? 'not reported',
      note: headline.basis,
    },
    cumulative: { label: headline.cumulativeLabel, value: headline.cumulative.text },
    chart,
    results,
    shown: briefResultsShown(results),
    noResults,
    partners: country.partners,
    // The cumulative is beside the headline; the rest of the chart's notes apply to the brief as they stand.
    notes: [...chart.notes.filter((n) => !n.startsWith(`Cumulative ${span}:`)), ...(rounded ? [roundedMoneyNote("the dashboard's funding table")] : [])],
    source: chart.source,
  };
}
