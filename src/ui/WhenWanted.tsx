import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { afterNextFrame } from './afterNextFrame';

/** What counts as the reader turning to the page: any of these, anywhere (public/boot.js watches the same before the app runs). */
const INTERACTIONS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll', 'focusin'] as const;

/**
 * Renders its children once they are wanted: when the reader first does anything on the page (moves the
 * pointer, touches, scrolls, presses a key), or when the end of what is already drawn comes within a
 * screen of view. Until then nothing of theirs is fetched: the first view loads only what it draws. They
 * render in a transition, which React splits into short tasks. The page built ahead of time leaves them out.
 * `now` renders them at once (the address asks for one of them; a fragment does too); `missing` is what paper says while they are not there.
 */
export function WhenWanted({ children, now = false, missing }: { children: ReactNode; now?: boolean; missing: string }) {
  const [wanted, setWanted] = useState(false);
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (wanted) return;
    let done = false;
    const want = (event?: Event) => {
      // The service worker's notice ("Reload to update") is about the page, not a turn to its content.
      if (event?.target instanceof Element && event.target.closest('.app-notice')) return;
      if (done) return;
      done = true;
      startTransition(() => {
        setWanted(true);
      });
    };
    // Asked for (`now`, or a link to a place on the page: #glossary), moved for before the app ran
    // (public/boot.js notes it), or without a way to see the screen: after the first paint.
    const element = sentinel.current;
    const asked = now || window.location.hash.length > 1;
    const movedBefore = document.documentElement.hasAttribute('data-reader-moved');
    if (asked || movedBefore || !element || typeof IntersectionObserver === 'undefined') return afterNextFrame(want);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) want();
      },
      { rootMargin: '0px 0px 200px 0px' },
    );
    observer.observe(element);
    for (const type of INTERACTIONS) window.addEventListener(type, want, { passive: true, capture: true });
    return () => {
      observer.disconnect();
      for (const type of INTERACTIONS) window.removeEventListener(type, want, { capture: true });
    };
  }, [wanted, now]);
  return wanted ? (
    children
  ) : (
    <div ref={sentinel}>
      {/* Printed before the reader did anything on the page: say what the printout lacks rather than end silently. */}
      <p className="print-only panel__note">{missing}</p>
    </div>
  );
}
