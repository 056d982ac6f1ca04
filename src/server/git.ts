/**
 * The real `git` command for the versions API (Node only). Always `execFile`, never a shell:
 * arguments go to git as they are, and a commit message is written to git's standard input
 * (`commit -F -`), so no text from a request is ever parsed as a command line.
 */
import { execFile } from 'node:child_process';

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** A run whose standard output is kept as bytes (object sizes git gives count bytes). */
export interface GitBytesResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

/** Large enough for a long history of a 4 MB tree; git's output past it fails the call. */
const MAX_OUTPUT = 64 * 1024 * 1024;

/** Runs `git <args>` in `cwd`, with `input` on standard input; never rejects. */
export async function runGit(
  cwd: string,
  args: readonly string[],
  input?: string,
): Promise<GitResult> {
  const result = await runGitBytes(cwd, args, input);
  return { ...result, stdout: result.stdout.toString('utf8') };
}

/** `runGit` with standard output as bytes. */
export function runGitBytes(
  cwd: string,
  args: readonly string[],
  input?: string,
): Promise<GitBytesResult> {
  return new Promise((done) => {
    const child = execFile(
      'git',
      [...args],
      {
        cwd,
        maxBuffer: MAX_OUTPUT,
        encoding: 'buffer',
        // A repository's own settings stay in force; only prompts and pagers are turned off.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        done({ ok: error === null, stdout, stderr: stderr.toString('utf8') });
      },
    );
    child.stdin?.on('error', () => {
      // git may exit before reading its input (e.g. not a repository); the callback reports it.
    });
    child.stdin?.end(input ?? '');
  });
}

/** The top folder of the git work tree that holds `dir`, or undefined outside one. */
export async function workTreeOf(dir: string): Promise<string | undefined> {
  const inside = await runGit(dir, ['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok || inside.stdout.trim() !== 'true') return undefined;
  const top = await runGit(dir, ['rev-parse', '--show-toplevel']);
  return top.ok ? top.stdout.trim() : undefined;
}

/** The first line git wrote to standard error, for a plain error message. */
export function gitError(result: { stderr: string }): string {
  const line = result.stderr.split('\n').find((l) => l.trim() !== '');
  return (line ?? 'git failed').replace(/^(fatal|error): /, '').trim();
}
