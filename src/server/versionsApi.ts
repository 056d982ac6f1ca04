/**
 * Versions of a tree on git, for the editor under `npm run dev` (Node only; mounted by
 * `vitePlugin.ts`). Git is the store: a version is a commit of the tree's files.
 *
 * - `GET  /api/trees/:id/versions` → 200 `[{ sha, date, author, message, path }]`, newest first,
 *   following renames (`git log --follow`); `path` is the file's path in the repository then.
 * - `POST /api/trees/:id/versions` `{ "message": "…", "author": "…" }` → 201 `{ commit }`:
 *   commits `<id>.json`, `<id>.scenarios.json` and `<id>.comments.json` (those that exist) and
 *   nothing else staged, with `author` as the commit's author; 409 when none of them changed
 *   since the last commit.
 * - `GET  /api/trees/:id/versions/:sha` (7-40 hex, a commit of this tree's history) → 200
 *   `{ sha, text, scenariosText?, commentsText? }`: the files as they were in that commit.
 * - `POST /api/trees/:id/approve` `{ "reviewers": ["…"], "reviewDue"?: "YYYY-MM-DD",
 *   "author": "…" }` with `If-Match: <etag>` → 201 `{ commit, etag }`: only a tree with zero
 *   problems whose scenarios all pass; sets status `approved`, the reviewers, `approvedOn` and
 *   `lastReviewed` (today, UTC) and `reviewDue` (default a year on), writes the file and commits
 *   it as a version whose author is the approver (`author`).
 *
 * `author` is required (400 when missing or not a plain name, `model/authorName.ts`) and becomes
 * the git author as `Name <>`; the committer stays the repository's own git user.
 *
 * Outside a git work tree every route answers 501 with a plain message. Ids, origin, body size,
 * content type and the approval's `If-Match` are checked by the save API's own code (`http.ts`,
 * `treesApi.ts`, `treeSave.ts`).
 */
import { basename } from 'node:path';
import { checkAuthorName } from '../model/authorName';
import { isCalendarDate } from '../model/calendarDate';
import { parseJsonText } from '../model/parse';
import { serialiseTree } from '../model/serialise';
import { TREE_ID_PATTERN } from '../model/schema';
import { validate } from '../model/validate';
import {
  answer,
  methodNotAllowed,
  nameField,
  parseSubTarget,
  readJsonObject,
  textField,
} from './apiBody';
import { gitError, runGit, workTreeOf } from './git';
import { changeTree } from './writePath';
import { readHistory, type Version } from './gitLog';
import { HttpError, json, type TreesRequest, type TreesResponse } from './http';
import { etagOf, inside } from './treeFilesOnDisk';
import type { TreesApiOptions } from './treesApi';
import { checkPreconditions } from './treeSave';

export type { Version };

export const SHA = /^[0-9a-f]{7,40}$/i;
const MAX_MESSAGE = 5000;
const MAX_VERSIONS = 500;

/** Handles one request under `/api/trees/:id/versions` or `/approve`; never rejects. */
export function handleVersionsRequest(
  req: TreesRequest,
  options: TreesApiOptions,
): Promise<TreesResponse> {
  return answer(async () => {
    const { id, rest } = parseSubTarget(req.url);
    const dir = options.dir;
    if ((await workTreeOf(dir)) === undefined) {
      throw new HttpError(501, 'versions need the trees folder to be in a git work tree');
    }
    const method = req.method.toUpperCase();
    const [what, sha, ...more] = rest;
    if (more.length > 0) throw new HttpError(404, 'not found');
    if (what === 'versions' && sha === undefined) {
      if (method === 'GET') return json(200, await listVersions(dir, id));
      if (method === 'POST') return commitVersion(dir, id, req, options);
      throw methodNotAllowed('GET, POST');
    }
    if (what === 'versions' && sha !== undefined) {
      if (method !== 'GET') throw methodNotAllowed('GET');
      return json(200, await versionText(dir, id, sha));
    }
    if (what === 'approve' && sha === undefined) {
      if (method !== 'POST') throw methodNotAllowed('POST');
      return approve(dir, id, req, options);
    }
    throw new HttpError(404, 'not found');
  });
}

/**
 * Commits (newest first) that touched the tree file, following renames, read as data
 * (`gitLog.ts`). Only commits in which the file was a tree file of this folder count: history
 * from before it was renamed in from elsewhere (`package.json`, another folder) is not the tree's.
 */
export async function listVersions(dir: string, id: string): Promise<Version[]> {
  inside(dir, `${id}.json`);
  const prefix = await prefixOf(dir);
  const versions = await readHistory(dir, `${id}.json`, MAX_VERSIONS);
  return versions.filter((v) => ownTreeId(v.path, prefix) !== undefined);
}

/** The trees folder's path inside the repository, e.g. `trees/` (`''` at its top). */
async function prefixOf(dir: string): Promise<string> {
  const prefix = await runGit(dir, ['rev-parse', '--show-prefix']);
  if (!prefix.ok) throw new HttpError(500, `git rev-parse failed: ${gitError(prefix)}`);
  return prefix.stdout.trim();
}

/** The tree id when `path` is `<prefix><id>.json` for a valid id; otherwise `undefined`. */
export function ownTreeId(path: string, prefix: string): string | undefined {
  if (!path.startsWith(prefix)) return undefined;
  const name = path.slice(prefix.length);
  const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
  return TREE_ID_PATTERN.test(id) ? id : undefined;
}

/**
 * The tree's files in one of its versions: `<id>.json` and, when the commit has them, its
 * `.scenarios.json` and `.comments.json`, by the id the tree had then; never any other file.
 */
async function versionText(dir: string, id: string, sha: string): Promise<Record<string, string>> {
  if (!SHA.test(sha)) throw new HttpError(400, 'a version must be a commit sha of 7-40 hex digits');
  const version = (await listVersions(dir, id)).find((v) =>
    v.sha.toLowerCase().startsWith(sha.toLowerCase()),
  );
  if (!version) throw new HttpError(404, `"${sha}" is not a version of "${id}"`);
  const base = version.path.slice(0, -'.json'.length);
  // `cat-file blob` reads a file's bytes only: a folder or a link is refused, not listed.
  const show = (path: string) => runGit(dir, ['cat-file', 'blob', `${version.sha}:${path}`]);
  const tree = await show(`${base}.json`);
  if (!tree.ok) throw new HttpError(404, `the tree is not in commit ${sha}`);
  const body: Record<string, string> = { sha: version.sha, text: tree.stdout };
  const scenarios = await show(`${base}.scenarios.json`);
  if (scenarios.ok) body.scenariosText = scenarios.stdout;
  const comments = await show(`${base}.comments.json`);
  if (comments.ok) body.commentsText = comments.stdout;
  return body;
}

async function commitVersion(
  dir: string,
  id: string,
  req: TreesRequest,
  options: TreesApiOptions,
): Promise<TreesResponse> {
  const body = readJsonObject(req, options.maxBytes);
  const message = textField(body, 'message', MAX_MESSAGE);
  const author = nameField(body, 'author');
  const commit = { message, author };
  const done = (sha: string | undefined) => json(201, { commit: sha });
  return changeTree(dir, id, () => ({ files: [], commit, done }), options);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function aYearOn(date: string): string {
  const [y, rest] = [date.slice(0, 4), date.slice(4)];
  return `${String(Number(y) + 1).padStart(4, '0')}${rest === '-02-29' ? '-02-28' : rest}`;
}

function reviewersOf(body: Record<string, unknown>): string[] {
  const value = body.reviewers;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    throw new HttpError(400, '"reviewers" must be a list of one or more names');
  }
  if (value.length === 0) throw new HttpError(400, 'approving needs at least one reviewer');
  // Each reviewer goes into the pathway and the commit message: the one name check.
  return value.map((name: string, i) => {
    const checked = checkAuthorName(name);
    if (!checked.ok) throw new HttpError(400, `"reviewers[${i}]": ${checked.message}`);
    return checked.name;
  });
}

async function approve(
  dir: string,
  id: string,
  req: TreesRequest,
  options: TreesApiOptions,
): Promise<TreesResponse> {
  const body = readJsonObject(req, options.maxBytes);
  const reviewers = reviewersOf(body);
  const author = nameField(body, 'author');
  const on = today();
  const due = body.reviewDue === undefined ? aYearOn(on) : body.reviewDue;
  if (typeof due !== 'string' || !isCalendarDate(due) || due <= on) {
    throw new HttpError(400, '"reviewDue" must be a date after today, YYYY-MM-DD');
  }
  const treeName = basename(inside(dir, `${id}.json`));
  // Checked, written and committed under the tree's lock: a save with the same etag on another
  // server either comes first (and this answers 409) or after (and gets the 409).
  return changeTree(
    dir,
    id,
    (now) => {
      const current = now.tree;
      const scenariosBytes = now.scenarios;
      if (current === undefined) throw new HttpError(404, `there is no tree "${id}"`);
      checkPreconditions(req, current, scenariosBytes);
      if (scenariosBytes === undefined) {
        throw new HttpError(409, 'cannot approve: the tree has no scenarios to check it with');
      }
      const approved = approvedText(id, current, scenariosBytes, { reviewers, on, due });
      const etag = etagOf(approved.text, scenariosBytes);
      return {
        files: [{ name: treeName, text: approved.text }],
        commit: { message: approved.message, author },
        done: (sha) => json(201, { commit: sha, etag }, { ETag: etag }),
      };
    },
    options,
  );
}

/** The approved tree's text and its commit message; 409 unless it has no problems at all. */
function approvedText(
  id: string,
  current: Buffer,
  scenariosBytes: Buffer,
  sign: { reviewers: string[]; on: string; due: string },
): { text: string; message: string } {
  const { reviewers, on, due } = sign;
  const treeJson = parseJsonText(current.toString('utf8'), 'tree');
  const scenariosJson = parseJsonText(scenariosBytes.toString('utf8'), 'scenarios');
  const problems = [
    ...(treeJson.ok ? [] : treeJson.problems),
    ...(scenariosJson.ok ? [] : scenariosJson.problems),
  ];
  const result =
    treeJson.ok && scenariosJson.ok
      ? validate(treeJson.value, { fileId: id, scenarios: scenariosJson.value })
      : { problems };
  if (result.problems.length > 0 || !result.tree) {
    const n = result.problems.length;
    throw new HttpError(
      409,
      `cannot approve: ${n} problem${n === 1 ? '' : 's'} (every scenario must pass)`,
      { problems: result.problems },
    );
  }
  const tree = result.tree;
  tree.meta = {
    ...tree.meta,
    status: 'approved',
    lastReviewed: on,
    reviewers,
    approvedOn: on,
    reviewDue: due,
  };
  const text = serialiseTree(tree);
  const message = `Approve ${id} ${tree.meta.version} (${reviewers.join(', ')}); review due ${due}`;
  return { text, message };
}
