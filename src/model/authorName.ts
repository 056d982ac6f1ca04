/**
 * The name an author or approver gives for a version, checked the same way by the editor's
 * dialogs and the versions API. It becomes the git author of the commit (`Name <>`), so it must
 * be one plain line that git reads back as the whole name.
 */

export const MAX_AUTHOR_NAME = 100;

/*
 * Control characters (newlines included) would end the ident line or forge headers in the commit
 * object; line and paragraph separators and bidirectional overrides would make the History list
 * show a name other than the one recorded; `<` `>` delimit the email in `Name <email>`.
 */
const FORBIDDEN = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069<>]/u;
/* Git strips punctuation from the ends of a name and refuses one that is nothing else. */
const SOMETHING_TO_NAME = /[\p{L}\p{N}]/u;

export type AuthorNameCheck = { ok: true; name: string } | { ok: false; message: string };

/** The trimmed name, or why it cannot be recorded as a version's author. */
export function checkAuthorName(value: unknown): AuthorNameCheck {
  if (typeof value !== 'string' || value.trim() === '') {
    return { ok: false, message: 'give your name: it is recorded as the author of the version' };
  }
  const name = value.trim();
  if (name.length > MAX_AUTHOR_NAME) {
    return { ok: false, message: `a name is at most ${String(MAX_AUTHOR_NAME)} characters` };
  }
  if (FORBIDDEN.test(name)) {
    return {
      ok: false,
      message: 'a name is one line of plain text, without control characters, < or >',
    };
  }
  if (!SOMETHING_TO_NAME.test(name)) {
    return { ok: false, message: 'a name needs at least one letter or digit' };
  }
  return { ok: true, name };
}
