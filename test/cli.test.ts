/** The validator CLI as a content team's CI would run it: output lines and exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('prints one line per problem with file and JSON path, and exits 1 with --strict', () => {
    const file = join(FIXTURES, 'invalid', 'dangling-target.json');
    const { code, out } = validate('--strict', file);
    expect(code).toBe(1);
    expect(out).toContain(
      `${file}: states.basics_checked.on.YES.target: state "q9" does not exist`,
    );
  });

  it("reports a draft's problems but exits 0 without --strict", () => {
    const file = join(FIXTURES, 'invalid', 'dangling-target.json');
    const { code, out } = validate(file);
    expect(code).toBe(0);
    expect(out).toContain(
      `${file}: states.basics_checked.on.YES.target: state "q9" does not exist`,
    );
    expect(out).toContain('draft with 4 problem(s); not failing (use --strict to fail drafts)');
    expect(out).toContain('1 of 1 tree file(s) are drafts with problems');
  });

  it('exits 1 on any problem of a tree in review', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-cli-'));
    try {
      const text = readFileSync(join(FIXTURES, 'invalid', 'dangling-target.json'), 'utf8');
      const file = join(dir, 'dangling-target.json');
      writeFileSync(file, text.replace('"status": "draft"', '"status": "in-review"'));
      const { code, out } = validate(file);
      expect(code).toBe(1);
      expect(out).toContain(`${file}: states.basics_checked.on.YES.target`);
      expect(out).toContain('1 of 1 tree file(s) have problems');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 on an unreadable file even if it says draft', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-cli-'));
    try {
      const file = join(dir, 'broken.json');
      writeFileSync(file, '{ "status": "draft", ');
      const { code } = validate(file);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 for a missing file', () => {
    const { code, out } = validate('trees/no-such-tree.json');
    expect(code).toBe(1);
    expect(out).toContain('trees/no-such-tree.json: file not found');
  });
});
