/**
 * Run by `atomicWrite.test.ts` in a child process: starts an atomic write of `argv[3]` to
 * `argv[2]` and kills its own process with SIGKILL after half the bytes are on disk, before the
 * rename. No cleanup code can run: this is what a crash or a power cut leaves behind.
 */
import * as fs from 'node:fs';
import { writeFileAtomic } from '../../src/node/atomicWrite';

const [, , path, text] = process.argv;
if (path === undefined || text === undefined) throw new Error('usage: crashMidWrite <path> <text>');

writeFileAtomic(path, text, {
  ...fs,
  writeSync: (fd, bytes, offset, length) => {
    const half = Math.floor(length / 2);
    fs.writeSync(fd, bytes, offset, half);
    fs.fsyncSync(fd);
    process.kill(process.pid, 'SIGKILL');
    return half;
  },
});
