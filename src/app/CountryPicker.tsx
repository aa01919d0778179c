import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { COUNTRY_ALIASES, type RegionalOnlyCountry } from '../data/model/countryNames';
import type { Country } from '../data/model/schema';
import { compareText } from '../lib/compareText';
import { formatSharePercent } from '../lib/format';

interface Props {
  countries: readonly Country[];
  /** Countries a regional chart names without a table: listed, not choosable. */
  regionalOnly: readonly RegionalOnlyCountry[];
  selectedId: string;
  /** Countries whose printed totals disagree with their rows. */
  flagged: ReadonlySet<string>;
  onSelect: (id: string) => void;
}

/** One row of the list: a country with a table, or one a regional chart names only. */
type Entry =
  | { kind: 'country'; id: string; name: string; region: string; aliases: readonly string[]; country: Country }
  | { kind: 'regional'; id: string; name: string; region: string; aliases: readonly string[]; share: RegionalOnlyCountry };

const lower = (text: string) => text.toLocaleLowerCase('en-US');
/** Folds "&" to "and" and drops punctuation, so "Bosnia & Herzegovina" and "bosnia and herz" meet. */
const fold = (text: string) => lower(text).replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The name or alias the query matched, or null for no match; the name itself when the query is empty. */
function matchedName(entry: Entry, query: string): string | null {
  const q = fold(query);
  if (!q) return entry.name;
  for (const name of [entry.name, ...entry.aliases]) if (fold(name).includes(q)) return name;
  return fold(entry.region).includes(q) ? entry.name : null;
}

/**
 * The most options the list draws at once. A dataset of thousands of
 * countries would otherwise put them all in the page on every opening; the
 * list says how many more there are, and typing narrows it.
 */
export const MAX_OPTIONS_SHOWN = 200;

// The sorted entries, once per dataset: sorting thousands of names on every opening is what made it slow.
const sortedEntries = new WeakMap<readonly Country[], { regionalOnly: readonly RegionalOnlyCountry[]; entries: Entry[] }>();
function entriesOf(countries: readonly Country[], regionalOnly: readonly RegionalOnlyCountry[]): Entry[] {
  const cached = sortedEntries.get(countries);
  if (cached?.regionalOnly === regionalOnly) return cached.entries;
  const entries = sortEntries(countries, regionalOnly);
  sortedEntries.set(countries, { regionalOnly, entries });
  return entries;
}

function sortEntries(countries: readonly Country[], regionalOnly: readonly RegionalOnlyCountry[]): Entry[] {
  const entries: Entry[] = [
    ...countries.map((c): Entry => ({ kind: 'country', id: c.id, name: c.name, region: c.region, aliases: COUNTRY_ALIASES[c.id] ?? [], country: c })),
    ...regionalOnly.map((r): Entry => ({ kind: 'regional', id: `regional-${r.region}-${r.name}`, name: r.name, region: r.region, aliases: r.aliases, share: r })),
  ];
  // By region, then countries with a table before those a chart only names, then by name. A long list is
  // sorted by Intl.Collator itself (the order compareText mirrors), whose compare is faster than ours at scale.
  const compare = entries.length > 1000 ? new Intl.Collator('en-US').compare : compareText;
  return entries.sort((a, b) => compare(a.region, b.region) || Number(a.kind === 'regional') - Number(b.kind === 'regional') || compare(a.name, b.name));
}

/** What the dataset holds of the country's page, in a word or two. */
function narrativeBadge(country: Country): string {
  if (!country.narrativeIncluded) return 'funding table only';
  return country.coverage?.status === 'partial' ? 'results in part' : 'results';
}

/**
 * A searchable country list grouped by region (WAI-ARIA combobox with a
 * listbox): type to filter, arrows to move, Enter to choose, Escape to close.
 */
// Memoised: a filter change does not touch the country list, which can be long.
export const CountryPicker = memo(function CountryPicker({ countries, regionalOnly, selectedId, flagged, onSelect }: Props) {
  const selected = countries.find((c) => c.id === selectedId);
  // A long list is sorted while the page is idle, so its first opening need not wait for it.
  useEffect(() => {
    if (countries.length + regionalOnly.length <= 1000) return;
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback : (run: () => void) => setTimeout(run, 200);
    idle(() => {
      entriesOf(countries, regionalOnly);
    });
  }, [countries, regionalOnly]);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (id: string) => `${baseId}-option-${id}`;

  // The list is built only while it is open: the page's first render (and its takeover of the built page) does not sort it.
  const { filtered, matches } = useMemo(() => {
    if (!open) return { filtered: [], matches: 0 };
    const all = entriesOf(countries, regionalOnly).flatMap((entry) => {
      const matched = matchedName(entry, query);
      return matched === null ? [] : [{ entry, matched }];
    });
    // The country in view stays in the list however far down it sorts.
    const shown = all.slice(0, MAX_OPTIONS_SHOWN);
    const current = all.find((item) => item.entry.id === selectedId);
    if (current && !shown.includes(current)) shown.push(current);
    return { filtered: shown, matches: all.length };
  }, [countries, regionalOnly, query, open, selectedId]);
  const groups = useMemo(() => {
    const byRegion = new Map<string, typeof filtered>();
    for (const item of filtered) byRegion.set(item.entry.region, [...(byRegion.get(item.entry.region) ?? []), item]);
    return [...byRegion.entries()];
  }, [filtered]);
  const active = open ? filtered[Math.min(activeIndex, filtered.length - 1)]?.entry : undefined;

  const openList = () => {
    setOpen(true);
    const index = entriesOf(countries, regionalOnly).findIndex((e) => e.id === selectedId);
    setActiveIndex(index >= 0 && index < MAX_OPTIONS_SHOWN ? index : index >= 0 ? MAX_OPTIONS_SHOWN : 0);
  };
  const close = () => {
    setOpen(false);
    setQuery('');
  };
  const choose = (entry: Entry) => {
    // A country a regional chart only names has no view of its own to open.
    if (entry.kind !== 'country') return;
    close();
    if (entry.id !== selectedId) onSelect(entry.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) openList();
        else setActiveIndex((i) => Math.min(filtered.length - 1, i + 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) openList();
        else setActiveIndex((i) => Math.max(0, i - 1));
        break;
      case 'Home':
      case 'End':
        if (open) {
          event.preventDefault();
          setActiveIndex(event.key === 'Home' ? 0 : filtered.length - 1);
        }
        break;
      case 'Enter':
        if (open && active) {
          event.preventDefault();
          choose(active);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  };

  return (
    <div className="picker">
      <label htmlFor={`${baseId}-input`} className="picker__label">
        Country
      </label>
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        className="picker__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={active ? optionId(active.id) : undefined}
        aria-describedby={`${baseId}-hint`}
        value={open ? query : (selected?.name ?? '')}
        placeholder={selected?.name}
        onChange={(e) => {
          setQuery(e.target.value);
          setActiveIndex(0);
          setOpen(true);
        }}
        onFocus={(e) => {
          e.target.select();
        }}
        onClick={() => {
          if (!open) openList();
        }}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <span id={`${baseId}-hint`} className="visually-hidden">
        Type to search; countries are grouped by region.
      </span>
      <div id={listId} role="listbox" aria-label="Countries" className="picker__list" hidden={!open}>
        {groups.map(([region, members], g) => (
          <div key={region} role="group" aria-labelledby={`${baseId}-group-${g}`}>
            <div id={`${baseId}-group-${g}`} role="presentation" className="picker__group">
              {region}
            </div>
            {members.map(({ entry, matched }) => (
              <div
                key={entry.id}
                id={optionId(entry.id)}
                role="option"
                aria-selected={entry.id === selectedId}
                aria-disabled={entry.kind === 'regional' ? true : undefined}
                className={`picker__option${active?.id === entry.id ? ' is-active' : ''}${entry.kind === 'regional' ? ' picker__option--regional' : ''}`}
                onMouseDown={(e) => {
                  // Keep focus in the input so blur does not close the list before the click lands.
                  e.preventDefault();
                }}
                onClick={() => {
                  if (entry.kind !== 'country') return;
                  choose(entry);
                  inputRef.current?.blur();
                }}
              >
                <bdi>{entry.name}</bdi>
                {matched !== entry.name ? <span className="picker__alias"> ({matched})</span> : null}
                {entry.kind === 'country' ? (
                  <span className="picker__badge"> · {narrativeBadge(entry.country)}</span>
                ) : (
                  <span className="picker__badge">
                    {' '}
                    · no country table; {formatSharePercent(entry.share.percent)} of the {entry.share.region} total, {entry.share.regionPeriod}, as printed
                  </span>
                )}
                {flagged.has(entry.id) ? <span className="flag"> totals differ</span> : null}
              </div>
            ))}
          </div>
        ))}
      </div>
      {open && matches > filtered.length ? (
        <p className="picker__more" role="status">
          Showing {filtered.length.toLocaleString('en-US')} of {matches.toLocaleString('en-US')} countries: type a name to narrow the list.
        </p>
      ) : null}
      {open && filtered.length === 0 ? (
        <p className="picker__empty" role="status">
          No country matches “{query.trim()}”.
        </p>
      ) : null}
    </div>
  );
});
