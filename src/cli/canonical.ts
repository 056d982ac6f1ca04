/**
 * `npm run canonical [files...]`: rewrites tree and scenario files in canonical form (schema key
 * order, 2-space indent, trailing newline). Files that do not parse are left untouched.
 */
import { readFileSync } from 'node:fs';
import { parseJsonText, parseScenarioFile, parseTree } from '../model/parse';
import { serialiseScenarios, serialiseTree } from '../model/serialise';
import { writeFileAtomic } from '../node/atomicWrite';
import { listTreeFiles, scenariosPathFor } from '../node/treeFiles';

function rewrite(path: string): boolean {
  const json = parseJsonText(readFileSync(path));
  if (!json.ok)
    return report(
      path,
      json.problems.map((p) => p.message),
    );
  if (path.endsWith('.scenarios.json')) {
    const file = parseScenarioFile(json.value);
    if (!file.ok)
      return report(
        path,
        file.problems.map((p) => `${p.path}: ${p.message}`),
      );
    writeFileAtomic(path, serialiseScenarios(file.value));
  } else {
    const tree = parseTree(json.value);
    if (!tree.ok)
      return report(
        path,
        tree.problems.map((p) => `${p.path}: ${p.message}`),
      );
    writeFileAtomic(path, serialiseTree(tree.value));
  }
  console.log(`${path}: canonical`);
  return true;
}

function report(path: string, messages: string[]): false {
  for (const message of messages) console.log(`${path}: ${message} (left untouched)`);
  return false;
}

const args = process.argv.slice(2);
const files = args.length > 0 ? args : listTreeFiles().flatMap((f) => [f, scenariosPathFor(f)]);
const ok = files.map((file) => rewrite(file)).every(Boolean);
process.exitCode = ok ? 0 : 1;
