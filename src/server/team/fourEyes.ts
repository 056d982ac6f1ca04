/**
 * Four eyes on the team server: an approver may not approve a pathway with a change of their own
 * since its last approval. Read from git (the authors of the tree's commits since the last
 * "Approve <id> …" commit); authors are the accounts' names, which the guard writes into every
 * version. So that no one can fake the start of that window, a version's message may not begin
 * with "Approve" (only the approve route writes such a commit).
 *
 * Not covered yet: saves that were never committed (the working file is approved as it is).
 */
import { runGit } from '../git';
import type { Identity, TreesRequest } from '../http';

const FIELD = '\x1f';

/** Names of the authors of the tree's commits since its last approval, newest first. */
export async function authorsSinceApproval(dir: string, id: string): Promise<string[]> {
  const result = await runGit(dir, [
    'log',
    '-z',
    `--format=%an${FIELD}%s`,
    '--',
    `${id}.json`,
    `${id}.scenarios.json`,
  ]);
  if (!result.ok) return [];
  const authors: string[] = [];
  for (const record of result.stdout.split('\0')) {
    if (record === '') continue;
    const [author = '', subject = ''] = record.split(FIELD);
    if (subject.startsWith(`Approve ${id} `)) break;
    authors.push(author);
  }
  return authors;
}

/** Why the team server refuses this request under the four-eyes rule, or undefined. */
export async function fourEyesProblem(
  dir: string,
  req: TreesRequest,
  identity: Identity,
): Promise<string | undefined> {
  if (req.method.toUpperCase() !== 'POST') return undefined;
  const [, , , id, what] = (req.url.split(/[?#]/, 1)[0] ?? '').split('/');
  if (id === undefined) return undefined;
  if (what === 'versions') {
    let message: unknown;
    try {
      message = (JSON.parse(req.body ?? '') as { message?: unknown }).message;
    } catch {
      return undefined; // the handler answers 400
    }
    if (typeof message === 'string' && /^\s*approve/i.test(message)) {
      return 'a version’s message may not begin with “Approve”: only approving writes one';
    }
  }
  if (what === 'approve' && (await authorsSinceApproval(dir, id)).includes(identity.name)) {
    return 'four eyes: you changed this pathway since its last approval, so someone else approves it';
  }
  return undefined;
}
