import { describe, expect, it } from 'vitest';
import { cornerBox, overviewCorner } from '../../src/editor/overviewCorner';

const pane = { width: 1000, height: 600 };
const size = { width: 200, height: 150 };

describe('where the overview sits', () => {
  it('stays bottom right when the edited step is clear of it', () => {
    expect(overviewCorner({ x: 100, y: 100, width: 240, height: 96 }, pane, size)).toBe(
      'bottom-right',
    );
    expect(overviewCorner(undefined, pane, size)).toBe('bottom-right');
  });

  it('moves to the first corner that leaves the edited step in sight', () => {
    const underIt = { x: 800, y: 480, width: 240, height: 96 };
    expect(overviewCorner(underIt, pane, size)).toBe('top-right');
    const topRightToo = { x: 700, y: 0, width: 300, height: 600 };
    expect(overviewCorner(topRightToo, pane, size)).toBe('top-left');
  });

  it('computes each corner’s box inside the pane', () => {
    expect(cornerBox('bottom-right', pane, size, 15)).toEqual({ x: 785, y: 435, ...size });
    expect(cornerBox('top-left', pane, size, 15)).toEqual({ x: 15, y: 15, ...size });
  });
});
