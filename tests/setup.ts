import '@testing-library/jest-dom/vitest';
// IndexedDB for the imported-datasets store; a fresh one for each test file.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { clear, createStore } from 'idb-keyval';
import { afterEach, beforeEach } from 'vitest';
import { DEFAULT_SELECTION, useFilterStore } from '../src/filters/filterStore';

// jsdom on a busy 2-core machine can take over a second to load and validate the dataset.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks ResizeObserver, which Recharts' ResponsiveContainer uses.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) globalThis.ResizeObserver = ResizeObserverStub;

beforeEach(async () => {
  await clear(createStore('cwd-dashboard', 'imported-datasets'));
  useFilterStore.getState().selectionRestored(DEFAULT_SELECTION);
  // Files that run in Node rather than jsdom (`@vitest-environment node`) have no window.
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});

afterEach(() => {
  cleanup();
});
