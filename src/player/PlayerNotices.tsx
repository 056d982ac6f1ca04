import { MAX_ANSWERS } from '../model/answerCap';
import type { Tree } from '../model/types';
import { stateHeading, type PlayerView } from './session';

interface Props {
  tree: Tree;
  view: PlayerView;
  /** What a changed answer cleared, if it cleared anything. */
  cleared?: { at: number; later: number } | undefined;
  /** How many answers "Change" set aside (the previous choice here included). */
  pending: number;
  onRestore: () => void;
}

/** What the clinician must know about this walk before answering: nothing changes silently. */
export function PlayerNotices({ tree, view, cleared, pending, onRestore }: Props) {
  return (
    <>
      {view.mismatch && (
        <p className="notice" role="status">
          The saved answers no longer fit this pathway (it may have changed since): the answer saved
          for step {view.mismatch.at + 1} is not offered there any more. You are at the last step
          that still fits; answer from here.
        </p>
      )}
      {view.capped !== undefined && (
        <p className="notice" role="status">
          This link holds {view.capped.toLocaleString('en')} answers; only the first{' '}
          {MAX_ANSWERS.toLocaleString('en')} were replayed.
        </p>
      )}
      {view.from && (
        <p className="notice" role="status">
          Testing from “{stateHeading(tree.states[view.from] ?? view.node)}”: this walk did not
          start at the beginning of the pathway.
        </p>
      )}
      {view.badFrom && (
        <p className="notice" role="status">
          There is no question “{view.badFrom}” in this pathway to start from, so the walk starts at
          the beginning.
        </p>
      )}
      {pending > 1 && (
        <p className="notice pending-note" role="status">
          Your previous answer is marked: choose it again to keep the {pending - 1} later{' '}
          {pending === 2 ? 'answer' : 'answers'}.
        </p>
      )}
      {cleared && cleared.later > 0 && (
        <p className="notice" role="status">
          You changed the answer at step {cleared.at + 1}, so the {cleared.later} later{' '}
          {cleared.later === 1 ? 'answer was' : 'answers were'} cleared.{' '}
          <button type="button" className="link-button" onClick={onRestore}>
            Restore the earlier answers
          </button>
        </p>
      )}
    </>
  );
}
