import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// Browser tests run against the production build (vite preview) in Debian's
// Chromium: Playwright's own browser download is not available here.
// E2E_PORT and E2E_SUB_PATH_PORT move them, so two checkouts can run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// The same app built under a sub-path (npm run test:e2e builds it into dist-cwd): tests/e2e/offline.spec.ts.
export const SUB_PATH_PORT = Number(process.env.E2E_SUB_PATH_PORT ?? 4174);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    // The service worker's first-visit notice would sit over the page in every test; the offline tests allow it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  webServer: [
    {
      command: `node node_modules/vite/bin/vite.js preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node node_modules/vite/bin/vite.js preview --base=/cwd/ --outDir dist-cwd --port ${SUB_PATH_PORT} --strictPort`,
      url: `http://localhost:${SUB_PATH_PORT}/cwd/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
