/**
 * Reviewers' comments on a tree's steps, kept beside the tree as `trees/<id>.comments.json` (its
 * own schema, `trees/comments.schema.json`, generated from `commentsFile` below). Comments are for
 * authors and reviewers: the editor shows them, the player never loads them. Pure functions only.
 */
import * as z from 'zod/mini';
import { TREE_ID_PATTERN } from './schema';

const text = z.string().check(z.regex(/\S/, 'must not be empty'));

/**
 * `c` and a number (`c12`: files written before ids were random) or `c` and a ULID-like id: 10
 * characters of time (milliseconds, Crockford base 32) then 16 of randomness, lower case, e.g.
 * `c01jf3m2k7q8x4a9b0c1d2e3f4g`. Random ids cannot collide when two servers add at once; the time
 * first keeps them in the order they were made.
 */
export const COMMENT_ID_PATTERN = /^c(?:[0-9]+|[0-9a-hjkmnp-tv-z]{26})$/;

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A new comment id from the time and 10 random bytes (`crypto.getRandomValues`). Written out
 * here (a dozen lines) rather than taken from a ULID package: the model stays free of
 * dependencies and takes its randomness as an argument, so tests can pin it.
 */
export function newCommentId(now: Date, random: Uint8Array): string {
  if (random.length < 10) throw new Error('a comment id needs 10 random bytes');
  let time = '';
  for (let t = Math.max(0, Math.floor(now.getTime())), i = 0; i < 10; i++) {
    time = (CROCKFORD[t % 32] ?? '0') + time;
    t = Math.floor(t / 32);
  }
  // 80 bits as 16 five-bit digits.
  let bits = 0n;
  for (const byte of random.subarray(0, 10)) bits = (bits << 8n) | BigInt(byte);
  let rest = '';
  for (let i = 0; i < 16; i++) {
    rest = (CROCKFORD[Number(bits & 31n)] ?? '0') + rest;
    bits >>= 5n;
  }
  return `c${time}${rest}`;
}

export const comment = z.strictObject({
  id: z
    .string()
    .check(
      z.regex(COMMENT_ID_PATTERN, 'must be "c" and a number (c12) or "c" and 26 ULID characters'),
    ),
  step: z.string().check(z.describe('The state key the comment is anchored to.')),
  author: text,
  date: z
    .string()
    .check(
      z.regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
        'must be a UTC time, e.g. 2026-12-01T09:30:00Z',
      ),
    ),
  text,
  status: z.enum(['open', 'resolved']),
  resolvedBy: z.optional(text),
  resolvedAt: z.optional(z.string()),
});

export const commentsFile = z.strictObject({
  $schema: z.optional(z.string()),
  tree: z.string().check(z.regex(TREE_ID_PATTERN, 'must be kebab-case')),
  comments: z.array(comment),
});

export type StepComment = z.infer<typeof comment>;
export type CommentsFile = z.infer<typeof commentsFile>;

/** The file's bytes in canonical form: keys in schema order, 2-space indent, trailing newline. */
export function serialiseComments(file: CommentsFile): string {
  const result = commentsFile.safeParse(file);
  return `${JSON.stringify(result.success ? result.data : file, null, 2)}\n`;
}

/** An empty comments file for a tree. */
export function emptyComments(treeId: string): CommentsFile {
  return { $schema: './comments.schema.json', tree: treeId, comments: [] };
}

/** Seconds precision, UTC: what the file stores. */
export function commentTime(now: Date): string {
  return `${now.toISOString().slice(0, 19)}Z`;
}

/** Adds an open comment with the id given (`newCommentId`); refuses an id already in the file. */
export function addComment(
  file: CommentsFile,
  entry: { step: string; author: string; text: string },
  now: Date,
  id: string,
): { file: CommentsFile; comment: StepComment } {
  if (file.comments.some((c) => c.id === id)) throw new Error(`comment id ${id} is taken`);
  const added: StepComment = {
    id,
    step: entry.step,
    author: entry.author.trim(),
    date: commentTime(now),
    text: entry.text.trim(),
    status: 'open',
  };
  return { file: { ...file, comments: [...file.comments, added] }, comment: added };
}

/** Marks a comment resolved (or open again); `undefined` when there is no such comment. */
export function setCommentStatus(
  file: CommentsFile,
  id: string,
  status: StepComment['status'],
  by: string,
  now: Date,
): CommentsFile | undefined {
  if (!file.comments.some((c) => c.id === id)) return undefined;
  return {
    ...file,
    comments: file.comments.map((c) => {
      if (c.id !== id) return c;
      const rest = { ...c };
      delete rest.resolvedBy;
      delete rest.resolvedAt;
      return status === 'resolved'
        ? { ...rest, status, resolvedBy: by.trim(), resolvedAt: commentTime(now) }
        : { ...rest, status };
    }),
  };
}

/** Open comments per step key, for the badges on the canvas. */
export function openCommentCounts(file: CommentsFile | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of file?.comments ?? []) {
    if (c.status === 'open') counts.set(c.step, (counts.get(c.step) ?? 0) + 1);
  }
  return counts;
}

/** JSON Schema of the comments file, for `npm run schema`. */
export function commentsJsonSchema(): string {
  const json = z.toJSONSchema(commentsFile, { target: 'draft-07', io: 'input' });
  const id = 'https://stepwise.invalid/comments.schema.json';
  return `${JSON.stringify({ ...json, $id: id, title: 'Stepwise comments' }, null, 2)}\n`;
}
