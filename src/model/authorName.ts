/**
 * The one check for every name a person gives or a file records: version authors and approvers
 * (the editor's dialogs and the versions API), reviewers (the approve request and a tree's
 * `meta.reviewers`), commenters and whoever resolves a comment. A name can become a git author
 * (`Name <>`), a line of a commit message and a line the player shows, so it must be one plain
 * line that reads as what it is. Commit messages and other free text get `messageProblem`.
 */

export const MAX_AUTHOR_NAME = 100;

/*
 * Control characters (`\p{Cc}`: newlines, NUL, U+001E/1F…) would end the ident line or forge
 * lines in a commit message. Format characters (`\p{Cf}`) are invisible: bidirectional marks,
 * embeddings, overrides and isolates (U+200E/F, U+061C, U+202A-202E, U+2066-2069) make a name
 * show as another; zero-width characters (U+200B-200D, U+2060, U+FEFF) make two names that look
 * alike differ. Line and paragraph separators (`\p{Zl}`, `\p{Zp}`) break the line; lone
 * surrogates (`\p{Cs}`) are not text. `<` `>` delimit the email in `Name <email>`.
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}<>]/u;
/* Git strips punctuation from the ends of a name and refuses one that is nothing else. */
const SOMETHING_TO_NAME = /[\p{L}\p{N}]/u;

export type AuthorNameCheck = { ok: true; name: string } | { ok: false; message: string };

const FORBIDDEN_MESSAGE =
  'a name is one line of plain text, without control, invisible or direction-changing characters, < or >';

/** Why `name` (already trimmed, not empty) cannot be recorded, or `undefined` when it can. */
export function nameProblem(name: string): string | undefined {
  if (name.length > MAX_AUTHOR_NAME) {
    return `a name is at most ${String(MAX_AUTHOR_NAME)} characters`;
  }
  if (FORBIDDEN.test(name)) return FORBIDDEN_MESSAGE;
  if (!SOMETHING_TO_NAME.test(name)) return 'a name needs at least one letter or digit';
  return undefined;
}

/** The trimmed name, or why it cannot be recorded as a version's author (or any other name). */
export function checkAuthorName(value: unknown): AuthorNameCheck {
  if (typeof value !== 'string' || value.trim() === '') {
    return { ok: false, message: 'give your name: it is recorded as the author of the version' };
  }
  const name = value.trim();
  const problem = nameProblem(name);
  return problem === undefined ? { ok: true, name } : { ok: false, message: problem };
}

/*
 * Free text that may hold several lines (a commit message, a comment): tabs and line feeds are
 * text; every other control character (NUL, U+0001, U+001E/1F, carriage return, escape…) and a
 * lone surrogate is not, and git or a terminal would act on it.
 */
const NOT_MESSAGE_TEXT = /(?![\t\n])[\p{Cc}\p{Cs}]/u;

/** Why `text` cannot be a commit message or comment, or `undefined` when it can. */
export function messageProblem(text: string): string | undefined {
  const found = NOT_MESSAGE_TEXT.exec(text);
  if (!found) return undefined;
  return `holds the control character ${codePoint(found[0])}; use plain text (line breaks and tabs are fine)`;
}

/** A character as `U+0001`, for messages about characters nobody can see. */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
