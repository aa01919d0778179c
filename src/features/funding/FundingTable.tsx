import { YearColumns } from '../../ui/tableParts';
import { useId, useState, type ReactNode } from 'react';
import type { CellSource, FundingView } from '../../data/selectors/fundingByYear';
import { formatThousands, readableThousands } from '../../lib/format';
import { seriesColour } from '../../ui/palette';
import { MismatchNote } from './MismatchNote';
import { Swatch } from '../../figures/screen/Swatch';
import { noMoneyWording } from './noMoney';

/** The chart's numbers as a table: for screen readers, for copying, and for print. */
/** Under a figure: the edition it comes from when not the dataset's own, and what other editions printed where they differ. */
function SourceNote({ source, editionName, money }: { source: CellSource | null | undefined; editionName: (id: string) => string; money: (n: number) => ReactNode }) {
  if (!source || (source.own && !source.restated)) return null;
  return (
    <>
      {source.own ? null : <span className="cell-source">{editionName(source.editionId)}</span>}
      {source.restated ? (
        <span className="flag">
          {' '}
          restated;{' '}
          {source.others.map((o, i) => (
            <span key={o.editionId}>
              {i > 0 ? ', ' : ''}
              {editionName(o.editionId)}: {money(o.value)}
            </span>
          ))}
        </span>
      ) : null}
    </>
  );
}

export function FundingTable({ view, countryName, editionName }: { view: FundingView; countryName: string; editionName: (editionId: string) => string }) {
  const captionId = useId();
  const [exact, setExact] = useState(true);
  const money = (amount: number | null): ReactNode => {
    if (amount === null) return <span className="not-reported">not reported</span>;
    if (exact) return formatThousands(amount);
    const readable = readableThousands(amount);
    return readable.rounded ? <span title={`${readable.exact} exactly`}>{readable.text}</span> : readable.text;
  };
  const zeroRows = view.rows.filter((r) => r.zeroInYearsShown);
  const years = view.years.map((y) => y.fiscalYear);
  const mismatchAt = (column: number | 'cumulative') => view.shownMismatches.some((m) => m.column === column);
  return (
    <div className="table-wrap">
      <p className="table-caption" id={captionId}>
        Funding to {countryName} by agency and fiscal year, U.S. dollars in thousands. Cumulative is the report&apos;s own column
        since first funding.
      </p>
      <div className="table-units" role="group" aria-label="Amounts in the table">
        <button type="button" className="button button--toggle" aria-pressed={exact} onClick={() => { setExact(true); }}>
          Exact thousands, as printed
        </button>
        <button type="button" className="button button--toggle" aria-pressed={!exact} onClick={() => { setExact(false); }}>
          Rounded, as in briefs (three significant figures)
        </button>
      </div>
      {/* Focusable so a keyboard user can scroll it sideways on a narrow screen. */}
      <div className="table-scroll table-scroll--deferred" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="data-table" aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">Agency</th>
            <YearColumns years={years} />
            <th scope="col" className="num">
              Cumulative
            </th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <Swatch color={seriesColour(row.agency, row.program)} />
                {row.name}
                {row.zeroInYearsShown ? <span className="table-note"> {noMoneyWording(row, years)}; not drawn on the chart</span> : null}
              </th>
              {years.map((y) => (
                <td key={y} className={`num${row.sources[y]?.restated ? ' num--flagged' : ''}`}>
                  {money(row.byYear[y] ?? null)}
                  <SourceNote source={row.sources[y]} editionName={editionName} money={money} />
                </td>
              ))}
              <td className="num">{money(row.cumulative)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {view.rows.length > 1 ? (
            <tr>
              <th scope="row">Sum of rows shown</th>
              {years.map((y) => (
                <td key={y} className="num">
                  {view.totalsByYear[y] === null && view.rows.some((r) => r.byYear[y] !== null) ? (
                    <span className="not-reported">not reported in full</span>
                  ) : (
                    money(view.totalsByYear[y] ?? null)
                  )}
                </td>
              ))}
              <td className="num">{money(view.rows.reduce((a, r) => a + r.cumulative, 0))}</td>
            </tr>
          ) : null}
          {view.printedTotal ? (
            <tr>
              <th scope="row">{view.printedTotal.label} (printed)</th>
              {years.map((y) => (
                <td key={y} className={`num${mismatchAt(y) ? ' num--flagged' : ''}`}>
                  {money(view.printedTotal?.byYear[y] ?? null)}
                  <SourceNote source={view.printedTotal?.sources[y]} editionName={editionName} money={money} />
                  {mismatchAt(y) ? <span className="flag"> differs</span> : null}
                </td>
              ))}
              <td className={`num${mismatchAt('cumulative') ? ' num--flagged' : ''}`}>
                {money(view.printedTotal.cumulative)}
                {mismatchAt('cumulative') ? <span className="flag"> differs</span> : null}
              </td>
            </tr>
          ) : null}
        </tfoot>
      </table>
      </div>
      <MismatchNote mismatches={view.shownMismatches} />
      {zeroRows.length > 0 ? (
        <p className="panel__note">
          {zeroRows.map((r) => r.name).join(', ')}: no funding reported in the years shown, but a cumulative from earlier years; kept in the
          table, left off the chart.
        </p>
      ) : null}
    </div>
  );
}
