/** The validator CLI as a content team's CI would run it: output lines and exit codes. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

function validate(...files: string[]) {
  const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, ['src/cli/validate.ts', ...files], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('npm run validate', () => {
  it('prints a summary line per clean tree and exits 0', () => {
    const { code, out } = validate('trees/fibromyalgia-refractory-pain.json');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^trees\/fibromyalgia-refractory-pain\.json: ok, \d+ questions, .* \d+ scenarios$/m,
    );
  });

  it('prints one line per problem with file and JSON path, and exits 1', () => {
    const file = join(FIXTURES, 'invalid', 'dangling-target.json');
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toContain(
      `${file}: states.basics_checked.on.YES.target: state "q9" does not exist`,
    );
  });

  it('exits 1 for a missing file', () => {
    const { code, out } = validate('trees/no-such-tree.json');
    expect(code).toBe(1);
    expect(out).toContain('trees/no-such-tree.json: file not found');
  });
});
