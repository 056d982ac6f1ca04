/**
 * History is read from git as data: no commit message or author name, whether sent to the API or
 * made by a teammate with git itself, can add a version or point one at a file that is not the
 * tree's own.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { handleVersionsRequest, type Version } from '../../src/server/versionsApi';
import type { TreesResponse } from '../../src/server/http';
import { tempRepo, type TempRepo } from '../gitRepo';

const ID = 'example-pathway';
let repo: TempRepo;

afterEach(() => {
  rmSync(repo.root, { recursive: true, force: true });
});

function get(path: string): Promise<TreesResponse> {
  return handleVersionsRequest(
    { method: 'GET', url: `/api/trees/${path}`, headers: {} },
    { dir: repo.dir },
  );
}

async function versions(id = ID): Promise<Version[]> {
  const list = await get(`${id}/versions`);
  expect(list.status).toBe(200);
  return JSON.parse(list.body) as Version[];
}

function editTitle(title: string): void {
  const path = join(repo.dir, `${ID}.json`);
  const tree = JSON.parse(readFileSync(path, 'utf8')) as { meta: { title: string } };
  tree.meta.title = title;
  writeFileSync(path, `${JSON.stringify(tree, null, 2)}\n`);
}

/** Commits `package.json` at the top of the repository; its sha. */
function commitPackageJson(): string {
  writeFileSync(join(repo.root, 'package.json'), '{ "name": "secret-package" }\n');
  repo.git('add', 'package.json');
  repo.git('commit', '--quiet', '-m', 'Add package.json');
  return repo.git('rev-parse', 'HEAD').trim();
}

describe('history read as data', () => {
  it('a pulled commit whose message holds the old separators adds no version', async () => {
    repo = tempRepo();
    const secret = commitPackageJson();
    editTitle('Teammate edit');
    // A forged record in the format the old reader split on (U+001E / U+001F), pointing at a
    // real commit and at package.json, as a teammate could push it.
    const forged =
      `Small fix\n\x1e${secret}\x1f2020-01-01T00:00:00+00:00\x1fChief Medical Officer` +
      `\x1fApproved\x1f\n\npackage.json\n`;
    repo.git('commit', '--quiet', '-am', forged);
    const list = await versions();
    expect(list.map((v) => v.message)).toEqual([forged.trim(), 'First version']);
    expect(list.map((v) => v.path)).toEqual([
      'trees/example-pathway.json',
      'trees/example-pathway.json',
    ]);
    expect(list.map((v) => v.author)).toEqual(['Test Author', 'Test Author']);
    expect(list[0]?.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(list.some((v) => v.sha === secret)).toBe(false);
    const read = await get(`${ID}/versions/${secret}`);
    expect(read.status).toBe(404);
    expect(read.body).not.toContain('secret-package');
  });

  it('names, dates and messages match what git itself reports', async () => {
    repo = tempRepo();
    editTitle('Dated');
    repo.git(
      'commit',
      '--quiet',
      '--author=Zoë \u001f Ñúñez <z@x.invalid>',
      '--date=2021-06-01T10:20:30+05:30',
      '-am',
      'Line one\u001e\n\nLine three',
    );
    const [newest] = await versions();
    const git = (format: string): string => repo.git('log', '-1', `--format=${format}`);
    expect(newest).toMatchObject({
      sha: git('%H').trim(),
      date: git('%aI').trim(),
      author: git('%an').trim(),
      message: git('%B').trim(),
    });
    expect(newest?.date).toBe('2021-06-01T10:20:30+05:30');
  });

  it('a commit object holding NUL in its message (written with git directly) is one version', async () => {
    repo = tempRepo();
    editTitle('Raw');
    repo.git('add', '.');
    const tree = repo.git('write-tree').trim();
    const parent = repo.git('rev-parse', 'HEAD').trim();
    const raw =
      `tree ${tree}\nparent ${parent}\n` +
      `author Eve <e@x.invalid> 1600000000 +0000\ncommitter Eve <e@x.invalid> 1600000000 +0000\n\n` +
      `Nul\0${parent}\0\n\ntrees/../package.json\0\n`;
    const sha = execFileSync(
      'git',
      ['hash-object', '-t', 'commit', '-w', '--stdin', '--literally'],
      {
        cwd: repo.root,
        input: raw,
        encoding: 'utf8',
      },
    ).trim();
    repo.git('update-ref', 'refs/heads/main', sha);
    const list = await versions();
    expect(list.map((v) => v.sha)).toEqual([sha, parent]);
    expect(list[0]).toMatchObject({ author: 'Eve', date: '2020-09-13T12:26:40+00:00' });
    expect(list[0]?.message.startsWith('Nul\0')).toBe(true);
  });

  it('serves only the tree’s own files: history from before a rename into trees/ is not listed', async () => {
    repo = tempRepo();
    const secret = commitPackageJson();
    repo.git('mv', 'package.json', 'trees/stolen.json');
    repo.git('commit', '--quiet', '-m', 'Rename package.json into trees');
    const list = await versions('stolen');
    expect(list.map((v) => v.message)).toEqual(['Rename package.json into trees']);
    expect((await get(`stolen/versions/${secret}`)).status).toBe(404);
    const own = await get(`stolen/versions/${list[0]?.sha ?? ''}`);
    expect(own.status).toBe(200);
  });
});
