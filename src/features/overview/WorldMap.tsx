import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { memo, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import type { Dataset } from '../../data/model/schema';
import type { RankedCountry } from '../../data/selectors/ranking';
import { useFilterStore } from '../../filters/filterStore';
import { formatDollarsFromThousands, formatThousands, namesThenMore, readableThousands } from '../../lib/format';
import { Swatch } from '../../figures/screen/Swatch';
import { classColour, classesAcrossYears, classesOf } from './mapClasses';
import { atlasNameCandidates } from './mapNames';

// When this chunk finished loading: the benchmark reads the time from here to the map's first paint.
const loadedAt = performance.now();

const WIDTH = 960;
const HEIGHT = 480;
const ZERO = '#f6f6f6';
const NO_TABLE = '#bdbdbd';
/** Not reported: white, hatched in grey, so it reads apart from $0 and from every colour of the key. */
const NOT_REPORTED = '#ffffff';
const HATCH = '#565c65';

type Outline = Feature<Geometry, { name: string }>;

// Natural Earth 1:110m outlines, bundled (no request beyond this site); Antarctica left off.
const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const outlines = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features.filter((f) => f.properties.name !== 'Antarctica');

/** The key's hatch: the same grey lines on white as a country with a table but no figure. */
function HatchSwatch() {
  return (
    <svg className="swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect width="12" height="12" fill={NOT_REPORTED} />
      <path d="M0 4L4 0M0 8L8 0M0 12L12 0M4 12L12 4M8 12L12 8" stroke={HATCH} strokeWidth="1.4" />
    </svg>
  );
}

const outlinesByDataset = new WeakMap<Dataset, Map<string, Outline>>();
/** Each country of the dataset to its outline, by the outline's name (see mapNames.ts); cached per dataset. */
function matchOutlines(dataset: Dataset): Map<string, Outline> {
  const cached = outlinesByDataset.get(dataset);
  if (cached) return cached;
  const byName = new Map(outlines.map((o) => [o.properties.name, o]));
  const matched = new Map<string, Outline>();
  for (const country of dataset.countries) {
    const outline = atlasNameCandidates(country).map((n) => byName.get(n)).find((o) => o !== undefined);
    if (outline) matched.set(country.id, outline);
  }
  outlinesByDataset.set(dataset, matched);
  return matched;
}

/** Every outline's SVG path, in the Equal Earth projection fitted to the outlines in view. */
function pathsFor(inView: readonly Outline[]): Map<Outline, string> {
  const projection = geoEqualEarth().fitExtent(
    [
      [8, 8],
      [WIDTH - 8, HEIGHT - 8],
    ],
    { type: 'FeatureCollection', features: [...inView] },
  );
  const path = geoPath(projection);
  return new Map(outlines.map((o) => [o, path(o) ?? '']));
}

interface Shape {
  outline: Outline;
  d: string;
  row: RankedCountry | null;
}

interface WorldMapProps {
  dataset: Dataset;
  rows: readonly RankedCountry[];
  label: string;
  /**
   * For one fiscal year, every year's figures (one list per year offered): the key is cut from them all and
   * stays the same from year to year. null: the key is cut from `rows` alone.
   */
  keyValues: readonly (readonly (number | null)[])[] | null;
  /** What the key says of itself ("Same key for FY2013–FY2017 …"), or null. */
  keyNote: string | null;
  /** The key's words for a country with a table but no figure ("Table, but no figure for FY2014"). */
  noFigure: string;
}

/**
 * A choropleth of the ranking's measure: each country with a table coloured by its figure, hatched where
 * its table has no figure for the measure, grey where the edition has no table for it. Countries with a
 * table are links: hover or focus shows the figure, click or Enter opens the country's page. Drawn as
 * plain SVG with d3-geo's Equal Earth projection.
 */
function WorldMap({ dataset, rows, label, keyValues, keyNote, noFigure }: WorldMapProps) {
  const countryOpened = useFilterStore((s) => s.countryOpened);
  useEffect(() => {
    // After the first paint of the map: a frame, then a task queued from it.
    requestAnimationFrame(() => {
      setTimeout(() => {
        if (performance.getEntriesByName('map:first-draw').length === 0) performance.measure('map:first-draw', { start: loadedAt });
      }, 0);
    });
  }, []);
  const [active, setActive] = useState<RankedCountry | null>(null);
  const hatchId = `${useId()}-hatch`;
  const classes = useMemo(() => (keyValues ? classesAcrossYears(keyValues) : classesOf(rows.map((r) => r.value))), [keyValues, rows]);
  // Which outline is which country's: once per dataset, not per change of measure.
  const outlineOf = useMemo(() => matchOutlines(dataset), [dataset]);
  // The frame: a region's countries fill it; with every region (or many countries), the world does.
  const inView = rows.length > 0 && rows.length < 20 ? rows.map((r) => outlineOf.get(r.country.id)).filter((o): o is Outline => o !== undefined) : [];
  const frameKey = inView.map((o) => o.properties.name).join('|');
  // Path strings, the costly part of a map: computed again only when the frame changes.
  const paths = useMemo(() => {
    const names = new Set(frameKey.split('|'));
    return pathsFor(frameKey === '' ? outlines : outlines.filter((o) => names.has(o.properties.name)));
  }, [frameKey]);
  const shapes = useMemo((): { shapes: Shape[]; unmatched: RankedCountry[] } => {
    const byOutline = new Map<Outline, RankedCountry>();
    const unmatched: RankedCountry[] = [];
    for (const row of rows) {
      const outline = outlineOf.get(row.country.id);
      if (outline) byOutline.set(outline, row);
      else unmatched.push(row);
    }
    return { shapes: outlines.map((outline) => ({ outline, d: paths.get(outline) ?? '', row: byOutline.get(outline) ?? null })), unmatched };
  }, [rows, outlineOf, paths]);

  const fill = (row: RankedCountry | null): string => {
    if (!row) return NO_TABLE;
    if (row.value === null) return `url(#${hatchId})`;
    if (row.value === 0) return ZERO;
    return classColour(row.value, classes);
  };
  const figure = (row: RankedCountry) => (row.value === null ? 'not reported' : `${formatThousands(row.value)} (${formatDollarsFromThousands(row.value)})`);
  const open = (row: RankedCountry) => {
    countryOpened(row.country.id);
    window.scrollTo(0, 0);
  };

  return (
    <div className="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="world-map__svg" role="group" aria-label={`Map: ${label}, by country`}>
        <defs>
          <pattern id={hatchId} patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
            <rect width="7" height="7" fill={NOT_REPORTED} />
            <line x1="1" y1="0" x2="1" y2="7" stroke={HATCH} strokeWidth="2" />
          </pattern>
        </defs>
        {shapes.shapes.map(({ outline, d, row }) =>
          row ? (
            <path
              key={row.country.id}
              d={d}
              fill={fill(row)}
              className={`world-map__country${active?.country.id === row.country.id ? ' is-active' : ''}${row.value === null ? ' world-map__country--unreported' : ''}`}
              role="link"
              tabIndex={0}
              aria-label={`${row.country.name}: ${figure(row)}`}
              onMouseEnter={() => {
                setActive(row);
              }}
              onFocus={() => {
                setActive(row);
              }}
              onMouseLeave={() => {
                setActive(null);
              }}
              onClick={() => {
                open(row);
              }}
              onKeyDown={(event: KeyboardEvent) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  open(row);
                }
              }}
            >
              <title>{`${row.country.name}: ${figure(row)}`}</title>
            </path>
          ) : (
            <path key={outline.properties.name} d={d} fill={NO_TABLE} className="world-map__other" aria-hidden="true" />
          ),
        )}
      </svg>
      <p className="world-map__readout" role="status" aria-live="polite">
        {active ? (
          <>
            <strong>
              <bdi>{active.country.name}</bdi>
            </strong>
            : {figure(active)} · {label}. Click or press Enter to open it.
          </>
        ) : (
          'Point at or tab to a country for its figure.'
        )}
      </p>
      {keyNote ? <p className="world-map__key-note">{keyNote}</p> : null}
      <ul className="world-map__legend" aria-label="Map key">
        {classes.map((c) => (
          <li key={c.colour}>
            <Swatch color={c.colour} />
            {c.from === c.to ? readableThousands(c.from).text : `${readableThousands(c.from).text} to ${readableThousands(c.to).text}`}
          </li>
        ))}
        {rows.some((r) => r.value === 0) ? (
          <li>
            <Swatch color={ZERO} />
            $0
          </li>
        ) : null}
        {rows.some((r) => r.value === null) ? (
          <li>
            <HatchSwatch />
            {noFigure}
          </li>
        ) : null}
        <li>
          <Swatch color={NO_TABLE} />
          Grey: no country table in this edition
        </li>
      </ul>
      {shapes.unmatched.length > 0 ? (
        <p className="panel__note">
          Not on the map (no outline of that name at this scale):{' '}
          {namesThenMore(shapes.unmatched.map((r) => r.country.name))}
          . Their figures are in the ranking table.
        </p>
      ) : null}
      <p className="panel__note">Outlines: Natural Earth 1:110m (public domain), via world-atlas. Borders are drawn as they come and imply no position.</p>
    </div>
  );
}

// Drawn again only when its figures or key change, not each time the controls above it do.
export default memo(WorldMap);
