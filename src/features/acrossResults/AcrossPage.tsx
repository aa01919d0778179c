import { useMemo, useState } from 'react';
import { ChoiceSelect } from '../../ui/ChoiceSelect';
import { AGENCIES } from '../../data/model/agencies';
import type { Country, Dataset } from '../../data/model/schema';
import { acrossResultRows, calculatedTotals, filterAcrossRows, placesOf, type AcrossResultRow } from '../../data/selectors/acrossResults';
import { regionParam, regionsOf } from '../../data/selectors/overviewParams';
import { knownPartnerNames, partnerDirectory, partnerFor, resultByPartner, unknownPartnerNotice, type PartnerEntry } from '../../data/selectors/partners';
import { kindOf, RESULT_KINDS, resultKindLabel, type ResultKind } from '../../data/selectors/resultKinds';
import { DEFAULT_SELECTION, useFilterStore } from '../../filters/filterStore';
import { formatPeriod, listInWords } from '../../lib/format';
import { AcrossResultsTable, type HrefFor } from './AcrossResultsTable';
import { totalText } from './resultWords';

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "27 results from 11 countries and 1 program page". */
function countText(rows: readonly AcrossResultRow[]): string {
  const places = placesOf(rows);
  const from = [places.countries > 0 ? plural(places.countries, 'country', 'countries') : '', places.programs > 0 ? plural(places.programs, 'program page', 'program pages') : ''].filter(Boolean);
  return `${plural(rows.length, 'result', 'results')}${from.length > 0 ? ` from ${from.join(' and ')}` : ''}`;
}

/** "Download (CSV)": the rows as the table holds them; the CSV code loads on the click. */
function CsvDownload({ rows, nameParts, what }: { rows: readonly AcrossResultRow[]; nameParts: readonly string[]; what: string }) {
  const [status, setStatus] = useState('');
  const download = () => {
    import('./acrossCsv').then(
      (m) => {
        setStatus(`Downloaded ${m.downloadAcrossCsv(rows, nameParts)}.`);
      },
      (error: unknown) => {
        setStatus(`The table could not be downloaded (${error instanceof Error ? error.message : String(error)}). Try again.`);
      },
    );
  };
  return (
    <div className="results__download">
      <button type="button" className="button button--secondary" onClick={download} disabled={rows.length === 0}>
        Download {what} (CSV)
      </button>
      <span className="export__status" role="status">
        {status}
      </span>
    </div>
  );
}

/**
 * Pages cut short, in an officer's terms, with where to read them whole: results after a point are not in
 * this dataset, whatever the table shows.
 */
function CoverageList({ countries }: { countries: readonly Country[] }) {
  const partial = countries.filter((c) => c.narrativeIncluded && c.coverage?.status === 'partial');
  const mayLack = countries.filter((c) => c.narrativeIncluded && c.coverage?.status === 'likely-complete');
  const none = countries.filter((c) => !c.narrativeIncluded);
  if (partial.length + mayLack.length + none.length === 0) return null;
  const link = (c: Country) =>
    c.source ? (
      <a href={c.source} rel="noreferrer noopener" target="_blank">
        {c.name}
      </a>
    ) : (
      c.name
    );
  return (
    <div className="coverage coverage--partial across-coverage" role="note">
      {partial.length > 0 ? (
        <>
          <p>
            <strong>These countries&apos; pages are partial in this dataset: results after a point are not included:</strong> {partial.map((c) => c.name).join(', ')}.
            Each name below opens the whole page at the State Department.
          </p>
          <ul>
            {partial.map((c) => (
              <li key={c.id}>
                {link(c)}: {c.coverage?.missing ?? 'the end of the page is not included.'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {mayLack.length > 0 ? (
        <p>
          These pages may lack their last lines: {mayLack.map((c, i) => (
            <span key={c.id}>
              {i > 0 ? ', ' : ''}
              {link(c)}
            </span>
          ))}
          .
        </p>
      ) : null}
      {none.length > 0 ? <p>This dataset has the funding table but not the results of: {listInWords(none.map((c) => c.name))}.</p> : null}
    </div>
  );
}

function Totals({ rows }: { rows: readonly AcrossResultRow[] }) {
  const totals = calculatedTotals(rows);
  if (totals.length === 0) return <p className="table-note">No two results here share a unit and the same years, so nothing is added up.</p>;
  return (
    <>
      <ul className="notes across-totals" aria-label="Calculated totals">
        {totals.map((t) => (
          <li key={`${t.unit}-${t.from ?? ''}-${t.to}`}>{totalText(t)}</li>
        ))}
      </ul>
      <p className="table-note">
        Calculated from the results above, which the report never adds up: only results in the same unit and over the same calendar years are added, and a
        sum that includes a “more than” figure is given as “at least”.
      </p>
    </>
  );
}

/** ?view=results: every result the edition's pages state, by kind and region, with totals where they can honestly be made. */
function ResultsAcross({ dataset, hrefFor }: { dataset: Dataset; hrefFor: HrefFor }) {
  const kindParam = useFilterStore((s) => s.kind);
  const region = useFilterStore((s) => s.region);
  const kindSelected = useFilterStore((s) => s.kindSelected);
  const regionSelected = useFilterStore((s) => s.regionSelected);
  const kind: ResultKind | null = kindParam === null ? null : kindOf(kindParam);
  const regions = useMemo(() => regionsOf(dataset), [dataset]);
  const all = useMemo(() => acrossResultRows(dataset), [dataset]);
  const rows = useMemo(() => filterAcrossRows(all, kind, region), [all, kind, region]);
  const kindLabel = kind ? resultKindLabel(kind) : 'Every kind of result';
  const countries = dataset.countries.filter((c) => region === null || regionParam(c.region) === regionParam(region));
  return (
    <section className="panel" aria-labelledby="across-heading">
      <div className="panel__head">
        <h2 id="across-heading">Results across countries</h2>
        <CsvDownload rows={rows} nameParts={[kind ?? 'every-kind', region ?? '']} what="this table" />
      </div>
      <p className="panel__intro">
        Every result the edition&apos;s pages state, by kind: what the programs produced, each with its calendar years, partner and funder as the page gives
        them. Casualties and contamination describe the situation, not the work, and are not listed. Each country opens its own page; each partner opens
        the partner&apos;s.
      </p>
      <div className="filters" role="group" aria-label="Which results">
        <ChoiceSelect label="Kind of result" every="Every kind" value={kind} choices={RESULT_KINDS.map((k) => ({ value: k.slug, label: k.label }))} onChange={kindSelected} />
        <ChoiceSelect label="Region" every="Every region" value={region} choices={regions.map((r) => ({ value: r, label: r }))} onChange={regionSelected} />
        <p className="filters__status" role="status">
          {kindLabel}
          {region ? ` in ${region}` : ''}: {countText(rows)}
        </p>
      </div>
      {kind ? <p className="table-note">{RESULT_KINDS.find((k) => k.slug === kind)?.note ? `Counted here: ${RESULT_KINDS.find((k) => k.slug === kind)?.note}.` : null}</p> : null}
      {rows.length === 0 ? (
        <p className="empty">No page in this dataset states a result of this kind{region ? ` in ${region}` : ''}.</p>
      ) : (
        <AcrossResultsTable
          rows={rows}
          label="Results table"
          caption={`${kindLabel}${region ? ` in ${region}` : ''}, as each page prints it. Sort by a column with its button.`}
          hrefFor={hrefFor}
          showKind={kind === null}
        />
      )}
      {kind !== null && kind !== 'other' && rows.length > 0 ? <Totals rows={rows} /> : null}
      {kind === null && rows.length > 0 ? <p className="table-note">Choose one kind of result to see its calculated totals.</p> : null}
      <CoverageList countries={countries} />
    </section>
  );
}

function PartnerList({ partners, hrefFor }: { partners: readonly PartnerEntry[]; hrefFor: HrefFor }) {
  const partnerOpened = useFilterStore((s) => s.partnerOpened);
  const datasetId = useFilterStore((s) => s.datasetId);
  return (
    <section className="panel" aria-labelledby="partners-heading">
      <h2 id="partners-heading">Implementing partners</h2>
      <p className="panel__intro">
        Every partner the edition&apos;s pages name, with the countries whose page names it. A partner printed under more than one name (“HALO” for The HALO
        Trust) has one page.
      </p>
      <ul className="partner-list">
        {partners.map((p) => {
          const href = hrefFor({ ...DEFAULT_SELECTION, datasetId, view: 'partner', partner: p.slug });
          const printed = p.aliases.filter((a) => a !== p.name);
          return (
            <li key={p.slug}>
              <a
                href={href}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  partnerOpened(p.slug);
                  window.scrollTo(0, 0);
                }}
              >
                {p.name}
              </a>
              {printed.length > 0 ? ` (printed as ${printed.join(', ')})` : ''} · {plural(p.mentions.length, 'page', 'pages')}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** ?view=partner&partner=…: one partner across the edition: where its name appears, who funded it, when, and its results. */
function PartnerPage({ dataset, entry, hrefFor }: { dataset: Dataset; entry: PartnerEntry; hrefFor: HrefFor }) {
  const countryOpened = useFilterStore((s) => s.countryOpened);
  const datasetId = useFilterStore((s) => s.datasetId);
  const known = useMemo(() => knownPartnerNames(dataset), [dataset]);
  const rows = useMemo(() => acrossResultRows(dataset).filter((r) => resultByPartner(r.result.partner, entry.slug, known)), [dataset, entry.slug, known]);
  const countries = entry.mentions.filter((m) => m.place.type === 'country');
  const programs = entry.mentions.filter((m) => m.place.type === 'program');
  const printed = [...new Set(entry.mentions.flatMap((m) => m.printed))];
  const otherNames = entry.aliases.filter((a) => a !== entry.name && !printed.includes(a));
  const funderWords = (m: PartnerEntry['mentions'][number]) =>
    m.agencies.length === 0 ? 'no funder stated' : m.agencies.map((a) => (a ? AGENCIES[a].name : 'U.S. government')).join(', ');
  const periodWords = (m: PartnerEntry['mentions'][number]) => (m.periods.length === 0 ? 'no years stated' : m.periods.map((p) => formatPeriod(p)).join(', '));
  const pagesOf = new Set(countries.map((m) => m.place.id));
  return (
    <section className="panel" aria-labelledby="partner-heading">
      <div className="panel__head">
        <h2 id="partner-heading">{entry.name}</h2>
        <CsvDownload rows={rows} nameParts={[entry.slug]} what="its results" />
      </div>
      <p className="panel__intro">
        The pages print it as {listInWords(printed.map((p) => `“${p}”`))}
        {otherNames.length > 0 ? `; also known as ${listInWords(otherNames.map((p) => `“${p}”`))}` : ''}. 
        Named on the pages of {plural(countries.length, 'country', 'countries')}
        {programs.length > 0 ? ` and ${plural(programs.length, 'program page', 'program pages')}` : ''}, as a partner or beside a result. Funders and
        years are those of its results and activities on each page.
      </p>
      <div className="table-scroll" role="region" aria-label="Where the partner is named" tabIndex={0}>
        <table className="data-table">
          <caption>Countries whose page names {entry.name}</caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Region</th>
              <th scope="col">Name as printed</th>
              <th scope="col">Funded by</th>
              <th scope="col">Period (calendar years)</th>
            </tr>
          </thead>
          <tbody>
            {entry.mentions.map((m) => (
              <tr key={`${m.place.type}-${m.place.id}`}>
                <th scope="row">
                  {m.place.type === 'country' ? (
                    <a
                      href={hrefFor({ ...DEFAULT_SELECTION, datasetId, country: m.place.id, countryChosen: true })}
                      onClick={(event) => {
                        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                        event.preventDefault();
                        countryOpened(m.place.id);
                        window.scrollTo(0, 0);
                      }}
                    >
                      <bdi>{m.place.name}</bdi>
                    </a>
                  ) : m.place.source ? (
                    <a href={m.place.source} rel="noreferrer noopener" target="_blank">
                      {m.place.name}
                    </a>
                  ) : (
                    m.place.name
                  )}
                </th>
                <td>{m.place.region ?? 'Across regions'}</td>
                <td>{m.printed.join(', ')}</td>
                <td>{funderWords(m)}</td>
                <td>{periodWords(m)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Results credited to {entry.name}</h3>
      {rows.length === 0 ? (
        <p className="empty">The pages in this dataset credit no result in figures to {entry.name}.</p>
      ) : (
        <AcrossResultsTable rows={rows} label="Partner's results table" caption={`Results the pages credit to ${entry.name}: ${countText(rows)}. Sort by a column with its button.`} hrefFor={hrefFor} showKind />
      )}
      <CoverageList countries={dataset.countries.filter((c) => pagesOf.has(c.id))} />
    </section>
  );
}

/** The partner view: one partner's page, or the list of every partner. */
function Partners({ dataset, hrefFor }: { dataset: Dataset; hrefFor: HrefFor }) {
  const partner = useFilterStore((s) => s.partner);
  const partners = useMemo(() => partnerDirectory(dataset), [dataset]);
  const entry = partner === null ? undefined : partnerFor(partners, partner);
  if (entry) return <PartnerPage dataset={dataset} entry={entry} hrefFor={hrefFor} />;
  return (
    <>
      {partner !== null ? (
        <div className="alert alert--info" role="status">
          <p>{unknownPartnerNotice(partner)}</p>
        </div>
      ) : null}
      <PartnerList partners={partners} hrefFor={hrefFor} />
    </>
  );
}

/** The views across every page: results by kind (?view=results) and partners (?view=partner). Loaded on demand. */
export default function AcrossPage({ dataset, hrefFor, view }: { dataset: Dataset; hrefFor: HrefFor; view: 'results' | 'partner' }) {
  return view === 'results' ? <ResultsAcross dataset={dataset} hrefFor={hrefFor} /> : <Partners dataset={dataset} hrefFor={hrefFor} />;
}
