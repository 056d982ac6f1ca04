/** What the live validator says about a document: the tree and its scenarios, as the CLI checks them. */
import { toScenarioFile, type TreeDocument } from '../model/document';
import type { Problem } from '../model/types';
import { validate } from '../model/validate';

export function documentProblems(doc: TreeDocument): Problem[] {
  return validate(doc.tree, { fileId: doc.tree.id, scenarios: toScenarioFile(doc) }).problems;
}
