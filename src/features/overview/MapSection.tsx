import { memo, useMemo, type ReactNode } from 'react';
import type { LineId } from '../../data/model/lines';
import type { Dataset } from '../../data/model/schema';
import { rankCountries, type Measure, type RankedCountry } from '../../data/selectors/ranking';
import { fiscalYearLabel, formatFiscalYears } from '../../lib/format';
import { FailureNotice } from '../../ui/FailureNotice';
import { useLazyModule } from '../../ui/useLazyModule';

// The outlines (about 30 KB gzip) and d3-geo load only with the overview, in a chunk of their own.
const loadWorldMap = () => import('./WorldMap');

interface MapSectionProps {
  dataset: Dataset;
  /** Every fiscal year the dataset offers, ascending. */
  offered: readonly number[];
  rows: readonly RankedCountry[];
  measure: Measure;
  /** The years a sum adds up. */
  years: readonly number[];
  lines: readonly LineId[] | null;
  region: string | null;
  label: string;
  /** The year slider and its Play button, drawn above the map so that the map can be watched while it plays. */
  yearControl: ReactNode;
}

/** The map of the measure, loaded on demand; the ranking table above is its text equivalent. */
export const MapSection = memo(function MapSection({ dataset, offered, rows, measure, years, lines, region, label, yearControl }: MapSectionProps) {
  const { module, failure, retry } = useLazyModule(loadWorldMap);
  const byYear = measure.kind === 'year';
  // For one fiscal year, the map keys every year offered at once (with the lines and region chosen), so a
  // colour reads the same in FY2013 as in FY2017: each year's figures, here; their classes, in the map's
  // chunk. A sum or the cumulative is keyed on its own figures.
  const everyYear = useMemo(
    () => (byYear ? offered.map((y) => rankCountries(dataset, offered, { measure: { kind: 'year', fiscalYear: y }, years: offered, lines, region }).map((r) => r.value)) : null),
    [byYear, dataset, offered, lines, region],
  );
  const keyNote = byYear && offered.length > 1 ? `Same key for ${formatFiscalYears(offered)}, so a colour means the same amount in every year.` : null;
  const noFigure = measure.kind === 'year' ? `Table, but no figure for ${fiscalYearLabel(measure.fiscalYear)}` : measure.kind === 'sum' ? `Table, but no figure for ${formatFiscalYears(years)}` : 'Table, but no figure for this measure';
  return (
    <section className="panel" aria-labelledby="map-heading">
      <h2 id="map-heading">Map</h2>
      <p className="panel__intro">
        {label}, by country. Hover over or tab to a country for its figure; click it or press Enter to open its page. The ranking table above
        gives every figure as text.
      </p>
      {yearControl}
      {failure !== null ? (
        <FailureNotice title="The map could not be loaded." message={failure} onRetry={retry} />
      ) : module ? (
        <module.default dataset={dataset} rows={rows} label={label} keyValues={everyYear} keyNote={keyNote} noFigure={noFigure} />
      ) : (
        <p className="panel__note">Loading the map…</p>
      )}
    </section>
  );
});
