/**
 * "Your name" in the editor, remembered in this browser: one key for the Comments panel and the
 * History dialogs, so a reviewer types it once.
 */
const NAME_KEY = 'stepwise.reviewer';

export function rememberedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return ''; // storage blocked: the name is asked for
  }
}

export function rememberName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name.trim());
  } catch {
    // Private windows may refuse; the name is asked again next time.
  }
}
