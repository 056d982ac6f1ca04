/**
 * What an approval covers. Sign-off (POST /approve, a version of its own) is given to a tree's
 * content as it stood: every step, answer, dose, reference and tree field. Moving steps on the
 * canvas (`meta.ui`) is not content, and the sign-off fields are the approval itself. Any other
 * change returns the tree to draft, in the same edit, so a clinician is never shown "approved"
 * on text nobody approved; the save API refuses an "approved" tree whose content has changed.
 *
 * The sign-off fields (reviewers, approvedOn, reviewDue) stand only on an approved tree: a change
 * of status away from approved (retiring it, sending it back to review) drops them in the same
 * edit, and the save API refuses a tree of any other status that still carries them, so no
 * approval can stand on content that changed after it left "approved".
 */
import { current, original } from 'immer';
import type { DocRecipe } from './document';
import { serialiseTree } from './serialise';
import type { Tree, TreeMeta } from './types';

const SIGN_OFF_FIELDS = ['status', 'reviewers', 'approvedOn', 'reviewDue'] as const;

/** The tree as its approval covers it: canonical text without layout and sign-off fields. */
export function approvedContent(tree: Tree): string {
  const copy = structuredClone(tree);
  // Status is required, so reopening sets it to one value rather than removing it.
  reopenMeta(copy.meta);
  for (const node of Object.values(copy.states)) delete node.meta.ui;
  return serialiseTree(copy);
}

/** True when `after` still says approved but its content is not what `before` had approved. */
export function approvalOutdated(before: Tree, after: Tree): boolean {
  return (
    before.meta.status === 'approved' &&
    after.meta.status === 'approved' &&
    approvedContent(before) !== approvedContent(after)
  );
}

/** Returns an edited tree's meta to draft: the approval and its dates go (versions keep them). */
export function reopenMeta(meta: TreeMeta): void {
  meta.status = 'draft';
  dropSignOff(meta);
}

/** True when a tree that is not approved still carries sign-off fields. */
export function staleSignOff(meta: TreeMeta): boolean {
  return (
    meta.status !== 'approved' &&
    SIGN_OFF_FIELDS.some((f) => f !== 'status' && meta[f] !== undefined)
  );
}

/** Removes the sign-off fields that are there (only those: an immer draft records each delete). */
function dropSignOff(meta: TreeMeta): void {
  if (meta.reviewers !== undefined) delete meta.reviewers;
  if (meta.approvedOn !== undefined) delete meta.approvedOn;
  if (meta.reviewDue !== undefined) delete meta.reviewDue;
}

/**
 * `recipe`, and when it changes the content of an approved tree, the return to draft in the same
 * edit (one undo step takes both back). `reopened()` tells whether the last run did that.
 */
export function reopeningApproval(recipe: DocRecipe): {
  recipe: DocRecipe;
  reopened: () => boolean;
} {
  let reopened = false;
  return {
    recipe: (draft) => {
      reopened = false;
      // Only an approved tree pays for the comparison; `original` is the tree before the edit.
      const before = draft.tree.meta.status === 'approved' ? original(draft.tree) : undefined;
      recipe(draft);
      if (before && approvalOutdated(before, current(draft.tree))) {
        reopenMeta(draft.tree.meta);
        reopened = true;
      }
      // Retired, back in review, or a file that came in that way: the approval does not stay.
      if (staleSignOff(draft.tree.meta)) dropSignOff(draft.tree.meta);
    },
    reopened: () => reopened,
  };
}

/**
 * Why a save of `next` over `saved` (the file on disk, if readable) may not say "approved", or
 * `undefined` when it may: only sign-off approves, and it approves one content.
 */
export function approvalRefusal(saved: Tree | undefined, next: Tree): string | undefined {
  if (staleSignOff(next.meta)) {
    return `a tree that is ${next.meta.status} carries no approval: remove reviewers, approvedOn and reviewDue (the editor does this when the status changes)`;
  }
  if (next.meta.status !== 'approved') return undefined;
  if (saved?.meta.status !== 'approved') {
    return 'a tree becomes approved only through sign-off (History > Approve), not by saving it; save it as a draft or in review';
  }
  if (approvedContent(saved) !== approvedContent(next)) {
    return 'this tree is approved and its content has changed: save it as a draft (the editor does this when you edit it), then approve it again';
  }
  const signOff = (tree: Tree) => JSON.stringify(SIGN_OFF_FIELDS.map((f) => tree.meta[f] ?? null));
  if (signOff(saved) !== signOff(next)) {
    return 'the reviewers and dates of an approval change only through sign-off (History > Approve)';
  }
  return undefined;
}

/** Said once when an edit reopens an approved tree. */
export const REOPENED_MESSAGE =
  'This pathway was approved; the edit returned it to draft, because the approval covered the text as it was. Approve it again from History once it has been reviewed.';
