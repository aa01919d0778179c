import { useId, useState } from 'react';
import type { CountryView } from '../data/selectors/countryView';
import type { BriefFormat } from './brief/runBrief';
import { FailureNotice } from '../ui/FailureNotice';
import { MenuButton, type MenuItem } from '../ui/MenuButton';
import { useLazyModule } from '../ui/useLazyModule';

const BRIEF_ITEMS: MenuItem<BriefFormat>[] = [
  { id: 'png', label: 'Brief as PNG (1920 × 1080)' },
  { id: 'pdf', label: 'Brief as PDF (one page)' },
  { id: 'pptx', label: 'Brief as slide (.pptx)' },
  { id: 'svg', label: 'Brief as SVG' },
];

/** "Country brief": one 16:9 figure of the view (funding, results, partners, source), in the format chosen. */
function BriefMenu({ view }: { view: CountryView }) {
  const { country } = view;
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = (format: BriefFormat) => {
    setBusy(true);
    setStatus(null);
    import('./brief/runBrief')
      .then((m) => m.runBrief(format, view))
      .then(
        (name) => {
          setStatus({ ok: true, text: `Downloaded ${name}.` });
        },
        (error: unknown) => {
          setStatus({ ok: false, text: `The brief could not be made (${error instanceof Error ? error.message : String(error)}). Try again.` });
        },
      )
      .finally(() => {
        setBusy(false);
      });
  };
  return (
    <div className="page-tools__item">
      <MenuButton label="Country brief" name={`Country brief: download a one-slide brief of ${country.name}`} items={BRIEF_ITEMS} onChoose={choose} busy={busy} align="start" />
      <p className={`export__status${status?.ok === false ? ' export__status--error' : ''}`} role="status">
        {busy ? 'Preparing the brief…' : (status?.text ?? '')}
      </p>
    </div>
  );
}

const loadSharePanel = () => import('./SharePanel');

function LazySharePanel({ embedTitle }: { embedTitle: string }) {
  const { module, failure, retry } = useLazyModule(loadSharePanel);
  if (failure !== null) return <FailureNotice title="The sharing options could not be loaded." message={failure} onRetry={retry} />;
  if (module === null) return <p className="panel__note">Loading…</p>;
  return <module.SharePanel embedTitle={embedTitle} />;
}

/** The page's own tools, under its heading: the country brief (country view) and Share. */
export function PageTools({ brief, embedTitle }: { brief: CountryView | null; embedTitle: string }) {
  const [shareOpen, setShareOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="page-tools">
      <div className="page-tools__row">
        {brief ? <BriefMenu view={brief} /> : null}
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={shareOpen}
          aria-controls={panelId}
          onClick={() => {
            setShareOpen((open) => !open);
          }}
        >
          Share
        </button>
      </div>
      <div id={panelId} hidden={!shareOpen}>
        {shareOpen ? <LazySharePanel embedTitle={embedTitle} /> : null}
      </div>
    </div>
  );
}
