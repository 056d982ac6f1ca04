/**
 * `npm run validate [--strict] [files...]`: checks every tree in trees/ (or the named files) and
 * its scenarios. One line per problem, a one-line summary per clean tree. Exit code 1 on any
 * problem of a tree that is not a draft; a draft's problems are reported but pass, unless
 * `--strict`, which fails drafts too (for a content team's CI).
 */
import { existsSync } from 'node:fs';
import { cliVerdict } from '../model/readiness';
import { treeStats } from '../model/stats';
import { formatProblem, listTreeFiles, validateTreeFile } from '../node/treeFiles';
import { counted, wantsHelp } from './usage';

const USAGE = `usage: npm run validate [-- [--strict] [files...]]
  Checks every tree in trees/ (or the files named) and its scenarios file.
  --strict   fail drafts with problems too (by default a draft's problems are listed but pass)
  Exit codes: 0 no failing tree; 1 a tree that is not a draft has problems, or a file cannot be
  read; 2 the command line is wrong.`;

function main(argv: string[]): number {
  if (wantsHelp(argv)) {
    console.log(USAGE);
    return 0;
  }
  const strict = argv.includes('--strict');
  const args = argv.filter((a) => a !== '--strict');
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown !== undefined) {
    console.error(`validate: unknown option ${unknown}\n${USAGE}`);
    return 2;
  }
  const files =
    args.length > 0 ? args.map((f) => f.replace(/\.scenarios\.json$/, '.json')) : listTreeFiles();
  if (files.length === 0) {
    console.error('validate: no tree files found');
    return 1;
  }
  let failed = 0;
  let drafts = 0;
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
    const verdict = cliVerdict(result, strict);
    if (verdict !== 'ok') {
      if (verdict === 'fail') failed++;
      else drafts++;
      for (const problem of result.problems) console.log(formatProblem(result, problem));
      if (verdict === 'draft')
        console.log(
          `${file}: draft with ${String(result.problems.length)} problem(s); not failing (use --strict to fail drafts)`,
        );
      continue;
    }
    if (result.tree) {
      const s = treeStats(result.tree);
      const scenarios = result.scenarios?.scenarios.length ?? 0;
      console.log(
        `${file}: ok, ${[
          counted(s.questions, 'question'),
          counted(s.info, 'info step'),
          counted(s.plans, 'plan step'),
          counted(s.recommendations, 'recommendation'),
          counted(s.paths, 'path'),
          counted(scenarios, 'scenario'),
        ].join(', ')}`,
      );
    }
  }
  const total = new Set(files).size;
  if (failed > 0) console.log(`${String(failed)} of ${String(total)} tree file(s) have problems`);
  if (drafts > 0)
    console.log(`${String(drafts)} of ${String(total)} tree file(s) are drafts with problems`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
