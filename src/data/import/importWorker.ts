import { get } from 'idb-keyval';
import { importFileBytes } from './importFile';
import { storedDatasetKey, storedDatasetsStore } from './storeKeys';
import { checkStoredDataset, type WorkerRequest } from './workerProtocol';

/**
 * Parses and validates off the main thread, so a large dataset never freezes the page: a file being
 * imported (its bytes), or a stored import being reopened (read here from IndexedDB, which workers share).
 */
const worker = self as unknown as { postMessage: (message: unknown) => void; onmessage: ((event: MessageEvent) => void) | null };

/** Replies as JSON text: the page parses a string several times faster than it deserialises a clone of the same objects. */
const scope = {
  postMessage: (reply: unknown) => {
    worker.postMessage(JSON.stringify(reply));
  },
};

worker.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'file') {
    importFileBytes(new Uint8Array(request.bytes), request.fileName, request.choices).then(
      (result) => {
        scope.postMessage(result);
      },
      (error: unknown) => {
        scope.postMessage({ ok: false, problems: [{ path: request.fileName, message: `the file could not be checked (${String(error)})` }] });
      },
    );
    return;
  }
  void (async () => {
    let raw: unknown;
    try {
      raw = request.kind === 'raw' ? request.raw : await get<unknown>(storedDatasetKey(request.id), storedDatasetsStore());
    } catch (error) {
      scope.postMessage({ ok: false, kind: 'storage', message: error instanceof Error ? error.message || error.name : String(error) });
      return;
    }
    scope.postMessage(checkStoredDataset(raw));
  })();
};
