/**
 * What the editor edits: a tree and its scenarios, undone and redone together. Tree recipes from
 * `edits.ts` lift onto the document with `onTree`; scenario edits act on the list directly.
 */
import type { Draft } from 'immer';
import { EditError, renameAnswer, renameState, type Recipe } from './edits';
import { own } from './own';
import type { Scenario, ScenarioFile, Tree } from './types';

export interface TreeDocument {
  tree: Tree;
  scenarios: Scenario[];
}

export type DocRecipe = (draft: Draft<TreeDocument>) => void;

export function onTree(recipe: Recipe): DocRecipe {
  return (draft) => {
    recipe(draft.tree);
  };
}

/** Renames a state in the tree and in every scenario that expects it. */
export function renameStateInDocument(from: string, to: string): DocRecipe {
  return (draft) => {
    renameState(from, to)(draft.tree);
    for (const s of draft.scenarios) if (s.expect === from) s.expect = to;
  };
}

/**
 * Renames an answer id on one step; scenarios whose walk takes that answer at that step follow
 * (read before the rename, while the walk still finds the old id).
 */
export function renameAnswerInDocument(state: string, event: string, to: string): DocRecipe {
  return (draft) => {
    const tree = draft.tree;
    for (const scenario of draft.scenarios) {
      let at = tree.initial;
      for (let i = 0; i < scenario.answers.length; i++) {
        const answer = scenario.answers[i] as string;
        const next = own(own(tree.states, at)?.on, answer);
        if (!next) break;
        if (at === state && answer === event) scenario.answers[i] = to;
        at = next.target;
      }
    }
    renameAnswer(state, event, to)(tree);
  };
}

export function addScenario(scenario: Scenario): DocRecipe {
  return (draft) => {
    if (draft.scenarios.some((s) => s.id === scenario.id))
      throw new EditError(`scenario "${scenario.id}" already exists`);
    draft.scenarios.push(scenario);
  };
}

export function updateScenario(id: string, patch: Partial<Omit<Scenario, 'id'>>): DocRecipe {
  return (draft) => {
    const scenario = draft.scenarios.find((s) => s.id === id);
    if (!scenario) throw new EditError(`scenario "${id}" does not exist`);
    Object.assign(scenario, patch);
  };
}

export function removeScenario(id: string): DocRecipe {
  return (draft) => {
    const index = draft.scenarios.findIndex((s) => s.id === id);
    if (index < 0) throw new EditError(`scenario "${id}" does not exist`);
    draft.scenarios.splice(index, 1);
  };
}

export function toScenarioFile(doc: TreeDocument): ScenarioFile {
  return { $schema: './scenarios.schema.json', tree: doc.tree.id, scenarios: doc.scenarios };
}
