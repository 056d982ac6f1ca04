/**
 * The static build leaves out drafts that cannot be played yet and says so in the build log; a
 * clean tree and a broken non-draft stay in. A small build of just the trees module, from a
 * temporary trees folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledTreesPlugin } from '../../src/server/bundledTreesPlugin';
import { FIXTURES } from '../helpers';

let dir: string;
const root = join(import.meta.dirname, '..', '..');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stepwise-drafts-'));
  /** Copies a fixture and its scenarios under a new id (the id inside follows the file name). */
  const copy = (folder: string, id: string, as: string, status = 'draft') => {
    for (const suffix of ['.json', '.scenarios.json']) {
      const text = readFileSync(join(FIXTURES, folder, id + suffix), 'utf8');
      const renamed = text
        .replaceAll(`"${id}"`, `"${as}"`)
        .replace('"status": "draft"', `"status": "${status}"`);
      writeFileSync(join(dir, as + suffix), renamed);
    }
  };
  copy('valid', 'example-pathway', 'clean-tree');
  copy('invalid', 'dangling-target', 'unfinished-draft');
  copy('invalid', 'dangling-target', 'broken-review', 'in-review');
  writeFileSync(
    join(dir, 'main.js'),
    "import { treeIds } from 'virtual:stepwise-trees';\nexport default treeIds;\n",
  );
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the static build and drafts', () => {
  it('leaves unplayable drafts out and says so in the build log', { timeout: 60_000 }, async () => {
    const logged: string[] = [];
    const logger = createLogger('warn', { allowClearScreen: false });
    logger.warn = (message) => {
      logged.push(message);
    };
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'warn',
      customLogger: logger,
      cacheDir: join(root, 'node_modules', '.vite-test-drafts'),
      plugins: [bundledTreesPlugin({ dir })],
      build: {
        write: false,
        lib: { entry: join(dir, 'main.js'), formats: ['es'], fileName: 'main' },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) =>
      'output' in o ? o.output : [],
    );
    const code = chunks.map((c) => ('code' in c ? c.code : '')).join('\n');
    expect(code).toContain('"clean-tree"');
    expect(code).toContain('"broken-review"');
    expect(code).not.toContain('"unfinished-draft"');
    expect(logged.join('\n')).toMatch(
      /left out trees\/unfinished-draft\.json: a draft with \d+ problem\(s\), not playable yet/,
    );
  });
});
