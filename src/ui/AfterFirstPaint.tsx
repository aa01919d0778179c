import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children only after the page has painted once, so the first
 * view (heading, total, tiles) is not held up by panels further down. They
 * render in a transition, which React splits into short tasks, so the page
 * stays responsive meanwhile. The page built ahead of time leaves them out.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        startTransition(() => {
          setReady(true);
        });
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return ready ? children : null;
}
