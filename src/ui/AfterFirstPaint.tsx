import { useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children only after the page has painted once, so the first
 * view (heading, total, tiles) is not held up by panels further down.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        setReady(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return ready ? children : null;
}
