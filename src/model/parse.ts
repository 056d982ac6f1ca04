/**
 * Parsing: unknown JSON (or text) to a typed tree or scenario file, or a list of problems, each with
 * the JSON path and a plain message.
 */
import * as jsonc from 'jsonc-parser';
import type { z } from 'zod';
import * as schema from './schema';
import { formatPath } from './path';
import type { Problem, ScenarioFile, Tree } from './types';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${jsonType(issue.input)}`;
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

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The state a JSON path belongs to, when it lies under `states.<key>`. */
export function stateOfPath(segments: readonly PropertyKey[]): string | undefined {
  return segments[0] === 'states' && typeof segments[1] === 'string' ? segments[1] : undefined;
}

function toProblems(error: z.ZodError, file: Problem['file']): Problem[] {
  return error.issues.map((issue) => {
    const problem: Problem = { path: formatPath(issue.path), message: describeIssue(issue), file };
    const state = stateOfPath(issue.path);
    if (state !== undefined) problem.state = state;
    return problem;
  });
}

/** Checks the shape of a tree (types, required fields, unknown keys). Semantic rules: `validate`. */
export function parseTree(json: unknown): ParseResult<Tree> {
  const result = schema.tree.safeParse(json, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: toProblems(result.error, 'tree') };
}

export function parseScenarioFile(json: unknown): ParseResult<ScenarioFile> {
  const result = schema.scenarioFile.safeParse(json, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: toProblems(result.error, 'scenarios') };
}

/** JSON text to a value, or one problem that says where the syntax breaks (line and column). */
export function parseJsonText(text: string, file: Problem['file'] = 'tree'): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '', message: describeSyntaxError(text, message), file }],
    };
  }
}

/** JSON.parse says little about where; jsonc-parser (strict mode) gives the offset and the reason. */
function describeSyntaxError(text: string, message: string): string {
  const errors: jsonc.ParseError[] = [];
  jsonc.parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
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
