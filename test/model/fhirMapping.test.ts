/** The FHIR mapping's details and its limits: evidence, doses, ids, cycles, condition size. */
import { describe, expect, it } from 'vitest';
import type { ActivityDefinition, Bundle, PlanDefinition } from 'fhir/r4';
import { FhirExportError, toFhirBundle, toFhirJson } from '../../src/model/export/fhir/bundle';
import { fhirId, fhirName } from '../../src/model/export/fhir/ids';
import type { StateNode, Tree } from '../../src/model/types';
import { planOf, questionnaireOf } from '../fhirCheck';
import { exampleTree } from '../helpers';

const activities = (bundle: Bundle): ActivityDefinition[] =>
  (bundle.entry ?? [])
    .map((e) => e.resource)
    .filter((r): r is ActivityDefinition => r?.resourceType === 'ActivityDefinition');

describe('toFhirBundle', () => {
  const tree = exampleTree('plan-pathway');
  const bundle = toFhirBundle(tree);

  it('writes info and plan steps as display items and questions as coded choices', () => {
    const items = questionnaireOf(bundle).item ?? [];
    expect(items.map((i) => [i.linkId, i.type])).toEqual([
      ['basics_checked', 'choice'],
      ['red_flags', 'display'],
      ['keep_exercising', 'display'],
    ]);
    expect(items[0]?.answerOption?.map((o) => o.valueCoding?.code)).toEqual(['YES', 'NO']);
    expect(items[1]?.enableWhen).toEqual([
      { question: 'basics_checked', operator: '=', answerCoding: { code: 'YES' } },
    ]);
  });

  it('gives plan steps and recommendations their evidence, citations and advice', () => {
    const step = planOf(bundle).action?.find((a) => a.id === 'keep_exercising');
    expect(
      step?.extension?.map((e) => [e.url.split('/').pop(), e.valueCodeableConcept?.text]),
    ).toEqual([
      ['cqf-strengthOfRecommendation', 'Grade A (Example scheme)'],
      ['cqf-qualityOfEvidence', 'Level Ia (Example scheme)'],
      ['cpg-directionOfRecommendation', 'For'],
    ]);
    expect(step?.documentation?.[0]).toMatchObject({ type: 'citation', label: 'ref-1' });
    expect(step?.documentation?.[0]?.url).toBe('https://doi.org/10.0000/example');
    expect(step?.action?.map((a) => a.prefix ?? a.title)).toEqual([
      '1.',
      'Dose: Example drug',
      'Monitoring',
      'Do not: Do not stop exercise when a drug is added.',
    ]);
    expect(step?.textEquivalent).toContain('Evidence: level Ia, grade A, for (Example scheme)');
    const ungraded = planOf(bundle).action?.find((a) => a.id === 'add_second_drug');
    expect(ungraded?.extension).toBeUndefined();
    expect(ungraded?.textEquivalent).toContain('The source gives no grade for this step.');
  });

  it('writes doses as MedicationRequest definitions and "do not" items with doNotPerform', () => {
    const all = activities(bundle);
    const dose = all.find((a) => a.id === 'plan-pathway-optimise-first-line-dose-1');
    expect(dose?.kind).toBe('MedicationRequest');
    expect(dose?.productCodeableConcept?.text).toBe('Exampledrug');
    expect(dose?.dosage?.map((d) => [d.sequence, d.text])).toEqual([
      [1, 'Start: 10 mg at night'],
      [2, 'Titration: Increase by 10 mg weekly'],
      [3, 'Target: 30 mg at night'],
      [4, 'Maximum: 50 mg'],
      [5, 'Duration: 4 weeks at target'],
    ]);
    const doNot = all.filter((a) => a.doNotPerform === true).map((a) => a.title);
    // Steps in dependency order: the plan step comes before the recommendation after it.
    expect(doNot).toEqual([
      'Do not stop exercise when a drug is added.',
      'Do not combine two drugs with the same mechanism.',
    ]);
  });

  it('carries the tree’s meta and disclaimer, and writes transaction entries as PUTs', () => {
    const plan = planOf(bundle);
    expect(plan).toMatchObject({
      name: 'PlanPathway',
      version: '1.0.0',
      status: 'draft',
      date: '2025-01-01',
      publisher: 'Example publisher',
      purpose: 'Educational aid only. Not medical advice.',
    });
    expect(plan.usage).toContain('Educational aid only.');
    expect(plan.relatedArtifact?.[0]).toMatchObject({ type: 'derived-from' });
    const put = toFhirBundle(tree, { type: 'transaction', base: 'https://fhir.test/r4/' });
    expect(put.entry?.[1]).toMatchObject({
      fullUrl: 'https://fhir.test/r4/PlanDefinition/plan-pathway',
      request: { method: 'PUT', url: 'PlanDefinition/plan-pathway' },
    });
    expect(JSON.parse(toFhirJson(tree))).toEqual(bundle);
  });

  it('stops with a clear error for a tree with a cycle', () => {
    const looped = structuredClone(tree);
    const red = looped.states.red_flags as StateNode;
    red.on = { CONTINUE: { target: 'basics_checked', description: 'Continue' } };
    expect(() => toFhirBundle(looped)).toThrow(FhirExportError);
    expect(() => toFhirBundle(looped)).toThrow(
      /cycle \(basics_checked → red_flags → basics_checked\)/,
    );
  });

  it('keeps conditions small where branches merge again and again', () => {
    // 24 questions in a row, both answers of each leading to the next: 2^24 paths.
    const states: Tree['states'] = {};
    for (let i = 0; i < 24; i++) {
      const next = i === 23 ? 'done' : `q${String(i + 1)}`;
      states[`q${String(i)}`] = {
        meta: { kind: 'question', prompt: `Question ${String(i)}?`, help: 'Help.' },
        on: {
          A: { target: next, description: 'A' },
          B: { target: next, description: 'B' },
        },
      };
    }
    states.done = {
      type: 'final',
      meta: { kind: 'recommendation', title: 'Done', actions: ['Stop.'] },
    };
    const ladder: Tree = { ...tree, id: 'ladder', initial: 'q0', states };
    const plan = toFhirBundle(ladder).entry?.find(
      (e) => e.resource?.resourceType === 'PlanDefinition',
    )?.resource as PlanDefinition | undefined;
    const done = plan?.action?.find((a) => a.id === 'done');
    const expression = done?.condition?.[0]?.expression?.expression ?? '';
    expect(expression).toBe(
      "item.where(linkId = 'q23').answer.value.where(code = 'A').exists() or item.where(linkId = 'q23').answer.value.where(code = 'B').exists()",
    );
  });
});

describe('FHIR ids and names', () => {
  it('keeps ids within 64 characters and distinct, and names in the computable pattern', () => {
    const long = 'a'.repeat(70);
    expect(fhirId(long, 'x').length).toBeLessThanOrEqual(64);
    expect(fhirId(long, 'x')).not.toBe(fhirId(long, 'y'));
    expect(fhirId('tree', 'some_state', 'dose', '1')).toBe('tree-some-state-dose-1');
    expect(fhirName('chronic-back-pain')).toBe('ChronicBackPain');
    expect(fhirName('2024-tree')).toMatch(/^[A-Z][A-Za-z0-9_]*$/);
  });
});
