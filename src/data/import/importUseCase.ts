import type { DatasetProblem } from '../model/datasetError';
import type { Dataset } from '../model/schema';
import type { ImportResult } from './fileCheck';
import type { ImportRecord } from './importedDatasets';
import type { ImportStage } from './readImportFile';
import type { FileReading, ReadingChoices } from '../sheet/reading';
import { cleanText } from '../../lib/safeText';

/**
 * Importing one file, start to end: read and check it; for a spreadsheet or
 * CSV, show how it was read and ask what the file leaves open (the decimal
 * mark, the unit, the sheet, the country, what its figures are), reading it
 * again with each answer; mark the figures imported, save them, switch to them.
 * The steps that touch the browser (reading, storage, the page's state, the
 * question to the officer) come in as ports, so the whole use case runs in a
 * unit test. Every path ends in an outcome; nothing is changed unless the
 * file is saved.
 */

/** What the officer is shown before a spreadsheet is saved. */
export interface ImportReview {
  fileName: string;
  reading: FileReading;
  /** Every question answered and the file read without a problem: it can be imported as it stands. */
  ready: boolean;
  /** Problems reading the file with the answers last given; the reading shown is the last good one. */
  problems: DatasetProblem[];
  /** The file has no Source column: the officer names the report or office its figures come from. */
  needsSourceName: boolean;
  suggestedName: string;
}

export type ReviewAnswer = { kind: 'import'; sourceName: string | null } | { kind: 'cancel' } | { kind: 'reread'; choices: ReadingChoices };

export interface ImportPorts {
  /** Reads and checks the file (in a worker in the browser), with the officer's answers so far. */
  read: (file: File, onStage: (stage: ImportStage) => void, choices: ReadingChoices) => Promise<ImportResult>;
  /** Shows how a spreadsheet was read and waits for the officer: import, cancel, or read again with other answers. */
  review: (review: ImportReview) => Promise<ReviewAnswer>;
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

/** The longest the officer is asked about one file; past it the import stops rather than loop. */
const MAX_REREADS = 50;

export async function importDatasetFile(file: File, ports: ImportPorts): Promise<ImportOutcome> {
  const read = async (choices: ReadingChoices): Promise<ImportResult | ImportOutcome> => {
    try {
      return await ports.read(file, ports.onStage, choices);
    } catch (error) {
      return failure(file.name, error);
    }
  };
  let result = await read({});
  if ('kind' in result) return result;
  if (result.ok === false) return { kind: 'failed', fileName: file.name, problems: result.problems };

  let loaded = result.ok === true ? result.loaded : null;
  let sourceName: string | null = null;
  let reading = result.reading;
  let problems: DatasetProblem[] = [];
  let namesItsSource = result.namesItsSource;
  // A spreadsheet is shown as read, and saved only when the officer says so.
  for (let turn = 0; reading !== null; turn++) {
    if (turn > MAX_REREADS) return { kind: 'failed', fileName: file.name, problems: [{ path: file.name, message: 'the import was stopped after too many changes of reading; choose the file again' }] };
    const answer = await ports.review({
      fileName: file.name,
      reading,
      ready: loaded !== null && problems.length === 0,
      problems,
      needsSourceName: !namesItsSource,
      suggestedName: file.name.replace(/\.[^.]+$/, ''),
    });
    if (answer.kind === 'cancel') return { kind: 'cancelled', fileName: file.name };
    if (answer.kind === 'import' && loaded !== null && problems.length === 0) {
      sourceName = answer.sourceName === null ? null : cleanText(answer.sourceName).trim().slice(0, MAX_SOURCE_NAME) || null;
      break;
    }
    if (answer.kind !== 'reread') continue;
    result = await read(answer.choices);
    if ('kind' in result) return result;
    if (result.ok === false) {
      // The answer made the file unreadable: the last good reading stays, with why, so another answer can be tried.
      problems = result.problems;
      loaded = null;
      reading = { ...reading, choices: answer.choices };
      continue;
    }
    problems = [];
    reading = result.reading;
    namesItsSource = result.namesItsSource;
    loaded = result.ok === true ? result.loaded : null;
  }
  if (loaded === null) return { kind: 'failed', fileName: file.name, problems: [{ path: file.name, message: 'the file was not read' }] };
  const dataset = markImported(loaded.dataset, sourceName);
  try {
    const { notStored = null, ...record } = await ports.save(dataset, file.name);
    const flagged = new Set(loaded.totalMismatches.map((m) => m.countryId)).size;
    ports.switchTo(record);
    return { kind: 'imported', record, message: importedMessage(file.name, record, flagged, notStored) };
  } catch (error) {
    return failure(file.name, error);
  }
}
