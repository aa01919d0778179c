import { startTransition, useEffect, useState } from 'react';

type State<M> = { status: 'pending' } | { status: 'loaded'; module: M } | { status: 'failed'; message: string };

/**
 * Loads a code-split module once `enabled`, and reports it, or why it did not
 * load with a way to try again. React.lazy would keep a failed import's error
 * for good, so "Try again" could never succeed. The loaded module is set in a
 * transition, so what it renders is drawn in short slices.
 */
export function useLazyModule<M>(load: () => Promise<M>, enabled = true): { module: M | null; failure: string | null; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<State<M>>({ status: 'pending' });
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    load().then(
      (module) => {
        if (!current) return;
        startTransition(() => {
          setState({ status: 'loaded', module });
        });
      },
      (error: unknown) => {
        if (current) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [load, enabled, attempt]);
  return {
    module: state.status === 'loaded' ? state.module : null,
    failure: state.status === 'failed' ? state.message : null,
    retry: () => {
      setState({ status: 'pending' });
      setAttempt((n) => n + 1);
    },
  };
}
