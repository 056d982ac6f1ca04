/**
 * Writes `version.json` (the app's version and build time) beside the built app. The service worker
 * never precaches it, so a page can ask the network which version is waiting to take over.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { VERSION_FILE } from './pwaOptions.js';

export interface BuildVersion {
  version: string;
  built: string;
}

export function versionPlugin(now: () => Date = () => new Date()): Plugin {
  let root = process.cwd();
  return {
    name: 'stepwise-version',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle() {
      const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
        version: string;
      };
      const body: BuildVersion = { version: pkg.version, built: now().toISOString() };
      this.emitFile({
        type: 'asset',
        fileName: VERSION_FILE,
        source: `${JSON.stringify(body)}\n`,
      });
    },
  };
}
