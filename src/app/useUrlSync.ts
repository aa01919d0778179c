import { useLayoutEffect, useState } from 'react';
import type { Dataset } from '../data/model/schema';
import { DEFAULT_COUNTRY, DEFAULT_SELECTION, useFilterStore } from '../filters/filterStore';
import { datasetIdFromUrl, parseFilterParams, serializeFilterParams } from './urlState';

/**
 * Keeps the filter store and the address bar in step, both ways:
 * the URL is read on load and on back/forward; each change of filters adds a
 * history entry. Returns notes on URL values that were dropped.
 */
export function useUrlSync(dataset: Dataset): { problems: string[]; dismissProblems: () => void } {
  // On the server (the page built ahead of time) there is no address: it is the plain link.
  // The address is read once on load: the first render's reading is what the effect below restores.
  const [firstReading] = useState(() => (typeof window === 'undefined' ? null : { dataset, search: window.location.search, parsed: parseFilterParams(window.location.search, dataset) }));
  const [problems, setProblems] = useState(() => firstReading?.parsed.problems ?? []);

  useLayoutEffect(() => {
    const restoreFromUrl = (): string[] => {
      const unchanged = firstReading?.dataset === dataset && firstReading.search === window.location.search;
      const parsed = unchanged ? firstReading.parsed : parseFilterParams(window.location.search, dataset);
      const canonical = serializeFilterParams(parsed.selection);
      // Rewrite the address first so the store subscription below sees no change to push.
      if (canonical !== window.location.search) {
        window.history.replaceState(window.history.state, '', `${canonical}${window.location.hash}`);
      }
      useFilterStore.getState().selectionRestored(parsed.selection);
      return parsed.problems;
    };
    restoreFromUrl();
    // Set while Back or Forward switches to another dataset, so the switch itself is not pushed as a new entry.
    let switching = false;
    const onPopState = () => {
      const named = datasetIdFromUrl(window.location.search);
      if (named !== useFilterStore.getState().datasetId) {
        // An entry of another dataset (before or after an import): switch to it, and let its own view read the
        // address once it has loaded, rather than checking its country against this dataset.
        switching = true;
        const country = new URLSearchParams(window.location.search).get('country') ?? DEFAULT_COUNTRY;
        useFilterStore.getState().selectionRestored({ ...DEFAULT_SELECTION, datasetId: named, country });
        switching = false;
        return;
      }
      setProblems(restoreFromUrl());
    };
    window.addEventListener('popstate', onPopState);
    const unsubscribe = useFilterStore.subscribe((state, previous) => {
      if (switching) return;
      const next = serializeFilterParams(state);
      if (next === window.location.search) return;
      // Typing in the partner search or the header search rewrites the address rather than adding an entry per keystroke.
      const typing =
        (state.search !== previous.search || state.query !== previous.query) &&
        serializeFilterParams({ ...state, search: previous.search, query: previous.query }) === serializeFilterParams(previous);
      if (typing) window.history.replaceState(window.history.state, '', `${next}${window.location.hash}`);
      else window.history.pushState(null, '', `${next}${window.location.hash}`);
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, [dataset, firstReading]);

  return {
    problems,
    dismissProblems: () => {
      setProblems([]);
    },
  };
}
