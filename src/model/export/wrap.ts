/**
 * Text measuring and wrapping without a DOM. Widths are estimates from Arial's metrics (Liberation
 * Sans has the same), good enough to size boxes in an SVG drawn outside the browser.
 */

const NARROW = new Set("il.,:;|!'`Ij");
const SEMI = new Set('ftr()[]{}/\\- "*');
const WIDE = new Set('mwMW@%');

/** Width of one character in ems. */
function charWidth(c: string): number {
  if (NARROW.has(c)) return 0.28;
  if (SEMI.has(c)) return 0.34;
  if (WIDE.has(c)) return 0.86;
  if (/[A-Z]/.test(c)) return 0.68;
  if (/[a-z0-9]/.test(c)) return 0.54;
  const code = c.codePointAt(0) ?? 0;
  // CJK, emoji and other wide glyphs.
  if (code >= 0x1100) return 1;
  return 0.6;
}

/** Estimated width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const c of text) ems += charWidth(c);
  return ems * fontSize;
}

/** Splits a word wider than the line into pieces that fit. */
function splitWord(word: string, maxWidth: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const c of word) {
    if (piece !== '' && textWidth(piece + c, fontSize) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += c;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap: lines no wider than `maxWidth` pixels at `fontSize` (a word wider than a line
 * is broken). Whitespace, newlines included, is collapsed first. With `maxLines`, the last line
 * kept ends in an ellipsis when text was cut.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = Infinity,
): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = splitWord(word, maxWidth, fontSize);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[kept.length - 1] ?? '';
  while (last !== '' && textWidth(`${last}…`, fontSize) > maxWidth) last = last.slice(0, -1);
  kept[kept.length - 1] = `${last.trimEnd()}…`;
  return kept;
}
