/**
 * The draft keeper (issue 21, finding 7): a waiting draft write is written by `flush` (what
 * leaving the editor calls), never dropped; a clean document removes the draft instead.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftKeeper, type DraftTarget } from '../../src/editor/draftKeeper';

function target(dirty: boolean, kept = true) {
  const calls: string[] = [];
  const t: DraftTarget = {
    dirty: () => dirty,
    keep: () => {
      calls.push('keep');
      return kept;
    },
    clear: () => calls.push('clear'),
    refused: () => calls.push('refused'),
  };
  return { t, calls };
}

describe('draftKeeper', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes once after the typing pauses', () => {
    const { t, calls } = target(true);
    const keeper = draftKeeper(t, 250);
    keeper.changed();
    vi.advanceTimersByTime(200);
    keeper.changed();
    vi.advanceTimersByTime(200);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(calls).toEqual(['keep']);
  });

  it('flush writes a waiting draft at once, and only once', () => {
    const { t, calls } = target(true);
    const keeper = draftKeeper(t, 250);
    keeper.changed();
    keeper.flush();
    expect(calls).toEqual(['keep']);
    vi.advanceTimersByTime(1_000);
    keeper.flush();
    expect(calls).toEqual(['keep']);
  });

  it('flush with nothing waiting writes nothing', () => {
    const { t, calls } = target(true);
    draftKeeper(t, 250).flush();
    expect(calls).toEqual([]);
  });

  it('a document back to the saved file removes the draft', () => {
    const { t, calls } = target(false);
    const keeper = draftKeeper(t, 250);
    keeper.changed();
    keeper.flush();
    expect(calls).toEqual(['clear']);
  });

  it('a refused write is reported', () => {
    const { t, calls } = target(true, false);
    const keeper = draftKeeper(t, 250);
    keeper.changed();
    keeper.flush();
    expect(calls).toEqual(['keep', 'refused']);
  });
});
