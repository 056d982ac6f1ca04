/**
 * Reviewers' comments on a tree's steps, kept beside the tree as `trees/<id>.comments.json` (its
 * own schema, `trees/comments.schema.json`, generated from `commentsFile` below). Comments are for
 * authors and reviewers: the editor shows them, the player never loads them. Pure functions only.
 */
import * as z from 'zod/mini';
import { TREE_ID_PATTERN } from './schema';

const text = z.string().check(z.regex(/\S/, 'must not be empty'));

export const COMMENT_ID_PATTERN = /^c[0-9]+$/;

export const comment = z.strictObject({
  id: z.string().check(z.regex(COMMENT_ID_PATTERN, 'must be "c" and a number, e.g. c12')),
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

/** Adds an open comment with the next free id. */
export function addComment(
  file: CommentsFile,
  entry: { step: string; author: string; text: string },
  now: Date,
): { file: CommentsFile; comment: StepComment } {
  const next = file.comments.reduce((max, c) => Math.max(max, Number(c.id.slice(1))), 0) + 1;
  const added: StepComment = {
    id: `c${next}`,
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
