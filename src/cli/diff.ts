/**
 * `npm run diff -- <from> <to> [tree-id...]`: the semantic diff of trees between two git
 * revisions (or `WORKTREE`, the files as they are on disk) as Markdown, for pull-request review.
 * Scenario outcome changes come first in each tree's section. Run from the repository folder that
 * holds `trees/` (or pass `--trees=<folder>`).
 *
 * Exit codes: 0 when it ran (whether or not anything changed), 2 on a wrong command line (wrong
 * arguments, a revision git does not know, a tree id that is not kebab case).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffTrees, type DiffSide } from '../model/diff';
import { diffMarkdown, mdText } from '../model/diffMarkdown';
import { parseJsonText, parseScenarioFile, parseTree } from '../model/parse';
import { TREE_ID_PATTERN } from '../model/schema';
import { isTreeFileName, TREES_DIR } from '../node/treeFiles';
import { wantsHelp } from './usage';

export const WORKTREE = 'WORKTREE';

const USAGE = `usage: npm run diff -- <from> <to> [tree-id...] [--trees=<folder>]
  <from>, <to>: git revisions (a branch, tag or commit) or ${WORKTREE} for the files on disk`;

class UsageError extends Error {}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** The commit a revision names; a usage error when git does not know it. */
function checkRevision(rev: string): void {
  if (rev === WORKTREE) return;
  if (
    rev.startsWith('-') ||
    git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]) === undefined
  ) {
    throw new UsageError(`unknown git revision "${rev}"`);
  }
}

/** A file's text at a revision, undefined when it is not there. */
function readAt(rev: string, dir: string, name: string): string | undefined {
  if (rev === WORKTREE) {
    const path = join(dir, name);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }
  return git(['show', `${rev}:./${dir}/${name}`]);
}

function treeIdsAt(rev: string, dir: string): string[] {
  const names =
    rev === WORKTREE
      ? existsSync(dir)
        ? readdirSync(dir)
        : []
      : (git(['ls-tree', '--name-only', `${rev}:./${dir}`]) ?? '').split('\n');
  return names.filter((n) => n !== '' && isTreeFileName(n)).map((n) => n.slice(0, -'.json'.length));
}

type Side = { ok: true; side: DiffSide } | { ok: false; why: string };

function load(rev: string, dir: string, id: string): Side | undefined {
  const text = readAt(rev, dir, `${id}.json`);
  if (text === undefined) return undefined;
  const json = parseJsonText(text, 'tree');
  const parsed = json.ok ? parseTree(json.value) : json;
  if (!parsed.ok) {
    const p = parsed.problems[0];
    return { ok: false, why: `${p?.path ? `${p.path}: ` : ''}${p?.message ?? 'unreadable'}` };
  }
  const side: DiffSide = { tree: parsed.value };
  const scenariosText = readAt(rev, dir, `${id}.scenarios.json`);
  if (scenariosText !== undefined) {
    const sj = parseJsonText(scenariosText, 'scenarios');
    const file = sj.ok ? parseScenarioFile(sj.value) : sj;
    if (file.ok) side.scenarios = file.value;
  }
  return { ok: true, side };
}

/** The Markdown for one tree between two revisions. */
function treeSection(from: string, to: string, dir: string, id: string): string {
  const before = load(from, dir, id);
  const after = load(to, dir, id);
  const head = `## \`${id}\`: ${mdText(from)} → ${mdText(to)}\n\n`;
  if (!before && !after) return `${head}Not in either revision.\n`;
  if (!before) return `${head}New tree, not in ${mdText(from)}.\n`;
  if (!after) return `${head}Removed: not in ${mdText(to)}.\n`;
  if (!before.ok)
    return `${head}Cannot compare: ${dir}/${id}.json at ${mdText(from)}: ${mdText(before.why)}\n`;
  if (!after.ok)
    return `${head}Cannot compare: ${dir}/${id}.json at ${mdText(to)}: ${mdText(after.why)}\n`;
  return diffMarkdown(diffTrees(before.side, after.side), from, to);
}

/** Runs the command line; returns the exit code and writes Markdown to `out`. */
export function runDiff(
  argv: string[],
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  if (wantsHelp(argv)) {
    out(`${USAGE}\n`);
    return 0;
  }
  try {
    const dirArg = argv.find((a) => a.startsWith('--trees='));
    const dir = dirArg?.slice('--trees='.length) ?? TREES_DIR;
    const unknown = argv.find((a) => a.startsWith('--') && a !== dirArg);
    if (unknown !== undefined) throw new UsageError(`unknown option ${unknown}`);
    const [from, to, ...ids] = argv.filter((a) => a !== dirArg);
    if (from === undefined || to === undefined) throw new UsageError('give two revisions');
    checkRevision(from);
    checkRevision(to);
    const bad = ids.find((id) => !TREE_ID_PATTERN.test(id));
    if (bad !== undefined) throw new UsageError(`"${bad}" is not a tree id (kebab case, no .json)`);
    const all =
      ids.length > 0 ? ids : [...new Set([...treeIdsAt(from, dir), ...treeIdsAt(to, dir)])].sort();
    const sections = all.map((id) => treeSection(from, to, dir, id));
    out(
      `# Stepwise: what changes for patients, ${mdText(from)} → ${mdText(to)}\n\n${sections.join('\n')}`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`${error.message}\n${USAGE}\n`);
    return 2;
  }
}

if (process.argv[1] !== undefined && /diff\.ts$/.test(process.argv[1])) {
  process.exitCode = runDiff(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
}
