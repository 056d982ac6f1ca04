/**
 * The rooms of `src/` and which rooms each may import from (every room may import itself).
 * ESLint enforces it through eslint-plugin-boundaries; `test/lint/rooms.test.ts` proves each wall
 * with a probe file that breaks it. Lower rooms never import higher ones; wings never import
 * each other except where listed (a presenter shows the player; compare reuses its badges).
 */

/** Room name -> the rooms it may import from, besides itself. */
export const roomImports = {
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
  // The team server's accounts, sessions and audit log (database, no HTTP).
  team: ['model', 'node'],
  // Node side: the dev/build server may use the save contract in io and render the app's pages.
  server: ['model', 'routes', 'node', 'io', 'app', 'team'],
  cli: ['model', 'node', 'io', 'team'],
  main: ['app', 'routes', 'ui'],
};

/** One boundaries element per room: a folder of src/, or the entry file. */
export const roomElements = [
  ...Object.keys(roomImports)
    .filter((room) => room !== 'main')
    .map((room) => ({ type: room, pattern: `src/${room}` })),
  // Listed last: only what no room above claims, the entry file beside the rooms.
  { type: 'main', pattern: 'src' },
];

export const roomPolicies = Object.entries(roomImports).map(([room, allowed]) => ({
  from: { element: { type: room } },
  allow: { to: { element: { types: { anyOf: [room, ...allowed] } } } },
}));
