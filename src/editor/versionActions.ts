/** Opening and restoring versions from History, and the diff's marks on the canvas. */
import { changedStepKeys, diffTrees, type TreeDiff } from '../model/diff';
import type { TreeDocument } from '../model/document';
import { validateTreeText } from '../model/validateText';
import type { VersionText } from '../io/versionsApi';
import type { EditorStore } from './editorStore';
import type { ReviewStore } from './reviewStore';

/** A version's files as an editor document, or the problems that keep it from being one. */
export function versionDocument(
  treeId: string,
  version: VersionText,
): { doc?: TreeDocument; problem?: string } {
  const result = validateTreeText(treeId, version.text, version.scenariosText);
  if (!result.tree) {
    const p = result.problems[0];
    return { problem: `${p?.path ? `${p.path}: ` : ''}${p?.message ?? 'unreadable'}` };
  }
  return { doc: { tree: result.tree, scenarios: result.scenarios?.scenarios ?? [] } };
}

/** Restores a version as one new, undoable edit (the draft before it is one Undo away). */
export function restoreVersion(
  store: EditorStore,
  review: ReviewStore,
  version: { label: string; doc: TreeDocument },
): void {
  const restored = structuredClone(version.doc);
  store.apply((draft) => {
    draft.tree = restored.tree;
    draft.scenarios = restored.scenarios;
  }, `Restore version ${version.label}`);
  review.closeVersion();
  store.setMessage(`Restored version ${version.label}: Undo brings the draft back.`);
}

/** The diff of two documents; marks its changed steps on the canvas. */
export function showDiff(review: ReviewStore, from: TreeDocument, to: TreeDocument): TreeDiff {
  const side = (doc: TreeDocument) => ({
    tree: doc.tree,
    scenarios: { tree: doc.tree.id, scenarios: doc.scenarios },
  });
  const diff = diffTrees(side(from), side(to));
  review.set({ changed: changedStepKeys(diff) });
  return diff;
}
