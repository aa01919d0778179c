import { useDataset } from '../data/datasetQuery';
import { DatasetValidationError } from '../data/datasetError';
import { Dashboard } from './Dashboard';

function DatasetError({ error }: { error: Error }) {
  const problems = error instanceof DatasetValidationError ? error.problems : [];
  return (
    <main id="main" className="container">
      <div className="alert alert--error" role="alert">
        <h1 className="alert__title">The dataset could not be loaded</h1>
        {problems.length > 0 ? (
          <>
            <p>It does not have the expected shape. Problems found:</p>
            <ul className="problems">
              {problems.slice(0, 50).map((p, i) => (
                <li key={i}>
                  <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
            {problems.length > 50 ? <p>…and {problems.length - 50} more.</p> : null}
          </>
        ) : (
          <p>{error.message}</p>
        )}
      </div>
    </main>
  );
}

export function App() {
  const query = useDataset();
  if (query.isPending) {
    return (
      <main id="main" className="container" aria-busy="true">
        <p role="status">Loading the dataset…</p>
      </main>
    );
  }
  if (query.isError) return <DatasetError error={query.error} />;
  return <Dashboard loaded={query.data} />;
}
