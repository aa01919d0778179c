import { useEffect, useRef, useState } from 'react';
import type { BarChartDescription } from '../figures/chartDescription';
import { FailureNotice } from './FailureNotice';
import { MenuButton, type MenuItem } from './MenuButton';
import { useLazyModule } from './useLazyModule';
import { EXPORT_FORMATS, runExport, type ExportAction, type ExportOutcome } from './runExport';

// The preview dialog loads when it is first opened, not with the page's first script.
const loadExportDialog = () => import('./ExportDialog');

function LazyExportDialog({ chart, onClose }: { chart: BarChartDescription; onClose: () => void }) {
  const { module, failure, retry } = useLazyModule(loadExportDialog);
  if (failure !== null) return <FailureNotice title="The preview could not be opened." message={failure} onRetry={retry} />;
  if (module === null) return <p className="export__status">Opening the preview…</p>;
  return <module.ExportDialog chart={chart} onClose={onClose} />;
}

type ItemId = ExportAction | 'preview';

const ITEMS: MenuItem<ItemId>[] = [
  { id: 'preview', label: 'Preview image…' },
  ...(Object.entries(EXPORT_FORMATS) as [ExportAction, { label: string }][]).map(([id, format]) => ({ id, label: format.label })),
];

/** A chart's export actions in a menu button; the status line says what happened. */
export function ExportMenu({ chart, chartName }: { chart: BarChartDescription; chartName: string }) {
  const [previewOpen, setPreviewOpen] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Focus returns to the menu button once the preview dialog has gone (not
  // before: while the modal is open, the rest of the page is inert).
  const previewWasOpen = useRef(false);
  useEffect(() => {
    if (previewWasOpen.current && !previewOpen) buttonRef.current?.focus();
    previewWasOpen.current = previewOpen;
  }, [previewOpen]);

  const choose = (id: ItemId) => {
    if (id === 'preview') {
      setPreviewOpen(true);
      return;
    }
    setBusy(true);
    setOutcome(null);
    void runExport(id, chart, 2).then((result) => {
      setOutcome(result);
      setBusy(false);
    });
  };

  return (
    <div className="export">
      <MenuButton label="Export" name={`Export the ${chartName}`} items={ITEMS} onChoose={choose} busy={busy} buttonRef={buttonRef} />
      <p className={`export__status${outcome?.ok === false ? ' export__status--error' : ''}`} role="status">
        {busy ? 'Preparing…' : (outcome?.message ?? '')}
      </p>
      {previewOpen ? (
        <LazyExportDialog
          chart={chart}
          onClose={() => {
            setPreviewOpen(false);
          }}
        />
      ) : null}
    </div>
  );
}
