/**
 * Checks on raw JSON text that `JSON.parse` does not make: the size of the text, how deep it
 * nests, and keys that appear twice in one object (`JSON.parse` silently keeps the last, so a
 * duplicated answer id would make an answer vanish without a word).
 *
 * The scan is a loop with an explicit stack, so no input can overflow the call stack, and it skips
 * string contents with `indexOf`, so it costs about as much as `JSON.parse` itself (jsonc-parser's
 * visitor recurses and overflows at 10,000 levels; its scanner is several times slower). It stops
 * at the nesting limit, which then protects every recursive step after it (the syntax-error
 * locator, Zod, `JSON.stringify`, rendering). Invalid JSON is scanned on a best-effort basis:
 * `JSON.parse` reports it afterwards.
 */
import { formatPath } from './path';
import type { Problem } from './types';

/** Largest JSON text accepted: about 10,000 generated states; the largest bundled tree is 70 KB. */
export const MAX_JSON_BYTES = 4 * 1024 * 1024;
/** Deepest nesting accepted; a tree file needs 7 levels (`states.x.meta.doNot[0].evidence`). */
export const MAX_JSON_DEPTH = 64;
/** Duplicate keys reported per file; a damaged file could otherwise list thousands. */
const MAX_DUPLICATES = 20;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

type Frame =
  | { kind: 'object'; keys: string[] | Set<string>; key: string; expectKey: boolean }
  | { kind: 'array'; index: number };

export interface JsonTextCheck {
  problems: Problem[];
  /** True when the text must not be parsed at all (too large or too deep). */
  stop: boolean;
}

/** The length of a string in UTF-8 bytes, without allocating the encoded bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function fileWord(file: Problem['file']): string {
  return file === 'scenarios' ? 'a scenarios file' : 'a tree file';
}

function problem(segments: readonly (string | number)[], message: string, file: Problem['file']) {
  const result: Problem = { path: formatPath(segments), message, file };
  if (segments[0] === 'states' && typeof segments[1] === 'string') result.state = segments[1];
  return result;
}

function pathOf(stack: readonly Frame[]): (string | number)[] {
  return stack.map((frame) => (frame.kind === 'object' ? frame.key : frame.index));
}

/** `meta.summary[0][0][0]…` names the place better as `meta.summary`. */
function withoutFirstItemRun(segments: (string | number)[]): (string | number)[] {
  let end = segments.length;
  while (end > 0 && segments[end - 1] === 0) end--;
  return segments.slice(0, end);
}

/**
 * The end of the string literal that opens at `start` (the index of its closing quote, or the
 * text's length when it never closes), found with `indexOf`: far faster than a token scanner.
 */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return text.length;
    let slash = quote - 1;
    while (slash > start && text.charCodeAt(slash) === BACKSLASH) slash--;
    if ((quote - 1 - slash) % 2 === 0) return quote;
    from = quote + 1;
  }
}

function keyOf(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return raw;
  }
}

/** Records a key of an object; true when the object already had it. Small objects use a list. */
function isDuplicate(frame: { keys: string[] | Set<string> }, key: string): boolean {
  const keys = frame.keys;
  if (Array.isArray(keys)) {
    if (keys.includes(key)) return true;
    keys.push(key);
    if (keys.length > 16) frame.keys = new Set(keys);
    return false;
  }
  if (keys.has(key)) return true;
  keys.add(key);
  return false;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** Size, nesting depth and duplicate keys of JSON text, in one pass; never throws. */
export function checkJsonText(text: string, file: Problem['file'] = 'tree'): JsonTextCheck {
  if (text.length * 3 > MAX_JSON_BYTES) {
    const bytes = utf8Length(text);
    if (bytes > MAX_JSON_BYTES) {
      const mb = (bytes / 1024 / 1024).toFixed(1);
      const message = `the file is ${mb} MB; ${fileWord(file)} may be at most ${MAX_JSON_BYTES / 1024 / 1024} MB`;
      return { problems: [problem([], message, file)], stop: true };
    }
  }
  const problems: Problem[] = [];
  let duplicates = 0;
  let protos = 0;
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20) continue; // whitespace: most of an indented file
    const top = stack[stack.length - 1];
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      if (top?.kind === 'object' && top.expectKey) {
        const key = keyOf(text, i, end);
        top.expectKey = false;
        top.key = key;
        if (key === '__proto__') {
          // JSON.parse keeps it as a key, but every object copy after it (Zod included) turns it
          // into the prototype, so the state or answer would vanish without a word.
          const message = 'the key "__proto__" is not allowed: it would be dropped without a word';
          if (++protos <= MAX_DUPLICATES) problems.push(problem(pathOf(stack), message, file));
        } else if (isDuplicate(top, key) && ++duplicates <= MAX_DUPLICATES) {
          const message = `duplicate key ${JSON.stringify(key)} (again at line ${lineAt(text, i)}): JSON keeps only the last one and silently drops the others`;
          problems.push(problem(pathOf(stack.slice(0, -1)), message, file));
        }
      }
      i = end;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (stack.length >= MAX_JSON_DEPTH) {
        const message = `nested more than ${MAX_JSON_DEPTH} levels deep; ${fileWord(file)} needs fewer than 10, so this one is damaged`;
        problems.push(problem(withoutFirstItemRun(pathOf(stack)), message, file));
        return { problems, stop: true };
      }
      if (top?.kind === 'object') top.expectKey = false;
      stack.push(
        code === OPEN_BRACE
          ? { kind: 'object', keys: [], key: '', expectKey: true }
          : { kind: 'array', index: 0 },
      );
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      stack.pop();
    } else if (code === COMMA) {
      if (top?.kind === 'array') top.index++;
      else if (top) top.expectKey = true;
    }
  }
  if (duplicates > MAX_DUPLICATES) {
    const more = duplicates - MAX_DUPLICATES;
    problems.push(problem([], `and ${more} more duplicate key${more === 1 ? '' : 's'}`, file));
  }
  if (protos > MAX_DUPLICATES) {
    const more = protos - MAX_DUPLICATES;
    problems.push(problem([], `and ${more} more "__proto__" key${more === 1 ? '' : 's'}`, file));
  }
  return { problems, stop: false };
}
