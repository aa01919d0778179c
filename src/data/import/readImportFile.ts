import { checkFileBeforeReading, importDatasetBytes, type ImportResult } from './importFile';

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

function checkInWorker(bytes: ArrayBuffer, fileName: string): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the checker stopped'));
    };
    worker.postMessage({ bytes, fileName }, [bytes]);
  });
}

/**
 * Reads a chosen or dropped file and checks it: size first, then the bytes
 * with progress, then parsing and validation in a worker where there is one.
 * Never throws: every failure comes back as problems.
 */
export async function readImportFile(file: File, onStage: (stage: ImportStage) => void): Promise<ImportResult> {
  const early = checkFileBeforeReading(file);
  if (early) return { ok: false, problems: [early] };
  try {
    onStage({ stage: 'reading', percent: 0 });
    const bytes = await readBytes(file, (percent) => {
      onStage({ stage: 'reading', percent });
    });
    onStage({ stage: 'checking' });
    if (typeof Worker === 'undefined') return importDatasetBytes(new Uint8Array(bytes), file.name);
    return await checkInWorker(bytes, file.name);
  } catch (error) {
    return { ok: false, problems: [{ path: file.name, message: `the file could not be read (${error instanceof Error ? error.message : String(error)})` }] };
  }
}
