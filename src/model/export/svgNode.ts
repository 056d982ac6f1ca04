/**
 * One state as SVG: a box whose shape says the kind (question: rounded, info: dashed, recommendation:
 * square and heavy; a `do-not` recommendation: red with a double border), a kind line with a small
 * icon, and the wrapped title. Sizes come from the text, so the layout can make room for it.
 */
import type { FlowNodeData } from '../toFlow';
import { KINDS } from '../kinds';
import { NODE_SIZE } from '../nodeSize';
import { KIND_EXPORTS, type SvgStyle } from './kindPieces';
import { wrapText } from './wrap';

export const TITLE_SIZE = 13;
export const TITLE_LINE = 17;
const KIND_SIZE = 10;
const PAD_X = 10;
const PAD_Y = 9;
const HEAD = 16;
const TAGS = 16;
const MAX_LINES = 12;

export interface NodeBox {
  width: number;
  height: number;
  lines: string[];
  tags: string | undefined;
}

/** Characters XML 1.0 forbids (most control characters, lone surrogates, U+FFFE/FFFF). */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const XML: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text for XML content or attribute values: escaped, characters XML cannot hold removed. */
export function xml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => XML[c] ?? c);
}

function tagLine(data: FlowNodeData): string | undefined {
  if (!KINDS[data.kind].clinical) return undefined;
  const tags = [
    data.doses > 0 ? `${data.doses} dose(s)` : '',
    data.doNot > 0 ? `✕ ${data.doNot} do-not` : '',
  ].filter((t) => t !== '');
  return tags.length > 0 ? tags.join(' · ') : undefined;
}

/** Size and wrapped lines of a node's box. */
export function nodeBox(data: FlowNodeData): NodeBox {
  const width = NODE_SIZE.width;
  const title = data.title.trim() === '' ? `(untitled ${data.kind})` : data.title;
  const lines = wrapText(title, width - 2 * PAD_X, TITLE_SIZE, MAX_LINES);
  const tags = tagLine(data);
  const height = PAD_Y * 2 + HEAD + lines.length * TITLE_LINE + (tags ? TAGS : 0);
  return { width, height: Math.max(height, 64), lines, tags };
}

/** A do-not recommendation: red, with a double border and a "!" icon. */
const AVOID: SvgStyle = {
  fill: '#fdecec',
  stroke: '#8a1c1c',
  strokeWidth: 3,
  rx: 2,
  ink: '#8a1c1c',
  icon: 'square',
  glyph: '!',
};

function icon(style: SvgStyle, x: number, y: number) {
  const c = `fill="${style.ink}"`;
  const glyph = `<text x="${x + 7}" y="${y + 11}" font-size="10" font-weight="700" fill="#ffffff" text-anchor="middle">${style.glyph}</text>`;
  const outline = {
    diamond: `<path d="M${x + 7} ${y} L${x + 14} ${y + 7} L${x + 7} ${y + 14} L${x} ${y + 7} Z" ${c}/>`,
    circle: `<circle cx="${x + 7}" cy="${y + 7}" r="7" ${c}/>`,
    hexagon: `<path d="M${x + 3.5} ${y} L${x + 10.5} ${y} L${x + 14} ${y + 7} L${x + 10.5} ${y + 14} L${x + 3.5} ${y + 14} L${x} ${y + 7} Z" ${c}/>`,
    square: `<rect x="${x}" y="${y}" width="14" height="14" rx="2" ${c}/>`,
  }[style.icon];
  return outline + glyph;
}

/** The `<g>` for one state, placed with its top-left corner at `x`, `y`. */
export function nodeSvg(key: string, data: FlowNodeData, box: NodeBox, x: number, y: number) {
  const style = data.avoid ? AVOID : KIND_EXPORTS[data.kind].svg;
  const label = KINDS[data.kind].label;
  const { width, height } = box;
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  const kindText = `${data.initial ? 'Start · ' : ''}${data.avoid ? 'Do not · ' : ''}${label}`;
  const parts = [
    `<g class="node node-${data.kind}${data.avoid ? ' node-do-not' : ''}" data-state="${xml(key)}" transform="translate(${x} ${y})">`,
    `<title>${xml(`${label}: ${data.title}`)}</title>`,
    `<rect width="${width}" height="${height}" rx="${style.rx}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="${data.initial ? style.strokeWidth + 1 : style.strokeWidth}"${dash}/>`,
  ];
  if (data.avoid)
    parts.push(
      `<rect x="5" y="5" width="${width - 10}" height="${height - 10}" rx="1" fill="none" stroke="${style.stroke}" stroke-width="1.5"/>`,
    );
  parts.push(icon(style, PAD_X, PAD_Y));
  parts.push(
    `<text x="${PAD_X + 20}" y="${PAD_Y + 11}" font-size="${KIND_SIZE}" font-weight="700" letter-spacing="0.4" fill="#4a5561">${xml(kindText.toUpperCase())}</text>`,
  );
  const top = PAD_Y + HEAD + TITLE_SIZE;
  const tspans = box.lines
    .map((line, i) => `<tspan x="${PAD_X}" y="${top + i * TITLE_LINE}">${xml(line)}</tspan>`)
    .join('');
  parts.push(`<text font-size="${TITLE_SIZE}" fill="#1a1f24">${tspans}</text>`);
  if (box.tags)
    parts.push(
      `<text x="${PAD_X}" y="${height - PAD_Y - 2}" font-size="${KIND_SIZE}" font-weight="700" fill="${style.ink}">${xml(box.tags)}</text>`,
    );
  parts.push('</g>');
  return parts.join('');
}
