import { importDatasetBytes } from './importFile';

/** Parses and validates an imported file off the main thread, so a large file does not freeze the page. */
const scope = self as unknown as { postMessage: (message: unknown) => void; onmessage: ((event: MessageEvent) => void) | null };

scope.onmessage = (event: MessageEvent<{ bytes: ArrayBuffer; fileName: string }>) => {
  try {
    scope.postMessage(importDatasetBytes(new Uint8Array(event.data.bytes), event.data.fileName));
  } catch (error) {
    scope.postMessage({ ok: false, problems: [{ path: event.data.fileName, message: `the file could not be checked (${String(error)})` }] });
  }
};
