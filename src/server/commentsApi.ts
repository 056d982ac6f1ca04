/**
 * Reviewers' comments on steps, stored as `<id>.comments.json` beside the tree (Node only;
 * mounted by `vitePlugin.ts`; works with or without git, and the versions API commits the file
 * with the tree).
 *
 * - `GET  /api/trees/:id/comments` → 200 the comments file (an empty one when there is none).
 * - `POST /api/trees/:id/comments` `{ step, author, text }` → 201 `{ comment }`, status `open`.
 * - `POST /api/trees/:id/comments/:commentId` `{ status: "open" | "resolved", by }` → 200
 *   `{ comment }`.
 *
 * Every change is read, made and written under the tree's lock through the write path
 * (`writePath.ts`), so comments added at once on two servers are all kept; ids are random and
 * time-ordered (`newCommentId`), so resolving one acts on that comment only. Written canonically;
 * a damaged file on disk is never overwritten (409 with its problems). Ids, origin, size and content type are checked by the save API's own code.
 */
import { randomBytes } from 'node:crypto';
import { basename, resolve } from 'node:path';
import {
  addComment,
  COMMENT_ID_PATTERN,
  commentsFile,
  emptyComments,
  newCommentId,
  serialiseComments,
  setCommentStatus,
  type CommentsFile,
  type StepComment,
} from '../model/comments';
import { parseJsonText } from '../model/parse';
import { STATE_KEY_PATTERN } from '../model/schema';
import type { Problem } from '../model/types';
import {
  answer,
  methodNotAllowed,
  nameField,
  parseSubTarget,
  readJsonObject,
  textField,
} from './apiBody';
import { HttpError, json, type TreesRequest, type TreesResponse } from './http';
import { inside, readRegularFile } from './treeFilesOnDisk';
import type { TreesApiOptions } from './treesApi';
import { changeTree, settle } from './writePath';

const MAX_TEXT = 5000;

/** Handles one request under `/api/trees/:id/comments`; never rejects. */
export function handleCommentsRequest(
  req: TreesRequest,
  options: TreesApiOptions,
): Promise<TreesResponse> {
  return answer(async () => {
    const { id, rest } = parseSubTarget(req.url);
    const [what, commentId, ...more] = rest;
    if (what !== 'comments' || more.length > 0) throw new HttpError(404, 'not found');
    const dir = resolve(options.dir);
    const name = basename(inside(dir, `${id}.comments.json`));
    const method = req.method.toUpperCase();
    /** Reads the comments under the tree's lock, changes them, and writes them back there. */
    const change = (edit: (file: CommentsFile) => { file: CommentsFile; comment: StepComment }) =>
      changeTree(
        dir,
        id,
        (now) => {
          if (now.tree === undefined) throw new HttpError(404, `there is no tree "${id}"`);
          const changed = edit(readComments(now.comments, id));
          return {
            files: [{ name, text: serialiseComments(changed.file) }],
            done: () => changed.comment,
          };
        },
        options,
      );
    if (commentId === undefined) {
      if (method === 'GET') {
        await settle(dir, options);
        if (readRegularFile(inside(dir, `${id}.json`)) === undefined) {
          throw new HttpError(404, `there is no tree "${id}"`);
        }
        return json(200, readComments(readRegularFile(inside(dir, name)), id));
      }
      if (method !== 'POST') throw methodNotAllowed('GET, POST');
      const body = readJsonObject(req, options.maxBytes);
      const step = textField(body, 'step', 200);
      if (!STATE_KEY_PATTERN.test(step)) throw new HttpError(400, '"step" must be a state key');
      const entry = {
        step,
        author: nameField(body, 'author'),
        text: textField(body, 'text', MAX_TEXT),
      };
      const at = new Date();
      const comment = await change((file) =>
        addComment(file, entry, at, newCommentId(at, randomBytes(10))),
      );
      return json(201, { comment });
    }
    if (method !== 'POST') throw methodNotAllowed('POST');
    if (!COMMENT_ID_PATTERN.test(commentId)) throw new HttpError(400, 'invalid comment id');
    const body = readJsonObject(req, options.maxBytes);
    const status = body.status;
    if (status !== 'open' && status !== 'resolved') {
      throw new HttpError(400, '"status" must be "open" or "resolved"');
    }
    const by = nameField(body, 'by');
    const comment = await change((file) => {
      const changed = setCommentStatus(file, commentId, status, by, new Date());
      const one = changed?.comments.find((c) => c.id === commentId);
      if (!changed || !one) throw new HttpError(404, `there is no comment "${commentId}"`);
      return { file: changed, comment: one };
    });
    return json(200, { comment });
  });
}

function damaged(name: string, problems: Problem[]): HttpError {
  const first = problems[0];
  const where = first && first.path !== '' ? `${first.path}: ` : '';
  return new HttpError(409, `${name}: ${where}${first?.message ?? 'invalid'}`, { problems });
}

/** The comments file's bytes, checked; an empty file when there are none. */
function readComments(bytes: Buffer | undefined, id: string): CommentsFile {
  if (bytes === undefined) return emptyComments(id);
  const name = `${id}.comments.json`;
  const parsed = parseJsonText(bytes.toString('utf8'), 'tree');
  if (!parsed.ok) throw damaged(name, parsed.problems);
  const file = commentsFile.safeParse(parsed.value);
  if (!file.success) {
    const issue = file.error.issues[0];
    throw damaged(name, [
      { path: (issue?.path ?? []).join('.'), message: issue?.message ?? 'invalid' },
    ]);
  }
  if (file.data.tree !== id) {
    throw damaged(name, [{ path: 'tree', message: `is "${file.data.tree}", expected "${id}"` }]);
  }
  return file.data;
}
