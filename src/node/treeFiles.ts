/** Reading tree files from disk for the command-line tools (Node only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Problem } from '../model/types';
import type { Validation } from '../model/validate';
import { validateTreeText } from '../model/validateText';

export const TREES_DIR = 'trees';

/** Tree files in a folder: `<id>.json`, leaving out scenarios and schema files. */
export function listTreeFiles(dir: string = TREES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => isTreeFileName(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Hidden names (`.stepwise-tmp-…` left by a crash mid-save) are never trees. */
export function isTreeFileName(name: string): boolean {
  return (
    !name.startsWith('.') &&
    name.endsWith('.json') &&
    !name.endsWith('.scenarios.json') &&
    !name.endsWith('.comments.json') &&
    !name.endsWith('.schema.json')
  );
}

export function scenariosPathFor(treePath: string): string {
  return treePath.replace(/\.json$/, '.scenarios.json');
}

export interface FileValidation extends Validation {
  treePath: string;
  scenariosPath?: string;
}

/** Reads, parses and validates one tree file and the scenarios file beside it, if any. */
export function validateTreeFile(treePath: string): FileValidation {
  const scenariosPath = scenariosPathFor(treePath);
  const hasScenarios = existsSync(scenariosPath);
  // Bytes, not text: the encoding rule (UTF-8, no BOM) is checked where Import checks it.
  const scenarioBytes = hasScenarios ? readFileSync(scenariosPath) : undefined;
  const result = validateTreeText(
    basename(treePath, '.json'),
    readFileSync(treePath),
    scenarioBytes,
  );
  return hasScenarios ? { ...result, treePath, scenariosPath } : { ...result, treePath };
}

/** One line per problem: `trees/x.json: states.q3.on.YES.target: state "q9" does not exist`. */
export function formatProblem(result: FileValidation, problem: Problem): string {
  const file =
    problem.file === 'scenarios'
      ? (result.scenariosPath ?? scenariosPathFor(result.treePath))
      : result.treePath;
  return problem.path === ''
    ? `${file}: ${problem.message}`
    : `${file}: ${problem.path}: ${problem.message}`;
}
