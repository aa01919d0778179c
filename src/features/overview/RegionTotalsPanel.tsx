import { memo, useMemo, useState } from 'react';
import { LINE_IDS, LINE_NAMES } from '../../data/model/lines';
import type { Dataset } from '../../data/model/schema';
import { regionTotals } from '../../data/selectors/ranking';
import { formatDecimal, formatThousands, fiscalYearLabel, formatExactMillions } from '../../lib/format';

/** USD thousands as exact millions: 412,345 → "$412.345 million" (a change of unit, no rounding). */
const millionsFromThousands = (thousands: number) => formatExactMillions(thousands / 1000);

/**
 * Totals the report never adds up: per fiscal year, the sum of the country tables by region and line,
 * with the number of countries; beside each region, the regional page's own cumulative and the sum of
 * its country tables' cumulatives, which differ because regional and global funding sit outside the
 * country tables.
 */
export const RegionTotalsPanel = memo(function RegionTotalsPanel({ dataset, offered }: { dataset: Dataset; offered: readonly number[] }) {
  const totals = useMemo(() => regionTotals(dataset, offered), [dataset, offered]);
  const [year, setYear] = useState(dataset.fiscalYears.at(-1) ?? offered.at(-1) ?? 0);
  const linesShown = LINE_IDS.filter((line) => totals.some((t) => (t.byYear[year]?.byLine[line] ?? 0) > 0));
  return (
    <section className="panel" aria-labelledby="region-totals-heading">
      <h2 id="region-totals-heading">Totals by region</h2>
      <p className="panel__intro">
        The report prints a table per country and a cumulative per region, but never adds the tables up. These sums are{' '}
        <strong>calculated</strong> from the country tables (U.S. dollars in thousands). A region&apos;s own page gives a larger cumulative than
        the sum of its country tables because it also counts regional and global funding that no country table carries, and its period may
        differ.
      </p>
      <label className="field field--inline">
        <span>Fiscal year</span>
        <select
          value={year}
          onChange={(e) => {
            setYear(Number(e.target.value));
          }}
        >
          {[...offered].reverse().map((y) => (
            <option key={y} value={y}>
              {fiscalYearLabel(y)}
            </option>
          ))}
        </select>
      </label>
      <div className="table-scroll" role="region" aria-label="Totals by region, table" tabIndex={0}>
        <table className="data-table region-totals">
          <caption>
            {fiscalYearLabel(year)}: sums of the country tables by region and funding line (calculated), and each region&apos;s cumulative as its page prints it.
          </caption>
          <thead>
            <tr>
              <th scope="col">Region</th>
              <th scope="col" className="num">
                Countries with a table (reporting {fiscalYearLabel(year)})
              </th>
              {linesShown.map((line) => (
                <th key={line} scope="col" className="num">
                  {LINE_NAMES[line]}, {fiscalYearLabel(year)}
                </th>
              ))}
              <th scope="col" className="num">
                All lines, {fiscalYearLabel(year)} (calculated)
              </th>
              <th scope="col" className="num">
                Sum of the tables&apos; cumulatives (calculated)
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
