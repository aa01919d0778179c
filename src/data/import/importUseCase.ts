import type { DatasetProblem } from '../model/datasetError';
import type { Dataset } from '../model/schema';
import type { ImportResult } from './importFile';
import type { ImportRecord } from './importedDatasets';
import type { ImportStage } from './readImportFile';

/**
 * Importing one file, start to end: read and check it, ask what its figures
 * are when a CSV does not say, mark them imported, save them, switch to them.
 * The steps that touch the browser (reading, storage, the page's state, the
 * question to the officer) come in as ports, so the whole use case runs in a
 * unit test. Every path ends in an outcome; nothing is changed unless the
 * file is saved.
 */

export interface ImportPorts {
  /** Reads and checks the file (in a worker in the browser). */
  read: (file: File, onStage: (stage: ImportStage) => void) => Promise<ImportResult>;
  /** Asks what the figures are; resolves to a name, or null when the officer cancels. */
  askSource: (fileName: string, suggested: string) => Promise<string | null>;
  /** Resolves to the record; `notStored` says why the browser would not keep it (then it is kept for this visit only). */
  save: (dataset: Dataset, fileName: string) => Promise<ImportRecord & { notStored?: string | null }>;
  /** Shows the saved dataset. */
  switchTo: (record: ImportRecord) => void;
  onStage: (stage: ImportStage) => void;
}

export type ImportOutcome =
  | { kind: 'imported'; record: ImportRecord; message: string }
  | { kind: 'cancelled'; fileName: string }
  | { kind: 'failed'; fileName: string; problems: DatasetProblem[] };

/** Longest name accepted for a file's figures. */
export const MAX_SOURCE_NAME = 200;

/**
 * Every edition in an imported file is marked imported: it came from a file,
 * whatever it claims, and is shown as such beside the report's own. A name
 * the officer gave replaces the file-name placeholder.
 */
export function markImported(dataset: Dataset, sourceName: string | null): Dataset {
  return {
    ...dataset,
    source: { ...dataset.source, imported: true, ...(sourceName ? { report: sourceName } : {}) },
    earlierEditions: dataset.earlierEditions.map((e) => ({ ...e, imported: true })),
  };
}

function importedMessage(fileName: string, record: ImportRecord, flagged: number, notStored: string | null): string {
  const kept = notStored
    ? ` The browser will not store it (${notStored}), so it is shown for this visit only: download it from Datasets to keep it.`
    : '';
  return `Imported ${fileName}: ${record.countries} ${record.countries === 1 ? 'country' : 'countries'}${
    flagged > 0 ? `; ${flagged} with a printed total that disagrees with its rows (flagged)` : ''
  }.${kept}`;
}

function failure(fileName: string, error: unknown): ImportOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', fileName, problems: [{ path: fileName, message: message || 'the import stopped without saying why' }] };
}

export async function importDatasetFile(file: File, ports: ImportPorts): Promise<ImportOutcome> {
  let result: ImportResult;
  try {
    result = await ports.read(file, ports.onStage);
  } catch (error) {
    return failure(file.name, error);
  }
  if (!result.ok) return { kind: 'failed', fileName: file.name, problems: result.problems };

  let sourceName: string | null = null;
  if (!result.namesItsSource) {
    const answer = await ports.askSource(file.name, file.name.replace(/\.[^.]+$/, ''));
    if (answer === null) return { kind: 'cancelled', fileName: file.name };
    sourceName = answer.trim().slice(0, MAX_SOURCE_NAME) || null;
  }
  const dataset = markImported(result.loaded.dataset, sourceName);
  try {
    const { notStored = null, ...record } = await ports.save(dataset, file.name);
    const flagged = new Set(result.loaded.totalMismatches.map((m) => m.countryId)).size;
    ports.switchTo(record);
    return { kind: 'imported', record, message: importedMessage(file.name, record, flagged, notStored) };
  } catch (error) {
    return failure(file.name, error);
  }
}
