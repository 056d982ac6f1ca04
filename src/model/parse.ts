/**
 * Parsing: unknown JSON (or text) to a typed tree or scenario file, or a list of problems, each with
 * the JSON path and a plain message.
 */
import * as jsonc from 'jsonc-parser';
import type { $ZodError, $ZodIssue } from 'zod/v4/core';
import * as schema from './schema';
import { shapeOrZod } from './fastShape';
import { formatPath } from './path';
import { capProblems } from './problemCap';
import { checkDecodedText, decodeJsonBytes, LONE_SURROGATE } from './encoding';
import { checkJsonText } from './jsonText';
import type { Problem, ScenarioFile, Tree } from './types';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function describeIssue(issue: $ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (expected ${jsonWord(issue.expected)})`
        : `expected ${jsonWord(issue.expected)}, got ${jsonType(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed shape';
    case 'invalid_key':
      return `key ${JSON.stringify(issue.path[issue.path.length - 1])}: ${issue.issues[0]?.message ?? issue.message}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    default:
      return issue.message;
  }
}

/** Zod says "record" for a map such as `states` or `on`; in a JSON file that is an object. */
function jsonWord(expected: string): string {
  return expected === 'record' ? 'object' : expected;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The state a JSON path belongs to, when it lies under `states.<key>`. */
export function stateOfPath(segments: readonly PropertyKey[]): string | undefined {
  return segments[0] === 'states' && typeof segments[1] === 'string' ? segments[1] : undefined;
}

function toProblems(error: $ZodError, file: Problem['file']): Problem[] {
  return error.issues.map((issue) => {
    const problem: Problem = { path: formatPath(issue.path), message: describeIssue(issue), file };
    const state = stateOfPath(issue.path);
    if (state !== undefined) problem.state = state;
    return problem;
  });
}

const isTree = shapeOrZod(schema.tree, 'trees');
const isScenarioFile = shapeOrZod(schema.scenarioFile, 'scenario files');

/**
 * Checks the shape of a tree (types, required fields, unknown keys). Semantic rules: `validate`.
 * A clean input is returned as it is (not a copy in schema key order: `serialise.ts` gives that);
 * only a doubtful one goes through Zod, for its problems.
 */
export function parseTree(json: unknown): ParseResult<Tree> {
  if (isTree(json)) return { ok: true, value: json };
  return zodParse(schema.tree, json, 'tree');
}

export function parseScenarioFile(json: unknown): ParseResult<ScenarioFile> {
  if (isScenarioFile(json)) return { ok: true, value: json };
  return zodParse(schema.scenarioFile, json, 'scenarios');
}

/** Lists and maps cut to this many entries when Zod cannot gather all of a file's issues. */
const TRUNCATE_AT = 1_000;

interface SafeParser<T> {
  safeParse(
    value: unknown,
    params: { reportInput: boolean },
  ): { success: true; data: T } | { success: false; error: $ZodError };
}

/**
 * Zod's answer, with the problems capped (`problemCap.ts`). Zod gathers issues with
 * `push(...issues)`, which overflows the stack at about 150,000 of them: then the file is asked
 * again with every list and map cut short, and the problems say that more were left uncounted.
 */
function zodParse<T>(parser: SafeParser<T>, json: unknown, file: Problem['file']): ParseResult<T> {
  try {
    const result = parser.safeParse(json, { reportInput: true });
    return result.success
      ? { ok: true, value: result.data }
      : { ok: false, problems: capProblems(toProblems(result.error, file)) };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const result = parser.safeParse(truncated(json, 0), { reportInput: true });
    const problems = result.success ? [] : toProblems(result.error, file);
    return { ok: false, problems: capProblems(problems, true) };
  }
}

/** A copy with every array and object cut to `TRUNCATE_AT` entries; nesting is already capped. */
function truncated(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || depth > 64) return value;
  if (Array.isArray(value)) return value.slice(0, TRUNCATE_AT).map((v) => truncated(v, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value).slice(0, TRUNCATE_AT)) {
    copy[key] = truncated((value as Record<string, unknown>)[key], depth + 1);
  }
  return copy;
}

/**
 * JSON text (or its bytes, which must be UTF-8 without a BOM: `encoding.ts`) to a value, or the
 * problems: an encoding that is not UTF-8, text too large or nested too deep (`jsonText.ts`),
 * where the syntax breaks (line and column), keys that appear twice in one object (JSON would
 * silently keep only the last) or are `__proto__`, lone surrogates, and numbers too large for a
 * double. Never throws.
 */
export function parseJsonText(
  input: string | Uint8Array,
  file: Problem['file'] = 'tree',
): ParseResult<unknown> {
  const decoded =
    typeof input === 'string' ? checkDecodedText(input, file) : decodeJsonBytes(input, file);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const text = decoded.text;
  const checked = checkJsonText(text, file);
  if (checked.stop) return { ok: false, problems: checked.problems };
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '', message: describeSyntaxError(text, message), file }],
    };
  }
  const problems = [...checked.problems, ...valueProblems(value, file)];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/** Problems reported per file by the value walk; the rest are counted. */
const MAX_VALUE_PROBLEMS = 20;

/**
 * What `JSON.parse` accepts but a tree file must not hold: a number out of a double's range
 * (`1e400` becomes Infinity) and a string or key with a lone surrogate (a `\ud800` escape). The
 * walk keeps its own stack: the nesting limit already holds, but no input can overflow it.
 */
function valueProblems(root: unknown, file: Problem['file']): Problem[] {
  const problems: Problem[] = [];
  let count = 0;
  const report = (segments: (string | number)[], message: string) => {
    if (++count > MAX_VALUE_PROBLEMS) return;
    const found: Problem = { path: formatPath(segments), message, file };
    const state = stateOfPath(segments);
    if (state !== undefined) found.state = state;
    problems.push(found);
  };
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof value === 'number' && !Number.isFinite(value)) {
      report(path, 'the number is too large to store (beyond ±1.8e308)');
    } else if (typeof value === 'string' && LONE_SURROGATE.test(value)) {
      report(
        path,
        'the text holds a lone surrogate (a \\u escape of half a character): it is not valid Unicode',
      );
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, i] });
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        if (LONE_SURROGATE.test(key))
          report([...path, key], 'the key holds a lone surrogate: it is not valid Unicode');
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  if (count > MAX_VALUE_PROBLEMS) {
    const more = count - MAX_VALUE_PROBLEMS;
    problems.push({
      path: '',
      message: `and ${more} more problem${more === 1 ? '' : 's'} like these`,
      file,
    });
  }
  return problems;
}

/** JSON.parse says little about where; jsonc-parser (strict mode) gives the offset and the reason. */
function describeSyntaxError(text: string, message: string): string {
  const errors: jsonc.ParseError[] = [];
  try {
    jsonc.parse(text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
  } catch {
    // The nesting limit in `checkJsonText` keeps the recursive parser safe; this is a last guard.
    return `invalid JSON: ${message}`;
  }
  const first = errors[0];
  if (!first) return `invalid JSON: ${message}`;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  return `invalid JSON at line ${line}, column ${column}: ${describeCode(first.error)}`;
}

function describeCode(code: jsonc.ParseErrorCode): string {
  const words = jsonc.printParseErrorCode(code).replace(/([a-z])([A-Z])/g, '$1 $2');
  return words.toLowerCase();
}
