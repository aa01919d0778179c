import { memo, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Country } from '../data/schema';
import { compareText } from '../lib/compareText';

interface Props {
  countries: readonly Country[];
  selectedId: string;
  /** Countries whose printed totals disagree with their rows. */
  flagged: ReadonlySet<string>;
  onSelect: (id: string) => void;
}

function matches(country: Country, query: string): boolean {
  const q = query.trim().toLocaleLowerCase('en-US');
  if (!q) return true;
  return country.name.toLocaleLowerCase('en-US').includes(q) || country.region.toLocaleLowerCase('en-US').includes(q);
}

/** The countries in the list's order: by region, then by name. */
function inListOrder(countries: readonly Country[]): Country[] {
  return [...countries].sort((a, b) => compareText(a.region, b.region) || compareText(a.name, b.name));
}

/**
 * A searchable country list grouped by region (WAI-ARIA combobox with a
 * listbox): type to filter, arrows to move, Enter to choose, Escape to close.
 */
// Memoised: a filter change does not touch the country list, which can be long.
export const CountryPicker = memo(function CountryPicker({ countries, selectedId, flagged, onSelect }: Props) {
  const selected = countries.find((c) => c.id === selectedId);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (id: string) => `${baseId}-option-${id}`;

  // The list is built only while it is open: the page's first render (and its takeover of the built page) does not sort it.
  const filtered = useMemo(() => (open ? inListOrder(countries.filter((c) => matches(c, query))) : []), [countries, query, open]);
  const groups = useMemo(() => {
    const byRegion = new Map<string, Country[]>();
    for (const c of filtered) byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c]);
    return [...byRegion.entries()];
  }, [filtered]);
  const active = open ? filtered[Math.min(activeIndex, filtered.length - 1)] : undefined;

  const openList = () => {
    setOpen(true);
    setActiveIndex(Math.max(0, inListOrder(countries).findIndex((c) => c.id === selectedId)));
  };
  const close = () => {
    setOpen(false);
    setQuery('');
  };
  const choose = (country: Country) => {
    close();
    if (country.id !== selectedId) onSelect(country.id);
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
            {members.map((c) => (
              <div
                key={c.id}
                id={optionId(c.id)}
                role="option"
                aria-selected={c.id === selectedId}
                className={`picker__option${active?.id === c.id ? ' is-active' : ''}`}
                onMouseDown={(e) => {
                  // Keep focus in the input so blur does not close the list before the click lands.
                  e.preventDefault();
                }}
                onClick={() => {
                  choose(c);
                  inputRef.current?.blur();
                }}
              >
                {c.name}
                {flagged.has(c.id) ? <span className="flag"> totals differ</span> : null}
              </div>
            ))}
          </div>
        ))}
      </div>
      {open && filtered.length === 0 ? (
        <p className="picker__empty" role="status">
          No country matches “{query.trim()}”.
        </p>
      ) : null}
    </div>
  );
});
