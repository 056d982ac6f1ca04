/** Child processes for the probes: TypeScript run under tsx, with their output watched. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const PROBES = join(process.cwd(), 'test/server/probes');

export interface Child {
  process: ChildProcess;
  /** Resolves with the first stdout line matching `pattern` (its match), or rejects on exit. */
  line(pattern: RegExp): Promise<RegExpExecArray>;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
}

/** Starts `node --import tsx <script> ...args`. */
export function startChild(script: string, args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROBES, script), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: {
    pattern: RegExp;
    done: (m: RegExpExecArray) => void;
    fail: (e: Error) => void;
  }[] = [];
  const check = (): void => {
    for (const waiter of [...waiters]) {
      const match = waiter.pattern.exec(out);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.done(match);
      }
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    check();
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<void>((done) =>
    child.on('exit', () => {
      done();
    }),
  );
  void exited.then(() => {
    for (const waiter of waiters.splice(0)) {
      waiter.fail(new Error(`${script} exited before printing ${String(waiter.pattern)}: ${err}`));
    }
  });
  return {
    process: child,
    exited,
    line: (pattern) =>
      new Promise((done, fail) => {
        waiters.push({ pattern, done, fail });
        check();
      }),
  };
}

/** An API server in a child process over `dir` (`apiServer.ts`): its base URL and a stop. */
export async function startApiServer(
  dir: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = startChild('apiServer.ts', [dir]);
  const port = (await child.line(/port (\d+)\n/))[1] ?? '';
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.process.kill('SIGTERM');
      await child.exited;
    },
  };
}
