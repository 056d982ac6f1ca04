/**
 * Every command a newcomer can run from package.json answers `--help` with its usage and exit 0,
 * without touching a file (issue 27: `npm run validate -- --help` took `--help` for a file name).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counted } from '../src/cli/usage';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function run(script: string, ...args: string[]) {
  const result = spawnSync(tsx, [script, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const TOOLS: [name: string, script: string][] = [
  ['validate', 'src/cli/validate.ts'],
  ['canonical', 'src/cli/canonical.ts'],
  ['schema', 'src/cli/write-schema.ts'],
  ['export', 'src/cli/export.ts'],
  ['diff', 'src/cli/diff.ts'],
  ['bench', 'test/bench/run.ts'],
];

describe('every CLI answers --help', () => {
  it.each(TOOLS)('npm run %s -- --help prints its usage and exits 0', (name, script) => {
    const { code, out, err } = run(script, '--help');
    expect(err).toBe('');
    expect(out).toContain(`usage: npm run ${name}`);
    expect(out).not.toMatch(/wrote|canonical$|not found/m);
    expect(code).toBe(0);
  });

  it('validate refuses an unknown option instead of taking it for a file', () => {
    const { code, err } = run('src/cli/validate.ts', '--strcit');
    expect(err).toContain('validate: unknown option --strcit');
    expect(code).toBe(2);
  });
});

describe('validate counts agree with their number', () => {
  it('says "1 info step", never "1 info steps"', () => {
    expect(counted(1, 'info step')).toBe('1 info step');
    expect(counted(0, 'info step')).toBe('0 info steps');
    expect(counted(2, 'recommendation')).toBe('2 recommendations');
  });

  it('prints singular counts in the summary line of a bundled tree', () => {
    const { code, out } = run('src/cli/validate.ts', 'trees/chronic-back-pain-refractory.json');
    expect(code).toBe(0);
    expect(out).toContain(', 1 info step, ');
    expect(out).not.toMatch(/\b1 [a-z ]+s\b/);
  });
});
