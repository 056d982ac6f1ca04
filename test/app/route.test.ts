import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../src/app/route';

describe('the play route', () => {
  it('carries the pending tail (then=) and the log a change cleared (was=) both ways', () => {
    const route: Route = {
      page: 'play',
      treeId: 'example-pathway',
      answers: ['YES'],
      then: ['CONTINUE', 'NO'],
      was: ['YES', 'CONTINUE', 'NO'],
    };
    const href = routeHref(route);
    expect(href).toBe('#/play/example-pathway?answers=YES&then=CONTINUE,NO&was=YES,CONTINUE,NO');
    expect(parseRoute(href)).toEqual(route);
  });

  it('leaves them out when empty', () => {
    const href = routeHref({ page: 'play', treeId: 't', answers: [], then: [], was: [] });
    expect(href).toBe('#/play/t');
    expect(parseRoute(href)).toEqual({ page: 'play', treeId: 't', answers: [] });
  });
});
