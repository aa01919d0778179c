import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { afterNextFrame } from './afterNextFrame';

/**
 * Renders its children only after the page has painted once, so the first
 * view (heading, total, tiles) is not held up by panels further down. They
 * render in a transition, which React splits into short tasks, so the page
 * stays responsive meanwhile. The page built ahead of time leaves them out.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(
    () =>
      afterNextFrame(() => {
        startTransition(() => {
          setReady(true);
        });
      }),
    [],
  );
  return ready ? children : null;
}
