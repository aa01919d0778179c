import { create } from 'zustand';
import type { DatasetProblem } from '../../data/model/datasetError';
import { importDatasetFile, type ImportPorts, type ImportReview, type ReviewAnswer } from '../../data/import/importUseCase';
import type { ImportStage } from '../../data/import/readImportFile';
import { newVersionPublished } from '../../lib/deployedVersion';

/**
 * The import in progress, outside any component: a successful import
 * switches the page to the new dataset, which mounts a fresh Datasets panel,
 * and the files still waiting, the question asked and any failure must
 * survive that. Files chosen or dropped while one is imported wait their
 * turn; none is dropped unread.
 */
export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; stage: ImportStage; fileName: string; queued: number }
  /** `rereading`: the file is being read again with a changed answer; the review stays on screen meanwhile. */
  | { kind: 'reviewing'; review: ImportReview; queued: number; rereading: boolean; answer: (answer: ReviewAnswer) => void }
  | { kind: 'failed'; failures: ImportFailure[] };

/** `newVersion`: the import's code could not load because a new version of the dashboard replaced it on the server. */
export interface ImportFailure {
  fileName: string;
  problems: DatasetProblem[];
  newVersion?: boolean;
}

interface ImportQueueState {
  status: ImportStatus;
  set: (status: ImportStatus) => void;
}

export const useImportQueue = create<ImportQueueState>()((set) => ({
  status: { kind: 'idle' },
  set: (status) => {
    set({ status });
  },
}));

const waiting: File[] = [];
let running = false;

/** What the page supplies: the steps that touch storage and the view, and where to say what happened. */
export type QueuePorts = Pick<ImportPorts, 'save' | 'switchTo'> & { read: () => Promise<ImportPorts['read']>; say: (message: string) => void };

export function enqueueImports(files: readonly File[], ports: QueuePorts): void {
  waiting.push(...files);
  if (!running) void run(ports);
}

async function run(ports: QueuePorts): Promise<void> {
  running = true;
  const { set } = useImportQueue.getState();
  const failures: ImportFailure[] = [];
  const said: string[] = [];
  let inHand: File | undefined;
  try {
    for (let file = waiting.shift(); file; file = waiting.shift()) {
      const current = file;
      inHand = current;
      set({ kind: 'busy', stage: { stage: 'reading', percent: 0 }, fileName: current.name, queued: waiting.length });
      const read = await ports.read();
      const outcome = await importDatasetFile(current, {
        read,
        save: ports.save,
        switchTo: ports.switchTo,
        onStage: (stage) => {
          const now = useImportQueue.getState().status;
          if (now.kind === 'reviewing') set({ ...now, rereading: true });
          else set({ kind: 'busy', stage, fileName: current.name, queued: waiting.length });
        },
        review: (review) =>
          new Promise((resolve) => {
            set({ kind: 'reviewing', review, queued: waiting.length, rereading: false, answer: resolve });
          }),
      });
      if (outcome.kind === 'imported') said.push(outcome.message);
      else if (outcome.kind === 'cancelled') said.push(`${outcome.fileName} was not imported (cancelled).`);
      else failures.push({ fileName: outcome.fileName, problems: outcome.problems });
      if (said.length > 0) ports.say(said.join(' '));
      inHand = undefined;
    }
  } catch (error) {
    // Loading the reader itself failed: every file still waiting is reported, none kept silently.
    const newVersion = (await newVersionPublished()) === true;
    const message = newVersion
      ? 'the import could not start: a new version of the dashboard has been published since this page was opened, and this page’s import code is no longer on the server. Reload the page to use the new version, then import the file again'
      : `the import could not start (${error instanceof Error ? error.message : String(error)}); check the connection and try again`;
    for (const file of [...(inHand ? [inHand] : []), ...waiting.splice(0)]) failures.push({ fileName: file.name, problems: [{ path: file.name, message }], newVersion });
  } finally {
    running = false;
    set(failures.length > 0 ? { kind: 'failed', failures } : { kind: 'idle' });
  }
}

/**
 * What this tab would lose if it reloaded now, in words for the officer, or null: an import waiting
 * for an answer (a question or the preview), or one still being read.
 */
export function pendingImportWork(): string | null {
  const { status } = useImportQueue.getState();
  if (status.kind === 'busy') return `the import of ${status.fileName}, still being read`;
  if (status.kind === 'reviewing') return `the import of ${status.review.fileName}, waiting for you to check how it was read`;
  return null;
}
