/**
 * The FHIR export checked by real tools: FHIR.js validates every bundled tree's and fixture's
 * Bundle (R4, unexpected properties are errors), and fhirpath.js evaluates every action's
 * applicability condition against the QuestionnaireResponse of each scenario and of every path.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import { listTreeFiles, validateTreeFile } from '../../src/node/treeFiles';
import { planSteps } from '../../src/model/carePlan';
import { toFhirBundle } from '../../src/model/export/fhir/bundle';
import { walkResponse } from '../../src/model/export/fhir/response';
import { recommendationPaths } from '../../src/model/paths';
import { runScenario } from '../../src/model/scenarios';
import type { Tree } from '../../src/model/types';
import { applicableActions, fhirErrors, planOf, questionnaireOf } from '../fhirCheck';
import { FIXTURES } from '../helpers';

const fixtureFiles = readdirSync(join(FIXTURES, 'valid'))
  .filter((f) => f.endsWith('.json') && !f.endsWith('.scenarios.json'))
  .map((f) => join(FIXTURES, 'valid', f));
const files = [...listTreeFiles(), ...fixtureFiles];

/** The state keys a walk of `answers` visits, initial first. */
function visitedBy(tree: Tree, answers: readonly string[]): string[] {
  return runScenario(tree, { id: 'x', title: 'x', case: 'x', answers: [...answers], expect: '' })
    .visited;
}

/**
 * The items a form client shows for `response`, by FHIR's enableWhen rules: an item whose gate
 * question is disabled counts as unanswered. Items come in dependency order, so one pass works.
 */
function enabledItems(questionnaire: Questionnaire, response: QuestionnaireResponse): string[] {
  const answers = new Map(
    (response.item ?? []).map((i) => [i.linkId, i.answer?.[0]?.valueCoding?.code]),
  );
  const enabled = new Set<string>();
  for (const item of questionnaire.item ?? []) {
    const gates = item.enableWhen ?? [];
    const on =
      gates.length === 0 ||
      gates.some(
        (g) => enabled.has(g.question) && answers.get(g.question) === g.answerCoding?.code,
      );
    if (on) enabled.add(item.linkId);
  }
  return [...enabled];
}

describe.each(files)('FHIR export of %s', (file) => {
  const result = validateTreeFile(file);
  const tree = result.tree as Tree;
  const scenarios = result.scenarios?.scenarios ?? [];
  const bundle = toFhirBundle(tree);
  const plan = planOf(bundle);
  const questionnaire = questionnaireOf(bundle);

  it('validates with FHIR.js with zero errors, as a collection and as a transaction', () => {
    expect(bundle.type).toBe('collection');
    expect(fhirErrors(bundle)).toEqual([]);
    expect(fhirErrors(toFhirBundle(tree, { type: 'transaction' }))).toEqual([]);
  });

  it('follows FHIR naming rules and links every definitionCanonical to a resource in the bundle', () => {
    const urls = new Set(bundle.entry?.map((e) => e.fullUrl));
    for (const entry of bundle.entry ?? []) {
      const resource: { id?: string; name?: string } = entry.resource ?? {};
      expect(resource.id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
      expect(resource.name).toMatch(/^[A-Z]([A-Za-z0-9_]){0,254}$/);
    }
    const linked = (plan.action ?? []).flatMap((a) =>
      (a.action ?? []).map((s) => s.definitionCanonical),
    );
    for (const url of linked) if (url !== undefined) expect(urls).toContain(url);
    const kinds = new Set(
      Object.entries(tree.states)
        .filter(([, s]) => s.meta.kind === 'plan' || s.meta.kind === 'recommendation')
        .map(([key]) => key),
    );
    expect(new Set(plan.action?.map((a) => a.id))).toEqual(kinds);
  });

  it('has scenarios whose response makes exactly their plan steps and final step applicable', () => {
    expect(scenarios.length).toBeGreaterThan(0);
    for (const scenario of scenarios) {
      const run = runScenario(tree, scenario);
      expect(run.passed, scenario.id).toBe(true);
      const response = walkResponse(tree, scenario.answers, questionnaire.url ?? '');
      expect(fhirErrors(response), scenario.id).toEqual([]);
      const expected = [...planSteps(tree, run.visited), scenario.expect];
      expect(applicableActions(plan, response).sort(), scenario.id).toEqual(expected.sort());
      for (const key of scenario.plan ?? []) expect(expected).toContain(key);
    }
  }, 30_000);

  it('on every path (or a spread of 60 of them), applies exactly the path’s plan steps and end, and enables exactly its steps, whatever stale answers other questions hold', () => {
    const paths = recommendationPaths(tree);
    const every = Math.max(1, Math.ceil(paths.length / 60));
    for (const path of paths.filter((_, i) => i % every === 0)) {
      const visited = visitedBy(tree, path.answers);
      const response = walkResponse(tree, path.answers, questionnaire.url ?? '');
      // A form may keep answers to questions a changed answer took the walk away from.
      const stale = structuredClone(response);
      for (const [key, node] of Object.entries(tree.states)) {
        const first = Object.keys(node.on ?? {})[0];
        if (node.meta.kind === 'question' && !visited.includes(key) && first !== undefined)
          stale.item?.push({ linkId: key, answer: [{ valueCoding: { code: first } }] });
      }
      const expected = [...planSteps(tree, visited), path.end].sort();
      const shown = [
        ...new Set(visited.filter((key) => tree.states[key]?.meta.kind !== 'recommendation')),
      ].sort();
      expect(applicableActions(plan, response).sort(), path.answers.join(' ')).toEqual(expected);
      // enableWhen disables what the walk no longer passes, whatever answers it still holds; a
      // response keeps answers of enabled items only, and then the conditions hold as above.
      for (const r of [response, stale]) {
        expect(enabledItems(questionnaire, r).sort(), path.answers.join(' ')).toEqual(shown);
      }
      const pruned = { ...stale, item: stale.item?.filter((i) => shown.includes(i.linkId)) };
      expect(applicableActions(plan, pruned).sort(), path.answers.join(' ')).toEqual(expected);
    }
  }, 30_000);
});
