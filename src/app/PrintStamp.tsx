import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });

/** Read again as printing starts (at once: the browser lays the page out for paper right after the event). */
function subscribe(notify: () => void): () => void {
  const onChange = () => {
    flushSync(notify);
  };
  window.addEventListener('beforeprint', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('beforeprint', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const address = () => window.location.href;
const today = () => DATE.format(new Date());
// The page built ahead of time has neither: it hydrates as built, then shows them.
const none = () => null;

/**
 * What a printout carries at its head: the view in words, the date it was printed and the address that
 * reproduces it. Shown on paper only.
 */
export function PrintStamp({ view }: { view: string }) {
  const href = useSyncExternalStore(subscribe, address, none);
  const date = useSyncExternalStore(subscribe, today, none);
  return (
    <p className="print-only print-stamp">
      View: {view}
      {href !== null && date !== null ? (
        <>
          {' '}
          · printed {date} from the CWD dashboard · <span className="print-stamp__address">{href}</span>
        </>
      ) : null}
    </p>
  );
}
