/**
 * The answer log a walk keeps in its URL, with the pending tail that "Change" sets aside.
 *
 * `answers` is where the walk stands. `then` holds the answers that came after it before the
 * clinician went back to change one: its first entry is the previous choice at the step on screen,
 * so the player can mark it, and choosing it again puts the whole tail back (as far as it still
 * fits). Choosing something else ends the tail, and `was` keeps the log as it stood so the screen
 * can say what was cleared and offer it back. Nothing is dropped without the clinician seeing it.
 * Framework-free, so it is tested directly.
 */
export interface AnswerLog {
  answers: string[];
  /** Answers set aside by Change, starting with the previous choice at the current step. */
  then: string[];
  /** The full log before a changed answer cleared its tail; shown as a notice with an undo. */
  was?: string[];
}

/** Reopens the step at `index`: the answers from there on wait in `then`. */
export function changeAt(log: AnswerLog, index: number): AnswerLog {
  const at = Math.max(0, Math.min(index, log.answers.length));
  return {
    answers: log.answers.slice(0, at),
    then: [...log.answers.slice(at), ...log.then],
  };
}

/** One step back: the same as changing the last answer. */
export function backOne(log: AnswerLog): AnswerLog {
  return changeAt(log, log.answers.length - 1);
}

/**
 * Answers the step on screen. The previous choice again restores the tail, keeping what `fits`
 * accepts (the prefix of a log that still fits the tree); a different choice clears the tail and
 * records the old log in `was`.
 */
export function chooseAnswer(
  log: AnswerLog,
  event: string,
  fits: (answers: readonly string[]) => string[],
): AnswerLog {
  const [previous, ...later] = log.then;
  if (previous === event) {
    const full = [...log.answers, event, ...later];
    const kept = fits(full);
    return kept.length < full.length
      ? { answers: kept, then: [], was: full }
      : { answers: kept, then: [] };
  }
  const answers = [...log.answers, event];
  return log.then.length > 0
    ? { answers, then: [], was: [...log.answers, ...log.then] }
    : { answers, then: [] };
}

/** What a changed answer cleared: where the logs part and how many later answers were dropped. */
export function clearedTail(
  answers: readonly string[],
  was: readonly string[],
): { at: number; later: number } | undefined {
  let at = 0;
  while (at < answers.length && at < was.length && answers[at] === was[at]) at++;
  if (at >= was.length) return undefined;
  // The answer at `at` was replaced (or could not be replayed); the ones after it are the loss.
  return { at, later: was.length - at - (at < answers.length ? 1 : 0) };
}
