/** Random valid trees: the file format round-trips, and the derived graph matches the tree. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersOf } from '../../src/model/graph';
import { parseJsonText, parseTree } from '../../src/model/parse';
import { serialiseScenarios, serialiseTree } from '../../src/model/serialise';
import { toFlow } from '../../src/model/toFlow';
import { checkTree, validate } from '../../src/model/validate';
import { scenariosFor, validTree } from './arbitraries';
import { HEAVY_TEST } from '../budget';

const RUNS = { numRuns: 100 };

// Generous: a loaded machine can be several times slower; the run counts keep it fast otherwise.
describe('random valid trees', { timeout: 60_000 }, () => {
  it('are valid: the generator makes what the validator accepts', HEAVY_TEST, () => {
    fc.assert(
      fc.property(validTree, (tree) => {
        expect(parseTree(tree).ok).toBe(true);
        expect(checkTree(tree, tree.id)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('serialise then parse is the identity, and serialise is a fixed point', HEAVY_TEST, () => {
    fc.assert(
      fc.property(validTree, (tree) => {
        const text = serialiseTree(tree);
        const json = parseJsonText(text);
        if (!json.ok) throw new Error(JSON.stringify(json.problems));
        const parsed = parseTree(json.value);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        expect(parsed.value).toEqual(tree);
        // Order is content too: states and answers keep the author's order.
        expect(Object.keys(parsed.value.states)).toEqual(Object.keys(tree.states));
        for (const [key, node] of Object.entries(tree.states)) {
          expect(Object.keys(parsed.value.states[key]?.on ?? {})).toEqual(
            Object.keys(node.on ?? {}),
          );
        }
        expect(serialiseTree(parsed.value)).toBe(text);
      }),
      RUNS,
    );
  });

  it(
    'with random scenarios, the pair validates and the scenarios file round-trips too',
    HEAVY_TEST,
    () => {
      const withScenarios = validTree.chain((tree) =>
        scenariosFor(tree).map((scenarios) => ({ tree, scenarios })),
      );
      fc.assert(
        fc.property(withScenarios, ({ tree, scenarios }) => {
          const file = { tree: tree.id, scenarios };
          const result = validate(tree, { fileId: tree.id, scenarios: file });
          // The only complaints allowed: recommendations that no random scenario reaches.
          for (const p of result.problems) expect(p.message).toMatch(/^no scenario ends at/);
          const text = serialiseScenarios(file);
          expect(serialiseScenarios(JSON.parse(text) as typeof file)).toBe(text);
        }),
        { numRuns: 100 },
      );
    },
  );

  it('toFlow gives exactly one node per state and one edge per answer', HEAVY_TEST, () => {
    fc.assert(
      fc.property(validTree, (tree) => {
        const { nodes, edges } = toFlow(tree);
        expect(nodes.map((n) => n.id)).toEqual(Object.keys(tree.states));
        const answers = Object.entries(tree.states).flatMap(([key, node]) =>
          answersOf(node).map((a) => ({ source: key, target: a.target, label: a.label })),
        );
        expect(edges.map((e) => ({ source: e.source, target: e.target, label: e.label }))).toEqual(
          answers,
        );
        expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
      }),
      RUNS,
    );
  });
});
