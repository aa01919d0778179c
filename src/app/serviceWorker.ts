import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerEvents {
  /** A new build's worker is installed and waiting: the page should say an update is ready. */
  onNeedRefresh: () => void;
  /** The first worker has cached the whole app: it now opens with no network. */
  onOfflineReady: () => void;
  /**
   * The new build's worker has taken over this page, let in from this tab or another: the page
   * decides whether to reload (in place of vite-plugin-pwa reloading every open tab at once).
   */
  onNeedReload: () => void;
}

/** Lets the waiting worker in; each open page is then told (onNeedReload), and reloads only if it may. */
export type ApplyUpdate = () => Promise<void>;

/**
 * Registers the build's service worker (vite.config.ts, offline()). Loaded on demand after the first
 * view, so it costs the first load nothing; the worker file itself is named by the build.
 */
export function registerServiceWorker(events: ServiceWorkerEvents): ApplyUpdate {
  // Not immediate: Workbox waits for the page's load event, so the worker's precache (the whole build,
  // once) does not compete with what the first view still fetches.
  const update = registerSW({ immediate: false, ...events });
  return () => update(true);
}
