import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../src/app/route';

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
