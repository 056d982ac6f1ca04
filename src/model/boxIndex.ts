/**
 * Boxes indexed for "which are near this one?", so placing labels one by one against every step
 * and every label placed before costs a lookup, not a loop over all of them (that loop made the
 * SVG export and the editor's label placement grow with the square of the steps). An R-tree from
 * rbush: small, well kept, with inserts as labels are placed.
 */
import RBush from 'rbush';
import type { Box } from './placement';

interface Entry {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  box: Box;
}

function entry(box: Box, margin = 0): Entry {
  return {
    minX: box.x - margin,
    minY: box.y - margin,
    maxX: box.x + box.width + margin,
    maxY: box.y + box.height + margin,
    box,
  };
}

export class BoxIndex {
  private readonly tree = new RBush<Entry>();

  constructor(boxes: Iterable<Box> = []) {
    this.tree.load([...boxes].map((box) => entry(box)));
  }

  add(box: Box): void {
    this.tree.insert(entry(box));
  }

  /** The boxes that touch or overlap `box` grown by `margin` on every side. */
  near(box: Box, margin = 0): Box[] {
    return this.tree.search(entry(box, margin)).map((e) => e.box);
  }
}
