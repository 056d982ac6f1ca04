/**
 * Parsing: unknown JSON (or text) to a typed tree or scenario file, or a list of problems, each with
 * the JSON path and a plain message.
 */
import * as jsonc from 'jsonc-parser';
import type { $ZodError, $ZodIssue } from 'zod/v4/core';
import * as schema from './schema';
import { shapeOrZod } from './fastShape';
import { formatPath } from './path';
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
  const result = schema.tree.safeParse(json, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: toProblems(result.error, 'tree') };
}

export function parseScenarioFile(json: unknown): ParseResult<ScenarioFile> {
  if (isScenarioFile(json)) return { ok: true, value: json };
  const result = schema.scenarioFile.safeParse(json, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: toProblems(result.error, 'scenarios') };
}

/**
 * JSON text to a value, or the problems: text too large or nested too deep (`jsonText.ts`), where
 * the syntax breaks (line and column), or keys that appear twice in one object (JSON would
 * silently keep only the last). Never throws.
 */
export function parseJsonText(text: string, file: Problem['file'] = 'tree'): ParseResult<unknown> {
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
  return checked.problems.length > 0
    ? { ok: false, problems: checked.problems }
    : { ok: true, value };
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
