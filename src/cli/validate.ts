/**
 * `npm run validate [files...]`: checks every tree in trees/ (or the named files) and its
 * scenarios. One line per problem, a one-line summary per clean tree, exit code 1 on any problem.
 */
import { existsSync } from 'node:fs';
import { treeStats } from '../model/stats';
import { formatProblem, listTreeFiles, validateTreeFile } from '../node/treeFiles';

function main(args: string[]): number {
  const files =
    args.length > 0 ? args.map((f) => f.replace(/\.scenarios\.json$/, '.json')) : listTreeFiles();
  if (files.length === 0) {
    console.error('validate: no tree files found');
    return 1;
  }
  let failed = 0;
  for (const file of [...new Set(files)]) {
    if (!existsSync(file)) {
      console.error(`${file}: file not found`);
      failed++;
      continue;
    }
    let result;
    try {
      result = validateTreeFile(file);
    } catch (error) {
      console.error(
        `${file}: could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
      failed++;
      continue;
    }
    if (result.problems.length > 0) {
      failed++;
      for (const problem of result.problems) console.log(formatProblem(result, problem));
      continue;
    }
    if (result.tree) {
      const s = treeStats(result.tree);
      const scenarios = result.scenarios?.scenarios.length ?? 0;
      console.log(
        `${file}: ok, ${s.questions} questions, ${s.info} info steps, ${s.plans} plan steps, ${s.recommendations} recommendations, ${s.paths} paths, ${scenarios} scenarios`,
      );
    }
  }
  if (failed > 0) console.log(`${failed} of ${new Set(files).size} tree file(s) have problems`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
