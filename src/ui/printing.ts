import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/*
 * Whether the page is being laid out for paper. However printing starts (the browser's menu, Ctrl+P, a
 * headless page.pdf()), the browser lays the page out right after `beforeprint`: what paper needs (every
 * chart drawn, the sections one step away opened) is rendered in that event, synchronously. A part of the
 * page that first appears during that render reads `true` at once, so it too is drawn for paper.
 */
let printing = false;
const listeners = new Set<() => void>();

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    printing = true;
    flushSync(() => {
      for (const listener of listeners) listener();
    });
  });
  window.addEventListener('afterprint', () => {
    printing = false;
    for (const listener of listeners) listener();
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}
