/**
 * The editor's keyboard shortcuts, as people read them: what the "?" list shows. `mod` is Ctrl,
 * or Cmd on a Mac. The handlers live with the editor's actions; this is their description.
 */
export interface Shortcut {
  keys: readonly string[];
  does: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['mod+Z'], does: 'Undo' },
  { keys: ['mod+Shift+Z', 'mod+Y'], does: 'Redo' },
  { keys: ['mod+C'], does: 'Copy the selected steps' },
  { keys: ['mod+X'], does: 'Cut the selected steps' },
  { keys: ['mod+V'], does: 'Paste steps (answers between them come along)' },
  { keys: ['mod+D'], does: 'Duplicate the selected steps' },
  { keys: ['mod+A'], does: 'Select every step' },
  { keys: ['Delete', 'Backspace'], does: 'Delete the selection (one undo brings it back)' },
  { keys: ['Shift+click', 'mod+click'], does: 'Add a step to the selection, or take it out' },
  { keys: ['Shift+drag'], does: 'Select the steps inside a box' },
  { keys: ['mod+F', '/'], does: 'Find a step' },
  { keys: ['↑', '↓', 'Enter'], does: 'In the search results: move, and go to the step' },
  { keys: ['Escape'], does: 'Close a list or dialog; clear the selection' },
  { keys: ['?'], does: 'Show this list' },
];

/** A key chord for the platform: `mod` reads Cmd on a Mac and Ctrl elsewhere. */
export function forPlatform(keys: string, mac: boolean): string {
  return keys.replace('mod', mac ? '⌘' : 'Ctrl');
}

/** True on Apple platforms, where the command key plays Ctrl's part. */
export function isMac(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}
