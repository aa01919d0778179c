import { NoteList } from './tableParts';
import type { BarChartDescription } from '../figures/chartDescription';
import { ChartFrame } from './ChartFrame';

/**
 * One chart on its own, for another page to embed (`?embed=…`): its title, what it shows, the chart, the
 * notes that qualify its figures, and its source with a link to the full view. Nothing else.
 */
export function EmbeddedChart({
  chart,
  fullViewHref,
  height = 360,
  problems = [],
}: {
  chart: BarChartDescription;
  fullViewHref: string;
  height?: number;
  /** Settings in the link that were not recognised, said above the chart. */
  problems?: readonly string[];
}) {
  return (
    <main id="main" className="embed">
      {problems.length > 0 ? (
        <div className="alert alert--info" role="status">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      ) : null}
      <h1 className="embed__title">{chart.title}</h1>
      <p className="embed__subtitle">{chart.subtitle}</p>
      <ChartFrame chart={chart} name={chart.title} height={height} />
      <NoteList notes={chart.notes} label="Notes on the figures" className="notes embed__notes" />
      <p className="embed__source">
        {chart.source}{' '}
        <a href={fullViewHref} target="_top">
          Open the full view in the CWD dashboard
        </a>
      </p>
    </main>
  );
}
