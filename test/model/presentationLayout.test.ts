import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  labelSize,
  overlaps,
  presenterLayout,
  wrappedLines,
  type Box,
} from '../../src/model/presentationLayout';
import type { Tree } from '../../src/model/types';
import { exampleTree } from '../helpers';

const dir = join(import.meta.dirname, '..', '..', 'trees');
const bundled = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.includes('.scenarios.') && !f.includes('.schema.'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Tree);

describe('wrappedLines', () => {
  it('wraps words and breaks a word longer than a line', () => {
    expect(wrappedLines('a b', 1000).lines).toBe(1);
    expect(wrappedLines('word '.repeat(40), 200).lines).toBeGreaterThan(5);
    expect(wrappedLines('x'.repeat(60), 160).lines).toBe(Math.ceil(60 / 10));
  });

  it('sizes a label no wider than its maximum', () => {
    expect(labelSize('Yes').width).toBeLessThan(labelSize('Yes, at the target dose').width);
    expect(labelSize('word '.repeat(30)).width).toBeLessThanOrEqual(260);
  });
});

describe('presenterLayout', () => {
  for (const tree of [exampleTree(), ...bundled]) {
    it(`${tree.id}: no answer label overlaps a step or another label`, () => {
      const l = presenterLayout(tree);
      expect(l.steps.size).toBe(Object.keys(tree.states).length);
      const steps = [...l.steps.values()];
      const labels: Box[] = [...l.edges.values()].map((e) => e.label);
      for (const [i, label] of labels.entries()) {
        for (const step of steps) expect(overlaps(label, step)).toBe(false);
        for (const other of labels.slice(i + 1)) expect(overlaps(label, other)).toBe(false);
      }
      for (const [i, a] of steps.entries())
        for (const b of steps.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    });
  }
});
