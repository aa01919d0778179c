import { useId, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Dataset } from '../data/model/schema';
import { useFilterStore } from '../filters/filterStore';
import { useLazyModule } from '../ui/useLazyModule';
import type { SearchOption } from './siteSearchIndex';

// What the search offers (every partner's names, the kinds of result and the words for them) loads when the
// search is first used, not with the first screen.
const loadIndex = () => import('./siteSearchIndex');

/**
 * One search in the header, on every view (WAI-ARIA combobox with a listbox): countries by name or alias,
 * partners, kinds of result and regions. Type, move with the arrows, Enter opens the one chosen (the first
 * by default), Escape clears. The words are in the address (`q=`), so a link can carry a search.
 */
export function SiteSearch({ dataset }: { dataset: Dataset }) {
  const query = useFilterStore((s) => s.query);
  const queryChanged = useFilterStore((s) => s.queryChanged);
  const searchOpened = useFilterStore((s) => s.searchOpened);
  // Wanted once the box is used, or when the address brings words to search for (read after the first render).
  const [used, setUsed] = useState(false);
  const { module, failure, retry } = useLazyModule(loadIndex, used || query !== null);
  const [active, setActive] = useState(0);
  // The list shows while there are words and matches, until one is chosen or Escape closes it.
  const [open, setOpen] = useState(true);
  const inputId = useId();
  const listId = useId();
  const found = module && query ? module.searchReport(dataset, query) : { options: [] as SearchOption[], more: 0 };
  const { options } = found;
  const current = options[Math.min(active, options.length - 1)];
  const expanded = open && query !== null && options.length > 0;

  const choose = (option: SearchOption | undefined) => {
    if (!option) return;
    setOpen(false);
    setActive(0);
    searchOpened(option.target);
    window.scrollTo(0, 0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length > 0) setActive((a) => (Math.min(a, options.length - 1) + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (event.key === 'Escape') {
      if (open && query) setOpen(false);
      else queryChanged('');
    }
  };
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    choose(current);
  };
  const status =
    query === null
      ? ''
      : failure !== null
        ? 'The search could not be loaded.'
        : !module
          ? 'Loading the search…'
          : options.length === 0
            ? `Nothing matches “${query}”: try a country, a partner, a kind of result or a region.`
            : `${options.length + found.more} ${options.length + found.more === 1 ? 'match' : 'matches'}${found.more > 0 ? `, the first ${options.length} listed` : ''}: Enter opens ${current?.label ?? ''}.`;

  return (
    <form role="search" className="site-search" aria-label="The report" onSubmit={onSubmit}>
      <label htmlFor={inputId}>Search</label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && current ? `${listId}-${current.key}` : undefined}
        placeholder="e.g. Angola, HALO, mines"
        autoComplete="off"
        spellCheck={false}
        value={query ?? ''}
        onFocus={() => {
          setUsed(true);
        }}
        onChange={(event) => {
          setUsed(true);
          setOpen(true);
          setActive(0);
          queryChanged(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Matches" className="site-search__list" hidden={!expanded}>
        {expanded
          ? options.map((option) => (
              <li
                key={option.key}
                id={`${listId}-${option.key}`}
                role="option"
                aria-selected={option === current}
                className="site-search__option"
                onMouseDown={(event) => {
                  // Keeps the keyboard in the box; the click opens the option.
                  event.preventDefault();
                }}
                onClick={() => {
                  choose(option);
                }}
              >
                <span className="site-search__group">{option.group}</span> <bdi>{option.label}</bdi>
                {option.matched ? <span className="site-search__matched"> ({option.matched})</span> : null}
              </li>
            ))
          : null}
      </ul>
      <p className="site-search__status visually-hidden" role="status">
        {status}
      </p>
      {failure !== null && query !== null ? (
        <button type="button" className="button button--secondary" onClick={retry}>
          Try the search again
        </button>
      ) : null}
    </form>
  );
}
