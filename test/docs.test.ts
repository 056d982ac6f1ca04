/**
 * The README and docs/ name only commands and files that exist (issue 27: every statement true
 * today). Checked: every `npm run <script>` and `npm <command>` in the text; every repository
 * path in inline code (`src/...`, `test/...`, `trees/...`, root files); every relative link, with
 * its #anchor when it has one; the README's length.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const scripts = Object.keys(
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: object }).scripts,
);
const DOCS = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/**
 * Written by the team-server work (issue 22) on its own branch; the README keeps its link so the
 * two merge once. Remove the entry when that file is here.
 */
const PENDING = new Set<string>();

/** Where inline code names a file of this repository (placeholders like `<id>` are skipped). */
const REPO_PATH =
  /^(?:src|test|trees|docs|public|\.ci)\/[\w./-]*$|^(?:package\.json|LICENSE|rooms\.config\.js|vite\.config\.ts|playwright\.config\.ts|tsconfig\.json|index\.html|eslint\.config\.js)$/;
const NPM_BUILTINS = new Set(['install', 'ci', 'test', 'run']);

const text = (file: string) => readFileSync(join(root, file), 'utf8');
const withoutFences = (md: string) => md.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(md: string): Set<string> {
  const out = new Set<string>();
  for (const [, heading = ''] of withoutFences(md).matchAll(/^#{1,6} (.+)$/gm))
    out.add(
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N} -]/gu, '')
        .replace(/ /g, '-'),
    );
  return out;
}

describe.each(DOCS)('%s', (file) => {
  const md = text(file);

  it('runs only npm scripts that package.json has', () => {
    const missing = [...md.matchAll(/\bnpm run(?: --silent)? ([\w:-]+)/g)]
      .map((m) => m[1] ?? '')
      .filter((name) => !scripts.includes(name));
    expect(missing).toEqual([]);
    const commands = [...md.matchAll(/`npm (\w+)/g)].map((m) => m[1] ?? '');
    expect(commands.filter((c) => !NPM_BUILTINS.has(c) && !scripts.includes(c))).toEqual([]);
  });

  it('names only repository paths that exist', () => {
    const named = [...withoutFences(md).matchAll(/`([^`\s]+)`/g)]
      .map((m) => (m[1] ?? '').replace(/[.,:;]$/, ''))
      .filter((path) => REPO_PATH.test(path));
    expect(named.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it('links only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const [, target = ''] of withoutFences(md).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue; // https:, mailto:
      const [path = '', anchor] = target.split('#');
      const resolved = path === '' ? file : relative(root, join(root, dirname(file), path));
      if (PENDING.has(resolved) && !existsSync(join(root, resolved))) continue;
      if (!existsSync(join(root, resolved))) broken.push(target);
      else if (anchor !== undefined && !anchors(text(resolved)).has(anchor)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});

it('the README fits a screen or two: at most about 200 lines', () => {
  expect(text('README.md').split('\n').length).toBeLessThanOrEqual(200);
});
