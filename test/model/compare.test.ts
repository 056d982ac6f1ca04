/** The pathway comparison core, on the bundled trees and on small synthetic trees. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  answersToStates,
  classesInAll,
  comparePathways,
  drugClassLabels,
  countedSentences,
  distinctTexts,
  extractItems,
  gradedEvidence,
  hasDose,
  matchVocabulary,
  onlyInDoNot,
  type Comparison,
  type TreeItem,
} from '../../src/model/compare';
import { entryKey } from '../../src/model/compareMatch';
import { VOCABULARY } from '../../src/model/compareVocabulary';
import { toMachine, walk } from '../../src/model/machine';
import { parseTree } from '../../src/model/parse';
import type { RecommendationMeta, StateNode, Tree } from '../../src/model/types';

const TREES = join(import.meta.dirname, '..', '..', 'trees');

function bundled(id: string): Tree {
  const parsed = parseTree(JSON.parse(readFileSync(join(TREES, `${id}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const REFRACTORY = 'fibromyalgia-refractory-pain';
const RESISTANT = 'fibromyalgia-treatment-resistant';
const ADVANCED = 'fibromyalgia-advanced-pain-management';
const BACK = 'chronic-back-pain-refractory';
const MUSCLE = 'muscle-pain-after-conservative-care';

function itemOf(comparison: Comparison, treeId: string, key: string): TreeItem {
  const item = comparison.items.find((i) => i.key === key)?.byTree.get(treeId);
  if (!item) throw new Error(`${treeId} has no ${key}`);
  return item;
}

const onlyKeys = (c: Comparison, id: string): string[] =>
  (c.onlyIn.get(id) ?? []).map((i) => i.key);

describe('the three fibromyalgia pathways', () => {
  const c = comparePathways([bundled(REFRACTORY), bundled(RESISTANT), bundled(ADVANCED)]);

  it('reports a drug dosed in only one pathway as unique to it', () => {
    expect(onlyKeys(c, REFRACTORY)).toContain('medication:amitriptyline');
    expect(onlyKeys(c, RESISTANT)).not.toContain('medication:amitriptyline');
    expect(onlyKeys(c, ADVANCED)).not.toContain('medication:amitriptyline');
    expect(hasDose(itemOf(c, REFRACTORY, 'medication:amitriptyline'))).toBe(true);
    expect(onlyKeys(c, REFRACTORY)).toEqual(
      expect.arrayContaining(['medication:tramadol', 'medication:cyclobenzaprine']),
    );
  });

  it('reports drugs two pathways dose as shared, with brand names folded into the generic', () => {
    for (const drug of ['pregabalin', 'duloxetine', 'milnacipran']) {
      const item = c.items.find((i) => i.key === `medication:${drug}`);
      expect([...(item?.byTree.keys() ?? [])]).toEqual([REFRACTORY, ADVANCED]);
      for (const list of c.onlyIn.values()) expect(list).not.toContain(item);
      // The advanced pathway names these drugs in dose rows that give no dose.
      expect(hasDose(itemOf(c, ADVANCED, `medication:${drug}`))).toBe(false);
      expect(hasDose(itemOf(c, REFRACTORY, `medication:${drug}`))).toBe(true);
    }
    const lyrica = itemOf(c, ADVANCED, 'medication:pregabalin');
    expect(distinctTexts(lyrica)).toContain('Pregabalin (Lyrica)');
    expect(c.items.some((i) => /lyrica|cymbalta|savella/i.test(i.label))).toBe(false);
  });

  it('finds nothing that all three contain, and lists unique items for each', () => {
    expect(c.inAll).toEqual([]);
    expect(onlyKeys(c, RESISTANT)).toEqual(
      expect.arrayContaining(['evaluation:thyroid', 'therapy:diet', 'medication:antidepressants']),
    );
    expect(onlyKeys(c, ADVANCED)).toEqual(
      expect.arrayContaining(['referral:pain-specialist', 'therapy:behavioural-therapy']),
    );
  });

  it('carries the evidence level and grade the tree gives, matched by `about`', () => {
    const tramadol = gradedEvidence(itemOf(c, REFRACTORY, 'medication:tramadol'));
    expect(tramadol).toEqual([
      expect.objectContaining({ level: 'Ib', grade: 'A', direction: 'for' }),
    ]);
    const pool = gradedEvidence(itemOf(c, REFRACTORY, 'therapy:hydrotherapy'));
    expect(pool).toEqual([expect.objectContaining({ level: 'IIa', grade: 'B' })]);
    const exercise = gradedEvidence(itemOf(c, REFRACTORY, 'therapy:exercise'));
    expect(exercise).toEqual([expect.objectContaining({ level: 'Ia', grade: 'A' })]);
    // The dose targets are explicitly ungraded: no grade is borrowed from exercise or CBT.
    expect(gradedEvidence(itemOf(c, REFRACTORY, 'medication:amitriptyline'))).toEqual([]);
    const steroids = gradedEvidence(
      itemOf(c, REFRACTORY, 'doNot:do not use corticosteroids for fibromyalgia pain'),
    );
    expect(steroids).toEqual([expect.objectContaining({ level: 'Ia', direction: 'against' })]);
  });

  it('reports a drug named only in "do not" items as such, never as recommended', () => {
    const gabapentin = itemOf(c, REFRACTORY, 'medication:gabapentin');
    expect(onlyInDoNot(gabapentin)).toBe(true);
    expect(onlyInDoNot(itemOf(c, REFRACTORY, 'medication:pregabalin'))).toBe(false);
  });

  it('does not count onward pointers to a later step', () => {
    const cbt = itemOf(c, REFRACTORY, 'therapy:cbt');
    expect(cbt.occurrences.map((o) => o.state)).not.toContain('week_0_6_exercise');
    const referral = itemOf(c, REFRACTORY, 'referral:multidisciplinary');
    expect(referral.occurrences.map((o) => o.state)).toEqual(['week_18_referral']);
  });
});

describe('all bundled pathways', () => {
  // The five bundled pathways by name: other tests may add trees to trees/ for a moment.
  const ids = [BACK, ADVANCED, REFRACTORY, RESISTANT, MUSCLE];

  it.each(ids)(
    '%s: every occurrence links to its recommendation by a path that reaches it',
    (id) => {
      const tree = bundled(id);
      const machine = toMachine(tree);
      const items = extractItems(tree);
      expect(items.items.length).toBeGreaterThan(0);
      for (const item of items.items) {
        expect(item.occurrences.length, item.key).toBeGreaterThan(0);
        for (const occ of item.occurrences) {
          expect(walk(machine, occ.answers).current).toBe(occ.state);
          expect(tree.states[occ.state]?.meta.kind).toBe('recommendation');
        }
      }
      const recommendations = Object.keys(tree.states).filter(
        (k) => tree.states[k]?.meta.kind === 'recommendation',
      );
      expect(items.recommendations.map((r) => r.state)).toEqual(recommendations);
    },
  );

  it('groups different wordings of the opioid advice under one topic across trees', () => {
    const c = comparePathways([bundled(REFRACTORY), bundled(BACK), bundled(MUSCLE)]);
    const opioids = c.items.find((i) => i.key === 'doNot:topic:opioids');
    expect(opioids?.byTree.size).toBe(3);
    expect(distinctTexts(itemOf(c, BACK, 'doNot:topic:opioids'))).toHaveLength(2);
    // Back pain allows an opioid as a last resort; fibromyalgia names opioids only in a "do not".
    expect(onlyInDoNot(itemOf(c, BACK, 'medication:opioids'))).toBe(false);
    expect(onlyInDoNot(itemOf(c, REFRACTORY, 'medication:opioids'))).toBe(true);
  });

  it('counts a referral only where the sentence refers', () => {
    const muscle = extractItems(bundled(MUSCLE));
    // "a team of ... pain specialists" describes the programme; it is not a referral to one.
    expect(muscle.items.map((i) => i.key)).not.toContain('referral:pain-specialist');
    expect(muscle.items.map((i) => i.key)).toContain('referral:multidisciplinary');
  });

  it('has a vocabulary with unique ids per kind and patterns that compile', () => {
    const keys = VOCABULARY.map((e) => `${e.kind}:${e.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of VOCABULARY)
      for (const p of e.patterns) expect(() => new RegExp(p)).not.toThrow();
  });
});

// Small synthetic trees.

function recommendation(meta: Omit<RecommendationMeta, 'kind'>): StateNode {
  return { type: 'final', meta: { kind: 'recommendation', ...meta } };
}

function syntheticTree(id: string, states: Record<string, StateNode>): Tree {
  const keys = Object.keys(states);
  const on = Object.fromEntries(
    keys.map((k, i) => [`ANSWER_${i}`, { target: k, description: `Answer ${i}` }]),
  );
  return {
    id,
    initial: 'start',
    meta: {
      title: `Tree ${id}`,
      summary: 'Synthetic.',
      audience: 'Tests',
      source: { title: 'Test source', publisher: 'Tests', date: 'undated', kind: 'test' },
      references: [{ id: 'r', citation: 'Test.' }],
      version: '1.0.0',
      status: 'draft',
      lastReviewed: '2026-01-01',
      disclaimer: 'Test only.',
    },
    states: {
      start: { meta: { kind: 'question', prompt: 'Which?', help: 'Test.' }, on },
      ...states,
    },
  };
}

describe('synthetic trees', () => {
  const a = syntheticTree('tree-a', {
    rec_a: recommendation({
      title: 'Start Lyrica and refer',
      actions: [
        'Refer to a pain clinic.',
        'If there is no benefit, move to the CBT step.',
        'Offer yoga.',
      ],
      doses: [{ drug: 'Lyrica', target: '300 mg' }],
      doNot: [
        { what: 'Do not give strong opioids.', evidence: { level: 'Ia', direction: 'against' } },
      ],
      evidence: [
        { about: 'Pregabalin', level: 'Ia', grade: 'A', direction: 'for' },
        { note: 'The step as a whole is ungraded.' },
      ],
      references: ['r'],
    }),
  });
  const b = syntheticTree('tree-b', {
    rec_b: recommendation({
      title: 'Start pregabalin',
      actions: ['Offer yoga, not cognitive behavioural therapy alone.'],
      doses: [{ drug: 'Pregabalin (generic)' }, { drug: 'Unobtainium 5 mg' }],
      references: ['r'],
    }),
    other_b: recommendation({ title: 'Reassure', actions: ['Reassure.'], references: ['r'] }),
  });
  const c = comparePathways([a, b, a]);

  it('drops duplicate trees and keeps the given order', () => {
    expect(c.trees.map((t) => t.treeId)).toEqual(['tree-a', 'tree-b']);
  });

  it('reports shared and unique items', () => {
    expect(c.inAll.map((i) => i.key)).toEqual(['medication:pregabalin', 'therapy:yoga']);
    expect(onlyKeys(c, 'tree-a')).toEqual([
      'medication:opioids',
      'referral:pain-specialist',
      'doNot:topic:opioids',
    ]);
    expect(onlyKeys(c, 'tree-b')).toEqual(['medication:dose:unobtainium 5 mg', 'therapy:cbt']);
    expect(itemOf(c, 'tree-b', 'medication:dose:unobtainium 5 mg').label).toBe('Unobtainium 5 mg');
  });

  it('matches evidence by `about`, with entries without `about` applying to the whole step', () => {
    const pregabalin = itemOf(c, 'tree-a', 'medication:pregabalin');
    expect(pregabalin.occurrences[0]?.evidence).toHaveLength(2);
    expect(gradedEvidence(pregabalin)).toEqual([
      expect.objectContaining({ level: 'Ia', grade: 'A' }),
    ]);
    const yoga = itemOf(c, 'tree-a', 'therapy:yoga');
    expect(yoga.occurrences[0]?.evidence).toEqual([{ note: 'The step as a whole is ungraded.' }]);
    const doNot = itemOf(c, 'tree-a', 'doNot:topic:opioids');
    expect(gradedEvidence(doNot)).toEqual([{ level: 'Ia', direction: 'against' }]);
  });

  it('classifies recommendations by the kinds of item they contain', () => {
    const kinds = Object.fromEntries(
      c.trees.flatMap((t) => t.recommendations.map((r) => [r.state, r.kinds])),
    );
    expect(kinds).toEqual({
      rec_a: ['medication', 'therapy', 'referral', 'doNot'],
      rec_b: ['medication', 'therapy'],
      other_b: [],
    });
  });

  it('gives each recommendation the shortest answer path to it', () => {
    expect(answersToStates(b).get('other_b')).toEqual(['ANSWER_1']);
    expect(c.trees[1]?.recommendations.find((r) => r.state === 'other_b')?.answers).toEqual([
      'ANSWER_1',
    ]);
  });

  it('keeps a single tree comparison free of "in all" items', () => {
    expect(comparePathways([a]).inAll).toEqual([]);
  });
});

describe('text matching', () => {
  it('prefers the longest overlapping match and folds brand names', () => {
    const ids = (text: string) => matchVocabulary(text).map((e) => e.id);
    expect(ids('Refer for cognitive behavioural therapy')).toEqual(['cbt']);
    // Near-synonyms (SYNONYMS) count once, under the shared entry.
    const both = matchVocabulary('Mindfulness-based stress reduction or mindfulness meditation');
    expect(both.map(entryKey)).toEqual(['therapy:mindfulness']);
    expect(ids('pregabalin (Lyrica), duloxetine (Cymbalta)')).toEqual(['pregabalin', 'duloxetine']);
    expect(ids('Discuss opioid-related risks')).toEqual([]);
    expect(ids('a team of pain specialists')).toEqual([]);
    expect(ids('Refer to a pain specialist')).toEqual(['pain-specialist']);
  });

  it('leaves out onward pointers, recaps and failed treatments', () => {
    expect(
      countedSentences('Offer CBT. If no better, move to the week 6-12 step: tramadol.'),
    ).toEqual(['Offer CBT.']);
    expect(countedSentences('Note that duloxetine and NSAIDs have all failed.')).toEqual([]);
    expect(countedSentences('If the symptoms turn severe, measure CK.')).toHaveLength(1);
  });
});

describe('synonyms, doses and drug classes on synthetic trees', () => {
  const one = syntheticTree('tree-one', {
    rec_one: recommendation({
      title: 'Mind and drugs',
      actions: [
        'Offer a course of mindfulness-based stress reduction.',
        'Consider antidepressants.',
      ],
      doses: [{ drug: 'Cymbalta', note: 'The source names it without a dose.' }],
      evidence: [{ level: 'Ib' }],
      references: ['r'],
    }),
  });
  const two = syntheticTree('tree-two', {
    rec_two: recommendation({
      title: 'Meditate and titrate',
      actions: ['Teach mindfulness meditation.'],
      doses: [
        { drug: 'Amitriptyline', start: '10 mg nightly' },
        { drug: 'Gabapentin', duration: '4 weeks' },
      ],
      evidence: [{ level: 'Ia' }],
      references: ['r'],
    }),
  });
  const c = comparePathways([one, two]);

  it('lines near-synonyms up on one row, in both trees', () => {
    const item = c.items.find((i) => i.key === 'therapy:mindfulness');
    expect([...(item?.byTree.keys() ?? [])]).toEqual(['tree-one', 'tree-two']);
    expect(c.items.some((i) => i.key === 'therapy:mbsr')).toBe(false);
    expect(c.inAll.map((i) => i.key)).toContain('therapy:mindfulness');
  });

  it('says a dose is given only where a dose row gives one', () => {
    expect(hasDose(itemOf(c, 'tree-one', 'medication:duloxetine'))).toBe(false);
    expect(hasDose(itemOf(c, 'tree-two', 'medication:amitriptyline'))).toBe(true);
    // A duration alone is not a dose.
    expect(hasDose(itemOf(c, 'tree-two', 'medication:gabapentin'))).toBe(false);
  });

  it('shows classes next to their drugs and lines trees up by class', () => {
    expect(drugClassLabels('medication:amitriptyline')).toEqual([
      'Antidepressants',
      'Tricyclic antidepressants',
    ]);
    expect(drugClassLabels('therapy:yoga')).toEqual([]);
    const meds = c.trees[0]?.items.filter((i) => i.kind === 'medication').map((i) => i.key);
    expect(meds).toEqual(['medication:antidepressants', 'medication:duloxetine']);
    const shared = classesInAll(c);
    expect(shared.map((s) => s.key)).toEqual(['medication:antidepressants']);
    expect(shared[0]?.byTree.get('tree-one')).toEqual(['Antidepressants (class)', 'Duloxetine']);
    expect(shared[0]?.byTree.get('tree-two')).toEqual(['Amitriptyline']);
  });
});

describe('plan steps in the comparison', () => {
  it('reads the drugs and therapies of plan steps, not only of recommendations', () => {
    const file = join(import.meta.dirname, '..', 'fixtures', 'valid', 'plan-pathway.json');
    const parsed = parseTree(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { items, recommendations } = extractItems(parsed.value);
    const inPlan = items.filter((i) => i.occurrences.some((o) => o.state === 'keep_exercising'));
    expect(inPlan.map((i) => i.kind)).toEqual(expect.arrayContaining(['medication', 'therapy']));
    expect(recommendations.map((r) => r.state)).toContain('keep_exercising');
  });
});
