/**
 * The FHIR export read by a real FHIR client: LHC-Forms (the NLM's form renderer) renders each
 * tree's Questionnaire in Chromium under the app's CSP; each scenario is answered in the form, the
 * QuestionnaireResponse LHC-Forms writes is read back, and the PlanDefinition's conditions
 * (fhirpath.js) must pick the scenario's plan steps and recommendation. Also: the Export menus of
 * the editor and the presenter download the Bundle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Bundle, Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import { planSteps } from '../../src/model/carePlan';
import { toFhirBundle } from '../../src/model/export/fhir/bundle';
import { runScenario } from '../../src/model/scenarios';
import type { ScenarioFile, Tree } from '../../src/model/types';
import { applicableActions, fhirErrors, planOf, questionnaireOf } from '../fhirCheck';
import { openLforms, type LFormsWindow } from './lformsPage.fhir';
import { bundledTrees, labelOf } from './trees';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'valid', name), 'utf8'));

const cases: { tree: Tree; scenarios: ScenarioFile }[] = [
  ...bundledTrees(),
  {
    tree: fixture('plan-pathway.json') as Tree,
    scenarios: fixture('plan-pathway.scenarios.json') as ScenarioFile,
  },
];

/** Shows `questionnaire` in the page's form element, replacing any form there. */
async function showForm(page: Page, questionnaire: Questionnaire): Promise<void> {
  await page.evaluate(async (q) => {
    await (window as unknown as LFormsWindow).LForms.Util.addFormToPage(q, 'form', {});
  }, questionnaire);
}

/** The QuestionnaireResponse LHC-Forms builds from what is entered in the form. */
function formResponse(page: Page): Promise<QuestionnaireResponse> {
  return page.evaluate(
    () =>
      (window as unknown as LFormsWindow).LForms.Util.getFormFHIRData(
        'QuestionnaireResponse',
        'R4',
        document.getElementById('form'),
      ) as QuestionnaireResponse,
  );
}

const itemOf = (page: Page, linkId: string) => page.locator(`[id="item-${linkId}/1"]`);

test.describe('LHC-Forms answers each scenario', () => {
  for (const { tree, scenarios } of cases) {
    test(`${tree.id}: the form's response selects the scenario's plan and recommendation`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await openLforms(page);
      const bundle = toFhirBundle(tree);
      const questionnaire = questionnaireOf(bundle);
      const plan = planOf(bundle);
      for (const scenario of scenarios.scenarios) {
        const run = runScenario(tree, scenario);
        expect(run.passed, scenario.id).toBe(true);
        await showForm(page, questionnaire);
        for (let i = 0; i < scenario.answers.length; i++) {
          const key = run.visited[i] as string;
          const event = scenario.answers[i] as string;
          const item = itemOf(page, key);
          // Every step on the walk shows up once the answers before it are given.
          await expect(item, `${scenario.id}: ${key}`).toBeVisible();
          if (tree.states[key]?.meta.kind !== 'question') continue;
          // ng-zorro hides the input under its label: click the label, then check the input.
          const label = labelOf(tree, key, event);
          await item.getByText(label, { exact: true }).click();
          await expect(item.getByRole('radio', { name: label, exact: true })).toBeChecked();
        }
        const response = await formResponse(page);
        expect(fhirErrors(response), scenario.id).toEqual([]);
        const answered = (response.item ?? []).map((i) => i.linkId);
        const asked = run.visited.filter((k) => tree.states[k]?.meta.kind === 'question');
        expect(answered, scenario.id).toEqual(asked);
        const expected = [...planSteps(tree, run.visited), scenario.expect].sort();
        expect(applicableActions(plan, response).sort(), scenario.id).toEqual(expected);
      }
      const violations = await page.evaluate(
        () => (window as unknown as { __violations: string[] }).__violations,
      );
      expect(violations).toEqual([]);
    });
  }
});

const ID = 'fibromyalgia-refractory-pain';

async function downloadFhir(page: Page): Promise<Bundle> {
  await page.getByText('Export as…').click();
  const download = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'Export formats' })
    .getByRole('button', { name: 'FHIR R4', exact: true })
    .click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(`${ID}.fhir.json`);
  return JSON.parse(readFileSync(await saved.path(), 'utf8')) as Bundle;
}

test('the editor and the presenter export the FHIR Bundle', async ({ page }) => {
  await page.goto(`./#/edit/${ID}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const fromEditor = await downloadFhir(page);
  expect(fromEditor.resourceType).toBe('Bundle');
  expect(fhirErrors(fromEditor)).toEqual([]);
  await page.goto(`./#/present/${ID}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  expect(await downloadFhir(page)).toEqual(fromEditor);
});
