import { useMemo, useState, type MouseEvent } from 'react';
import { SortButton } from '../../ui/SortButton';
import { AGENCIES } from '../../data/model/agencies';
import type { AcrossResultRow } from '../../data/selectors/acrossResults';
import { partnerOf } from '../../data/selectors/partners';
import { resultKindLabel } from '../../data/selectors/resultKinds';
import { DEFAULT_SELECTION, useFilterStore, type FilterSelection } from '../../filters/filterStore';
import { compareNames } from '../../lib/compareText';
import { formatPeriod } from '../../lib/format';
import { printedResult, UNIT_WORDS } from './resultWords';

export type HrefFor = (selection: FilterSelection) => string;

type SortKey = 'place' | 'result' | 'unit' | 'period' | 'partner' | 'funder';

const funderName = (row: AcrossResultRow) => (row.result.agency ? AGENCIES[row.result.agency].name : 'U.S. government');

function sortRows(rows: readonly AcrossResultRow[], key: SortKey, ascending: boolean): AcrossResultRow[] {
  const order = [...rows];
  const by: Record<SortKey, (a: AcrossResultRow, b: AcrossResultRow) => number> = {
    place: (a, b) => compareNames(a.place.name, b.place.name),
    result: (a, b) => a.result.value - b.result.value,
    unit: (a, b) => compareNames(UNIT_WORDS[a.result.unit], UNIT_WORDS[b.result.unit]),
    period: (a, b) => a.result.period.to - b.result.period.to || (a.result.period.from ?? -Infinity) - (b.result.period.from ?? -Infinity),
    partner: (a, b) => compareNames(a.result.partner ?? '\uffff', b.result.partner ?? '\uffff'),
    funder: (a, b) => compareNames(funderName(a), funderName(b)),
  };
  // Stable: rows that tie keep the page order (country, then the page's own order).
  order.sort(by[key]);
  if (!ascending) order.reverse();
  return order;
}

/** A link the app opens in place; a new tab opens the same address. */
function InPlaceLink({ href, onOpen, children }: { href: string; onOpen: () => void; children: React.ReactNode }) {
  const open = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen();
    window.scrollTo(0, 0);
  };
  return (
    <a href={href} onClick={open}>
      {children}
    </a>
  );
}

function PlaceCell({ row, hrefFor }: { row: AcrossResultRow; hrefFor: HrefFor }) {
  const countryOpened = useFilterStore((s) => s.countryOpened);
  const datasetId = useFilterStore((s) => s.datasetId);
  const { place } = row;
  if (place.type === 'program') {
    return (
      <a href={place.source} rel="noreferrer noopener" target="_blank">
        {place.name}
      </a>
    );
  }
  return (
    <InPlaceLink
      href={hrefFor({ ...DEFAULT_SELECTION, datasetId, country: place.id, countryChosen: true })}
      onOpen={() => {
        countryOpened(place.id);
      }}
    >
      <bdi>{place.name}</bdi>
    </InPlaceLink>
  );
}

function PartnerCell({ printed, hrefFor }: { printed: string | null; hrefFor: HrefFor }) {
  const partnerOpened = useFilterStore((s) => s.partnerOpened);
  const datasetId = useFilterStore((s) => s.datasetId);
  if (printed === null) return <span className="not-reported">none named</span>;
  const partner = partnerOf(printed);
  return (
    <InPlaceLink
      href={hrefFor({ ...DEFAULT_SELECTION, datasetId, view: 'partner', partner: partner.slug })}
      onOpen={() => {
        partnerOpened(partner.slug);
      }}
    >
      {printed}
    </InPlaceLink>
  );
}

/**
 * Results from many pages in one sortable table: the country (which opens its page), the result as printed,
 * its unit, calendar years, partner (which opens the partner's page) and funder. Rows come in page order.
 */
export function AcrossResultsTable({ rows, caption, label, hrefFor, showKind }: { rows: readonly AcrossResultRow[]; caption: string; label: string; hrefFor: HrefFor; showKind: boolean }) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean } | null>(null);
  const shown = useMemo(() => (sort ? sortRows(rows, sort.key, sort.ascending) : rows), [rows, sort]);
  const onSort = (key: SortKey) => {
    setSort((s) => (s?.key === key ? { key, ascending: !s.ascending } : { key, ascending: true }));
  };
  const ariaSort = (column: SortKey) => (sort?.key === column ? (sort.ascending ? 'ascending' : 'descending') : undefined);
  const head = (column: SortKey, text: string, className?: string) => (
    <th scope="col" className={className} aria-sort={ariaSort(column)}>
      <SortButton label={text} column={column} sort={sort} onSort={onSort} />
    </th>
  );
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="data-table across-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head('place', 'Country')}
            {head('result', 'Result as printed')}
            {head('unit', 'Unit')}
            {head('period', 'Period (calendar years)')}
            {head('partner', 'Partner')}
            {head('funder', 'Funded by')}
            {showKind ? <th scope="col">Kind</th> : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <PlaceCell row={row} hrefFor={hrefFor} />
              </th>
              <td>{printedResult(row.result)}</td>
              <td>{UNIT_WORDS[row.result.unit]}</td>
              <td>
                {formatPeriod(row.result.period)}
                {row.result.period.note && row.result.period.note.toLowerCase() !== `in ${formatPeriod(row.result.period)}` ? (
                  <span className="table-note__inline"> ({row.result.period.note})</span>
                ) : null}
              </td>
              <td>
                <PartnerCell printed={row.result.partner} hrefFor={hrefFor} />
              </td>
              <td>{funderName(row)}</td>
              {showKind ? <td>{resultKindLabel(row.kind)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
