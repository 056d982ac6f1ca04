/**
 * Phone-first playback and the care plan, over whatever trees and scenarios are bundled: at
 * 375 x 812 every step of every scenario shows its question and first answer without scrolling,
 * and every scenario walked by clicking (on a phone and on a desktop) ends on a care plan that
 * lists the scenario's plan steps and its expected recommendation.
 */
import { expect, test, type Page } from '@playwright/test';
import type { ScenarioFile, Tree } from '../../src/model/types';
import { bundledTrees, headingOf, labelOf } from './trees';

const trees = bundledTrees();
const PHONE = { width: 375, height: 812 };

/** The heading, the first answer and the educational-aid notice all lie inside the viewport. */
async function expectAboveTheFold(page: Page, where: string) {
  const height = page.viewportSize()?.height ?? 0;
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled, where).toBe(0);
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  const first = await page
    .getByRole('group', { name: 'Answers' })
    .getByRole('button')
    .first()
    .boundingBox();
  const notice = await page.getByRole('note').boundingBox();
  for (const [name, box] of [
    ['heading', heading],
    ['first answer', first],
    ['notice', notice],
  ] as const) {
    expect(box, `${where}: ${name}`).not.toBeNull();
    expect(box?.y ?? -1, `${where}: ${name} top`).toBeGreaterThanOrEqual(0);
    expect(
      (box?.y ?? 0) + (box?.height ?? Infinity),
      `${where}: ${name} bottom`,
    ).toBeLessThanOrEqual(height);
  }
}

/** Clicks a scenario's answers from the start; on a phone, checks the fold at every step. */
async function walk(page: Page, tree: Tree, answers: string[], phone: boolean) {
  await page.goto(`./#/play/${tree.id}`);
  let state = tree.initial;
  for (const [i, event] of answers.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(tree, state));
    if (phone) await expectAboveTheFold(page, `${tree.id} step ${String(i + 1)} (${state})`);
    await page
      .getByRole('group', { name: 'Answers' })
      .getByRole('button', { name: labelOf(tree, state, event), exact: true })
      .click();
    state = tree.states[state]?.on?.[event]?.target ?? '';
  }
}

/** The end screen names the expected recommendation and lists every plan step the case needs. */
async function expectPlan(page: Page, tree: Tree, scenario: ScenarioFile['scenarios'][number]) {
  const region = page.getByRole('region', { name: 'Recommended next step' });
  await expect(region.getByRole('heading', { level: 1 }), scenario.id).toHaveText(
    headingOf(tree, scenario.expect),
  );
  const items = region.getByRole('list', { name: 'Care plan' }).locator(':scope > li > h3');
  const titles = (await items.allTextContents()).map((t) => t.replace(/^(\d+\. |Next step: )/, ''));
  const wanted = [...(scenario.plan ?? []), scenario.expect].map((key) => headingOf(tree, key));
  for (const title of wanted) expect(titles, scenario.id).toContain(title);
  expect(titles[titles.length - 1], scenario.id).toBe(headingOf(tree, scenario.expect));
}

test.describe('on a 375 x 812 phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });
  for (const { tree, scenarios } of trees) {
    test(`${tree.id}: every step shows its question and first answer, every walk ends on its plan`, async ({
      page,
    }) => {
      test.setTimeout(30_000 + 15_000 * scenarios.scenarios.length);
      for (const scenario of scenarios.scenarios) {
        await walk(page, tree, scenario.answers, true);
        await expectPlan(page, tree, scenario);
      }
    });
  }
});

test.describe('on a desktop', () => {
  for (const { tree, scenarios } of trees) {
    test(`${tree.id}: every scenario walked by clicking ends on its care plan`, async ({
      page,
    }) => {
      test.setTimeout(30_000 + 10_000 * scenarios.scenarios.length);
      for (const scenario of scenarios.scenarios) {
        await walk(page, tree, scenario.answers, false);
        await expectPlan(page, tree, scenario);
      }
    });
  }
});

test('hover styles apply only on devices that hover', async ({ page }) => {
  const [first] = trees;
  if (!first) throw new Error('no trees');
  await page.goto(`./#/play/${first.tree.id}`);
  await expect(page.getByRole('group', { name: 'Answers' })).toBeVisible();
  const unguarded = await page.evaluate(() => {
    const out: string[] = [];
    const visit = (rules: CSSRuleList, hoverGuarded: boolean) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSMediaRule) {
          visit(rule.cssRules, hoverGuarded || rule.conditionText.includes('hover: hover'));
        } else if (
          rule instanceof CSSStyleRule &&
          rule.selectorText.includes(':hover') &&
          /\.(answer|button|link-button)\b/.test(rule.selectorText) &&
          !hoverGuarded
        ) {
          out.push(rule.selectorText);
        }
      }
    };
    for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules, false);
    return out;
  });
  expect(unguarded).toEqual([]);
});

test('Change marks the previous answer, keeps the later ones when it is chosen again, and offers back what a new answer cleared', async ({
  page,
}) => {
  const found = trees
    .flatMap(({ tree, scenarios }) => scenarios.scenarios.map((s) => ({ tree, s })))
    .find(
      ({ tree, s }) =>
        s.answers.length >= 3 && Object.keys(tree.states[tree.initial]?.on ?? {}).length >= 2,
    );
  if (!found) throw new Error('need a scenario with 3 answers');
  const { tree, s } = found;
  const [firstEvent = ''] = s.answers;
  await page.goto(`./#/play/${tree.id}?answers=${s.answers.join(',')}`);
  const end = headingOf(tree, s.expect);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(end);
  // At the end the trail is folded into one line: open it, then change the first answer.
  await page.getByText(/^\d+ earlier answers?$/).click();
  await page
    .getByRole('button', { name: /^Change answer to:/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(tree, tree.initial));
  const answers = page.getByRole('group', { name: 'Answers' });
  const previous = answers.getByRole('button', {
    name: labelOf(tree, tree.initial, firstEvent),
    exact: true,
  });
  await expect(previous).toHaveAccessibleDescription('Your previous answer');
  await expect(page.getByText(/choose it again to keep the \d+ later answers?/)).toBeVisible();
  await previous.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(end);

  // At the end the trail is folded into one line: open it, then change the first answer.
  await page.getByText(/^\d+ earlier answers?$/).click();
  await page
    .getByRole('button', { name: /^Change answer to:/ })
    .first()
    .click();
  const other =
    Object.keys(tree.states[tree.initial]?.on ?? {}).find((e) => e !== firstEvent) ?? '';
  await answers
    .getByRole('button', { name: labelOf(tree, tree.initial, other), exact: true })
    .click();
  await expect(
    page.getByText(
      /You changed the answer at step 1, so the \d+ later answers? (was|were) cleared/,
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Restore the earlier answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(end);
  expect(page.url()).toContain(`answers=${s.answers.join(',')}`);
});

test('the printed plan carries the pathway title, version, date, link and the pathway notes', async ({
  page,
}) => {
  const found = trees
    .flatMap(({ tree, scenarios }) => scenarios.scenarios.map((s) => ({ tree, s })))
    .find(({ tree }) => (tree.meta.editorNotes ?? []).length > 0);
  if (!found) throw new Error('need a tree with editor notes');
  const { tree, s } = found;
  await page.goto(`./#/play/${tree.id}?answers=${s.answers.join(',')}`);
  await expect(page.getByRole('region', { name: 'Recommended next step' })).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const heading = page.locator('.print-heading');
  await expect(heading).toBeVisible();
  await expect(heading).toContainText(`${tree.meta.title}, version ${tree.meta.version}`);
  await expect(heading).toContainText(/Printed \d{4}-\d{2}-\d{2}/);
  await expect(heading).toContainText(`#/play/${tree.id}?answers=`);
  await expect(page.getByText(tree.meta.editorNotes?.[0] ?? '', { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Answers' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy summary for the chart' })).toBeHidden();
});
