/**
 * The "?" list: every shortcut of the editor's actions registry (its `aria-keyshortcuts` text,
 * shown for this platform), then what the mouse and the canvas do. Read from the registry, so
 * the list cannot drift from what the keys do.
 */
import { EDITOR_ACTIONS } from './editorActions';

export interface Shortcut {
  keys: readonly string[];
  does: string;
}

/** What the canvas itself does (React Flow's keys and the pointer), beside the registry's keys. */
const CANVAS: readonly Shortcut[] = [
  { keys: ['Delete', 'Backspace'], does: 'Delete the selection (one undo brings it back)' },
  { keys: ['Shift+click', 'Ctrl+click'], does: 'Add a step to the selection, or take it out' },
  { keys: ['Shift+drag'], does: 'Select the steps inside a box' },
  { keys: ['↑', '↓', 'Enter'], does: 'In the search results: move, and go to the step' },
];

/** True on Apple platforms, where the command key plays Ctrl's part. */
export function isMac(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

/** One `aria-keyshortcuts` chord as people read it: `Control+Shift+Z` is "Ctrl+Shift+Z" or "⌘⇧Z". */
export function readable(chord: string, mac: boolean): string {
  return mac
    ? chord.replace('Meta+', '⌘').replace('Shift+', '⇧')
    : chord.replace('Control', 'Ctrl');
}

/** The shortcuts for this platform: Meta chords on a Mac, Control chords elsewhere. */
export function shortcutList(mac: boolean): Shortcut[] {
  const fromRegistry = EDITOR_ACTIONS.flatMap((action) => {
    if (!action.shortcut) return [];
    const chords = action.shortcut.aria
      .split(' ')
      .filter((chord) => !chord.startsWith(mac ? 'Control+' : 'Meta+'));
    return [{ keys: chords.map((chord) => readable(chord, mac)), does: action.label }];
  });
  return [...fromRegistry, ...CANVAS];
}
