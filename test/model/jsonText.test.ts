/** Checks on raw JSON text: duplicate keys, nesting depth, size; and that nothing overflows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkJsonText,
  MAX_JSON_BYTES,
  MAX_JSON_DEPTH,
  utf8Length,
} from '../../src/model/jsonText';
import { parseJsonText } from '../../src/model/parse';
import { HEAVY_TEST } from '../budget';

const nested = (depth: number, inner = '') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

describe('duplicate keys', () => {
  it('names the object that has the key twice, the key and the line', () => {
    const text = '{\n  "states": {\n    "q1": { "on": { "YES": 1, "NO": 2, "YES": 3 } }\n  }\n}';
    expect(parseJsonText(text)).toEqual({
      ok: false,
      problems: [
        {
          path: 'states.q1.on',
          message:
            'duplicate key "YES" (again at line 3): JSON keeps only the last one and silently drops the others',
          file: 'tree',
          state: 'q1',
        },
      ],
    });
  });

  it('finds duplicates at the top level, inside arrays, and in big objects', () => {
    const big = `{${Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`).join(', ')}, "k33": 0}`;
    const paths = (text: string) => checkJsonText(text).problems.map((p) => p.path);
    expect(paths('{"id": "a", "id": "b"}')).toEqual(['']);
    expect(paths('{"list": [1, {"a": 1}, {"b": 1, "b": 2}]}')).toEqual(['list[2]']);
    expect(paths(`{"x": ${big}}`)).toEqual(['x']);
  });

  it('compares keys after unescaping, and ignores look-alikes inside string values', () => {
    expect(checkJsonText('{"a": 1, "\\u0061": 2}').problems).toHaveLength(1);
    expect(checkJsonText('{"a\\"": 1, "a": 2}').problems).toEqual([]);
    expect(checkJsonText('{"a": "\\"a\\": 1, \\"a\\": 2", "b": ["a", "a"]}').problems).toEqual([]);
    expect(checkJsonText('{"a": {"a": {"a": 1}}}').problems).toEqual([]);
  });

  it('the same key in two different objects is fine', () => {
    expect(parseJsonText('[{"a": 1}, {"a": 2}]')).toEqual({
      ok: true,
      value: [{ a: 1 }, { a: 2 }],
    });
  });

  it('stops listing after 20 and says how many more', () => {
    const text = `{${Array.from({ length: 30 }, () => '"x": 1').join(', ')}}`;
    const problems = checkJsonText(text).problems;
    expect(problems).toHaveLength(21);
    expect(problems[20]?.message).toBe('and 9 more duplicate keys');
  });
});

describe('nesting depth', () => {
  it(`accepts ${MAX_JSON_DEPTH} levels and refuses one more, naming where it starts`, () => {
    expect(parseJsonText(nested(MAX_JSON_DEPTH)).ok).toBe(true);
    const deeper = checkJsonText(`{"meta": {"summary": ${nested(MAX_JSON_DEPTH - 1)}}}`);
    expect(deeper.stop).toBe(true);
    expect(deeper.problems.map((p) => p.path)).toEqual(['meta.summary']);
  });

  it('10,000 and 1,000,000 nested arrays (closed or not) give a problem, never a stack overflow', () => {
    for (const text of [nested(10_000), '['.repeat(1_000_000), '{"a":'.repeat(100_000)]) {
      const result = parseJsonText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.message).toMatch(/^nested more than 64 levels/);
    }
  });

  it('invalid JSON that nests within the limit still gets a line and column', () => {
    const result = parseJsonText(nested(50, '1,'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^invalid JSON at line 1, column/);
  });
});

describe('size', () => {
  it('refuses text over the limit before parsing it, with the size in MB', () => {
    const text = `"${'é'.repeat(MAX_JSON_BYTES / 2)}"`; // 2 bytes each in UTF-8
    expect(checkJsonText(text, 'scenarios')).toEqual({
      stop: true,
      problems: [
        {
          path: '',
          message: 'the file is 4.0 MB; a scenarios file may be at most 4 MB',
          file: 'scenarios',
        },
      ],
    });
    expect(parseJsonText(`"${'e'.repeat(MAX_JSON_BYTES - 2)}"`).ok).toBe(true);
  });

  it('utf8Length agrees with Node for any string, lone surrogates included', HEAVY_TEST, () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
        fc.string({ unit: 'grapheme' }),
        (a, b) =>
          utf8Length(a) === Buffer.byteLength(a, 'utf8') &&
          utf8Length(b) === Buffer.byteLength(b, 'utf8'),
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseJsonText on arbitrary text', () => {
  it('never throws, and agrees with JSON.parse whenever it accepts', HEAVY_TEST, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.json().map((j) => j.slice(0, j.length >> 1)),
        ),
        (text) => {
          const result = parseJsonText(text);
          if (result.ok) expect(result.value).toEqual(JSON.parse(text));
          else expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
