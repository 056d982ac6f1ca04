/**
 * A tree's graph as a standalone SVG document: pure string building from `toFlow` and positions,
 * no DOM, so the CLI and the browser draw the same picture. Boxes are sized to their text and laid
 * out with `layoutTree`; edges are curves with arrowheads and the answer labels on them.
 */
import { layoutTree, type Direction, type Positions } from '../layout';
import { NODE_SIZE } from '../nodeSize';
import { toFlow, type FlowNode } from '../toFlow';
import type { Tree } from '../types';
import { own } from '../own';
import { oneLine } from './common';
import { nodeBox, nodeSvg, xml, type NodeBox } from './svgNode';
import { arrowhead, drawEdges, r1, type Rect } from './svgEdges';
import { wrapText } from './wrap';

export interface SvgOptions {
  /** Top to bottom (default) or left to right. */
  direction?: Direction;
  /** Draw the title, source and disclaimer above the graph (default true). */
  header?: boolean;
}

const FONT =
  "Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, 'DejaVu Sans', system-ui, sans-serif";
const MARGIN = 24;
const START = { width: 56, height: 22, gap: 34 };

/**
 * Where to draw each state: the stored `meta.ui` positions when every state has one, otherwise a
 * fresh layout of the whole graph (`only: 'all'`) with boxes sized to their text.
 */
export function svgPositions(tree: Tree, direction: Direction = 'TB'): Positions {
  const keys = Object.keys(tree.states);
  if (keys.length > 0 && keys.every((k) => tree.states[k]?.meta.ui)) {
    return Object.fromEntries(keys.map((k) => [k, tree.states[k]?.meta.ui ?? { x: 0, y: 0 }]));
  }
  const boxes = new Map(toFlow(tree).nodes.map((n) => [n.id, nodeBox(n.data)]));
  return layoutTree(tree, {
    direction,
    only: 'all',
    nodeSize: (key) => boxes.get(key) ?? NODE_SIZE,
  });
}

function headerSvg(tree: Tree, width: number): { svg: string; height: number } {
  const m = tree.meta;
  const title = wrapText(oneLine(m.title), width, 18);
  const sub = wrapText(
    `Source: ${oneLine(m.source.title)} (${oneLine(m.source.publisher)}, ${oneLine(m.source.date)}). Version ${m.version}, ${m.status}, last reviewed ${m.lastReviewed}.`,
    width,
    11,
  );
  const note = wrapText(`Educational aid, not medical advice. ${oneLine(m.disclaimer)}`, width, 11);
  let y = MARGIN;
  const out: string[] = [];
  for (const line of title) {
    y += 22;
    out.push(
      `<text x="${MARGIN}" y="${y}" font-size="18" font-weight="700" fill="#1a1f24">${xml(line)}</text>`,
    );
  }
  y += 4;
  for (const [lines, color] of [
    [sub, '#4a5561'],
    [note, '#8a1c1c'],
  ] as const) {
    for (const line of lines) {
      y += 15;
      out.push(`<text x="${MARGIN}" y="${y}" font-size="11" fill="${color}">${xml(line)}</text>`);
    }
  }
  return { svg: `<g class="header">${out.join('')}</g>`, height: y - MARGIN + 16 };
}

/**
 * The SVG document. `positions` (top-left corners, as from `svgPositions` or `layoutTree`) take
 * precedence over stored `meta.ui`; without them, `svgPositions` is used.
 */
export function toSvg(tree: Tree, positions?: Positions, options: SvgOptions = {}): string {
  const direction = options.direction ?? 'TB';
  const vertical = direction === 'TB';
  const at = positions ?? svgPositions(tree, direction);
  const flow = toFlow(tree, at, [], direction);
  const nodes: [FlowNode, NodeBox, Rect][] = flow.nodes.map((n) => {
    const box = nodeBox(n.data);
    const p = own(at, n.id) ?? n.position;
    return [n, box, { x: p.x, y: p.y, width: box.width, height: box.height }];
  });
  const rects = new Map(nodes.map(([n, , r]) => [n.id, r]));
  const edges = drawEdges(flow.edges, rects, vertical);

  const initial = rects.get(tree.initial);
  const start: Rect | undefined = initial && {
    x: vertical
      ? initial.x + initial.width / 2 - START.width / 2
      : initial.x - START.gap - START.width,
    y: vertical
      ? initial.y - START.gap - START.height
      : initial.y + initial.height / 2 - START.height / 2,
    width: START.width,
    height: START.height,
  };
  const all = [
    ...nodes.map(([, , r]) => r),
    ...edges.map((e) => e.bounds),
    ...(start ? [start] : []),
  ];
  // Loops, not Math.min(...all): spreading tens of thousands of arguments overflows the stack.
  let [minX, minY, maxX, maxY] = [0, 0, -Infinity, -Infinity];
  for (const r of all) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  maxX = Math.max(maxX, minX + 200);
  maxY = Math.max(maxY, minY + 100);
  const graphWidth = Math.ceil(maxX - minX);
  const width = Math.max(graphWidth, 480) + 2 * MARGIN;
  const header =
    options.header === false ? { svg: '', height: 0 } : headerSvg(tree, width - 2 * MARGIN);
  const dx = r1(MARGIN - minX + (width - 2 * MARGIN - graphWidth) / 2);
  const dy = r1(MARGIN + header.height - minY);
  const height = Math.ceil(maxY - minY + header.height + 2 * MARGIN);

  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-labelledby="svg-title">`,
    `<title id="svg-title">${xml(oneLine(tree.meta.title))}</title>`,
    `<desc>${xml(`Decision pathway exported from Stepwise: ${Object.keys(tree.states).length} steps. Educational aid, not medical advice.`)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    header.svg,
    `<g class="graph" transform="translate(${dx} ${dy})">`,
  ];
  if (start && initial) {
    const from = vertical
      ? { x: start.x + start.width / 2, y: start.y + start.height }
      : { x: start.x + start.width, y: start.y + start.height / 2 };
    const tip = vertical ? { x: from.x, y: initial.y } : { x: initial.x, y: from.y };
    parts.push(
      `<g class="start"><rect x="${r1(start.x)}" y="${r1(start.y)}" width="${start.width}" height="${start.height}" rx="11" fill="#0b5cad"/>` +
        `<text x="${r1(start.x + start.width / 2)}" y="${r1(start.y + 15)}" font-size="11" font-weight="700" fill="#ffffff" text-anchor="middle">Start</text>` +
        `<path d="M${r1(from.x)} ${r1(from.y)} L${r1(tip.x)} ${r1(tip.y)}" stroke="#0b5cad" stroke-width="2"/>${arrowhead(from, tip, '#0b5cad')}</g>`,
    );
  }
  // Edges first, then boxes over them; labels are drawn last so no box hides one.
  parts.push(...edges.map((e) => e.line));
  for (const [n, box, r] of nodes) parts.push(nodeSvg(n.id, n.data, box, r1(r.x), r1(r.y)));
  parts.push(...edges.map((e) => e.label));
  parts.push('</g>', '</svg>');
  return `${parts.join('\n')}\n`;
}
