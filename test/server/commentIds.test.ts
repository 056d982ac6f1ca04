/** Comment ids (issue 21, finding 4): random and time-ordered, old numeric ids still read. */
import { describe, expect, it } from 'vitest';
import {
  addComment,
  COMMENT_ID_PATTERN,
  commentsFile,
  emptyComments,
  newCommentId,
  setCommentStatus,
} from '../../src/model/comments';

const bytes = (fill: number) => new Uint8Array(10).fill(fill);
const at = (iso: string) => new Date(iso);

describe('newCommentId', () => {
  it('writes the time, then 80 random bits, in lower-case Crockford base 32', () => {
    expect(newCommentId(at('1970-01-01T00:00:00Z'), bytes(0))).toBe(`c${'0'.repeat(26)}`);
    expect(newCommentId(at('1970-01-01T00:00:00.031Z'), bytes(255))).toBe(
      `c${'0'.repeat(9)}z${'z'.repeat(16)}`,
    );
    const random = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // 0x0102030405060708090a in five-bit digits.
    expect(newCommentId(at('2026-12-07T19:00:00Z'), random).slice(11)).toBe('041061050r3gg28a');
    expect(() => newCommentId(new Date(), new Uint8Array(9))).toThrow(/10 random bytes/);
  });

  it('sorts in the order the ids were made, and differs with the randomness', () => {
    const earlier = newCommentId(at('2026-12-07T19:00:00.000Z'), bytes(255));
    const later = newCommentId(at('2026-12-07T19:00:00.001Z'), bytes(0));
    expect(earlier < later).toBe(true);
    expect(newCommentId(at('2026-12-07T19:00:00Z'), bytes(1))).not.toBe(
      newCommentId(at('2026-12-07T19:00:00Z'), bytes(2)),
    );
    for (const id of [earlier, later, 'c12']) expect(COMMENT_ID_PATTERN.test(id)).toBe(true);
    for (const id of [
      'c',
      'C12',
      `c${'a'.repeat(25)}`,
      `c${'i'.repeat(26)}`,
      `c${'a'.repeat(27)}`,
    ]) {
      expect(COMMENT_ID_PATTERN.test(id), id).toBe(false);
    }
  });
});

describe('comments with random ids', () => {
  const entry = { step: 's1', author: ' R ', text: ' T ' };
  const now = at('2026-12-07T19:00:00Z');

  it('keeps old numeric ids readable beside new ones', () => {
    const old = {
      tree: 'x',
      comments: [
        {
          id: 'c3',
          step: 's1',
          author: 'R',
          date: '2026-01-01T00:00:00Z',
          text: 'Old',
          status: 'open',
        },
      ],
    };
    const file = commentsFile.parse(old);
    const added = addComment(file, entry, now, newCommentId(now, bytes(7)));
    expect(commentsFile.parse(added.file).comments.map((c) => c.id)).toEqual([
      'c3',
      added.comment.id,
    ]);
    expect(added.comment).toMatchObject({ author: 'R', text: 'T', status: 'open' });
  });

  it('refuses an id already taken, and resolves only the comment named', () => {
    const first = addComment(emptyComments('x'), entry, now, newCommentId(now, bytes(1)));
    expect(() => addComment(first.file, entry, now, first.comment.id)).toThrow(/taken/);
    const second = addComment(first.file, entry, now, newCommentId(now, bytes(2)));
    const resolved = setCommentStatus(second.file, second.comment.id, 'resolved', 'R', now);
    expect(resolved?.comments.map((c) => c.status)).toEqual(['open', 'resolved']);
    expect(setCommentStatus(second.file, 'c999', 'resolved', 'R', now)).toBeUndefined();
  });
});
