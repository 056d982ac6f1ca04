/**
 * Exports and layouts on trees that broke them (issue 21, finding 8): a step called `constructor`
 * and answers aimed at names every object inherits, and a 10,000-step chain (recursive walks
 * overflowed the stack; dagre recursed too, and took 12 s for a 100-step chain with shortcuts).
 */
import type { Bundle, Questionnaire } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { toFhirBundle, toFhirJson } from '../../src/model/export/fhir/bundle';
import { toHandout } from '../../src/model/export/handout';
import { mermaidId, toMermaid } from '../../src/model/export/mermaid';
import { toSvg } from '../../src/model/export/svg';
import { layoutTree, NODE_HEIGHT, NODE_WIDTH, type Positions } from '../../src/model/layout';
import { own } from '../../src/model/own';
import { presenterLayout } from '../../src/model/presentationLayout';
import { toFlow } from '../../src/model/toFlow';
import type { Tree } from '../../src/model/types';
import { checkTree } from '../../src/model/validate';
import { HEAVY_TEST } from '../budget';
import { chainTree } from './generateTree';

/** Names every plain object inherits, as step keys or answer targets. */
const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

/** A valid tree whose second question is called `constructor`. */
const withConstructor = (): Tree => chainTree(6, (i) => (i === 1 ? 'constructor' : `q_${i}`));

/** A draft whose first question also answers towards inherited names that are not steps. */
function withDanglingAnswers(): Tree {
  const tree = chainTree(6);
  const on = tree.states.q_0?.on ?? {};
  INHERITED.forEach((target, i) => {
    on[`TO_${i}`] = { target, description: `Towards ${target}` };
  });
  return tree;
}

function questionnaireOf(bundle: Bundle): Questionnaire {
  const found = bundle.entry?.find((e) => e.resource?.resourceType === 'Questionnaire')?.resource;
  if (found?.resourceType !== 'Questionnaire') throw new Error('no Questionnaire in the bundle');
  return found as Questionnaire;
}

const svgTargets = (svg: string) =>
  [...svg.matchAll(/<g class="edge" data-source="([^"]*)" data-target="([^"]*)"/g)].map(
    (m) => `${m[1]}>${m[2]}`,
  );
const svgStates = (svg: string) =>
  [...svg.matchAll(/<g class="node[^"]*" data-state="([^"]*)"/g)].map((m) => m[1]);

describe('a step called constructor', () => {
  const tree = withConstructor();
  const keys = Object.keys(tree.states);

  it('is a valid tree', () => {
    expect(checkTree(tree)).toEqual([]);
  });

  it('is drawn in the SVG (and so the PNG) with its edges in and out', () => {
    const svg = toSvg(tree);
    expect(svgStates(svg).sort()).toEqual([...keys].sort());
    expect(svgTargets(svg)).toEqual(
      expect.arrayContaining(['q_0>constructor', 'constructor>q_2', 'constructor>stop']),
    );
    expect(toSvg(tree, undefined, { direction: 'LR' })).toContain('data-state="constructor"');
  });

  it('has its section and links in the Markdown handout', () => {
    const md = toHandout(tree);
    expect(md).toContain('<a id="step-constructor"></a>');
    expect(md).toContain('→ leads to [Question 1?](#step-constructor)');
    expect(md).not.toContain('missing step');
  });

  it('is a node with its edges in Mermaid', () => {
    const text = toMermaid(tree);
    expect(text).toContain(`${mermaidId('q_0')} -->|"Go on"| ${mermaidId('constructor')}`);
    expect(text).toContain(`${mermaidId('constructor')} -->|"Go on"| ${mermaidId('q_2')}`);
  });

  it('is a Questionnaire item in the FHIR export', () => {
    const bundle = toFhirBundle(tree);
    const questionnaire = questionnaireOf(bundle);
    expect((questionnaire.item ?? []).map((i) => i.linkId)).toContain('constructor');
  });

  it('gets a place of its own in the editor layout and the presenter layout', () => {
    const positions = layoutTree(tree, { direction: 'TB', only: 'all' });
    expect(Object.keys(positions).sort()).toEqual([...keys].sort());
    expect(Object.hasOwn(positions, 'constructor')).toBe(true);
    expect(own(positions, 'constructor')?.y).toBeGreaterThan(positions.q_0?.y ?? Infinity);
    const presenter = presenterLayout(tree);
    expect([...presenter.steps.keys()].sort()).toEqual([...keys].sort());
    expect(presenter.edges.get('constructor.NEXT')).toMatchObject({
      source: 'constructor',
      target: 'q_2',
    });
  });
});

describe('answers aimed at inherited names that are no steps', () => {
  const tree = withDanglingAnswers();
  const keys = Object.keys(tree.states);

  it('are left out of the SVG drawing', () => {
    const svg = toSvg(tree);
    expect(svgStates(svg).sort()).toEqual([...keys].sort());
    expect(svgTargets(svg).filter((edge) => edge.startsWith('q_0>'))).toEqual([
      'q_0>q_1',
      'q_0>stop',
    ]);
  });

  it('are left out of the Mermaid drawing', () => {
    const text = toMermaid(tree);
    for (const target of INHERITED) expect(text).not.toContain(mermaidId(target));
    expect(text.match(/ -->\|/g)).toHaveLength(2 * 4);
  });

  it('are named as missing steps in the handout', () => {
    const md = toHandout(tree);
    expect(md.match(/leads to a missing step/g)).toHaveLength(INHERITED.length);
    expect(md).toContain('a missing step "toString"');
  });

  it('get no position and no edge in the editor, and no place in FHIR', () => {
    const positions = layoutTree(tree, { direction: 'LR', only: 'all' });
    expect(Object.keys(positions).sort()).toEqual([...keys].sort());
    for (const target of INHERITED) {
      if (target !== '__proto__') expect(Object.hasOwn(positions, target)).toBe(false);
    }
    const flow = toFlow(tree, positions);
    expect(flow.edges.every((e) => keys.includes(e.target))).toBe(true);
    expect(flow.edges).toHaveLength(2 * 4);
    const questionnaire = questionnaireOf(toFhirBundle(tree));
    expect((questionnaire.item ?? []).map((i) => i.linkId)).toEqual(['q_0', 'q_1', 'q_2', 'q_3']);
  });
});

/** Boxes of one size that overlap, found by sweeping down the ranks (not all 50 million pairs). */
function overlaps(positions: Positions): number {
  const boxes = Object.values(positions).sort((a, b) => a.y - b.y);
  let found = 0;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i] as { x: number; y: number };
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j] as { x: number; y: number };
      if (b.y >= a.y + NODE_HEIGHT) break;
      if (Math.abs(a.x - b.x) < NODE_WIDTH) found++;
    }
  }
  return found;
}

describe('a 10,000-step chain', () => {
  const tree = chainTree(10_000);
  const keys = Object.keys(tree.states);

  it(
    'is laid out for the editor, each question below the one before, no boxes overlapping',
    HEAVY_TEST,
    () => {
      const positions = layoutTree(tree, { direction: 'TB', only: 'all' });
      expect(Object.keys(positions)).toHaveLength(keys.length);
      for (let i = 1; i < 9_998; i++)
        expect(positions[`q_${i}`]?.y).toBeGreaterThan(positions[`q_${i - 1}`]?.y ?? Infinity);
      expect(overlaps(positions)).toBe(0);
      const across = layoutTree(tree, { direction: 'LR', only: 'all' });
      expect(across.q_9997?.x).toBeGreaterThan(across.q_0?.x ?? Infinity);
    },
  );

  it('exports as SVG with every step and every edge', HEAVY_TEST, () => {
    const svg = toSvg(tree);
    expect(svgStates(svg)).toHaveLength(keys.length);
    expect(svgTargets(svg)).toHaveLength(2 * 9_998);
  });

  it('exports as a Markdown handout and as Mermaid', HEAVY_TEST, () => {
    expect(toHandout(tree).match(/^### Q\d+\./gm)).toHaveLength(9_998);
    expect(toMermaid(tree).match(/ -->\|/g)).toHaveLength(2 * 9_998);
  });

  it('exports as FHIR when it has no shortcuts (one item per question)', HEAVY_TEST, () => {
    const plain = chainTree(10_000, undefined, false);
    const bundle = JSON.parse(toFhirJson(plain)) as Bundle;
    const questionnaire = questionnaireOf(bundle);
    expect(questionnaire.item ?? []).toHaveLength(9_998);
  });
});
