/**
 * The editor's state outside React: the document history, the selection, automatic positions and
 * the save status. Components subscribe with `useEditorStore`; every change goes through here.
 */
import { REOPENED_MESSAGE, reopeningApproval } from '../model/approval';
import type { DocRecipe, TreeDocument } from '../model/document';
import { toScenarioFile } from '../model/document';
import { EditError } from '../model/edits';
import { edit, redo, startHistory, undo, type History } from '../model/history';
import { NOTHING_SELECTED, pruneSelection, type MultiSelection } from '../model/selection';
import { serialiseScenarios, serialiseTree } from '../model/serialise';
import type { Problem } from '../model/types';
import { documentProblems } from './documentProblems';

export type Selection =
  { kind: 'state'; id: string } | { kind: 'answer'; state: string; event: string } | null;

export interface SaveInfo {
  /** ETag of the file version the document was loaded from or last saved as. */
  etag?: string | undefined;
  /** Canonical text of the last loaded or saved document: the document is dirty when it differs. */
  savedText: string;
}

export interface EditorState {
  history: History;
  /** What the inspector shows: the one selected step or answer, or null for none or several. */
  selection: Selection;
  /** Everything selected on the canvas (Shift/Ctrl-click, box, select all): one item or many. */
  picked: MultiSelection;
  autoPositions: Record<string, { x: number; y: number }>;
  direction: 'TB' | 'LR';
  save: SaveInfo;
  /** The last edit that was refused, in plain words. */
  message: string;
}

export function documentText(doc: TreeDocument): string {
  return serialiseTree(doc.tree) + serialiseScenarios(toScenarioFile(doc));
}

/**
 * From this many states on, the editor spares each keystroke the work that grows with the tree:
 * live validation waits for a pause (`useProblems`), the canvas mounts only what is in view, and
 * "unsaved changes" is not re-serialised on every edit (`dirty`).
 */
export const LARGE_TREE = 300;

export function isLarge(doc: TreeDocument): boolean {
  return Object.keys(doc.tree.states).length >= LARGE_TREE;
}

/**
 * Deep equality, key order included, that stops at shared objects: an edit copies only the path
 * to what it changes (immer), so comparing two versions costs little. Equal here means the same
 * canonical text.
 */
function sameContent(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key, i) =>
      key === keysB[i] &&
      sameContent((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

function pickedFor(selection: Selection): MultiSelection {
  if (selection === null) return NOTHING_SELECTED;
  return selection.kind === 'state'
    ? { states: [selection.id], answers: [] }
    : { states: [], answers: [{ state: selection.state, event: selection.event }] };
}

function selectionFor(picked: MultiSelection): Pick<EditorState, 'picked' | 'selection'> {
  const [state] = picked.states;
  const [answer] = picked.answers;
  const count = picked.states.length + picked.answers.length;
  const selection: Selection =
    count !== 1
      ? null
      : state !== undefined
        ? { kind: 'state', id: state }
        : answer
          ? { kind: 'answer', state: answer.state, event: answer.event }
          : null;
  return { picked, selection };
}

export class EditorStore {
  private state: EditorState;
  private listeners = new Set<() => void>();
  private validated: { doc: TreeDocument; problems: Problem[] } | undefined;
  private dirtyCache: { doc: TreeDocument; savedText: string; dirty: boolean } | undefined;
  /** A version known to serialise to `savedText`. */
  private clean: { doc: TreeDocument; savedText: string } | undefined;
  /** The saved text some version was compared with byte for byte. */
  private comparedWith: string | undefined;

  constructor(doc: TreeDocument, save: SaveInfo) {
    this.state = {
      history: startHistory(doc),
      selection: null,
      picked: NOTHING_SELECTED,
      autoPositions: {},
      direction: 'TB',
      save,
      message: '',
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): EditorState => this.state;

  get doc(): TreeDocument {
    return this.state.history.doc;
  }

  private set(patch: Partial<EditorState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /**
   * Applies an edit; a refused edit leaves the document as it was and sets `message`. An edit to
   * an approved tree's content also returns it to draft (`model/approval.ts`) and says so.
   */
  apply = (recipe: DocRecipe, label: string, coalesce?: string): boolean => {
    try {
      const guarded = reopeningApproval(recipe);
      const history = edit(this.state.history, guarded.recipe, label, coalesce);
      // The return to draft stays said while the author goes on typing; other messages clear.
      const keep = guarded.reopened() || this.state.message === REOPENED_MESSAGE;
      this.set({ history, message: keep ? REOPENED_MESSAGE : '' });
      return true;
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      this.set({ message: error.message });
      return false;
    }
  };

  undo = (): void => {
    this.afterHistory(undo(this.state.history));
  };

  redo = (): void => {
    this.afterHistory(redo(this.state.history));
  };

  /** An undo or redo can bring steps back or take them away: the selection keeps what exists. */
  private afterHistory(history: History): void {
    const picked = pruneSelection(history.doc.tree, this.state.picked);
    this.set({ history, message: '', ...selectionFor(picked) });
  }

  /** Selects one step or answer (or nothing): the canvas selection follows. */
  select = (selection: Selection): void => {
    this.set({ selection, picked: pickedFor(selection) });
  };

  /** Selects several steps and answers; the inspector shows one only when one is selected. */
  pick = (picked: MultiSelection): void => {
    this.set(selectionFor(picked));
  };

  setAutoPositions = (autoPositions: Record<string, { x: number; y: number }>): void => {
    this.set({ autoPositions });
  };

  setDirection = (direction: 'TB' | 'LR'): void => {
    this.set({ direction });
  };

  setMessage = (message: string): void => {
    this.set({ message });
  };

  /** Replaces the whole document (restoring a draft, reloading from disk) and forgets history. */
  replace = (doc: TreeDocument, save?: SaveInfo): void => {
    this.set({
      history: startHistory(doc),
      selection: null,
      picked: NOTHING_SELECTED,
      save: save ?? this.state.save,
      message: '',
    });
  };

  /**
   * Marks `sent` (the version a save sent; by default the current one) as saved with `etag`.
   * Edits made after `sent` was taken stay unsaved.
   */
  markSaved = (etag: string | undefined, sent: TreeDocument = this.doc): void => {
    const savedText = documentText(sent);
    this.clean = { doc: sent, savedText };
    this.set({ save: { etag, savedText } });
  };

  /** Live validation, cached per document version. */
  problems = (): Problem[] => {
    const doc = this.doc;
    if (this.validated?.doc !== doc) this.validated = { doc, problems: documentProblems(doc) };
    return this.validated.problems;
  };

  /** True when the document's canonical text differs from the saved text. */
  dirty = (): boolean => {
    const doc = this.doc;
    const savedText = this.state.save.savedText;
    if (this.clean?.savedText === savedText && sameContent(doc, this.clean.doc)) return false;
    if (this.dirtyCache?.doc === doc && this.dirtyCache.savedText === savedText)
      return this.dirtyCache.dirty;
    // Serialising a large tree takes longer than a keystroke may. Once one version was compared
    // byte for byte, a version of a large tree that differs from the clean one counts as changed
    // (it can only be wrong the other way round: keys reordered but the bytes the same).
    const dirty =
      this.comparedWith === savedText && isLarge(doc) ? true : documentText(doc) !== savedText;
    this.comparedWith = savedText;
    if (!dirty) this.clean = { doc, savedText };
    this.dirtyCache = { doc, savedText, dirty };
    return dirty;
  };
}
