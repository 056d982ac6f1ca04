/**
 * Bad input that used to get through or break something (issue 11, "Bad input"): `__proto__`
 * keys, hundreds of thousands of problems, encodings other than UTF-8, numbers out of range.
 * The CLI, Import and the save API all read through `parseJsonText`, so one test covers them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateTreeFile } from '../../src/node/treeFiles';
import { parseJsonText } from '../../src/model/parse';
import { MAX_PROBLEMS } from '../../src/model/problemCap';
import { validateTreeText } from '../../src/model/validateText';
import { FIXTURES } from '../helpers';

const ID = 'example-pathway';
const text = readFileSync(join(FIXTURES, 'valid', `${ID}.json`), 'utf8');
const scenarios = readFileSync(join(FIXTURES, 'valid', `${ID}.scenarios.json`), 'utf8');
const messages = (problems: { message: string }[]) => problems.map((p) => p.message);

describe('__proto__ keys', () => {
  it('refuses a state keyed __proto__ by name, instead of dropping it', () => {
    const bad = text.replace(
      '"states": {',
      '"states": {\n    "__proto__": { "meta": { "kind": "info" } },',
    );
    const result = validateTreeText(ID, bad, scenarios);
    expect(result.tree).toBeUndefined();
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        path: 'states.__proto__',
        message: expect.stringMatching(/"__proto__" is not allowed/) as unknown,
      }),
    );
  });

  it('refuses an answer keyed __proto__', () => {
    const bad = text.replace('"on": {', '"on": {\n        "__proto__": { "target": "x" },');
    expect(messages(validateTreeText(ID, bad, scenarios).problems).join()).toMatch(/__proto__/);
  });
});

describe('very many problems', () => {
  function withActions(count: number): string {
    const tree = JSON.parse(text) as { states: Record<string, { meta: Record<string, unknown> }> };
    const rec = Object.values(tree.states).find((s) => s.meta.kind === 'recommendation');
    if (!rec) throw new Error('fixture');
    rec.meta.actions = Array<number>(count).fill(1);
    return JSON.stringify(tree);
  }

  it('caps 150,000 shape problems instead of overflowing the stack', () => {
    const result = validateTreeText(ID, withActions(150_000), scenarios);
    expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
    expect(result.problems.at(-1)?.message).toMatch(/too many to count/);
  }, 30_000);

  it('caps 20,000 problems and says how many more there are', () => {
    const result = validateTreeText(ID, withActions(20_000), scenarios);
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(result.problems.at(-1)?.message).toBe(
      `and ${20_000 - MAX_PROBLEMS} more problems (the first ${MAX_PROBLEMS} are listed)`,
    );
  }, 30_000);
});

describe('one encoding rule (UTF-8, no BOM, valid Unicode)', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('names a UTF-8 byte order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]);
    expect(messages(validateTreeText(ID, withBom, scenarios).problems)).toEqual([
      expect.stringMatching(/byte order mark \(UTF-8 with BOM\)/),
    ]);
    expect(messages(validateTreeText(ID, `\uFEFF${text}`, scenarios).problems)[0]).toMatch(/BOM/);
  });

  it('names UTF-16, with a mark or without', () => {
    const le = new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
    expect(JSON.stringify(parseJsonText(le))).toMatch(/UTF-16 \(little-endian\)/);
    const bare = new Uint8Array(Buffer.from(text, 'utf16le'));
    expect(JSON.stringify(parseJsonText(bare))).toMatch(/UTF-16/);
  });

  it('refuses invalid UTF-8 and says where', () => {
    const broken = bytes(text.replace('Example pathway', 'Example XX'));
    const at = broken.indexOf(0x58); // the first X
    broken[at] = 0xff;
    const result = parseJsonText(broken);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toMatch(
      new RegExp(`not valid UTF-8 \\(byte ${at + 1}, line \\d+\\)`),
    );
  });

  it('refuses a lone surrogate, as raw text or as a \\u escape', () => {
    expect(
      JSON.stringify(parseJsonText(text.replace('Example pathway', 'Example \uD800'))),
    ).toMatch(/lone surrogate/);
    const escaped = parseJsonText(text.replace('Example pathway', 'Example \\ud800'));
    expect(escaped).toMatchObject({
      ok: false,
      problems: [
        { path: 'meta.title', message: expect.stringMatching(/lone surrogate/) as unknown },
      ],
    });
  });

  it('says a number is too large, not "expected number, got number"', () => {
    const tree = JSON.parse(text) as {
      meta: { ui?: unknown };
      states: Record<string, { meta: { ui?: unknown } }>;
    };
    const first = Object.keys(tree.states)[0] ?? '';
    const bad = JSON.stringify(tree).replace(
      `"${first}":{"meta":{`,
      `"${first}":{"meta":{"ui":{"x":1e400,"y":0},`,
    );
    const result = validateTreeText(ID, bad, scenarios);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        path: `states.${first}.meta.ui.x`,
        message: expect.stringMatching(/too large/) as unknown,
      }),
    );
    expect(messages(result.problems).join()).not.toMatch(/got number/);
  });

  describe('the CLI reads bytes under the same rule', () => {
    let dir: string | undefined;
    afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });
    it('names the BOM of a file on disk', () => {
      dir = mkdtempSync(join(tmpdir(), 'stepwise-encoding-'));
      const path = join(dir, `${ID}.json`);
      writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
      writeFileSync(join(dir, `${ID}.scenarios.json`), scenarios);
      expect(messages(validateTreeFile(path).problems)[0]).toMatch(/UTF-8 with BOM/);
    });
  });
});
