import type { WorkerRequest } from './workerProtocol';

/** Whether this browser can run the import worker (jsdom and very old browsers cannot). */
export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined';
}

/**
 * Sends one request to a fresh import worker and resolves with its one reply (sent as JSON text, see
 * importWorker.ts). A worker that fails to start or stops with an error rejects, so every caller ends
 * with a result or a message.
 */
export function askImportWorker<T>(request: WorkerRequest, transfer: Transferable[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<string>) => {
      worker.terminate();
      try {
        resolve(JSON.parse(event.data) as T);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the checker stopped'));
    };
    worker.postMessage(request, transfer);
  });
}
