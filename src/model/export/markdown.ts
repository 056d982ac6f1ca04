/**
 * Markdown building blocks that keep tree text inert. Tree text is plain text: in Markdown it
 * must not become HTML, a link, emphasis, a heading or a table cell break, whatever it contains.
 * Links and anchors in the handout are only the ones this module makes.
 */
import { safeUrl } from '../safeUrl';
import { oneLine } from './common';

/**
 * Plain text as inline Markdown that renders as exactly that text: one line; `<` as `&lt;` (so
 * `<script>` is text) and `&` as `&amp;` where it would start an entity (so `&lt;` stays as
 * written); backslash before the characters that start emphasis,
 * code, links (brackets and parentheses), tables, strikethrough or maths; and autolink triggers (`://`, `www.`, `@`) broken up.
 */
export function md(text: string): string {
  return (
    oneLine(text)
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      // Parentheses too: marked 16 builds a link from escaped brackets inside link text when a
      // `(` follows, so `\[x\](javascript:…)` would become a live link in the handout.
      .replace(/[\\`*_[\]()|~$@]/g, '\\$&')
      .replace(/:\/\//g, '\\://')
      .replace(/\bwww\./gi, (w) => `${w.slice(0, -1)}\\.`)
  );
}

/**
 * `md()` for text that opens a block (a paragraph or a list item): a leading `#`, `>`, `-`, `+`,
 * `=` or `1.` is escaped too, so it cannot become a heading, a quote, a nested list or a setext
 * underline.
 */
export function mdBlock(text: string): string {
  return md(text)
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** An anchor id built from a key: lower-case letters, digits and dashes only. */
export function anchorId(prefix: string, key: string): string {
  return `${prefix}-${key.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** An empty HTML anchor to link to (`id` built by `anchorId`, so nothing to escape). */
export function anchor(id: string): string {
  return `<a id="${id}"></a>`;
}

/** A link to an anchor in the same document; the text is escaped. */
export function localLink(text: string, id: string): string {
  return `[${md(text)}](#${id})`;
}

/**
 * A link to an address given in the tree (reference URLs and DOIs) that the one URL rule allows
 * (`safeUrl`: http, https, mailto), or the escaped text otherwise (a `javascript:` URL stays text).
 */
export function externalLink(text: string, url: string): string {
  const trimmed = safeUrl(url);
  if (trimmed === undefined || /\s/.test(trimmed)) return md(text);
  const safe = encodeURI(decodeURISafe(trimmed)).replace(/[()<>]/g, (c) => percent(c));
  return `[${md(text)}](<${safe}>)`;
}

function decodeURISafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function percent(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** A GFM table; cells are escaped tree text (`|` included). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(md).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)];
}

/** `- item` lines, escaped. */
export function bullets(items: readonly string[]): string[] {
  return items.map((item) => `- ${mdBlock(item)}`);
}

/** `1. item` lines, escaped. */
export function numbered(items: readonly string[]): string[] {
  return items.map((item, i) => `${i + 1}. ${mdBlock(item)}`);
}
