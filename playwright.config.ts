import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './test/chromium';

// Ports can be moved (E2E_PORT) so two checkouts can run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4174);
/** The dev server, for tests of the save API (it writes to trees/; those tests clean up after themselves). */
export const devPort = port + 1000;

export default defineConfig({
  testDir: 'test/e2e',
  // LHC-Forms for the FHIR check lives in its own package folder; installed once, when missing.
  globalSetup: './test/lforms/install.ts',
  fullyParallel: true,
  // Two workers everywhere, not Playwright's local default of half the cores (one on a 2-core
  // machine, 13 minutes of browser tests): specs share no state (those that save start their own
  // server over a temporary trees folder, test/e2e/tempServer.ts). E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // The offline worker would answer requests that specs intercept; only offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_EXECUTABLE,
      args: CHROMIUM_ARGS,
    },
  },
  // Tests run against the production build, served by `vite preview`.
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${devPort} --strictPort`,
      url: `http://127.0.0.1:${devPort}/api/trees`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
