import { checkFileBeforeReading, type ImportResult } from './fileCheck';
import { looksLikeWorkbook } from '../sheet/workbookBytes';
import type { ReadingChoices } from '../sheet/reading';
import { askImportWorker, workersAvailable } from './workerClient';

export type ImportStage = { stage: 'reading'; percent: number } | { stage: 'checking' };

function readBytes(file: File, onProgress: (percent: number) => void): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    reader.onload = () => {
      if (reader.result instanceof ArrayBuffer) resolve(reader.result);
      else reject(new Error('the file could not be read'));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('the file could not be read'));
    };
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Reads a chosen or dropped file and checks it: size first, then the bytes
 * with progress, then parsing and validation in a worker where there is one,
 * with the officer's answers about how to read a spreadsheet.
 * Never throws: every failure comes back as problems.
 */
export async function readImportFile(file: File, onStage: (stage: ImportStage) => void, choices: ReadingChoices = {}): Promise<ImportResult> {
  const early = checkFileBeforeReading(file);
  if (early) return { ok: false, problems: [early] };
  try {
    onStage({ stage: 'reading', percent: 0 });
    const bytes = await readBytes(file, (percent) => {
      onStage({ stage: 'reading', percent });
    });
    onStage({ stage: 'checking' });
    if (!workersAvailable()) {
      // Workbooks are read in the worker only (SheetJS is loaded there, once); a browser without workers reads text files.
      const data = new Uint8Array(bytes);
      if (looksLikeWorkbook(data)) return { ok: false, problems: [{ path: file.name, message: 'this browser cannot read Excel workbooks here. In Excel, save the sheet as "CSV UTF-8 (Comma delimited)" and import that' }] };
      const { importDatasetBytes } = await import('./importFile');
      return importDatasetBytes(data, file.name, choices);
    }
    return await askImportWorker<ImportResult>({ kind: 'file', bytes, fileName: file.name, choices }, [bytes]);
  } catch (error) {
    return { ok: false, problems: [{ path: file.name, message: `the file could not be read (${error instanceof Error ? error.message : String(error)})` }] };
  }
}
