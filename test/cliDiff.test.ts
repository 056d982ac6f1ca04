/** `npm run diff` against a temporary git repository: exit codes and the Markdown it prints. */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempRepo, type TempRepo } from './gitRepo';

const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
const cli = join(import.meta.dirname, '..', 'src', 'cli', 'diff.ts');
let repo: TempRepo;

afterEach(() => {
  rmSync(repo.root, { recursive: true, force: true });
});

function diff(...args: string[]) {
  const run = spawnSync(tsx, [cli, ...args], { cwd: repo.root, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run diff', () => {
  it('prints scenario outcome changes first, between a commit and the work tree', () => {
    repo = tempRepo();
    const path = join(repo.dir, 'example-pathway.json');
    const tree = JSON.parse(readFileSync(path, 'utf8')) as {
      states: Record<string, { on?: Record<string, { target: string }> }>;
    };
    const yes = tree.states.basics_checked?.on?.YES;
    if (!yes) throw new Error('fixture');
    yes.target = 'optimise_first_line';
    writeFileSync(path, `${JSON.stringify(tree, null, 2)}\n`);
    const { code, out } = diff('HEAD', 'WORKTREE');
    expect(code).toBe(0);
    expect(out).toContain('## `example-pathway`: HEAD → WORKTREE');
    expect(out).toMatch(/1 of 2 scenario\(s\) now end elsewhere/);
    expect(out.indexOf('Scenario outcomes')).toBeLessThan(out.indexOf('### Answers'));
    expect(out).toContain('| `basics_checked` | `YES` | retargeted |');

    repo.git('commit', '--quiet', '-am', 'Rewire');
    const between = diff('HEAD~1', 'HEAD', 'example-pathway');
    expect(between.code).toBe(0);
    expect(between.out).toContain('retargeted');
    expect(diff('HEAD', 'WORKTREE').out).toContain('No changes.');
  });

  it('exits 2 on a wrong command line', () => {
    repo = tempRepo();
    expect(diff().code).toBe(2);
    expect(diff('HEAD').code).toBe(2);
    const unknown = diff('no-such-branch', 'HEAD');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown git revision "no-such-branch"');
    expect(diff('HEAD', 'WORKTREE', 'Not_An_Id').code).toBe(2);
    expect(diff('HEAD', 'WORKTREE', '--bogus').code).toBe(2);
  });
});
