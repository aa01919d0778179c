import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { DEFAULT_SELECTION, useFilterStore } from '../src/filters/filterStore';

// jsdom lacks ResizeObserver, which Recharts' ResponsiveContainer uses.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) globalThis.ResizeObserver = ResizeObserverStub;

beforeEach(() => {
  useFilterStore.getState().selectionRestored(DEFAULT_SELECTION);
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  cleanup();
});
