/**
 * The corpus of damaged trees in test/fixtures/broken/, one file per kind of damage: each gives a
 * clear line naming the file, the JSON path and the problem, through every door a file comes in
 * (the validator CLI, the text validation behind the home page and the editor's Import, and the
 * save API), and nothing ever throws. Two files there are valid on purpose (non-Latin and
 * right-to-left text; HTML and script payloads in every text field): they must stay valid.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, validateTreeFile } from '../../src/node/treeFiles';
import { validateTreeText } from '../../src/model/validateText';
import { handleTreesRequest } from '../../src/server/treesApi';
import { BROKEN, cases, lineFor } from './brokenCases';
import { HEAVY_TEST } from '../budget';

/** The 5 MB file is written at run time rather than committed. */
let hugeDir: string;
let hugePath: string;
const HUGE_LINE = (path: string) => `${path}: the file is 5.0 MB; a tree file may be at most 4 MB`;

beforeAll(() => {
  hugeDir = mkdtempSync(join(tmpdir(), 'stepwise-huge-'));
  hugePath = join(hugeDir, 'huge-5mb.json');
  const tree = JSON.parse(readFileSync(join(BROKEN, 'empty-label.json'), 'utf8')) as {
    id: string;
    meta: { summary: string };
  };
  tree.id = 'huge-5mb';
  const sentence = 'A summary pasted again and again until the file is five megabytes long. ';
  tree.meta.summary = sentence.repeat(Math.ceil((5 * 1024 * 1024) / sentence.length));
  writeFileSync(hugePath, JSON.stringify(tree, null, 2));
});

afterAll(() => {
  rmSync(hugeDir, { recursive: true, force: true });
});

function linesOf(path: string): string[] {
  const result = validateTreeFile(path);
  return result.problems.map((p) => formatProblem(result, p));
}

describe('the broken-tree corpus, through the validator', () => {
  it.each(cases)('%s', (id, expected) => {
    const path = join(BROKEN, `${id}.json`);
    let lines: string[] = [];
    expect(() => (lines = linesOf(path))).not.toThrow();
    if (expected === 'ok') {
      expect(lines).toEqual([]);
      return;
    }
    expect(lines).toEqual(expected.map((problem) => lineFor(path, problem)));
    // Every line names the file (or its scenarios file) and says what is wrong.
    for (const line of lines)
      expect(line).toMatch(new RegExp(`^${BROKEN}/${id}(\\.scenarios)?\\.json: \\S`));
  });

  it('a 5 MB file: one line saying how large it is and what is allowed', () => {
    expect(linesOf(hugePath)).toEqual([HUGE_LINE(hugePath)]);
  });

  it('the home page and the editor’s Import see the same problems (validateTreeText)', () => {
    for (const [id] of cases) {
      const path = join(BROKEN, `${id}.json`);
      const fromFile = validateTreeFile(path).problems;
      const text = readFileSync(path, 'utf8');
      const scenarios = readFileSync(join(BROKEN, `${id}.scenarios.json`), 'utf8');
      expect(validateTreeText(id, text, scenarios).problems).toEqual(fromFile);
    }
  });
});

describe('the broken-tree corpus, through the CLI', () => {
  it('prints every expected line, no stack trace, and exits 1', HEAVY_TEST, () => {
    const tsx = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
    const files = [...cases.map(([id]) => join(BROKEN, `${id}.json`)), hugePath];
    const run = spawnSync(tsx, ['src/cli/validate.ts', '--strict', ...files], { encoding: 'utf8' });
    const out = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    for (const [id, expected] of cases) {
      if (expected === 'ok') expect(out).toMatch(new RegExp(`^${BROKEN}/${id}\\.json: ok, `, 'm'));
      else {
        const path = join(BROKEN, `${id}.json`);
        const mine = new RegExp(`^${BROKEN}/${id}(\\.scenarios)?\\.json: `);
        expect(out.split('\n').filter((line) => mine.test(line))).toEqual(
          expected.map((problem) => lineFor(path, problem)),
        );
      }
    }
    expect(out.split('\n')).toContain(HUGE_LINE(hugePath));
    // Every case that is not 'ok', and the 5 MB file.
    const withProblems = cases.filter(([, expected]) => expected !== 'ok').length + 1;
    expect(out).toContain(`${withProblems} of ${files.length} tree file(s) have problems`);
    expect(out).not.toMatch(/^\s+at /m);
  });
});

describe('the broken-tree corpus, through the save API', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stepwise-corpus-api-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** The file's text goes into the body as it is, so JSON-level damage reaches the API intact. */
  function put(id: string, treeText: string, scenariosText: string) {
    return handleTreesRequest(
      {
        method: 'PUT',
        url: `/api/trees/${id}`,
        headers: { 'content-type': 'application/json', 'if-none-match': '*' },
        body: `{"tree": ${treeText}, "scenarios": ${scenariosText}}`,
      },
      { dir },
    );
  }

  it.each(cases)('%s', async (id, expected) => {
    // Sent as in review: a draft may be saved with its problems, and these must all be listed.
    const text = readFileSync(join(BROKEN, `${id}.json`), 'utf8').replace(
      '"status": "draft"',
      '"status": "in-review"',
    );
    const scenarios = readFileSync(join(BROKEN, `${id}.scenarios.json`), 'utf8');
    const response = await put(id, text, scenarios);
    const body = JSON.parse(response.body) as {
      error?: string;
      problems?: { path: string; message: string }[];
    };
    if (expected === 'ok') {
      expect(response.status).toBe(201);
      return;
    }
    expect(response.status).toBe(400);
    expect(body.error).not.toMatch(/\n\s+at /);
    // The same problems as the CLI's, their paths now inside the body's "tree".
    const problems = (body.problems ?? []).map((p) => [p.path.replace(/^tree\.?/, ''), p.message]);
    expect(problems).toEqual(expected);
    expect(body.error).toMatch(/^(the body is not valid JSON: |not saved: )/);
  });

  it('a 5 MB body is refused with 413 before it is parsed', async () => {
    const response = await put('huge-5mb', readFileSync(hugePath, 'utf8'), '{}');
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({ error: 'the body is larger than 1048576 bytes' });
  });
});
