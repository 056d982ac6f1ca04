/**
 * The save path under failure: a write that fails (or a process that dies) part-way through leaves
 * the old file byte for byte, or the new one, never a truncated one.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMP_PREFIX, writeFileAtomic, type AtomicWriteFs } from '../../src/node/atomicWrite';
import { listTreeFiles } from '../../src/node/treeFiles';
import { handleTreesRequest } from '../../src/server/treesApi';
import { FIXTURES } from '../helpers';

const ID = 'example-pathway';
let dir: string;
let target: string;
let original: Buffer;
/** A new version, longer than the old one so that a half-written file cannot pass for either. */
const next =
  `${fs.readFileSync(join(FIXTURES, 'valid', `${ID}.json`), 'utf8').trimEnd()}\n`.replace(
    'Example pathway',
    'Example pathway, second edition with a much longer title than before',
  );

beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'stepwise-atomic-'));
  target = join(dir, `${ID}.json`);
  fs.copyFileSync(join(FIXTURES, 'valid', `${ID}.json`), target);
  original = fs.readFileSync(target);
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const leftovers = () => fs.readdirSync(dir).filter((name) => name.startsWith(TEMP_PREFIX));

class DiskFull extends Error {
  code = 'ENOSPC';
}

/** Node's own calls, with some of them replaced. */
function failing(overrides: Partial<AtomicWriteFs>): AtomicWriteFs {
  return { ...fs, ...overrides };
}

/** Writes a third of the bytes for real, then fails as a full disk would. */
const partialWrite: AtomicWriteFs['writeSync'] = (fd, bytes, offset, length) => {
  fs.writeSync(fd, bytes, offset, Math.floor(length / 3));
  throw new DiskFull('ENOSPC: no space left on device, write');
};

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file', () => {
    writeFileAtomic(target, next);
    expect(fs.readFileSync(target, 'utf8')).toBe(next);
    expect(leftovers()).toEqual([]);
  });

  it('keeps writing when the system writes fewer bytes than asked', () => {
    const trickle = failing({
      writeSync: (fd, bytes, offset, length) =>
        fs.writeSync(fd, bytes, offset, Math.min(length, 7)),
    });
    writeFileAtomic(target, next, trickle);
    expect(fs.readFileSync(target, 'utf8')).toBe(next);
  });

  const failures: [string, Partial<AtomicWriteFs>][] = [
    ['the write fails part-way (disk full)', { writeSync: partialWrite }],
    ['the write makes no progress', { writeSync: () => 0 }],
    [
      'the flush fails',
      {
        fsyncSync: () => {
          throw new Error('EIO: i/o error, fsync');
        },
      },
    ],
    [
      'the rename fails',
      {
        renameSync: () => {
          throw new Error('EXDEV: cross-device link not permitted, rename');
        },
      },
    ],
  ];

  it.each(failures)(
    'when %s, the old file stays byte-identical and no temporary file remains',
    (_, overrides) => {
      expect(() => {
        writeFileAtomic(target, next, failing(overrides));
      }).toThrow();
      expect(fs.readFileSync(target).equals(original)).toBe(true);
      expect(leftovers()).toEqual([]);
    },
  );

  it('a failed first write of a new file leaves no file at all', () => {
    const fresh = join(dir, 'brand-new.json');
    expect(() => {
      writeFileAtomic(fresh, next, failing({ writeSync: partialWrite }));
    }).toThrow('ENOSPC');
    expect(fs.existsSync(fresh)).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});

describe('a process killed between writing and renaming', () => {
  function crash(path: string, text: string) {
    // Node itself (with tsx's loader), so the signal ends the process the test waits on.
    const script = join(import.meta.dirname, 'crashMidWrite.ts');
    return spawnSync(process.execPath, ['--import', 'tsx', script, path, text], {
      encoding: 'utf8',
    });
  }

  it('leaves the old file byte-identical; the half-written temporary file is ignored', async () => {
    const run = crash(target, next);
    expect(run.signal, run.stderr).toBe('SIGKILL');
    expect(fs.readFileSync(target).equals(original)).toBe(true);

    // The crash really happened mid-write: half of the new bytes sit in a temporary file.
    const [temp, ...more] = leftovers();
    expect(more).toEqual([]);
    const partial = fs.readFileSync(join(dir, temp ?? ''), 'utf8');
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(Buffer.byteLength(next));
    expect(next.startsWith(partial)).toBe(true);

    // Nothing mistakes the leftover for a tree: not the validator CLI, not the save API.
    expect(listTreeFiles(dir)).toEqual([target]);
    const list = await handleTreesRequest(
      { method: 'GET', url: '/api/trees', headers: {} },
      { dir },
    );
    expect((JSON.parse(list.body) as { id: string }[]).map((t) => t.id)).toEqual([ID]);

    // The next save goes through and gives the new file whole.
    writeFileAtomic(target, next);
    expect(fs.readFileSync(target, 'utf8')).toBe(next);
  });

  it('a crash while creating a new file leaves no file under the tree name', () => {
    const fresh = join(dir, 'brand-new.json');
    expect(crash(fresh, next).signal).toBe('SIGKILL');
    expect(fs.existsSync(fresh)).toBe(false);
  });
});
