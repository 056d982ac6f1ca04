import { defineConfig } from 'vitest/config';
import viteConfig from '../vite.config.js';

/**
 * The test set StrykerJS runs against each mutant (`npm run mutate`): the Node-side unit and
 * server tests only. Browser (Playwright) specs, DOM component tests (`.tsx`, jsdom), the bench
 * and the lint-wall probes never exercise `src/model` or `src/server` directly, and would only
 * make every mutant slower on a shared 2-core machine.
 *
 * Settings in `stryker.config.json`, and why: `ignoreStatic` (module-level constants re-run every
 * test per mutant: 16% of carePlan's mutants took over half the time), `concurrency` 2 (shared
 * machine), `incremental` (only mutants whose code or tests changed are re-tested; state in the
 * gitignored `reports/`). Narrow a run to a few files: `npm run mutate -- --mutate src/model/x.ts`.
 */
// Spread, not mergeConfig: mergeConfig would append to the base `include` instead of replacing it.
export default defineConfig({
  ...viteConfig,
  root: new URL('..', import.meta.url).pathname,
  test: {
    ...viteConfig.test,
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/bench/**', 'test/lint/**', '**/node_modules/**'],
  },
});
