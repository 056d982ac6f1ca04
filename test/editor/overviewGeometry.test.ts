import { describe, expect, it } from 'vitest';
import {
  atLeast,
  boundsOf,
  fitInto,
  toFlowPoint,
  viewFrame,
} from '../../src/editor/overviewGeometry';

describe('overview geometry', () => {
  const bounds = boundsOf([
    { x: 0, y: 0, width: 100, height: 50 },
    { x: 300, y: 100, width: 100, height: 50 },
  ]);

  it('bounds every box', () => {
    expect(bounds).toEqual({ x: 0, y: 0, width: 400, height: 150 });
    expect(boundsOf([])).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });

  it('fits the bounds into the overview, centred, and maps points back', () => {
    const fit = fitInto(bounds, { width: 200, height: 150 });
    expect(fit.scale).toBe(0.5);
    expect(fit.offsetY).toBeCloseTo((150 - 75) / 2);
    expect(toFlowPoint({ x: 100, y: 75 }, fit)).toEqual({ x: 200, y: 75 });
  });

  it('draws the view as the flow area the canvas shows', () => {
    const fit = fitInto(bounds, { width: 200, height: 150 });
    // Panned so flow (100, 0) is at the top left, zoom 2, an 800 x 300 canvas: flow 400 x 150.
    const frame = viewFrame({ x: -200, y: 0, zoom: 2, width: 800, height: 300 }, fit);
    expect(frame.x).toBeCloseTo(50);
    expect(frame.width).toBeCloseTo(200);
    expect(frame.height).toBeCloseTo(75);
  });

  it('keeps a tiny frame findable, about the same centre', () => {
    expect(atLeast({ x: 10, y: 10, width: 2, height: 20 }, 8)).toEqual({
      x: 7,
      y: 10,
      width: 8,
      height: 20,
    });
  });
});
