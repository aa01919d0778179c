import { startTransition, useEffect, useState } from 'react';
import { afterNextFrame } from './afterNextFrame';

/**
 * How many of `total` parts to show: one at first, then one more after each
 * frame the browser has drawn, so that no single task lays out all of them.
 * A hidden tab draws no frames, so there all are shown at once.
 */
export function useRevealCount(total: number): number {
  const [shown, setShown] = useState(() => Math.min(1, total));
  useEffect(() => {
    if (shown >= total) return;
    const more = () => {
      startTransition(() => {
        setShown((n) => Math.min(total, n + 1));
      });
    };
    if (document.visibilityState === 'hidden') {
      startTransition(() => {
        setShown(total);
      });
      return;
    }
    return afterNextFrame(more);
  }, [shown, total]);
  return Math.min(shown, total);
}
