/**
 * The editor's save lifecycle as an XState v5 machine, free of React and of the network: the
 * editor drives it through `@xstate/react`, the tests drive the same machine directly.
 *
 *   editing ──SAVE──▶ saving ──▶ saved | conflict | offline | failed
 *   (every state but saving takes SAVE again; conflict also takes OVERWRITE; DISMISS goes back
 *   to editing; EDIT after a save goes back to editing)
 *
 * A save takes a snapshot of the document when it starts and sends exactly that; on success
 * only that snapshot is marked saved, so an edit typed while the request is in flight stays
 * unsaved and in the draft.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { TreeDocument } from '../model/document';
import type { SaveResult } from '../io/treesApi';
import type { Problem } from '../model/types';

/** What a save attempt answered: the save client's own result type. */
export type SaveAnswer = SaveResult;

/** The document as it was sent, and the etag it was sent against. */
export interface SentVersion {
  doc: TreeDocument;
  etag: string | undefined;
}

/** What the machine needs from the editor; the editor passes its store-backed one. */
export interface SaveTarget {
  /** The document to send now, and the etag it was loaded or last saved with. */
  snapshot(): SentVersion;
  send(version: SentVersion): Promise<SaveAnswer>;
  /** Marks `sent` as the saved version (not whatever is current), with the new etag. */
  markSaved(sent: SentVersion, etag: string): void;
  /** Writes the current work to this tab's draft now; false when the browser refused. */
  keepDraft(): boolean;
}

/** What the editor shows about the last save. */
export type SaveNotice =
  | { kind: 'none' }
  | { kind: 'saved' }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'conflict'; currentEtag: string | undefined }
  | { kind: 'offline'; message: string }
  | { kind: 'unavailable' }
  | { kind: 'error'; message: string };

export interface SaveContext {
  target: SaveTarget;
  notice: SaveNotice;
  /** Whether the work was written to a draft when the save did not go through. */
  draftKept: boolean;
  /** An etag to overwrite with (after a conflict), for the next save only. */
  overwriteEtag: string | undefined;
}

export type SaveEvent =
  { type: 'SAVE' } | { type: 'OVERWRITE'; etag: string } | { type: 'EDIT' } | { type: 'DISMISS' };

interface Attempt {
  sent: SentVersion;
  answer: SaveAnswer;
}

function noticeOf(answer: SaveAnswer): SaveNotice {
  if (answer.ok) return { kind: 'saved' };
  switch (answer.kind) {
    case 'invalid':
      return { kind: 'invalid', problems: answer.problems };
    case 'conflict':
      return { kind: 'conflict', currentEtag: answer.currentEtag };
    case 'exists':
      return { kind: 'conflict', currentEtag: undefined };
    case 'unreachable':
      return { kind: 'offline', message: answer.message };
    case 'unavailable':
      return { kind: 'unavailable' };
    default:
      return { kind: 'error', message: answer.message };
  }
}

const attemptSave = fromPromise<Attempt, { target: SaveTarget; overwriteEtag: string | undefined }>(
  async ({ input }) => {
    const taken = input.target.snapshot();
    const sent =
      input.overwriteEtag === undefined ? taken : { ...taken, etag: input.overwriteEtag };
    return { sent, answer: await input.target.send(sent) };
  },
);

const answerIs =
  (...kinds: SaveNotice['kind'][]) =>
  ({ event }: { event: unknown }): boolean => {
    const output = (event as { output?: Attempt }).output;
    return output !== undefined && kinds.includes(noticeOf(output.answer).kind);
  };

export const saveMachine = setup({
  types: {
    context: {} as SaveContext,
    events: {} as SaveEvent,
    input: {} as { target: SaveTarget },
  },
  actors: { attemptSave },
  actions: {
    keepDraft: assign({ draftKept: ({ context }) => context.target.keepDraft() }),
    dismiss: assign({ notice: { kind: 'none' } as SaveNotice, overwriteEtag: undefined }),
  },
}).createMachine({
  id: 'save',
  initial: 'editing',
  context: ({ input }) => ({
    target: input.target,
    notice: { kind: 'none' },
    draftKept: false,
    overwriteEtag: undefined,
  }),
  states: {
    editing: {
      on: { SAVE: 'saving' },
    },
    saving: {
      invoke: {
        src: 'attemptSave',
        input: ({ context }) => ({ target: context.target, overwriteEtag: context.overwriteEtag }),
        onDone: [
          {
            guard: ({ event }) => event.output.answer.ok,
            target: 'saved',
            actions: [
              ({ context, event }) => {
                const { sent, answer } = event.output;
                if (answer.ok) context.target.markSaved(sent, answer.etag);
              },
              assign({ notice: { kind: 'saved' } as SaveNotice, overwriteEtag: undefined }),
            ],
          },
          {
            guard: answerIs('conflict'),
            target: 'conflict',
            actions: [
              assign({ notice: ({ event }) => noticeOf(event.output.answer) }),
              'keepDraft',
            ],
          },
          {
            guard: answerIs('offline'),
            target: 'offline',
            actions: [
              assign({ notice: ({ event }) => noticeOf(event.output.answer) }),
              'keepDraft',
            ],
          },
          {
            target: 'failed',
            actions: [
              assign({ notice: ({ event }) => noticeOf(event.output.answer) }),
              'keepDraft',
            ],
          },
        ],
        onError: {
          target: 'failed',
          actions: [
            assign({
              notice: ({ event }) => ({
                kind: 'error' as const,
                message: event.error instanceof Error ? event.error.message : String(event.error),
              }),
            }),
            'keepDraft',
          ],
        },
      },
      exit: assign({ overwriteEtag: undefined }),
    },
    saved: {
      on: { SAVE: 'saving', EDIT: 'editing', DISMISS: { target: 'editing', actions: 'dismiss' } },
    },
    conflict: {
      on: {
        SAVE: 'saving',
        OVERWRITE: {
          target: 'saving',
          actions: assign({ overwriteEtag: ({ event }) => event.etag }),
        },
        DISMISS: { target: 'editing', actions: 'dismiss' },
      },
    },
    offline: {
      on: { SAVE: 'saving', DISMISS: { target: 'editing', actions: 'dismiss' } },
    },
    failed: {
      on: { SAVE: 'saving', DISMISS: { target: 'editing', actions: 'dismiss' } },
    },
  },
});
