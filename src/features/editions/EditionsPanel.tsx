import { NoteList, YearColumns } from '../../ui/tableParts';
import { SectionHeading } from '../../ui/SectionHeading';
import { useMemo } from 'react';
import type { ChainCheck, MergedCell, SeriesKey } from '../../data/editions/merge';
import { editionsOf, withArticle, type EditionInfo } from '../../data/selectors/acrossEditions';
import type { CountryView } from '../../data/selectors/countryView';
import { formatFiscalYears, formatThousands, fiscalYearLabel, listInWords, readableThousands } from '../../lib/format';
import type { ViewFilters } from '../../data/selectors/viewFilters';
import { linesLabel } from '../../ui/linesLabel';
import { ChartFrame } from '../../ui/ChartFrame';
import { ExportMenu } from '../../ui/ExportMenu';
import { seriesName } from '../../ui/restatementText';
import { editionsChart } from './editionsChart';
import { editionsSection } from './section';

/** Two or three bars in a group: a shorter chart than the funding chart's. */
const CHART_HEIGHT = 260;

const money = (thousands: number) => readableThousands(thousands).text;

function Cell({ cell, name }: { cell: MergedCell | null | undefined; name: (id: string) => string }) {
  if (!cell) return <td className="num not-reported">not reported</td>;
  return (
    <td className={`num${cell.restated ? ' num--flagged' : ''}`}>
      {formatThousands(cell.value)}
      <span className="cell-source"> {name(cell.editionId)}</span>
      {cell.restated ? (
        <span className="flag">
          {' '}
          restated; {cell.others.map((o) => `${name(o.editionId)}: ${formatThousands(o.value)}`).join(', ')}
        </span>
      ) : cell.others.length > 0 ? (
        <span className="cell-source"> (same in {cell.others.map((o) => name(o.editionId)).join(', ')})</span>
      ) : null}
    </td>
  );
}

/** "FY2017", or "FY2016–FY2017": the years a later edition adds to the one before. */
function yearsAdded(c: ChainCheck): string {
  return c.later.through === c.earlier.through + 1 ? fiscalYearLabel(c.later.through) : `${fiscalYearLabel(c.earlier.through + 1)}–${fiscalYearLabel(c.later.through)}`;
}

/**
 * Whether an edition's total since first funding follows on from the one before, in plain words with the
 * figures: the later total, less the years it adds, should be the earlier total.
 */
function followOnText(c: ChainCheck, name: (id: string) => string): string {
  const earlier = withArticle(name(c.earlier.editionId));
  const later = withArticle(name(c.later.editionId));
  const head = `${seriesName(c.key)}, ${name(c.earlier.editionId)} to ${name(c.later.editionId)}:`;
  if (c.status === 'cannot-check') {
    return `${head} cannot be compared, as ${later} does not print every year after ${fiscalYearLabel(c.earlier.through)}.`;
  }
  const left = `the total since first funding in ${later}, ${money(c.later.value)} through ${fiscalYearLabel(c.later.through)}, less the ${yearsAdded(c)} funding it adds, leaves ${money(c.expected)}`;
  if (c.status === 'holds') return `${head} ${left}, the same as the total in ${earlier} through ${fiscalYearLabel(c.earlier.through)}. They agree.`;
  const against = `${left}; the total in ${earlier}, through ${fiscalYearLabel(c.earlier.through)}, is ${money(c.earlier.value)}. The difference, ${readableThousands(c.gap, { signed: true }).text},`;
  if (c.status === 'explained') {
    const years = listInWords(c.explainedBy.map((r) => fiscalYearLabel(r.fiscalYear)));
    return `${head} ${against} is exactly the ${c.explainedBy.length === 1 ? 'change' : 'changes'} ${later} made to ${years}.`;
  }
  return `${head} ${against} is not explained by a change to any year's figure. Both totals are given as printed.`;
}

/** Whether a line of the series is among the lines chosen; the printed total covers every line, so it shows only with all of them. */
function shown(key: SeriesKey, filters: ViewFilters): boolean {
  return key === 'total' ? filters.allLines : filters.lines.includes(key);
}

/**
 * The figures a later edition changed, drawn side by side as each edition printed them and said in words; each
 * edition's table; and whether each edition's total since first funding follows on from the one before: for the
 * funding lines chosen above.
 */
export function EditionsPanel({ view }: { view: CountryView }) {
  const { dataset, country, filters } = view;
  const editions = useMemo(() => editionsOf(dataset), [dataset]);
  const { series, tables } = view.editions;
  const info = (id: string) => editions.find((e) => e.id === id);
  // One wording of an edition's name for the whole app (also under the chart and in the funding table).
  const name = view.editionName;
  // Oldest first, as the series runs.
  const printing = tables
    .map((t) => info(t.editionId))
    .filter((e): e is EditionInfo => e !== undefined)
    .sort((a, b) => (a.edition ?? Infinity) - (b.edition ?? Infinity));
  const partial = editions.filter((e) => !e.complete);
  const keys = [...series.cells.keys()].filter((key) => shown(key, filters));
  const chain = series.chain.filter((c) => shown(c.key, filters));
  // The view carries the filters: one chart per view.
  const chart = useMemo(() => editionsChart(view, view.editions.series.restatements.filter((r) => shown(r.key, view.filters))), [view]);

  return (
    <section className="panel" aria-labelledby={editionsSection.id}>
      <SectionHeading section={editionsSection} />
      <p className="panel__intro">
        Each edition of the report prints three fiscal years and a total since the country&apos;s first funding. A later edition
        sometimes prints a different figure for a year an earlier one printed: it restates that figure. The rest of this page shows
        the latest figure; here each edition&apos;s is shown beside the others, never averaged.
      </p>
      <p>
        {country.name}&apos;s table is printed in:{' '}
        {printing.map((e) => `${withArticle(name(e.id))} (${formatFiscalYears(e.fiscalYears)})`).join(', ')}.
        {partial.length > 0
          ? ` Only part of ${partial
              .map((e) => `${withArticle(name(e.id))} (${e.countries} country ${e.countries === 1 ? 'table' : 'tables'})`)
              .join(' and ')} is here, the pages that could be found: a country missing from ${partial.length === 1 ? 'it' : 'them'} may still be in the printed report.`
          : ''}
      </p>
      {!filters.allLines && tables.length >= 2 ? (
        <p className="panel__note">
          Showing the funding lines chosen above: {linesLabel(filters)}. The printed total covers every line, so it shows only when every line is chosen.
        </p>
      ) : null}
      {tables.length < 2 ? (
        <p className="empty">No other edition&apos;s table for {country.name} is in this dataset, so there is nothing to compare yet.</p>
      ) : (
        <>
          <p className="print-only panel__note">
            Not on this printout: the table of every year each edition prints, and whether each edition&apos;s total since first
            funding follows on from the one before; the address at the top of the first page opens them.
          </p>
          <div className="panel__head panel__head--sub">
            <h3>Figures a later edition changed</h3>
            {chart ? <ExportMenu chart={chart} chartName="chart of funding as each edition printed it" /> : null}
          </div>
          {chart ? (
            <>
              <p className="panel__note">{chart.subtitle}</p>
              <ChartFrame chart={chart} name={chart.title} height={CHART_HEIGHT} plot />
              <NoteList notes={chart.notes} label="Figures a later edition changed" />
            </>
          ) : (
            <p>
              No edition prints a figure for {country.name} that differs from another edition&apos;s for the same year and line
              {filters.allLines ? '' : ' among the lines chosen'}.
            </p>
          )}
          <div className="screen-only">
            <h3 className="editions__heading">Every year, edition by edition</h3>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="editions-table-caption">
              <table className="data-table data-table--compact">
                <caption id="editions-table-caption">
                  {country.name}, every fiscal year the editions print, U.S. dollars in thousands, each figure from the latest edition that prints it
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <YearColumns years={series.fiscalYears} />
                  </tr>
                </thead>
                <tbody>
                  {keys.map((key) => (
                    <tr key={key}>
                      <th scope="row">{seriesName(key)}</th>
                      {series.fiscalYears.map((y) => (
                        <Cell key={y} cell={series.cells.get(key)?.get(y)} name={name} />
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3 className="editions__heading">Totals since first funding, edition to edition</h3>
            <p>
              Each edition&apos;s total since first funding should be the one before plus the years it adds. Where it is not, the
              difference is said, and whether a restated year accounts for it.
            </p>
            <ul className="notes">
              {chain.map((c) => (
                <li key={`${c.key}-${c.earlier.editionId}-${c.later.editionId}`} className={c.status === 'break' ? 'note--flagged' : undefined}>
                  {followOnText(c, name)}
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
    </section>
  );
}
