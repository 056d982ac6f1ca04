/**
 * Where each answer label sits on its edge, so labels neither overlap each other nor hide a step
 * at 100% zoom. React Flow puts a label at the middle of its curve, where the labels of a
 * question's answers meet; here each label slides along its own curve (the same cubic Bézier
 * React Flow draws between the handles) to the first spot that is clear. Pure: the canvas draws
 * the label at the chosen point.
 */
import type { Direction, Position } from './layout';
import { BoxIndex } from './boxIndex';
import type { Box } from './placement';

/** How the canvas draws a label (editor.css): 11 px text with 6 x 3 px of padding, one line. */
export const LABEL_FONT_PX = 11;
const CHAR_PX = 6.4; // a generous average advance for 11 px sans-serif text
const PAD_X = 6;
const PAD_Y = 3;
export const LABEL_HEIGHT = Math.ceil(LABEL_FONT_PX * 1.3 + 2 * PAD_Y);
/** Room kept around a label, so two never touch. */
const MARGIN = 2;

/** Where along its curve a label may sit, nearest the middle first. */
const ALONG = [0.5, 0.35, 0.65, 0.25, 0.75, 0.42, 0.58, 0.2, 0.8, 0.3, 0.7, 0.15, 0.85];
/**
 * Label heights a label may be lifted or dropped off its curve, when no spot on it is clear:
 * two answers that lead to the same step share one curve, so their labels stack beside it.
 */
const OFF = [0, 1, -1, 2, -2];
const SPOTS: readonly { t: number; off: number }[] = OFF.flatMap((off) =>
  ALONG.map((t) => ({ t, off })),
);

export function labelWidth(text: string): number {
  return Math.ceil(text.length * CHAR_PX + 2 * PAD_X);
}

/** React Flow's control-point offset for a Bézier edge (`calculateControlOffset`, curvature 0.25). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

/** The ends of an edge: the source's bottom (right, left-right) handle and the target's top (left). */
export function handlesOf(source: Box, target: Box, direction: Direction): [Position, Position] {
  return direction === 'TB'
    ? [
        { x: source.x + source.width / 2, y: source.y + source.height },
        { x: target.x + target.width / 2, y: target.y },
      ]
    : [
        { x: source.x + source.width, y: source.y + source.height / 2 },
        { x: target.x, y: target.y + target.height / 2 },
      ];
}

/** The point at `t` (0 at the source, 1 at the target) of the curve React Flow draws. */
export function pointOnEdge(
  from: Position,
  to: Position,
  direction: Direction,
  t: number,
): Position {
  const c1 =
    direction === 'TB'
      ? { x: from.x, y: from.y + controlOffset(to.y - from.y) }
      : { x: from.x + controlOffset(to.x - from.x), y: from.y };
  const c2 =
    direction === 'TB'
      ? { x: to.x, y: to.y - controlOffset(to.y - from.y) }
      : { x: to.x - controlOffset(to.x - from.x), y: to.y };
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * from.x + b * c1.x + c * c2.x + d * to.x,
    y: a * from.y + b * c1.y + c * c2.y + d * to.y,
  };
}

export interface LabelledEdge {
  id: string;
  source: Box;
  target: Box;
  label: string;
}

export interface PlacedLabel {
  id: string;
  /** Where along the curve, 0 to 1. */
  t: number;
  /** How far the label's centre sits below (negative: above) that point of the curve, in px. */
  dy: number;
  /** The label's box on the canvas. */
  box: Box;
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + MARGIN &&
    b.x < a.x + a.width + MARGIN &&
    a.y < b.y + b.height + MARGIN &&
    b.y < a.y + a.height + MARGIN
  );
}

function labelBox(edge: LabelledEdge, direction: Direction, t: number, dy: number): Box {
  const [from, to] = handlesOf(edge.source, edge.target, direction);
  const at = pointOnEdge(from, to, direction, t);
  const width = labelWidth(edge.label);
  return { x: at.x - width / 2, y: at.y + dy - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
}

/**
 * Places labels one edge at a time, in the order given, each on the first spot along its curve
 * that overlaps no label placed before and no step; where none is clear, the spot with the fewest.
 */
export function placeLabels(
  edges: readonly LabelledEdge[],
  nodes: readonly Box[],
  direction: Direction,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  // Steps and placed labels, indexed: a loop over all of them per spot grew with the square.
  const taken = new BoxIndex(nodes);
  for (const edge of edges) {
    if (edge.label === '') continue;
    let best: PlacedLabel | undefined;
    let bestHits = Infinity;
    for (const { t, off } of SPOTS) {
      const dy = off * (LABEL_HEIGHT + 2 * MARGIN);
      const box = labelBox(edge, direction, t, dy);
      let hits = 0;
      for (const near of taken.near(box, MARGIN)) if (overlaps(box, near)) hits++;
      if (hits < bestHits) {
        best = { id: edge.id, t, dy, box };
        bestHits = hits;
        if (hits === 0) break;
      }
    }
    if (best) {
      placed.push(best);
      taken.add(best.box);
    }
  }
  return placed;
}

/** Pairs of labels that overlap, and labels that cover a step: what a check reports. */
export function labelCollisions(
  placed: readonly PlacedLabel[],
  nodes: readonly { id: string; box: Box }[],
): string[] {
  const found: string[] = [];
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i] as PlacedLabel;
    for (let j = i + 1; j < placed.length; j++) {
      const b = placed[j] as PlacedLabel;
      if (overlaps(a.box, b.box)) found.push(`${a.id} overlaps ${b.id}`);
    }
    for (const n of nodes) if (overlaps(a.box, n.box)) found.push(`${a.id} covers ${n.id}`);
  }
  return found;
}
