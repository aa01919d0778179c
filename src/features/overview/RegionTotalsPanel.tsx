import { memo, useMemo, useState } from 'react';
import { LINE_IDS, LINE_NAMES, lineNames, type LineId } from '../../data/model/lines';
import type { Dataset } from '../../data/model/schema';
import { regionTotals, type Measure } from '../../data/selectors/ranking';
import { formatDecimal, formatShare, formatThousands, fiscalYearLabel, formatExactMillions } from '../../lib/format';

/** USD thousands as exact millions: 412,345 → "$412.345 million" (a change of unit, no rounding). */
const millionsFromThousands = (thousands: number) => formatExactMillions(thousands / 1000);

/**
 * Totals the report never adds up: for a fiscal year and the overview's lines, the sum of the country tables
 * by region (and by line, when more than one is chosen), with the number of countries and each region's
 * share of every country's sum; beside each region, the regional page's own cumulative and the sum of its
 * country tables' cumulatives, which differ because regional and global funding sit outside the country
 * tables. The year is the overview's when it ranks by one fiscal year; otherwise the panel offers its own.
 */
export const RegionTotalsPanel = memo(function RegionTotalsPanel({
  dataset,
  offered,
  lines,
  measure,
}: {
  dataset: Dataset;
  offered: readonly number[];
  /** The overview's lines; null for every line. */
  lines: readonly LineId[] | null;
  /** The overview's measure: its fiscal year, when it is one, is this table's. */
  measure: Measure;
}) {
  const totals = useMemo(() => regionTotals(dataset, offered, lines), [dataset, offered, lines]);
  const [ownYear, setOwnYear] = useState(dataset.fiscalYears.at(-1) ?? offered.at(-1) ?? 0);
  const year = measure.kind === 'year' ? measure.fiscalYear : ownYear;
  const fy = fiscalYearLabel(year);
  const chosen = lines ?? LINE_IDS;
  // With one line chosen its column would repeat the total: the lines are broken down only when several are counted.
  const linesShown = chosen.length > 1 ? chosen.filter((line) => totals.some((t) => (t.byYear[year]?.byLine[line] ?? 0) > 0)) : [];
  const linesWords = lines === null ? 'All lines' : lineNames(lines);
  const everyCountry = totals.find((t) => t.region === null)?.byYear[year]?.total ?? 0;
  return (
    <section className="panel" aria-labelledby="region-totals-heading">
      <h2 id="region-totals-heading">Totals by region</h2>
      <p className="panel__intro">
        The report prints a table per country and a cumulative per region, but never adds the tables up. These sums and shares are{' '}
        <strong>calculated</strong> from the country tables (U.S. dollars in thousands). A region&apos;s own page gives a larger cumulative than
        the sum of its country tables because it also counts regional and global funding that no country table carries, and its period may
        differ.
      </p>
      {measure.kind === 'year' ? (
        <p className="filters__status">
          {fy} and {lines === null ? 'every funding line' : lineNames(lines)}, as in the ranking above.
        </p>
      ) : (
        <div className="filters">
          <label className="field field--inline">
            <span>Fiscal year</span>
            <select
              value={year}
              onChange={(e) => {
                setOwnYear(Number(e.target.value));
              }}
            >
              {[...offered].reverse().map((y) => (
                <option key={y} value={y}>
                  {fiscalYearLabel(y)}
                </option>
              ))}
            </select>
          </label>
          <p className="filters__status">
            The ranking above is not of one fiscal year, so choose the year to total here; the lines are the ranking&apos;s:{' '}
            {lines === null ? 'every funding line' : lineNames(lines)}.
          </p>
        </div>
      )}
      <p id="region-shares-note" className="table-note">
        A region&apos;s share is of {formatThousands(everyCountry)}, the sum of every country with a table ({fy},{' '}
        {lines === null ? 'every line' : lineNames(lines)}), rounded to one decimal.
      </p>
      <div className="table-scroll" role="region" aria-label="Totals by region, table" tabIndex={0}>
        <table className="data-table region-totals" aria-describedby="region-shares-note">
          <caption>
            {fy}: sums of the country tables by region{lines === null ? ' and funding line' : `, ${lineNames(lines)}`} (calculated), and each
            region&apos;s cumulative as its page prints it.
          </caption>
          <thead>
            <tr>
              <th scope="col">Region</th>
              <th scope="col" className="num">
                Countries with a table (reporting {fy})
              </th>
              {linesShown.map((line) => (
                <th key={line} scope="col" className="num">
                  {LINE_NAMES[line]}, {fy}
                </th>
              ))}
              <th scope="col" className="num">
                {linesWords}, {fy} (calculated)
              </th>
              <th scope="col" className="num">
                Share of all countries
              </th>
              <th scope="col" className="num">
                Sum of the tables&apos; cumulatives{lines === null ? '' : ', every line'} (calculated)
              </th>
              <th scope="col" className="num">
                Regional page&apos;s cumulative (as printed)
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.map((t) => {
              const y = t.byYear[year];
              return (
                <tr key={t.region ?? 'all'} className={t.region === null ? 'data-table__total' : undefined}>
                  <th scope="row">{t.region ?? 'Every country with a table'}</th>
                  <td className="num">
                    {t.countries} ({y?.reporting ?? 0})
                  </td>
                  {linesShown.map((line) => (
                    <td key={line} className="num">
                      {formatThousands(y?.byLine[line] ?? 0)}
                    </td>
                  ))}
                  <td className="num">{formatThousands(y?.total ?? 0)}</td>
                  <td className="num">{formatShare(y?.shareOfAll ?? null)}</td>
                  <td className="num">{millionsFromThousands(t.cumulativeOfTables)}</td>
                  <td className="num">
                    {t.printed ? (
                      <>
                        ${formatDecimal(t.printed.usdMillions, 3)} million, {t.printed.from}–{t.printed.to}
                      </>
                    ) : (
                      <span className="not-reported">{t.region === null ? 'not printed (no page across regions)' : 'no regional page in the dataset'}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});
