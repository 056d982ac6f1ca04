import { useCallback, useEffect, useRef, useState } from 'react';
import { beatIndex, type Beat } from '../model/presentation';

/** Keys a presentation clicker sends: forward and back. */
const FORWARD = new Set(['PageDown', ' ', 'ArrowRight', 'ArrowDown']);
const BACKWARD = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);

/** The clicker's direction for a key, if it is one of a clicker's keys. */
export function clickerDirection(event: KeyboardEvent): 'next' | 'back' | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const target = event.target;
  if (target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
    return undefined;
  // Space on a focused button presses it; a clicker sends PageDown.
  if (event.key === ' ' && target instanceof HTMLElement && target.closest('button, a'))
    return undefined;
  if (FORWARD.has(event.key)) return 'next';
  if (BACKWARD.has(event.key)) return 'back';
  return undefined;
}

export interface LessonNavigation {
  /** Index of the lesson beat on screen, -1 off the script or without one. */
  beat: number;
  next: () => void;
  back: () => void;
}

/**
 * Clicker navigation. With a lesson script, forward and back move one beat (question, the case's
 * answer, the next step); off the script or without one, they move along the path taken, replaying
 * answers undone with back. `go` navigates to a walk (answers and whether an answer is revealed).
 */
export function useLessonKeys(
  beats: readonly Beat[],
  answers: readonly string[],
  showAnswer: boolean,
  go: (answers: string[], showAnswer: boolean) => void,
  /** False in the speaker's window, whose keys are sent to the presenter instead. */
  enabled = true,
): LessonNavigation {
  const beat = beatIndex(beats, answers, showAnswer);
  // Answers undone with back, so forward can replay them; they count only while the walk is
  // still where back left it (a new answer forgets them).
  const [undone, setUndone] = useState({ at: '', list: [] as string[] });
  const ahead = undone.at === answers.join(',') ? undone.list : [];
  const latest = useRef({ beat, ahead, answers, showAnswer, go, beats });
  useEffect(() => {
    latest.current = { beat, ahead, answers, showAnswer, go, beats };
  });
  const next = useCallback(() => {
    const now = latest.current;
    const to = now.beat >= 0 ? now.beats[now.beat + 1] : undefined;
    if (to) now.go(to.answers, to.showAnswer);
    else if (now.beat < 0 && now.showAnswer) now.go([...now.answers], false);
    else if (now.beat < 0 && now.ahead.length > 0) {
      const replay = [...now.answers, now.ahead[0] ?? ''];
      setUndone({ at: replay.join(','), list: now.ahead.slice(1) });
      now.go(replay, false);
    }
  }, []);
  const back = useCallback(() => {
    const now = latest.current;
    const to = now.beat > 0 ? now.beats[now.beat - 1] : undefined;
    if (to) now.go(to.answers, to.showAnswer);
    else if (now.beat < 0 && now.answers.length > 0) {
      const previous = now.answers.slice(0, -1);
      setUndone({ at: previous.join(','), list: [now.answers.at(-1) ?? '', ...now.ahead] });
      now.go(previous, false);
    }
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const direction = clickerDirection(event);
      if (direction === undefined) return;
      event.preventDefault();
      if (direction === 'next') next();
      else back();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [enabled, next, back]);

  return { beat, next, back };
}
