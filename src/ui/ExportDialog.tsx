import { useEffect, useId, useRef, useState } from 'react';
import { EXPORT_HEIGHT, EXPORT_WIDTH, type BarChartDescription } from '../figures/chartDescription';
import type { Scale } from '../figures/exportChart';
import { runExport, type ExportAction, type ExportOutcome } from './runExport';

const SCALES: Scale[] = [1, 2, 3];
const DIALOG_ACTIONS: { action: ExportAction; label: string }[] = [
  { action: 'png', label: 'Download PNG' },
  { action: 'svg', label: 'Download SVG' },
  { action: 'csv', label: 'Download CSV' },
  { action: 'copy-image', label: 'Copy image' },
];

/**
 * A modal preview of the exported image, with the scale to choose and the
 * download and copy actions. Native <dialog>: focus stays inside, Escape closes.
 */
export function ExportDialog({ chart, onClose }: { chart: BarChartDescription; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  // The figure's size: 16:9, or taller where its notes need the room.
  const [size, setSize] = useState({ width: EXPORT_WIDTH, height: EXPORT_HEIGHT });
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [scale, setScale] = useState<Scale>(2);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    Promise.all([import('../figures/exportChart'), import('../figures/composeSvg')])
      .then(([exporter, { svgSize }]) => exporter.buildSvg(chart, window.location.href).then((svg) => ({ svg, svgSize })))
      .then(({ svg, svgSize }) => {
        if (cancelled) return;
        setSize(svgSize(svg));
        url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
        setPreviewUrl(url);
      })
      .catch((error: unknown) => {
        if (!cancelled) setPreviewError(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [chart]);

  const act = (action: ExportAction) => {
    setBusy(true);
    setOutcome(null);
    void runExport(action, chart, scale).then((result) => {
      setOutcome(result);
      setBusy(false);
    });
  };

  return (
    <dialog
      ref={dialogRef}
      className="export-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="export-dialog__head">
        <h2 id={titleId}>Export image</h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="export-dialog__preview">
        {previewUrl ? (
          <img src={previewUrl} width={size.width} height={size.height} alt={`Preview of the exported image: ${chart.title}`} />
        ) : (
          <p role="status">{previewError ? `The preview could not be drawn: ${previewError}` : 'Drawing the preview…'}</p>
        )}
      </div>
      <fieldset className="export-dialog__scale">
        <legend>PNG size</legend>
        {SCALES.map((s) => (
          <label key={s} className="check">
            <input
              type="radio"
              name="export-scale"
              value={s}
              checked={scale === s}
              onChange={() => {
                setScale(s);
              }}
            />
            {s}× ({size.width * s} × {size.height * s} px)
          </label>
        ))}
      </fieldset>
      <div className="export-dialog__actions">
        {DIALOG_ACTIONS.map(({ action, label }, i) => (
          <button
            key={action}
            type="button"
            className={i === 0 ? 'button' : 'button button--secondary'}
            disabled={busy}
            onClick={() => {
              act(action);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <p className={`export__status${outcome?.ok === false ? ' export__status--error' : ''}`} role="status">
        {busy ? 'Preparing…' : (outcome?.message ?? '')}
      </p>
    </dialog>
  );
}
