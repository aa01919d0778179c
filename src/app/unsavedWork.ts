import { session } from '../data/import/storedImport';
import { pendingImportWork } from '../features/datasets/importQueue';

/**
 * What this tab would lose if it reloaded now, each in words for the officer; empty when nothing would
 * be lost. An import the browser would not store lives only in this tab, and so does an import still
 * being read or waiting for an answer.
 */
export function unsavedWork(): string[] {
  const kept = [...session.values()].map(
    ({ record }) => `the dataset imported from ${record.fileName}, kept for this visit only (download it from Datasets to keep it)`,
  );
  const pending = pendingImportWork();
  return pending === null ? kept : [...kept, pending];
}

export function reloadPage(): void {
  window.location.reload();
}

/**
 * Reloads the page (into the version the server now has) unless that would lose work. Nothing is
 * reloaded when it would: `wouldLose` says what, for the page to tell the officer, who can then
 * reload when ready. For code that finds a new build deployed under an open page.
 */
export function reloadIfSafe(reload: () => void = reloadPage): { reloaded: boolean; wouldLose: string[] } {
  const wouldLose = unsavedWork();
  if (wouldLose.length > 0) return { reloaded: false, wouldLose };
  reload();
  return { reloaded: true, wouldLose };
}
