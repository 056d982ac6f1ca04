/**
 * Which corner of the canvas the overview (minimap) sits in: the usual one, bottom right, unless
 * the step being edited would be under it; then the first corner that leaves it in sight. The
 * bottom-left corner holds the zoom controls, so it comes last.
 */
export type Corner = 'bottom-right' | 'top-right' | 'top-left' | 'bottom-left';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const ORDER: readonly Corner[] = ['bottom-right', 'top-right', 'top-left', 'bottom-left'];

/** The overview's box in a pane of `pane` size when it sits in `corner`, `margin` from the edges. */
export function cornerBox(
  corner: Corner,
  pane: { width: number; height: number },
  size: { width: number; height: number },
  margin: number,
): Rect {
  const x = corner.endsWith('right') ? pane.width - size.width - margin : margin;
  const y = corner.startsWith('bottom') ? pane.height - size.height - margin : margin;
  return { x, y, ...size };
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The corner for the overview given the edited step's box on screen (pane coordinates), or the
 * usual corner when nothing is being edited or every corner would cover it.
 */
export function overviewCorner(
  edited: Rect | undefined,
  pane: { width: number; height: number },
  size: { width: number; height: number },
  margin = 15,
): Corner {
  if (!edited) return 'bottom-right';
  return ORDER.find((c) => !intersects(cornerBox(c, pane, size, margin), edited)) ?? 'bottom-right';
}
