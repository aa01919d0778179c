import { useEffect, useRef, useState } from 'react';
import type { ApplyUpdate, ServiceWorkerEvents } from './serviceWorker';

export type RegisterServiceWorker = (events: ServiceWorkerEvents) => ApplyUpdate;

/** What this tab would lose by reloading (unsavedWork.ts), and the reload itself. */
export interface ReloadGuard {
  unsavedWork: () => string[];
  reload: () => void;
}

export interface UpdateNoticeProps {
  register?: () => Promise<RegisterServiceWorker>;
  guard?: () => Promise<ReloadGuard>;
}

const loadRegister = (): Promise<RegisterServiceWorker> => import('./serviceWorker').then((m) => m.registerServiceWorker);
const loadGuard = (): Promise<ReloadGuard> => import('./unsavedWork').then((m) => ({ unsavedWork: m.unsavedWork, reload: m.reloadPage }));

// One registration per page and way of registering, whatever React does with effects (StrictMode runs them twice).
const registered = new WeakSet<() => Promise<RegisterServiceWorker>>();

type Notice = 'offline-ready' | 'update-ready' | 'confirm-reload' | 'update-active';

/** The notice's main action. */
function ActionButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="button" onClick={onClick}>
      {label}
    </button>
  );
}

function DismissButton({ label, onDismiss }: { label: string; onDismiss: () => void }) {
  return (
    <button type="button" className="button button--secondary" onClick={onDismiss}>
      {label}
    </button>
  );
}

function WouldLose({ items }: { items: readonly string[] }) {
  return (
    <ul className="app-notice__list">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * Registers the service worker and says what it means for the officer: that the dashboard now works
 * offline (the first time), and that a new version is ready, with a button to reload into it. Nothing
 * reloads by itself: an officer may be mid-brief. The new version then reaches every open tab at once;
 * a tab holding work a reload would lose (an import kept for this visit only, an import being read or
 * waiting for an answer) is not reloaded, but says what reloading would lose and reloads when the
 * officer is ready. In the tab where "Reload to update" is pressed, such work is listed and the reload
 * waits for the officer to agree.
 */
export function UpdateNoticePanel({ register = loadRegister, guard = loadGuard }: UpdateNoticeProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [wouldLose, setWouldLose] = useState<string[]>([]);
  const apply = useRef<ApplyUpdate | null>(null);
  const reloadGuard = useRef<ReloadGuard | null>(null);
  // The officer agreed, in this tab, to lose what it holds: the new version taking over then reloads it.
  const lossAccepted = useRef(false);

  useEffect(() => {
    if (registered.has(register)) return;
    registered.add(register);
    Promise.all([register(), guard()])
      .then(([registerWorker, loaded]) => {
        reloadGuard.current = loaded;
        apply.current = registerWorker({
          onNeedRefresh: () => {
            setNotice('update-ready');
          },
          onOfflineReady: () => {
            setNotice('offline-ready');
          },
          onNeedReload: () => {
            const lose = loaded.unsavedWork();
            if (lossAccepted.current || lose.length === 0) {
              loaded.reload();
              return;
            }
            setWouldLose(lose);
            setNotice('update-active');
          },
        });
      })
      .catch(() => {
        // Without its worker the dashboard still works online; it only cannot be opened offline.
        registered.delete(register);
      });
  }, [register, guard]);

  if (notice === null) return null;
  const dismiss = () => {
    setNotice(null);
  };
  const unsaved = () => reloadGuard.current?.unsavedWork() ?? [];
  const applyUpdate = () => {
    setError(null);
    apply.current?.().catch((e: unknown) => {
      setError(`The update could not be applied (${e instanceof Error ? e.message : String(e)}). Close every tab of the dashboard and open it again.`);
    });
  };
  const errorLine = error ? <p className="app-notice__error">{error}</p> : null;
  return (
    <div className="app-notice" role="status">
      {notice === 'update-ready' ? (
        <>
          <p>A new version of the dashboard is ready. Reloading keeps this view: it is in the address.</p>
          {errorLine}
          <div className="app-notice__actions">
            <ActionButton
              label="Reload to update"
              onClick={() => {
                const lose = unsaved();
                if (lose.length === 0) {
                  applyUpdate();
                  return;
                }
                setWouldLose(lose);
                setNotice('confirm-reload');
              }}
            />
            <DismissButton label="Later" onDismiss={dismiss} />
          </div>
        </>
      ) : notice === 'confirm-reload' ? (
        <>
          <p>Reloading this tab now would lose:</p>
          <WouldLose items={wouldLose} />
          <p>The view is kept either way: it is in the address.</p>
          {errorLine}
          <div className="app-notice__actions">
            <ActionButton
              label={`Reload and lose ${wouldLose.length === 1 ? 'it' : 'them'}`}
              onClick={() => {
                lossAccepted.current = true;
                applyUpdate();
              }}
            />
            <button
              type="button"
              className="button button--secondary"
              autoFocus
              onClick={() => {
                setNotice('update-ready');
              }}
            >
              Keep working
            </button>
          </div>
        </>
      ) : notice === 'update-active' ? (
        <>
          <p>
            A new version of the dashboard is now in use in this browser. This tab still shows the earlier one and was not reloaded, because reloading
            would lose:
          </p>
          <WouldLose items={wouldLose} />
          <p>Reload when you are ready: the view is kept, it is in the address.</p>
          <div className="app-notice__actions">
            <ActionButton
              label="Reload now"
              onClick={() => {
                const lose = unsaved();
                // Work begun since the notice was shown is listed before anything is reloaded.
                if (lose.some((item) => !wouldLose.includes(item))) {
                  setWouldLose(lose);
                  return;
                }
                reloadGuard.current?.reload();
              }}
            />
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
