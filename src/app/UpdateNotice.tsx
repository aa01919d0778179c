import { useEffect, useState, type ComponentType } from 'react';
import type { UpdateNoticeProps } from './UpdateNoticePanel';

/** A chart embedded in another site's page (?embed=) shows that chart and nothing else: no notice over it, no worker. */
const embedded = () => new URLSearchParams(window.location.search).has('embed');

const servesOffline = () => import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator && !embedded();

/**
 * The service worker's notices (UpdateNoticePanel.tsx): loaded after the first view where the page is
 * served offline, so none of their code is on the first view's path. Renders nothing until the worker
 * has something to say, so it matches the page built ahead of time.
 */
export function UpdateNotice({ enabled = servesOffline, ...props }: UpdateNoticeProps & { enabled?: () => boolean }) {
  const [Panel, setPanel] = useState<ComponentType<UpdateNoticeProps> | null>(null);
  useEffect(() => {
    if (!enabled()) return;
    let mounted = true;
    import('./UpdateNoticePanel').then(
      (m) => {
        if (mounted) setPanel(() => m.UpdateNoticePanel);
      },
      () => {
        // Without its worker the dashboard still works online; it only cannot be opened offline.
      },
    );
    return () => {
      mounted = false;
    };
  }, [enabled]);
  return Panel ? <Panel {...props} /> : null;
}
