/**
 * Geometry of the canvas overview (`Overview.tsx`): the pathway's bounding box fitted into the
 * overview, the visible part of the canvas as a frame on it, and overview points back to flow
 * coordinates. Plain functions, no React.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** React Flow's view: pan (x, y), zoom, and the canvas size in screen pixels. */
export interface View {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

/** How flow coordinates map into an overview of `size`: uniform scale, centred. */
export interface Fit {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export function boundsOf(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 1, height: 1 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return { x: minX, y: minY, width: Math.max(1, maxX - minX), height: Math.max(1, maxY - minY) };
}

export function fitInto(bounds: Box, size: { width: number; height: number }): Fit {
  const scale = Math.min(size.width / bounds.width, size.height / bounds.height);
  return {
    scale,
    offsetX: (size.width - bounds.width * scale) / 2 - bounds.x * scale,
    offsetY: (size.height - bounds.height * scale) / 2 - bounds.y * scale,
  };
}

/** The part of the flow the canvas shows, in overview pixels. */
export function viewFrame(view: View, fit: Fit): Box {
  const zoom = view.zoom > 0 ? view.zoom : 1;
  return {
    x: (-view.x / zoom) * fit.scale + fit.offsetX,
    y: (-view.y / zoom) * fit.scale + fit.offsetY,
    width: (view.width / zoom) * fit.scale,
    height: (view.height / zoom) * fit.scale,
  };
}

/** The flow point under an overview point. */
export function toFlowPoint(point: { x: number; y: number }, fit: Fit): { x: number; y: number } {
  return { x: (point.x - fit.offsetX) / fit.scale, y: (point.y - fit.offsetY) / fit.scale };
}

/** `box` grown about its centre to at least `min` wide and high. */
export function atLeast(box: Box, min: number): Box {
  const width = Math.max(box.width, min);
  const height = Math.max(box.height, min);
  return {
    x: box.x - (width - box.width) / 2,
    y: box.y - (height - box.height) / 2,
    width,
    height,
  };
}
