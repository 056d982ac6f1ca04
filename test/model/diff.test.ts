/** The semantic diff: steps, fields, answers, renames and scenario outcomes, and its Markdown. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { changedStepKeys, diffTrees, hasChanges, type DiffSide } from '../../src/model/diff';
import { diffMarkdown, mdText } from '../../src/model/diffMarkdown';
import { parseScenarioFile } from '../../src/model/parse';
import type { ScenarioFile, StateNode, Tree } from '../../src/model/types';
import { exampleTree, FIXTURES, readJson } from '../helpers';

function side(name: string): DiffSide {
  const file = parseScenarioFile(readJson(join(FIXTURES, 'valid', `${name}.scenarios.json`)));
  if (!file.ok) throw new Error('bad fixture');
  return { tree: exampleTree(name), scenarios: file.value };
}

function edited(base: DiffSide, edit: (tree: Tree, scenarios: ScenarioFile) => void): DiffSide {
  const copy = structuredClone(base) as Required<DiffSide>;
  edit(copy.tree, copy.scenarios);
  return copy;
}

/** Renames a state key, keeping its place in the map and every answer that points at it. */
function renameState(tree: Tree, from: string, to: string): void {
  tree.states = Object.fromEntries(
    Object.entries(tree.states).map(([k, v]) => [k === from ? to : k, v]),
  );
  for (const node of Object.values(tree.states)) {
    for (const t of Object.values(node.on ?? {})) if (t.target === from) t.target = to;
  }
  if (tree.initial === from) tree.initial = to;
}

describe('diffTrees', () => {
  const base = side('plan-pathway');

  it('finds nothing between a tree and itself, canvas moves included', () => {
    const moved = edited(base, (t) => {
      (t.states.basics_checked as StateNode).meta.ui = { x: 10, y: 20 };
    });
    const diff = diffTrees(base, moved);
    expect(hasChanges(diff)).toBe(false);
    expect(diffMarkdown(diff, 'a', 'b')).toContain('No changes.');
  });

  it('reports a rewired answer and where each scenario walk parts', () => {
    const to = edited(base, (t) => {
      const on = (t.states.basics_checked as StateNode).on ?? {};
      (on.YES as { target: string }).target = 'optimise_first_line';
    });
    const diff = diffTrees(base, to);
    expect(diff.answers).toEqual([
      expect.objectContaining({ step: 'basics_checked', event: 'YES', change: 'retargeted' }),
    ]);
    const walk = diff.scenarios.find((s) => s.id === 'adequate-trial');
    expect(walk).toMatchObject({
      sameEnd: false,
      samePlan: false,
      passChanged: true,
      before: { end: 'add_second_drug', plan: ['keep_exercising'], passed: true },
      after: { end: 'optimise_first_line', plan: [], passed: false },
      parts: { answer: 1, event: 'YES', step: 'basics_checked', before: 'red_flags' },
    });
    expect(diff.scenarios.find((s) => s.id === 'undertreated')).toMatchObject({ sameEnd: true });
    const md = diffMarkdown(diff, 'HEAD', 'WORKTREE');
    expect(md.indexOf('### Scenario outcomes')).toBeLessThan(md.indexOf('### Answers'));
    expect(md).toContain('answer 1 (`YES`) at `basics_checked`');
  });

  it('detects a rename by identical content and keeps scenarios on it the same', () => {
    const to = edited(base, (t, s) => {
      renameState(t, 'keep_exercising', 'keep_moving');
      const scenario = s.scenarios[1] as { plan: string[] };
      scenario.plan = ['keep_moving'];
    });
    const diff = diffTrees(base, to);
    expect(diff.renamed).toEqual([{ from: 'keep_exercising', to: 'keep_moving' }]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.answers).toEqual([]);
    expect(diff.scenarios.every((s) => s.sameEnd && s.samePlan && !s.passChanged)).toBe(true);
    expect(changedStepKeys(diff)).toEqual(new Set(['keep_moving']));
  });

  it('never guesses an ambiguous rename: two identical candidates stay added plus removed', () => {
    // One step removed, two steps added with its exact content: either could be "the rename".
    const twoCandidates = edited(base, (t) => {
      renameState(t, 'keep_exercising', 'keep_moving');
      t.states.keep_walking = structuredClone(t.states.keep_moving as StateNode);
    });
    const diff = diffTrees(base, twoCandidates);
    expect(diff.renamed).toEqual([]);
    expect(diff.added).toEqual(['keep_moving', 'keep_walking']);
    expect(diff.removed).toEqual(['keep_exercising']);
    // And the mirror: two identical steps removed, one added.
    const twin = edited(base, (t) => {
      t.states.keep_exercising_too = structuredClone(t.states.keep_exercising as StateNode);
    });
    const back = diffTrees(
      twin,
      edited(base, (t) => {
        renameState(t, 'keep_exercising', 'keep_moving');
      }),
    );
    expect(back.renamed).toEqual([]);
    expect(back.added).toEqual(['keep_moving']);
    expect(back.removed).toEqual(['keep_exercising', 'keep_exercising_too']);
  });

  it('lists field changes per step, list items added and removed', () => {
    const to = edited(base, (t) => {
      const rec = t.states.add_second_drug as StateNode;
      if (rec.meta.kind !== 'recommendation') throw new Error('fixture');
      rec.meta.title = 'Add a second drug, carefully';
      rec.meta.cautions = [...(rec.meta.cautions ?? []), 'Watch for drowsiness.'];
      t.meta.version = '9.9.9';
    });
    const diff = diffTrees(base, to);
    const step = diff.changed.find((c) => c.key === 'add_second_drug');
    expect(step?.fields.map((f) => f.field)).toEqual(['title', 'cautions']);
    expect(step?.fields[1]?.added).toEqual(['Watch for drowsiness.']);
    expect(diff.meta).toEqual([expect.objectContaining({ field: 'version', after: '9.9.9' })]);
    const walk = diff.scenarios.find((s) => s.id === 'adequate-trial');
    expect(walk?.changedOnWalk).toEqual(['add_second_drug']);
    expect(diffMarkdown(diff, 'a', 'b')).toContain('added “Watch for drowsiness.”');
  });

  it('walks a scenario that exists in one version only in both, and escapes text', () => {
    const to = edited(base, (t, s) => {
      delete t.states.optimise_first_line;
      const q = t.states.basics_checked as StateNode;
      if (q.meta.kind === 'question') q.meta.prompt = 'Tried <script>x</script> | *yes*?';
      delete q.on?.NO;
      s.scenarios = s.scenarios.filter((x) => x.id !== 'undertreated');
    });
    const diff = diffTrees(base, to);
    expect(diff.removed).toEqual(['optimise_first_line']);
    expect(diff.answers).toContainEqual(
      expect.objectContaining({ event: 'NO', change: 'removed' }),
    );
    const gone = diff.scenarios.find((s) => s.id === 'undertreated');
    expect(gone).toMatchObject({ in: 'from', sameEnd: false, after: { passed: false } });
    const md = diffMarkdown(diff, 'a', 'b');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\|');
    expect(md).toContain('removed in the new version');
  });
});

describe('mentions in the diff Markdown', () => {
  it('scenario and step titles naming @everyone or @org/team are shown as code, never a mention', () => {
    // Scenario titles and step titles both go through mdText.
    expect(mdText('Ping @everyone, (@here) and @org/team; mail dr@example.org')).toBe(
      'Ping `@everyone`, \\(`@here`\\) and `@org/team`; mail dr@example.org',
    );
    const base = side('example-pathway');
    const to = edited(base, (t) => {
      (t.states.red_flags as StateNode).meta = {
        ...(t.states.red_flags as StateNode).meta,
        title: '@channel look',
      } as StateNode['meta'];
    });
    const md = diffMarkdown(diffTrees(base, to), 'a', 'b');
    expect(md).toContain('#### `red_flags` (info): `@channel` look');
    // Outside code spans no `@` starts a name (an address's `@` follows a letter).
    const outsideCode = md.replace(/`[^`]*`/g, '');
    expect(outsideCode).not.toMatch(/(^|[^\p{L}\p{N}_])@[\p{L}\p{N}]/u);
  });
});
