import { useState } from 'react';
import { fileBase } from '../../lib/export/fileName';
import type { Dataset } from '../../data/model/schema';

/** The dataset shown, as a file to keep or to edit and import again (JSON, or CSV of its funding tables). */
export function DatasetDownloads({ dataset }: { dataset: Dataset }) {
  const [error, setError] = useState<string | null>(null);
  const download = (kind: 'json' | 'csv') => {
    setError(null);
    Promise.all([import('../../data/csv/writeCsv'), import('../../data/model/fileFormat'), import('../../lib/export/csv'), import('../../lib/export/download')])
      .then(([{ datasetToCsvTable }, { toFileV2 }, { tableToCsv }, { downloadBlob }]) => {
        const base = fileBase([dataset.id]) || 'dataset';
        if (kind === 'json') {
          downloadBlob(new Blob([JSON.stringify(toFileV2(dataset), null, 2)], { type: 'application/json' }), `${base}.json`);
        } else {
          downloadBlob(new Blob([tableToCsv(datasetToCsvTable(dataset))], { type: 'text/csv;charset=utf-8' }), `${base}-funding.csv`);
        }
      })
      .catch((e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
      });
  };
  return (
    <div className="dataset-downloads">
      <p>
        Download the dataset shown, to keep or to edit and import again (
        <a href={`${import.meta.env.BASE_URL}dataset.schema.json`} target="_blank" rel="noopener">
          JSON Schema
        </a>
        ):
      </p>
      <div className="dataset-downloads__buttons">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            download('json');
          }}
        >
          Download dataset (JSON)
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            download('csv');
          }}
        >
          Download funding tables (CSV)
        </button>
      </div>
      {error ? <p role="alert">The download failed: {error}</p> : null}
    </div>
  );
}
