import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../src/app/route';

describe('parseRoute', () => {
  it('says "not found" for a malformed percent escape instead of throwing (issue 11)', () => {
    for (const hash of ['#/play/%zz', '#/edit/%E0%A4%A', '#/present/%', '#/quiz/a%2']) {
      expect(parseRoute(hash)).toEqual({ page: 'not-found', hash });
    }
  });

  it('still decodes a good escape', () => {
    expect(parseRoute('#/edit/my%2Dtree')).toEqual({ page: 'edit', treeId: 'my-tree' });
  });
});
