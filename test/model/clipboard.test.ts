import { describe, expect, it } from 'vitest';
import { applyPaste, copySteps, isEmptyClipboard, planPaste } from '../../src/model/clipboard';
import { applyEdit } from '../../src/model/edits';
import { exampleTree } from '../helpers';

describe('copy and paste of steps', () => {
  it('keeps answers between copied steps and drops answers to steps left behind', () => {
    const tree = exampleTree();
    const clip = copySteps(tree, ['basics_checked', 'red_flags'], {
      basics_checked: { x: 10, y: 20 },
      red_flags: { x: 10, y: 220 },
    });
    expect(Object.keys(clip.states)).toEqual(['basics_checked', 'red_flags']);
    // YES led to red_flags (copied): kept. NO led to optimise_first_line (not copied): dropped.
    expect(clip.states.basics_checked?.on).toEqual({
      YES: { target: 'red_flags', description: expect.any(String) as string },
    });
    expect(clip.states.red_flags?.on).toEqual({});
    expect(clip.states.basics_checked?.meta.ui).toEqual({ x: 10, y: 20 });
    // The tree itself is not touched by a copy.
    expect(Object.keys(tree.states.basics_checked?.on ?? {})).toEqual(['YES', 'NO']);
  });

  it('pastes under unused keys, answers following the new keys, moved by the offset', () => {
    const tree = exampleTree();
    const clip = copySteps(tree, ['basics_checked', 'red_flags'], {
      basics_checked: { x: 0, y: 0 },
      red_flags: { x: 0, y: 200 },
    });
    const paste = planPaste(tree, clip, { x: 40, y: 40 });
    expect(paste.keys).toEqual({ basics_checked: 'basics_checked_2', red_flags: 'red_flags_2' });
    const after = applyEdit(tree, applyPaste(paste));
    expect(after.states.basics_checked_2?.on?.YES?.target).toBe('red_flags_2');
    expect(after.states.basics_checked_2?.meta.ui).toEqual({ x: 40, y: 40 });
    expect(after.states.red_flags_2?.meta.ui).toEqual({ x: 40, y: 240 });
    expect(after.initial).toBe('basics_checked');
    // Pasting the same clipboard again finds the next free keys.
    const again = planPaste(after, clip);
    expect(again.keys).toEqual({ basics_checked: 'basics_checked_3', red_flags: 'red_flags_3' });
  });

  it('makes keys unique among the pasted steps themselves', () => {
    const tree = exampleTree();
    const clip = copySteps(tree, ['red_flags']);
    const first = applyEdit(tree, applyPaste(planPaste(tree, clip)));
    const both = copySteps(first, ['red_flags', 'red_flags_2']);
    const paste = planPaste(first, both);
    expect(new Set(Object.values(paste.keys)).size).toBe(2);
    for (const key of Object.values(paste.keys)) expect(first.states[key]).toBeUndefined();
  });

  it('copies nothing for unknown keys', () => {
    expect(isEmptyClipboard(copySteps(exampleTree(), ['no_such_step']))).toBe(true);
  });
});
