/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
// `.js` (resolved to the .ts file) keeps Vite's native-config-loader check quiet.
import { treesApiPlugin } from './src/server/vitePlugin.js';
import { bundledTreesPlugin } from './src/server/bundledTreesPlugin.js';
import { cspPlugin } from './src/server/cspPlugin.js';
import { prerenderPlugin } from './src/server/prerenderPlugin.js';
import { pwaOptions } from './src/server/pwaOptions.js';
import { versionPlugin } from './src/server/versionPlugin.js';

// Relative base so the static build works from any file server or sub-folder.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    bundledTreesPlugin(),
    treesApiPlugin(),
    cspPlugin(),
    prerenderPlugin(),
    versionPlugin(),
    VitePWA(pwaOptions),
  ],
  build: {
    // Rolldown's PLUGIN_TIMINGS notice fires when plugin time dwarfs linking, which here is by
    // design (pathway pages prerendered by prerenderPlugin, the service worker's precache) and
    // on a busy 2-core machine by chance: a yellow line that reads like a problem and is not one.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  // No CORS: only the server's own pages read its API and files (Vite's default allows any
  // localhost origin). `treesApiPlugin` turns it off for the dev server whatever is set here.
  server: { host: '127.0.0.1', port: 5173, strictPort: false, cors: false },
  preview: { host: '127.0.0.1', port: 4173, cors: false },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // Sized for a 2-core machine with other work beside it: tests that spawn the CLI or lay out
    // generated trees took 7 s there against the 5 s default. Property tests state their own.
    testTimeout: 30_000,
  },
});
