/** A temporary git repository for tests: never the project's own. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './helpers';

export interface TempRepo {
  /** The repository's top folder. */
  root: string;
  /** Its `trees/` folder, holding the example pathway and its scenarios. */
  dir: string;
  git: (...args: string[]) => string;
}

/** `git init` in a new temp folder with a local author, the example pathway copied into trees/. */
export function tempRepo(options: { commit?: boolean; init?: boolean } = {}): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'stepwise-git-'));
  const dir = join(root, 'trees');
  mkdirSync(dir);
  for (const name of ['example-pathway.json', 'example-pathway.scenarios.json']) {
    copyFileSync(join(FIXTURES, 'valid', name), join(dir, name));
  }
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' },
    });
  if (options.init !== false) {
    git('init', '--quiet', '--initial-branch=main');
    git('config', 'user.name', 'Test Author');
    git('config', 'user.email', 'author@example.invalid');
    git('config', 'commit.gpgsign', 'false');
    if (options.commit !== false) {
      git('add', '.');
      git('commit', '--quiet', '-m', 'First version');
    }
  }
  return { root, dir, git };
}
