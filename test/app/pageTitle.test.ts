import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/app/pageTitle';
import { parseRoute } from '../../src/routes/route';

describe('pageTitle', () => {
  const hashes = [
    '#/',
    '#/play/a-tree',
    '#/edit/a-tree',
    '#/present/a-tree',
    '#/present/a-tree/speaker',
    '#/quiz/a-tree',
    '#/new',
    '#/new?from=a-tree',
    '#/compare',
    '#/no/such/page',
  ];

  it('gives every kind of page its own title', () => {
    const titles = hashes.map((hash) => pageTitle(parseRoute(hash)));
    expect(new Set(titles).size).toBe(hashes.length);
    expect(titles.filter((t) => t === 'Stepwise')).toEqual([]);
  });

  it("names the tree by its title once known, as the pathway's prerendered page does", () => {
    expect(pageTitle(parseRoute('#/edit/a-tree'), 'A tree')).toBe('Edit: A tree · Stepwise');
    expect(pageTitle(parseRoute('#/play/a-tree'), 'A tree')).toBe('A tree · Stepwise');
    expect(pageTitle(parseRoute('#/edit/a-tree'))).toBe('Edit: a-tree · Stepwise');
  });
});
