import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../src/routes/route';

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

describe('presenter and quiz routes', () => {
  const cases: [string, Route][] = [
    [
      '#/present/t?answers=A,B&scenario=case-1&show=answer',
      {
        page: 'present',
        treeId: 't',
        answers: ['A', 'B'],
        reveal: true,
        scenario: 'case-1',
        showAnswer: true,
      },
    ],
    [
      '#/present/t/speaker?reveal=off&scenario=case-1',
      {
        page: 'present',
        treeId: 't',
        answers: [],
        reveal: false,
        scenario: 'case-1',
        speaker: true,
      },
    ],
    [
      '#/quiz/t?scenario=b&answers=YES&run=a~1,c~0',
      { page: 'quiz', treeId: 't', scenario: 'b', answers: ['YES'], run: ['a~1', 'c~0'] },
    ],
  ];
  for (const [hash, route] of cases) {
    it(`reads and writes ${hash}`, () => {
      expect(parseRoute(hash)).toEqual(route);
      expect(routeHref(route)).toBe(hash);
    });
  }

  it('leaves other three-part presenter paths unknown', () => {
    expect(parseRoute('#/present/t/other').page).toBe('not-found');
  });
});

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
