import { useMemo } from 'react';
import { countryView, type CountryView } from '../../data/selectors/countryView';
import { resolveViewFilters } from '../../data/selectors/viewFilters';
import { formatFiscalYears } from '../../lib/format';
import { linePlotter } from '../../figures/screen/linePlotter';
import { ChartFrame } from '../../ui/ChartFrame';
import { ExportMenu } from '../../ui/ExportMenu';
import { linesLabel } from '../../ui/linesLabel';
import { SectionHeading } from '../../ui/SectionHeading';
import { NoteList } from '../../ui/tableParts';
import { trendSection } from './section';
import { trendChart } from './trendChart';

/** A line over five fiscal years: shorter than the funding chart. */
const CHART_HEIGHT = 260;

/**
 * The country's funding through every fiscal year the editions print, whatever years are chosen above:
 * a line per funding line chosen. Exports like every chart.
 */
export function TrendPanel({ view }: { view: CountryView }) {
  const { dataset, country, filters, offeredYears } = view;
  const trend = useMemo(() => {
    const all = resolveViewFilters({ years: offeredYears, lines: filters.allLines ? null : filters.lines }, dataset.fiscalYears, filters.available, offeredYears);
    return trendChart(countryView(dataset, country, all));
  }, [dataset, country, filters, offeredYears]);
  return (
    <section className="panel" aria-labelledby={trendSection.id}>
      <div className="panel__head">
        <SectionHeading section={trendSection} />
        <ExportMenu chart={trend} chartName="funding trend" />
      </div>
      <p className="panel__intro">
        {country.name}&apos;s funding in every fiscal year the editions print ({formatFiscalYears(offeredYears)}), whatever years are chosen above, for{' '}
        {linesLabel(filters)}. A gap in a line is a year no edition prints, not $0.
      </p>
      <ChartFrame chart={trend} name="The funding trend" height={CHART_HEIGHT} plotter={linePlotter} />
      <NoteList notes={trend.notes} label="Notes on the funding trend" />
    </section>
  );
}
