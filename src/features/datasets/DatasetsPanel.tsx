import { useId, useState, type DragEvent } from 'react';
import { SectionHeading } from '../../ui/SectionHeading';
import { useDataset } from '../../data/editions/datasetQuery';
import { useImports, useRemoveImport, useRemoveUnreadable, useSaveImport } from '../../data/import/importHooks';
import type { ImportStage } from '../../data/import/readImportFile';
import { enqueueImports, useImportQueue } from './importQueue';
import type { Dataset } from '../../data/model/schema';
import { useFilterStore } from '../../filters/filterStore';
import { useNoticeStore } from '../../ui/noticeStore';
import { reportTitle } from '../../ui/sourceText';
import { DatasetDownloads } from './DatasetDownloads';
import { ImportReviewForm } from './ImportReview';
import { ProblemList } from '../../ui/ProblemList';
import { datasetsSection } from './section';
import { importAgainOnFailure } from '../../lib/importAgain';

/** The reader, validator and CSV parser: loaded only when a file is imported, afresh after a failed download. */
const importReader = importAgainOnFailure(() => import('../../data/import/readImportFile'));

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
/** Reloads into the version now on the server unless that would lose work (then says what); `force` reloads regardless. */
export type ReloadForUpdate = (force: boolean) => { reloaded: boolean; wouldLose: string[] };

/** After a failed import because a new version was published: reload into it, or say first what reloading would lose. */
function NewVersionReload({ reload }: { reload: ReloadForUpdate }) {
  const [wouldLose, setWouldLose] = useState<string[]>([]);
  return (
    <div className="alert__actions">
      {wouldLose.length > 0 ? (
        <>
          <p>Reloading now would lose:</p>
          <ul>
            {wouldLose.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
      <button
        type="button"
        className="button"
        onClick={() => {
          setWouldLose(reload(wouldLose.length > 0).wouldLose);
        }}
      >
        {wouldLose.length > 0 ? 'Reload and lose them' : 'Reload to use the new version'}
      </button>
    </div>
  );
}

export function DatasetsPanel({ dataset, activeImportId, reloadForUpdate }: { dataset: Dataset; activeImportId: string | null; reloadForUpdate?: ReloadForUpdate }) {
  const imports = useImports();
  const bundled = useDataset();
  const save = useSaveImport();
  const remove = useRemoveImport();
  const datasetSelected = useFilterStore((s) => s.datasetSelected);
  const noticeShown = useNoticeStore((s) => s.noticeShown);
  const removeUnreadable = useRemoveUnreadable();
  const status = useImportQueue((s) => s.status);
  const unreadable = imports.data?.unreadable ?? [];
  // The same file imported twice is told apart: "mali.csv", then "mali.csv (2)".
  const seen = new Map<string, number>();
  const records = (imports.data?.records ?? []).map((record) => {
    const n = (seen.get(record.fileName) ?? 0) + 1;
    seen.set(record.fileName, n);
    return { record, name: n === 1 ? record.fileName : `${record.fileName} (${n})` };
  });
  const [dragging, setDragging] = useState(false);
  const inputId = useId();

  const onFiles = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    enqueueImports(Array.from(files), {
      read: () => importReader().then((m) => m.readImportFile),
      save: (dataset, fileName) => save.mutateAsync({ dataset, fileName }),
      switchTo: (record) => {
        datasetSelected(record.id, record.defaultCountry);
      },
      say: noticeShown,
    });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    onFiles(event.dataTransfer.files);
  };

  return (
    <section className="panel datasets-panel" aria-labelledby={datasetsSection.id}>
      <SectionHeading section={datasetsSection} />
      <p className="panel__intro">
        Load figures from another edition, an office or a spreadsheet: an Excel workbook or CSV with a row per funding line (Country,
        Agency line, a column per fiscal year, Cumulative), or a JSON file in the dashboard&apos;s own format. You see how a
        spreadsheet was read before anything is saved. Files stay in this browser; nothing is sent anywhere.
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
        {records.map(({ record, name }) => (
          <li key={record.id} className={record.id === activeImportId ? 'datasets__item is-current' : 'datasets__item'}>
            <div>
              <p className="datasets__name">{name}</p>
              <p className="datasets__meta">
                Imported {formatImportTime(new Date(record.importedAt))} · {record.countries} {record.countries === 1 ? 'country' : 'countries'} ·{' '}
                {(record.bytes / 1024).toFixed(0)} KB
                {record.sessionOnly ? ' · for this visit only: the browser would not store it' : ''}
              </p>
            </div>
            <div className="datasets__actions">
              {record.id === activeImportId ? (
                <span className="datasets__current">Showing</span>
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`Show ${name}`}
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
                aria-label={`Remove ${name}`}
                disabled={remove.isPending}
                onClick={() => {
                  remove.mutateAsync(record.id).then(
                    () => {
                      noticeShown(`Removed ${name}.`);
                      if (record.id === activeImportId) datasetSelected(null, 'mali');
                    },
                    (error: unknown) => {
                      noticeShown(`${name} could not be removed (${error instanceof Error ? error.message : String(error)}); it is still listed.`);
                    },
                  );
                }}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
      {imports.isError ? <p className="panel__note">Imported datasets could not be read from this browser: {imports.error.message}</p> : null}
      {imports.data?.storageProblem ? (
        <p className="panel__note" role="note">
          This browser will not store imported datasets ({imports.data.storageProblem}). Imports still work, for this visit only.
        </p>
      ) : null}
      {unreadable.length > 0 ? (
        <div className="panel__note" role="note">
          <p>
            {unreadable.length === 1 ? 'One stored entry' : `${unreadable.length} stored entries`} could not be read and{' '}
            {unreadable.length === 1 ? 'is' : 'are'} left out ({unreadable.slice(0, 3).map((u) => `${u.key}: ${u.reason}`).join('; ')}
            {unreadable.length > 3 ? '; …' : ''}). The other imports are unaffected.
          </p>
          <button
            type="button"
            className="button button--secondary"
            disabled={removeUnreadable.isPending}
            onClick={() => {
              removeUnreadable.mutate(unreadable.map((u) => u.key));
            }}
          >
            Remove the unreadable {unreadable.length === 1 ? 'entry' : 'entries'}
          </button>
        </div>
      ) : null}

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
          Import a dataset file (Excel, CSV or JSON, up to 10 MB)
        </label>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,.xlsm,.xls,.csv,.tsv,.txt,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv,application/json"
          multiple
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
              {status.queued > 0 ? ` Then ${status.queued} more ${status.queued === 1 ? 'file' : 'files'}, one at a time.` : ''}
            </p>
            <progress max={100} value={status.stage.stage === 'reading' ? status.stage.percent : undefined} aria-label="Import progress" />
          </>
        ) : null}
      </div>
      {status.kind === 'reviewing' ? (
        <div aria-busy={status.rereading}>
          <ImportReviewForm key={status.review.fileName} review={status.review} queued={status.queued} answer={status.answer} />
        </div>
      ) : null}
      {status.kind === 'failed'
        ? status.failures.map((f, i) => (
            <div key={i} className="alert alert--error" role="alert">
              <p className="alert__title">
                {f.fileName} was not imported. Nothing has changed. {f.problems.length === 1 ? 'One problem' : `${f.problems.length} problems`} found:
              </p>
              <ProblemList problems={f.problems} />
              {f.newVersion && reloadForUpdate && i === 0 ? <NewVersionReload reload={reloadForUpdate} /> : null}
            </div>
          ))
        : null}
      <DatasetDownloads dataset={dataset} />
    </section>
  );
}
