/**
 * Proves every wall between the rooms of src/: for each room, a probe file placed in it imports a
 * real file of every other room through the project's own ESLint config. Imports the layering
 * forbids must be reported by boundaries/dependencies; the ones it allows must not be.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** One real file in each room, the target of the probes' imports (path under src/). */
const sample = {
  model: 'model/types',
  routes: 'routes/route',
  node: 'node/atomicWrite',
  io: 'io/drafts',
  ui: 'ui/NotFound',
  canvas: 'canvas/nodes',
  player: 'player/Player',
  editor: 'editor/Editor',
  present: 'present/Presenter',
  compare: 'compare/ComparePage',
  app: 'app/App',
  team: 'team/roles',
  server: 'server/vitePlugin',
  cli: 'cli/validate',
} as const;

type Room = keyof typeof sample;

/** The layering as the README states it: what each room may import besides itself. */
const allowed: Record<Room, readonly Room[]> = {
  model: [],
  routes: ['model'],
  node: ['model'],
  io: ['model', 'routes'],
  ui: ['model', 'routes', 'io'],
  canvas: ['model', 'io', 'ui'],
  player: ['model', 'routes', 'io', 'ui'],
  editor: ['model', 'routes', 'io', 'ui', 'canvas'],
  present: ['model', 'routes', 'io', 'ui', 'canvas', 'player'],
  compare: ['model', 'routes', 'io', 'ui', 'player'],
  app: ['model', 'routes', 'io', 'ui', 'canvas', 'player', 'editor', 'present', 'compare'],
  team: ['model', 'node'],
  server: ['model', 'routes', 'node', 'io', 'app', 'team'],
  cli: ['model', 'node', 'io', 'team'],
};

const rooms = Object.keys(sample) as Room[];

// The real config, without type information: the probes are not part of the TypeScript project,
// and only the boundaries rule is read from the result.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
  ruleFilter: ({ ruleId }) => ruleId.startsWith('boundaries/'),
});

/** Lints a probe at `src/<dir>/probe.ts` importing each target; returns the lines reported. */
async function reportedLines(dir: string, targets: readonly Room[]): Promise<number[]> {
  const depth = dir.split('/').length;
  const up = '../'.repeat(depth);
  const code = targets
    .map((target, i) => `import * as probe${i} from '${up}${sample[target]}';\nvoid probe${i};`)
    .join('\n');
  const [result] = await eslint.lintText(code, {
    filePath: path.join(root, 'src', dir, 'probe.ts'),
  });
  if (!result) throw new Error('ESLint returned no result');
  const messages = result.messages.filter((m) => m.ruleId === 'boundaries/dependencies');
  return messages.map((m) => (m.line + 1) / 2);
}

describe('room walls (eslint-plugin-boundaries)', () => {
  it.each(rooms)(
    'a file in src/%s may not import the rooms above it',
    { timeout: 60_000 },
    async (room) => {
      const forbidden = rooms.filter((other) => other !== room && !allowed[room].includes(other));
      const lines = await reportedLines(room, forbidden);
      expect(lines).toEqual(forbidden.map((_, i) => i + 1));
    },
  );

  it.each(rooms)(
    'a file in src/%s may import what it is allowed',
    { timeout: 60_000 },
    async (room) => {
      expect(await reportedLines(room, [room, ...allowed[room]])).toEqual([]);
    },
  );

  it(
    'holds deeper in a room too: src/model/export may not import app or routes',
    { timeout: 60_000 },
    async () => {
      expect(await reportedLines('model/export', ['app', 'routes', 'model'])).toEqual([1, 2]);
    },
  );
});
