/** `npm run export` as a user or a docs pipeline would run it: outputs, files and exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'stepwise-export-'));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

function exportCli(...args: string[]) {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, ['src/cli/export.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: out },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run export', { timeout: 30_000 }, () => {
  it('writes Mermaid flowchart text to stdout', () => {
    const { code, stdout } = exportCli('fibromyalgia-refractory-pain', '--format', 'mermaid');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^flowchart TD$/m);
    expect(stdout).toContain('start --> s_');
  });

  it('writes the handout to the --out file, relative to where npm was run', () => {
    const { code } = exportCli(
      'muscle-pain-after-conservative-care',
      '-f',
      'markdown',
      '-o',
      'h.md',
    );
    expect(code).toBe(0);
    expect(readFileSync(join(out, 'h.md'), 'utf8')).toMatch(/^# /);
  });

  it('writes a PNG to <id>.png by default', () => {
    const { code } = exportCli('fibromyalgia-advanced-pain-management', '--format', 'png');
    expect(code).toBe(0);
    const png = readFileSync(join(out, 'fibromyalgia-advanced-pain-management.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The IHDR chunk: width and height of a whole graph, not an empty canvas.
    expect(png.readUInt32BE(16)).toBeGreaterThan(500);
    expect(png.readUInt32BE(20)).toBeGreaterThan(500);
  });

  it('exits 2 with the formats listed for an unknown format', () => {
    const { code, stderr, stdout } = exportCli('fibromyalgia-refractory-pain', '--format', 'pdf');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown format "pdf" (use one of: mermaid, markdown, svg, png)');
  });

  it('exits 2 without a format, and for an unknown option', () => {
    expect(exportCli('fibromyalgia-refractory-pain').code).toBe(2);
    expect(exportCli('fibromyalgia-refractory-pain', '-f', 'svg', '--bogus').code).toBe(2);
  });

  it('exits 1 for a tree that does not exist', () => {
    const { code, stderr } = exportCli('no-such-tree', '--format', 'svg');
    expect(code).toBe(1);
    expect(stderr).toContain('no tree "no-such-tree" (trees/no-such-tree.json not found)');
  });
});
