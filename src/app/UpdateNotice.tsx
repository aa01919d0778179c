import { useEffect, useRef, useState } from 'react';
import type { ApplyUpdate, ServiceWorkerEvents } from './serviceWorker';

export type RegisterServiceWorker = (events: ServiceWorkerEvents) => ApplyUpdate;

const loadRegister = (): Promise<RegisterServiceWorker> => import('./serviceWorker').then((m) => m.registerServiceWorker);

// One registration per page and way of registering, whatever React does with effects (StrictMode runs them twice).
const registered = new WeakSet<() => Promise<RegisterServiceWorker>>();

/** A chart embedded in another site's page (?embed=) shows that chart and nothing else: no notice over it, no worker. */
const embedded = () => new URLSearchParams(window.location.search).has('embed');

const servesOffline = () => import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator && !embedded();

type Notice = 'none' | 'offline-ready' | 'update-ready';

function DismissButton({ label, onDismiss }: { label: string; onDismiss: () => void }) {
  return (
    <button type="button" className="button button--secondary" onClick={onDismiss}>
      {label}
    </button>
  );
}

/**
 * Registers the service worker once the page is up and says what it means for the officer: that the
 * dashboard now works offline (the first time), and that a new version is ready, with a button to
 * reload into it. Nothing reloads by itself: an officer may be mid-brief. Renders nothing until then,
 * so it matches the page built ahead of time.
 */
export function UpdateNotice({ register = loadRegister, enabled = servesOffline }: { register?: () => Promise<RegisterServiceWorker>; enabled?: () => boolean }) {
  const [notice, setNotice] = useState<Notice>('none');
  const [error, setError] = useState<string | null>(null);
  const apply = useRef<ApplyUpdate | null>(null);

  useEffect(() => {
    if (!enabled() || registered.has(register)) return;
    registered.add(register);
    register()
      .then((registerWorker) => {
        apply.current = registerWorker({
          onNeedRefresh: () => {
            setNotice('update-ready');
          },
          onOfflineReady: () => {
            setNotice('offline-ready');
          },
        });
      })
      .catch(() => {
        // Without its worker the dashboard still works online; it only cannot be opened offline.
        registered.delete(register);
      });
  }, [register, enabled]);

  if (notice === 'none') return null;
  const dismiss = () => {
    setNotice('none');
  };
  return (
    <div className="app-notice" role="status">
      {notice === 'update-ready' ? (
        <>
          <p>A new version of the dashboard is ready. Reloading keeps this view: it is in the address.</p>
          {error ? <p className="app-notice__error">{error}</p> : null}
          <div className="app-notice__actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setError(null);
                apply.current?.().catch((e: unknown) => {
                  setError(`The update could not be applied (${e instanceof Error ? e.message : String(e)}). Close every tab of the dashboard and open it again.`);
                });
              }}
            >
              Reload to update
            </button>
            <DismissButton label="Later" onDismiss={dismiss} />
          </div>
        </>
      ) : (
        <>
          <p>The dashboard is saved in this browser: it now opens and works with no network.</p>
          <div className="app-notice__actions">
            <DismissButton label="OK" onDismiss={dismiss} />
          </div>
        </>
      )}
    </div>
  );
}
