/**
 * `npm run canonical [files...]`: rewrites tree and scenario files in canonical form (schema key
 * order, 2-space indent, trailing newline). Files that do not parse are left untouched.
 */
import { readFileSync } from 'node:fs';
import { parseJsonText, parseScenarioFile, parseTree } from '../model/parse';
import { serialiseScenarios, serialiseTree } from '../model/serialise';
import { writeFileAtomic } from '../node/atomicWrite';
import { listTreeFiles, scenariosPathFor } from '../node/treeFiles';
import { wantsHelp } from './usage';

const USAGE = `usage: npm run canonical [-- files...]
  Rewrites tree and scenario files (every file in trees/ when none is named) in canonical form.
  A file that does not parse is reported and left untouched (exit code 1).`;

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

function main(args: string[]): number {
  if (wantsHelp(args)) {
    console.log(USAGE);
    return 0;
  }
  const files = args.length > 0 ? args : listTreeFiles().flatMap((f) => [f, scenariosPathFor(f)]);
  return files.map((file) => rewrite(file)).every(Boolean) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
