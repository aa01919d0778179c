import { useMemo } from 'react';
import { ABOUT_DASHBOARD } from '../ui/sourceText';
import { useDataset } from '../data/editions/datasetQuery';
import { layOverReport } from '../data/editions/layOver';
import { DatasetValidationError } from '../data/model/datasetError';
import { NotStoredError, useImportedDataset } from '../data/import/storedImport';
import { useFilterStore } from '../filters/filterStore';
import { Dashboard } from './Dashboard';
import { FailureNotice } from '../ui/FailureNotice';
import { ProblemList } from '../ui/ProblemList';

function DatasetError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const problems = error instanceof DatasetValidationError ? error.problems : [];
  if (problems.length === 0) {
    // The data did not arrive (a dropped connection, a new build replacing the old files): trying again can work.
    return (
      <main id="main" className="container">
        <FailureNotice
          title="The dataset could not be loaded"
          message={`The report's figures did not arrive (${error.message}). Check the connection, then try again; nothing you had chosen is lost.`}
          onRetry={onRetry}
        />
      </main>
    );
  }
  return (
    <main id="main" className="container">
      <div className="alert alert--error" role="alert">
        <h1 className="alert__title">The dataset could not be loaded</h1>
        {problems.length > 0 ? (
          <>
            <p>It does not have the expected shape. Problems found:</p>
            <ProblemList problems={problems} />
          </>
        ) : (
          <p>{error.message}</p>
        )}
      </div>
    </main>
  );
}

/**
 * Why the dataset named in the link is not shown, in one sentence: the reason is said once, whatever
 * words the error itself carries ("is not stored in this browser" used to come twice).
 */
function linkedDatasetNotice(datasetId: string, error: Error): string {
  const named = `The dataset “${datasetId}” named in the link`;
  const instead = 'showing the bundled dataset instead.';
  if (error instanceof NotStoredError) return `${named} is not stored in this browser; ${instead}`;
  if (error instanceof DatasetValidationError) {
    const [first] = error.problems;
    const count = error.problems.length === 1 ? 'one problem' : `${error.problems.length} problems`;
    return `${named} is stored in this browser but no longer passes the dataset checks (${count}${first ? `, the first: ${first.path}: ${first.message}` : ''}); ${instead}`;
  }
  // Storage that could not be read: its own sentence, as a clause.
  const reason = error.message.replace(/\.$/, '');
  return `${named} could not be opened (${reason.charAt(0).toLowerCase()}${reason.slice(1)}); ${instead}`;
}

/** The same shell as index.html shows before the script runs, so nothing jumps. */
function Loading() {
  return (
    <header className="page-header" aria-busy="true">
      <div className="container">
        <p className="page-header__about">{ABOUT_DASHBOARD}, figures as printed.</p>
        <p className="page-header__loading" role="status">
          Loading the dataset…
        </p>
      </div>
    </header>
  );
}

/**
 * Chooses the dataset to show: an imported one named in the URL when this
 * browser has it, else the bundled one (saying so when the link named one
 * that is not here).
 */
export function App() {
  const datasetId = useFilterStore((s) => s.datasetId);
  const bundled = useDataset();
  const imported = useImportedDataset(datasetId);

  // An imported file is laid over the report's editions, so its differences from the report show as restatements.
  const overlaid = useMemo(
    () => (imported.data && bundled.data ? { ...imported.data, dataset: layOverReport(imported.data.dataset, bundled.data.dataset) } : (imported.data ?? null)),
    [imported.data, bundled.data],
  );
  if (datasetId !== null && imported.isPending) return <Loading />;
  if (datasetId !== null && imported.isSuccess && overlaid) {
    return <Dashboard key={datasetId} loaded={overlaid} activeImportId={datasetId} datasetNotice={null} />;
  }
  if (bundled.isPending) return <Loading />;
  if (bundled.isError)
    return (
      <DatasetError
        error={bundled.error}
        onRetry={() => {
          void bundled.refetch();
        }}
      />
    );
  const notice = datasetId !== null && imported.isError ? linkedDatasetNotice(datasetId, imported.error) : null;
  return <Dashboard key="bundled" loaded={bundled.data} activeImportId={null} datasetNotice={notice} />;
}
