import { useId, useRef, useState, type DragEvent } from 'react';
import { MAX_PROBLEMS_SHOWN, type DatasetProblem } from '../../data/model/datasetError';
import { useDataset } from '../../data/editions/datasetQuery';
import { useImports, useRemoveImport, useSaveImport } from '../../data/import/importedDatasets';
import type { ImportStage } from '../../data/import/readImportFile';
import type { Dataset } from '../../data/model/schema';
import { useFilterStore } from '../../filters/filterStore';
import { useNoticeStore } from '../../ui/noticeStore';
import { reportTitle } from '../../ui/sourceText';
import { DatasetDownloads } from './DatasetDownloads';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; stage: ImportStage; fileName: string }
  | { kind: 'failed'; fileName: string; problems: DatasetProblem[] };

// Made on first use: a page's first Intl formatter loads locale data, which the first view need not wait for.
let importTimeFormat: Intl.DateTimeFormat | null = null;
function formatImportTime(date: Date): string {
  importTimeFormat ??= new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
  return importTimeFormat.format(date);
}

function stageText(stage: ImportStage): string {
  return stage.stage === 'reading' ? `Reading… ${stage.percent}%` : 'Checking every figure…';
}

/**
 * Import a dataset file (JSON or CSV) by picker or drop, keep it in the
 * browser, switch between datasets, remove imports. A failed import changes
 * nothing: the view, the filters and earlier imports stay as they were.
 */
export function DatasetsPanel({ dataset, activeImportId }: { dataset: Dataset; activeImportId: string | null }) {
  const imports = useImports();
  const bundled = useDataset();
  const save = useSaveImport();
  const remove = useRemoveImport();
  const datasetSelected = useFilterStore((s) => s.datasetSelected);
  const noticeShown = useNoticeStore((s) => s.noticeShown);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const busy = status.kind === 'busy';

  const importFile = async (file: File) => {
    setStatus({ kind: 'busy', stage: { stage: 'reading', percent: 0 }, fileName: file.name });
    // The reader, validator and CSV parser load only when a file is imported.
    const { readImportFile } = await import('../../data/import/readImportFile');
    const result = await readImportFile(file, (stage) => {
      setStatus({ kind: 'busy', stage, fileName: file.name });
    });
    if (!result.ok) {
      setStatus({ kind: 'failed', fileName: file.name, problems: result.problems });
      return;
    }
    try {
      const record = await save.mutateAsync({ dataset: result.loaded.dataset, fileName: file.name });
      const flagged = new Set(result.loaded.totalMismatches.map((m) => m.countryId)).size;
      setStatus({ kind: 'idle' });
      // The page switches to the new dataset and this panel starts afresh, so the message goes to the page.
      noticeShown(
        `Imported ${file.name}: ${record.countries} ${record.countries === 1 ? 'country' : 'countries'}${
          flagged > 0 ? `; ${flagged} with a printed total that disagrees with its rows (flagged)` : ''
        }.`,
      );
      datasetSelected(record.id, record.defaultCountry);
    } catch (error) {
      setStatus({ kind: 'failed', fileName: file.name, problems: [{ path: file.name, message: error instanceof Error ? error.message : String(error) }] });
    }
  };

  const onFiles = (files: FileList | null) => {
    const file = files?.[0];
    if (file && !busy) void importFile(file);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    onFiles(event.dataTransfer.files);
  };

  return (
    <section className="panel datasets-panel" aria-labelledby="datasets-heading">
      <h2 id="datasets-heading">Datasets</h2>
      <p className="panel__intro">
        Load figures from another edition, office or spreadsheet: a JSON file in the dashboard&apos;s own format or a CSV like the
        ones it exports. Files stay in this browser; nothing is sent anywhere.
      </p>
      <ul className="datasets" aria-label="Datasets in this browser">
        <li className={activeImportId === null ? 'datasets__item is-current' : 'datasets__item'}>
          <div>
            <p className="datasets__name">Bundled: {bundled.data ? reportTitle(bundled.data.dataset.source) : 'the report data'}</p>
            <p className="datasets__meta">Ships with the dashboard; cannot be removed.</p>
          </div>
          {activeImportId === null ? (
            <span className="datasets__current">Showing</span>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                datasetSelected(null, 'mali');
              }}
            >
              Show
            </button>
          )}
        </li>
        {(imports.data ?? []).map((record) => (
          <li key={record.id} className={record.id === activeImportId ? 'datasets__item is-current' : 'datasets__item'}>
            <div>
              <p className="datasets__name">{record.fileName}</p>
              <p className="datasets__meta">
                Imported {formatImportTime(new Date(record.importedAt))} · {record.countries} {record.countries === 1 ? 'country' : 'countries'} ·{' '}
                {(record.bytes / 1024).toFixed(0)} KB
              </p>
            </div>
            <div className="datasets__actions">
              {record.id === activeImportId ? (
                <span className="datasets__current">Showing</span>
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`Show ${record.fileName}`}
                  onClick={() => {
                    datasetSelected(record.id, record.defaultCountry);
                  }}
                >
                  Show
                </button>
              )}
              <button
                type="button"
                className="button button--secondary"
                aria-label={`Remove ${record.fileName}`}
                disabled={remove.isPending}
                onClick={() => {
                  void remove.mutateAsync(record.id).then(() => {
                    noticeShown(`Removed ${record.fileName}.`);
                    if (record.id === activeImportId) datasetSelected(null, 'mali');
                  });
                }}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
      {imports.isError ? <p className="panel__note">Imported datasets could not be read from this browser: {imports.error.message}</p> : null}

      <div
        className={`dropzone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => {
          setDragging(false);
        }}
        onDrop={onDrop}
      >
        <label htmlFor={inputId} className="dropzone__label">
          Import a dataset file (JSON or CSV, up to 10 MB)
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          disabled={busy}
          onChange={(e) => {
            onFiles(e.target.files);
            e.target.value = '';
          }}
        />
        <p className="dropzone__hint">or drop a file here</p>
      </div>

      <div role="status" aria-live="polite" className="import-status">
        {status.kind === 'busy' ? (
          <>
            <p>
              {status.fileName}: {stageText(status.stage)}
            </p>
            <progress max={100} value={status.stage.stage === 'reading' ? status.stage.percent : undefined} aria-label="Import progress" />
          </>
        ) : null}
      </div>
      {status.kind === 'failed' ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">
            {status.fileName} was not imported. Nothing has changed. {status.problems.length === 1 ? 'One problem' : `${status.problems.length} problems`}{' '}
            found:
          </p>
          <ul className="problems">
            {status.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          {status.problems.length > MAX_PROBLEMS_SHOWN ? <p>…and {status.problems.length - MAX_PROBLEMS_SHOWN} more.</p> : null}
        </div>
      ) : null}
      <DatasetDownloads dataset={dataset} />
    </section>
  );
}
