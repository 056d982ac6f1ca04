/**
 * Any sequence of edit operations on a random valid tree, followed by as many undos, gives back
 * the original document (tree and scenarios, down to the order of states and answers); as many
 * redos give back the edited one. Operations that the model refuses (EditError) are skipped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addScenario,
  onTree,
  removeScenario,
  renameStateInDocument,
  updateScenario,
  type DocRecipe,
  type TreeDocument,
} from '../../src/model/document';
import {
  addState,
  blankState,
  connect,
  disconnect,
  EditError,
  relabel,
  removeState,
  renameState,
  reorderAnswer,
  retarget,
  setInitial,
  setPosition,
  setTag,
  updateStateMeta,
  updateTreeMeta,
} from '../../src/model/edits';
import { edit, redo, startHistory, undo, type History } from '../../src/model/history';
import { serialiseTree } from '../../src/model/serialise';
import { eventId, scenariosFor, stateKey, text, validTree } from './arbitraries';
import { HEAVY_TEST } from '../budget';

/** An operation with its state and answer picked by number, resolved against the tree it meets. */
const pick = fc.nat(50);
const op = fc.oneof(
  fc.record({
    op: fc.constant('addState' as const),
    key: stateKey,
    kind: fc.constantFrom('question' as const, 'info' as const, 'recommendation' as const),
  }),
  fc.record({ op: fc.constant('removeState' as const), at: pick }),
  fc.record({ op: fc.constant('renameState' as const), at: pick, to: stateKey }),
  fc.record({ op: fc.constant('renameInDocument' as const), at: pick, to: stateKey }),
  fc.record({ op: fc.constant('setInitial' as const), at: pick }),
  fc.record({
    op: fc.constant('connect' as const),
    at: pick,
    event: eventId,
    to: pick,
    label: text,
  }),
  fc.record({ op: fc.constant('disconnect' as const), at: pick, answer: pick }),
  fc.record({ op: fc.constant('relabel' as const), at: pick, answer: pick, label: text }),
  fc.record({ op: fc.constant('retarget' as const), at: pick, answer: pick, to: pick }),
  fc.record({ op: fc.constant('reorder' as const), at: pick, answer: pick, index: fc.nat(5) }),
  fc.record({
    op: fc.constant('stateMeta' as const),
    at: pick,
    path: fc.constantFrom<(string | number)[]>(
      ['prompt'],
      ['title'],
      ['help'],
      ['body'],
      ['section'],
      ['editorNote'],
      ['actions', 0],
      ['doses', 0, 'target'],
      ['kind'],
    ),
    value: fc.option(text, { nil: undefined }),
  }),
  fc.record({
    op: fc.constant('treeMeta' as const),
    path: fc.constantFrom<(string | number)[]>(
      ['title'],
      ['summary'],
      ['source', 'date'],
      ['references', 0, 'note'],
      ['editorNotes'],
    ),
    value: fc.option(text, { nil: undefined }),
  }),
  fc.record({
    op: fc.constant('position' as const),
    at: pick,
    x: fc.integer({ min: -3000, max: 3000 }),
    y: fc.integer({ min: -3000, max: 3000 }),
  }),
  fc.record({
    op: fc.constant('tag' as const),
    at: pick,
    tag: fc.constantFrom('do-not', 'review'),
    on: fc.boolean(),
  }),
  fc.record({ op: fc.constant('addScenario' as const), id: fc.stringMatching(/^[a-z]{1,6}$/) }),
  fc.record({ op: fc.constant('updateScenario' as const), at: pick, title: text }),
  fc.record({ op: fc.constant('removeScenario' as const), at: pick }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** The n-th state key, or (one time in len + 1) a key that does not exist. */
function keyAt(doc: TreeDocument, n: number): string {
  const keys = Object.keys(doc.tree.states);
  return keys[n % (keys.length + 1)] ?? 'no_such_state';
}

function eventAt(doc: TreeDocument, key: string, n: number): string {
  const events = Object.keys(doc.tree.states[key]?.on ?? {});
  return events[n % (events.length + 1)] ?? 'NO_SUCH_ANSWER';
}

function scenarioAt(doc: TreeDocument, n: number): string {
  return doc.scenarios[n % (doc.scenarios.length + 1)]?.id ?? 'no-such-scenario';
}

function recipeFor(doc: TreeDocument, o: Op): DocRecipe {
  switch (o.op) {
    case 'addState':
      return onTree(addState(o.key, blankState(o.kind)));
    case 'removeState':
      return onTree(removeState(keyAt(doc, o.at)));
    case 'renameState':
      return onTree(renameState(keyAt(doc, o.at), o.to));
    case 'renameInDocument':
      return renameStateInDocument(keyAt(doc, o.at), o.to);
    case 'setInitial':
      return onTree(setInitial(keyAt(doc, o.at)));
    case 'connect':
      return onTree(connect(keyAt(doc, o.at), o.event, keyAt(doc, o.to), o.label));
    case 'disconnect': {
      const key = keyAt(doc, o.at);
      return onTree(disconnect(key, eventAt(doc, key, o.answer)));
    }
    case 'relabel': {
      const key = keyAt(doc, o.at);
      return onTree(relabel(key, eventAt(doc, key, o.answer), o.label));
    }
    case 'retarget': {
      const key = keyAt(doc, o.at);
      return onTree(retarget(key, eventAt(doc, key, o.answer), keyAt(doc, o.to)));
    }
    case 'reorder': {
      const key = keyAt(doc, o.at);
      return onTree(reorderAnswer(key, eventAt(doc, key, o.answer), o.index));
    }
    case 'stateMeta':
      return onTree(updateStateMeta(keyAt(doc, o.at), o.path, o.value));
    case 'treeMeta':
      return onTree(updateTreeMeta(o.path, o.value));
    case 'position':
      return onTree(setPosition(keyAt(doc, o.at), o.x, o.y));
    case 'tag':
      return onTree(setTag(keyAt(doc, o.at), o.tag, o.on));
    case 'addScenario':
      return addScenario({
        id: o.id,
        title: 'T',
        case: 'C',
        answers: [],
        expect: doc.tree.initial,
      });
    case 'updateScenario':
      return updateScenario(scenarioAt(doc, o.at), { title: o.title });
    case 'removeScenario':
      return removeScenario(scenarioAt(doc, o.at));
  }
}

const documents = validTree.chain((tree) =>
  scenariosFor(tree).map((scenarios): TreeDocument => ({ tree, scenarios })),
);

describe('edit operations and undo', { timeout: 60_000 }, () => {
  it(
    'any sequence of edits followed by as many undos gives back the original tree',
    HEAVY_TEST,
    () => {
      fc.assert(
        fc.property(
          documents,
          fc.array(fc.tuple(op, fc.option(fc.constantFrom('typing', 'dragging'))), {
            maxLength: 30,
          }),
          (original, ops) => {
            const before = serialiseTree(original.tree);
            let history: History = startHistory(original);
            let applied = 0;
            for (const [o, coalesce] of ops) {
              try {
                history = edit(history, recipeFor(history.doc, o), o.op, coalesce ?? undefined);
                applied++;
              } catch (error) {
                if (!(error instanceof EditError)) throw error;
              }
            }
            const edited = history.doc;
            for (let i = 0; i < applied; i++) history = undo(history);
            expect(history.past).toEqual([]);
            expect(history.doc).toEqual(original);
            expect(serialiseTree(history.doc.tree)).toBe(before);
            expect(history.doc.scenarios.map((s) => s.id)).toEqual(
              original.scenarios.map((s) => s.id),
            );
            while (history.future.length > 0) history = redo(history);
            expect(history.doc).toEqual(edited);
            expect(serialiseTree(history.doc.tree)).toBe(serialiseTree(edited.tree));
          },
        ),
        { numRuns: 100 },
      );
    },
  );
});
