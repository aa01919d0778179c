import { YearColumns } from '../../ui/tableParts';
import { SectionHeading } from '../../ui/SectionHeading';
import { useMemo } from 'react';
import type { ChainCheck, MergedCell, Restatement, SeriesKey } from '../../data/editions/merge';
import { LINE_NAMES } from '../../data/model/lines';
import { editionsOf, withArticle, type EditionInfo } from '../../data/selectors/acrossEditions';
import type { CountryView } from '../../data/selectors/countryView';
import { formatFiscalYears, formatThousands, fiscalYearLabel } from '../../lib/format';
import type { ViewFilters } from '../../data/selectors/viewFilters';
import { linesLabel } from '../../ui/linesLabel';
import { editionsSection } from './section';

const keyName = (key: SeriesKey) => (key === 'total' ? 'Printed total' : LINE_NAMES[key]);
const signed = (n: number) => (n > 0 ? `+${formatThousands(n)}` : n < 0 ? `−${formatThousands(-n)}` : formatThousands(0));

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

function restatementText(r: Restatement, name: (id: string) => string): string {
  const figures = r.figures.map((f) => `${withArticle(name(f.editionId))} prints ${formatThousands(f.value)}`).join('; ');
  return `${fiscalYearLabel(r.fiscalYear)}, ${keyName(r.key)}: ${figures} (a change of ${signed(r.difference)}).`;
}

function chainText(c: ChainCheck, name: (id: string) => string): string {
  const head = `${name(c.earlier.editionId)} → ${name(c.later.editionId)}, ${keyName(c.key)}:`;
  if (c.status === 'cannot-check') return `${head} cannot be checked: the later edition does not print every year after ${fiscalYearLabel(c.earlier.through)}.`;
  const years = c.later.through === c.earlier.through + 1 ? fiscalYearLabel(c.later.through) : `${fiscalYearLabel(c.earlier.through + 1)}–${fiscalYearLabel(c.later.through)}`;
  const sum = `the later cumulative (${formatThousands(c.later.value)}, through ${fiscalYearLabel(c.later.through)}) less its ${years} is ${formatThousands(c.expected)}`;
  if (c.status === 'holds') return `${head} ${sum}, the earlier cumulative exactly. The chain holds.`;
  const gap = `the earlier cumulative is ${formatThousands(c.earlier.value)}, a difference of ${signed(c.gap)}`;
  if (c.status === 'explained') {
    return `${head} ${sum}; ${gap}, which the restatement of ${c.explainedBy.map((r) => fiscalYearLabel(r.fiscalYear)).join(' and ')} accounts for exactly.`;
  }
  return `${head} ${sum}; ${gap}, which no restatement explains. Both figures are kept as printed.`;
}

/** Whether a line of the series is among the lines chosen; the printed total covers every line, so it shows only with all of them. */
function shown(key: SeriesKey, filters: ViewFilters): boolean {
  return key === 'total' ? filters.allLines : filters.lines.includes(key);
}

/**
 * Each edition's table for the country side by side, with every restatement and the cumulative chain, in plain words,
 * for the funding lines chosen above.
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
  const restatements = series.restatements.filter((r) => shown(r.key, filters));
  const chain = series.chain.filter((c) => shown(c.key, filters));

  return (
    <section className="panel" aria-labelledby={editionsSection.id}>
      <SectionHeading section={editionsSection} />
      <p className="panel__intro">
        Each edition prints three fiscal years and a cumulative through its last. Where two editions print the same year, the
        latest figure is shown with its edition, and a different earlier figure is listed beside it, never averaged.
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
            Left off the printout: the table of every year each edition prints, and the cumulative chain; the address at the top of the
            first page opens them.
          </p>
          <div className="table-scroll screen-only" tabIndex={0} role="region" aria-labelledby="editions-table-caption">
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
                    <th scope="row">{keyName(key)}</th>
                    {series.fiscalYears.map((y) => (
                      <Cell key={y} cell={series.cells.get(key)?.get(y)} name={name} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Restatements</h3>
          {restatements.length === 0 ? (
            <p>
              No edition prints a figure for {country.name} that differs from another edition&apos;s for the same year and line
              {filters.allLines ? '' : ' among the lines chosen'}.
            </p>
          ) : (
            <ul className="notes">
              {restatements.map((r) => (
                <li key={`${r.key}-${r.fiscalYear}`}>{restatementText(r, name)}</li>
              ))}
            </ul>
          )}
          <div className="screen-only">
            <h3>Cumulative chain</h3>
            <ul className="notes">
              {chain.map((c) => (
                <li key={`${c.key}-${c.earlier.editionId}-${c.later.editionId}`} className={c.status === 'break' ? 'note--flagged' : undefined}>
                  {chainText(c, name)}
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
    </section>
  );
}
