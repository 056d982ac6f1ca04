/**
 * Edges of the SVG export: one curve with an arrowhead per source-target pair, its ends spread
 * along the sides of the boxes, and the answer labels in a box on the curve, moved along it until
 * they cover no step and no other label.
 */
import { BoxIndex } from '../boxIndex';
import type { FlowEdge } from '../toFlow';
import { oneLine } from './common';
import { xml } from './svgNode';
import { textWidth, wrapText } from './wrap';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Point {
  x: number;
  y: number;
}

const LABEL_SIZE = 11;
const LABEL_LINE = 14;
const LABEL_WIDTH = 150;
const ARROW = 6;
/** Where on the curve a label may sit, best first. */
const LABEL_SPOTS = [0.55, 0.45, 0.65, 0.35, 0.75, 0.28, 0.82, 0.2, 0.9];

export interface DrawnEdge {
  /** The curve and its arrowhead. */
  line: string;
  /** The answer label: drawn after the boxes so none hides it. */
  label: string;
  bounds: Rect;
}

/** Answer labels of one source-target pair (two answers may lead to the same state). */
interface EdgeGroup {
  source: string;
  target: string;
  labels: string[];
}

export const r1 = (n: number) => Math.round(n * 10) / 10;

function groupEdges(edges: readonly FlowEdge[]): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  for (const e of edges) {
    const id = `${e.source}\u0000${e.target}`;
    const label = oneLine(e.label) === '' ? '(no label)' : oneLine(e.label);
    const group = groups.get(id);
    if (group) group.labels.push(label);
    else groups.set(id, { source: e.source, target: e.target, labels: [label] });
  }
  return [...groups.values()];
}

/** Index and count of each edge among those leaving (or entering) the same box, by the other end. */
function slots(
  groups: readonly EdgeGroup[],
  side: 'source' | 'target',
  centre: (key: string) => number,
): Map<EdgeGroup, [number, number]> {
  const other = side === 'source' ? 'target' : 'source';
  const byKey = new Map<string, EdgeGroup[]>();
  for (const g of groups) {
    const list = byKey.get(g[side]);
    if (list) list.push(g);
    else byKey.set(g[side], [g]);
  }
  const index = new Map<EdgeGroup, [number, number]>();
  for (const list of byKey.values()) {
    list.sort((a, b) => centre(a[other]) - centre(b[other]));
    list.forEach((g, i) => index.set(g, [i, list.length]));
  }
  return index;
}

function spread(rect: Rect, vertical: boolean, [i, n]: [number, number], out: boolean): Point {
  const t = (i + 1) / (n + 1);
  return vertical
    ? { x: rect.x + rect.width * t, y: out ? rect.y + rect.height : rect.y }
    : { x: out ? rect.x + rect.width : rect.x, y: rect.y + rect.height * t };
}

function bezier([a, b, c, d]: readonly [Point, Point, Point, Point], t: number): Point {
  const u = 1 - t;
  const mix = (k: 'x' | 'y') =>
    u * u * u * a[k] + 3 * u * u * t * b[k] + 3 * u * t * t * c[k] + t * t * t * d[k];
  return { x: mix('x'), y: mix('y') };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The spot on the curve where the label covers least of what is already there. */
function placeLabel(
  curve: readonly [Point, Point, Point, Point],
  size: { width: number; height: number },
  taken: BoxIndex,
): Rect {
  let best: Rect | undefined;
  let bestCover = Infinity;
  for (const t of LABEL_SPOTS) {
    const p = bezier(curve, t);
    const box = { x: p.x - size.width / 2, y: p.y - size.height / 2, ...size };
    let cover = 0;
    for (const r of taken.near(box)) cover += overlap(box, r);
    if (cover < bestCover) [best, bestCover] = [box, cover];
    if (cover === 0) break;
  }
  return best ?? { x: curve[0].x, y: curve[0].y, ...size };
}

/**
 * A filled triangle ending at `tip`, pointing away from `from`. Drawn as a shape rather than an SVG
 * marker: resvg (the CLI's PNG renderer) aborts the process on a marker whose path lies outside
 * the canvas, and plain shapes render the same everywhere.
 */
export function arrowhead(from: Point, tip: Point, color: string): string {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const back = { x: tip.x - ux * (ARROW + 3), y: tip.y - uy * (ARROW + 3) };
  const side = { x: -uy * 4.5, y: ux * 4.5 };
  const pts = [
    tip,
    { x: back.x + side.x, y: back.y + side.y },
    { x: back.x - side.x, y: back.y - side.y },
  ];
  return `<path d="M${pts.map((p) => `${r1(p.x)} ${r1(p.y)}`).join(' L')} Z" fill="${color}"/>`;
}

/** Curves and labels for every edge whose ends both have a box in `rects`. */
export function drawEdges(
  edges: readonly FlowEdge[],
  rects: ReadonlyMap<string, Rect>,
  vertical: boolean,
): DrawnEdge[] {
  const groups = groupEdges(edges);
  const centre = (key: string) => {
    const r = rects.get(key);
    return r ? (vertical ? r.x + r.width / 2 : r.y + r.height / 2) : 0;
  };
  const outs = slots(groups, 'source', centre);
  const ins = slots(groups, 'target', centre);
  const routes: { g: EdgeGroup; curve: [Point, Point, Point, Point]; tip: Point }[] = [];
  for (const g of groups) {
    const from = rects.get(g.source);
    const to = rects.get(g.target);
    if (!from || !to) continue;
    const s = spread(from, vertical, outs.get(g) ?? [0, 1], true);
    const tip = spread(to, vertical, ins.get(g) ?? [0, 1], false);
    const end = vertical ? { x: tip.x, y: tip.y - ARROW } : { x: tip.x - ARROW, y: tip.y };
    const bend = Math.max(30, Math.abs(vertical ? end.y - s.y : end.x - s.x) / 2);
    const curve: [Point, Point, Point, Point] = vertical
      ? [s, { x: s.x, y: s.y + bend }, { x: end.x, y: end.y - bend }, end]
      : [s, { x: s.x + bend, y: s.y }, { x: end.x - bend, y: end.y }, end];
    routes.push({ g, curve, tip });
  }
  // Labels keep clear of the boxes, of each other and of every arrowhead.
  // Indexed (boxIndex.ts): checking each spot against every rectangle grew with the square of
  // the steps (15 s for 3,000).
  const taken = new BoxIndex([
    ...rects.values(),
    ...routes.map(({ tip }) => ({ x: tip.x - 8, y: tip.y - 14, width: 16, height: 16 })),
  ]);
  const drawn: DrawnEdge[] = [];
  for (const { g, curve, tip } of routes) {
    const pt = (p: Point) => `${r1(p.x)} ${r1(p.y)}`;
    const path = `M${pt(curve[0])} C${pt(curve[1])} ${pt(curve[2])} ${pt(curve[3])}`;
    const lines = g.labels.flatMap((l) => wrapText(l, LABEL_WIDTH, LABEL_SIZE, 4));
    const width = Math.max(...lines.map((l) => textWidth(l, LABEL_SIZE)), 20) + 10;
    const size = { width, height: lines.length * LABEL_LINE + 6 };
    const box = placeLabel(curve, size, taken);
    taken.add(box);
    const cx = r1(box.x + width / 2);
    const text = lines
      .map((l, i) => {
        const y = r1(box.y + 3 + LABEL_SIZE + i * LABEL_LINE);
        return `<tspan x="${cx}" y="${y}">${xml(l)}</tspan>`;
      })
      .join('');
    const ends = `data-source="${xml(g.source)}" data-target="${xml(g.target)}"`;
    drawn.push({
      bounds: box,
      line:
        `<g class="edge" ${ends}><path d="${path}" fill="none" stroke="#51606f" stroke-width="1.5"/>` +
        `${arrowhead(curve[2], tip, '#51606f')}</g>`,
      label:
        `<g class="edge-label" ${ends}>` +
        `<rect x="${r1(box.x)}" y="${r1(box.y)}" width="${r1(width)}" height="${size.height}" rx="3" fill="#ffffff" stroke="#c9d1d9"/>` +
        `<text font-size="${LABEL_SIZE}" fill="#1a1f24" text-anchor="middle">${text}</text></g>`,
    });
  }
  return drawn;
}
