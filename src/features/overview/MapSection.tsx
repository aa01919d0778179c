import { memo } from 'react';
import type { Dataset } from '../../data/model/schema';
import type { RankedCountry } from '../../data/selectors/ranking';
import { FailureNotice } from '../../ui/FailureNotice';
import { useLazyModule } from '../../ui/useLazyModule';

// The outlines (about 30 KB gzip) and d3-geo load only with the overview, in a chunk of their own.
const loadWorldMap = () => import('./WorldMap');

/** The map of the measure, loaded on demand; the ranking table above is its text equivalent. */
export const MapSection = memo(function MapSection({ dataset, rows, label }: { dataset: Dataset; rows: readonly RankedCountry[]; label: string }) {
  const { module, failure, retry } = useLazyModule(loadWorldMap);
  return (
    <section className="panel" aria-labelledby="map-heading">
      <h2 id="map-heading">Map</h2>
      <p className="panel__intro">
        {label}, by country. Hover over or tab to a country for its figure; click it or press Enter to open its page. The ranking table above
        gives every figure as text.
      </p>
      {failure !== null ? (
        <FailureNotice title="The map could not be loaded." message={failure} onRetry={retry} />
      ) : module ? (
        <module.default dataset={dataset} rows={rows} label={label} />
      ) : (
        <p className="panel__note">Loading the map…</p>
      )}
    </section>
  );
});
