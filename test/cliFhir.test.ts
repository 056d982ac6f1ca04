/** `npm run export -- <tree> --format fhir`: the Bundle on stdout or in a file, and its errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Bundle } from 'fhir/r4';
import { fhirErrors } from './fhirCheck';
import { FIXTURES, readJson } from './helpers';

const root = join(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'stepwise-fhir-'));
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

describe('npm run export -- --format fhir', { timeout: 60_000 }, () => {
  it('writes a valid FHIR R4 collection Bundle to stdout', () => {
    const { code, stdout } = exportCli('fibromyalgia-treatment-resistant', '--format', 'fhir');
    expect(code).toBe(0);
    const bundle = JSON.parse(stdout) as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry?.map((e) => e.resource?.resourceType).slice(0, 2)).toEqual([
      'Questionnaire',
      'PlanDefinition',
    ]);
    expect(fhirErrors(bundle)).toEqual([]);
  });

  it('writes a transaction under another base to the --out file', () => {
    const { code, stderr } = exportCli(
      join(FIXTURES, 'valid', 'plan-pathway.json'),
      '--format',
      'fhir',
      '--bundle',
      'transaction',
      '--base',
      'https://fhir.test/r4',
      '--out',
      'plan.fhir.json',
    );
    expect(code).toBe(0);
    expect(stderr).toContain('plan.fhir.json: fhir,');
    const bundle = JSON.parse(readFileSync(join(out, 'plan.fhir.json'), 'utf8')) as Bundle;
    expect(bundle.type).toBe('transaction');
    expect(bundle.entry?.[0]?.request).toEqual({
      method: 'PUT',
      url: 'Questionnaire/plan-pathway',
    });
    expect(bundle.entry?.[0]?.fullUrl).toBe('https://fhir.test/r4/Questionnaire/plan-pathway');
  });

  it('rejects a wrong --bundle or --base with exit code 2', () => {
    const bad = exportCli('fibromyalgia-treatment-resistant', '-f', 'fhir', '--bundle', 'batch');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--bundle must be collection or transaction, not "batch"');
    const base = exportCli('fibromyalgia-treatment-resistant', '-f', 'fhir', '--base', 'fhir');
    expect(base.code).toBe(2);
    expect(base.stderr).toContain('--base must be an absolute URL');
  });

  it('names the file and the cycle when a tree cannot be written as FHIR', () => {
    const tree = readJson(join(FIXTURES, 'valid', 'plan-pathway.json')) as {
      states: Record<string, { on?: object }>;
    };
    (tree.states.red_flags as { on?: object }).on = {
      CONTINUE: { target: 'basics_checked', description: 'Continue' },
    };
    const path = join(out, 'looped.json');
    writeFileSync(path, JSON.stringify({ ...tree, id: 'looped' }));
    const { code, stderr } = exportCli(path, '--format', 'fhir');
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${path}: the tree has a cycle (basics_checked → red_flags → basics_checked)`,
    );
  });
});
