import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { BarChartDescription } from '../lib/export/chartDescription';
import { FailureNotice } from './FailureNotice';
import { useLazyModule } from './useLazyModule';
import { runExport, type ExportAction, type ExportOutcome } from './runExport';

// The preview dialog loads when it is first opened, not with the page's first script.
const loadExportDialog = () => import('./ExportDialog');

function LazyExportDialog({ chart, onClose }: { chart: BarChartDescription; onClose: () => void }) {
  const { module, failure, retry } = useLazyModule(loadExportDialog);
  if (failure !== null) return <FailureNotice title="The preview could not be opened." message={failure} onRetry={retry} />;
  if (module === null) return <p className="export__status">Opening the preview…</p>;
  return <module.ExportDialog chart={chart} onClose={onClose} />;
}

interface MenuItem {
  action: ExportAction | 'preview';
  label: string;
}

const ITEMS: MenuItem[] = [
  { action: 'preview', label: 'Preview image…' },
  { action: 'png', label: 'Download PNG' },
  { action: 'svg', label: 'Download SVG' },
  { action: 'csv', label: 'Download CSV' },
  { action: 'copy-image', label: 'Copy image' },
  { action: 'copy-link', label: 'Copy link' },
];

/**
 * A menu button (WAI-ARIA menu pattern) with the chart's export actions.
 * Arrow keys move, Home/End jump, Escape closes and returns focus.
 */
export function ExportMenu({ chart, chartName }: { chart: BarChartDescription; chartName: string }) {
  const [open, setOpen] = useState(false);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const [focusIndex, setFocusIndex] = useState(0);

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  // Focus returns to the menu button once the preview dialog has gone (not
  // before: while the modal is open, the rest of the page is inert).
  const previewWasOpen = useRef(false);
  useEffect(() => {
    if (previewWasOpen.current && !previewOpen) buttonRef.current?.focus();
    previewWasOpen.current = previewOpen;
  }, [previewOpen]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !wrapperRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  const openAt = (index: number) => {
    setFocusIndex(index);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const choose = (item: MenuItem) => {
    close(true);
    if (item.action === 'preview') {
      setPreviewOpen(true);
      return;
    }
    setBusy(true);
    setOutcome(null);
    void runExport(item.action, chart, 2).then((result) => {
      setOutcome(result);
      setBusy(false);
    });
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(ITEMS.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = ITEMS.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: focusIndex === last ? 0 : focusIndex + 1,
      ArrowUp: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setFocusIndex(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="export" ref={wrapperRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--secondary export__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Export the ${chartName}`}
        aria-busy={busy}
        onClick={() => {
          if (open) close(false);
          else openAt(0);
        }}
        onKeyDown={onButtonKeyDown}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div className="export__menu" role="menu" id={menuId} aria-label={`Export the ${chartName}`} onKeyDown={onMenuKeyDown}>
          {ITEMS.map((item, i) => (
            <button
              key={item.action}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={i === focusIndex ? 0 : -1}
              className="export__item"
              onClick={() => {
                choose(item);
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
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
