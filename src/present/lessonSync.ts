/**
 * Keeps the speaker's window in step with the presenter's: both open a BroadcastChannel named
 * after the tree; the presenter announces each beat, the speaker's window asks for the current one
 * when it opens and may send Next or Back.
 */

export interface LessonState {
  answers: string[];
  showAnswer: boolean;
  scenario?: string | undefined;
  reveal: boolean;
}

export type LessonMessage =
  | { type: 'state'; state: LessonState }
  | { type: 'hello' }
  | { type: 'command'; command: 'next' | 'back' };

/** The channel for one tree, or undefined where the browser has no BroadcastChannel. */
export function lessonChannel(treeId: string): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  return new BroadcastChannel(`stepwise-present:${treeId}`);
}

/** Reads a message, ignoring anything that is not one of ours. */
export function readMessage(data: unknown): LessonMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as { type?: unknown; command?: unknown; state?: { answers?: unknown } };
  if (message.type === 'hello') return { type: 'hello' };
  if (message.type === 'command' && (message.command === 'next' || message.command === 'back'))
    return { type: 'command', command: message.command };
  if (message.type === 'state' && Array.isArray(message.state?.answers))
    return data as LessonMessage;
  return undefined;
}
