/**
 * One encoding rule for every way a tree file comes in (CLI, Import, save API): UTF-8 without a
 * byte order mark, and text that is valid Unicode (no lone surrogates, from bytes or from `\u`
 * escapes). Each refusal names the encoding it found.
 */
import type { Problem } from './types';

export type Decoded = { ok: true; text: string } | { ok: false; problem: Problem };

function refuse(message: string, file: Problem['file']): Decoded {
  return { ok: false, problem: { path: '', message, file } };
}

/** UTF-16 without a mark still shows itself: ASCII JSON has a zero byte in every pair. */
function looksUtf16(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] !== 0 && bytes[1] === 0) return 'LE';
  if (bytes[0] === 0 && bytes[1] !== 0) return 'BE';
  return undefined;
}

/** Bytes of a JSON file to text, or why the encoding is refused. */
export function decodeJsonBytes(bytes: Uint8Array, file: Problem['file'] = 'tree'): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return refuse(
      'the file starts with a byte order mark (UTF-8 with BOM): save it as UTF-8 without a BOM',
      file,
    );
  }
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'LE'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'BE'
        : looksUtf16(bytes);
  if (utf16) {
    return refuse(
      `the file is UTF-16 (${utf16 === 'LE' ? 'little' : 'big'}-endian): save it as UTF-8`,
      file,
    );
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return refuse(`the file is not valid UTF-8 (${invalidAt(bytes)}): save it as UTF-8`, file);
  }
}

/** The index of the first byte that breaks UTF-8 (shortest form, no surrogates), or -1. */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    if (length === 0) return i;
    const second = bytes[i + 1] ?? 0;
    const [low, high] =
      lead === 0xe0
        ? [0xa0, 0xbf]
        : lead === 0xed
          ? [0x80, 0x9f]
          : lead === 0xf0
            ? [0x90, 0xbf]
            : lead === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] ?? 0;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/** Where the first byte that is not UTF-8 is, in words. */
function invalidAt(bytes: Uint8Array): string {
  const at = Math.max(0, firstBadByte(bytes));
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return `byte ${at + 1}, line ${line}`;
}

/** Text already decoded (a request body, a pasted string) under the same rule. */
export function checkDecodedText(text: string, file: Problem['file'] = 'tree'): Decoded {
  if (text.charCodeAt(0) === 0xfeff) {
    return refuse(
      'the file starts with a byte order mark (UTF-8 with BOM): save it as UTF-8 without a BOM',
      file,
    );
  }
  const lone = LONE_SURROGATE.exec(text);
  if (lone) {
    return refuse(
      `the text holds a lone surrogate (U+${lone[0].charCodeAt(0).toString(16).toUpperCase()}) at character ${lone.index + 1}: it is not valid Unicode, so it cannot be UTF-8`,
      file,
    );
  }
  return { ok: true, text };
}

export const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
