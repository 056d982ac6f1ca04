import { expect, test, type Page } from '@playwright/test';
import { bundledTrees, headingOf, labelOf } from './trees';

const trees = bundledTrees();
const [first] = trees;
if (!first) throw new Error('no trees');

async function expectQuestion(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

test('the home page lists every tree', async ({ page }) => {
  await page.goto('./');
  for (const { tree } of trees) {
    await expect(page.getByRole('heading', { name: tree.meta.title })).toBeVisible();
  }
});

for (const { tree, scenarios } of trees) {
  test(`every scenario of ${tree.id} reaches its recommendation by clicking answers`, async ({
    page,
  }) => {
    for (const scenario of scenarios.scenarios) {
      await page.goto(`./#/play/${tree.id}`);
      let state = tree.initial;
      for (const event of scenario.answers) {
        await expectQuestion(page, headingOf(tree, state));
        await page
          .getByRole('group', { name: 'Answers' })
          .getByRole('button', { name: labelOf(tree, state, event), exact: true })
          .click();
        state = tree.states[state]?.on?.[event]?.target ?? '';
      }
      const region = page.getByRole('region', { name: 'Recommended next step' });
      await expect(region.getByRole('heading', { level: 1 }), scenario.id).toHaveText(
        headingOf(tree, scenario.expect),
      );
    }
  });
}

test('reload of a mid-walk URL restores the step, and Back and the trail go back', async ({
  page,
}) => {
  const scenario = first.scenarios.scenarios.find((s) => s.answers.length >= 3);
  if (!scenario) throw new Error('need a scenario with 3 answers');
  await page.goto(`./#/play/${first.tree.id}`);
  let state = first.tree.initial;
  const visited = [state];
  for (const event of scenario.answers.slice(0, 2)) {
    await page
      .getByRole('group', { name: 'Answers' })
      .getByRole('button', { name: labelOf(first.tree, state, event), exact: true })
      .click();
    state = first.tree.states[state]?.on?.[event]?.target ?? '';
    visited.push(state);
  }
  await expectQuestion(page, headingOf(first.tree, state));
  await page.reload();
  await expectQuestion(page, headingOf(first.tree, state));
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expectQuestion(page, headingOf(first.tree, visited[1] ?? ''));
  await page
    .getByRole('button', { name: /^Change answer to:/ })
    .first()
    .click();
  await expectQuestion(page, headingOf(first.tree, first.tree.initial));
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeDisabled();
});

test('a keyboard-only walk reaches the recommendation, with focus on each new question', async ({
  page,
}) => {
  const scenario = first.scenarios.scenarios[first.scenarios.scenarios.length - 1];
  if (!scenario) throw new Error('no scenario');
  await page.goto(`./#/play/${first.tree.id}`);
  let state = first.tree.initial;
  for (const event of scenario.answers) {
    // Wait for this step's own heading (a plan step's screen loads on demand), then its focus:
    // the previous step's heading is focused too until the new one replaces it.
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(headingOf(first.tree, state));
    await expect(heading).toBeFocused();
    const index = Object.keys(first.tree.states[state]?.on ?? {}).indexOf(event);
    await page.keyboard.press(String(index + 1));
    state = first.tree.states[state]?.on?.[event]?.target ?? '';
  }
  await expect(
    page.getByRole('region', { name: 'Recommended next step' }).getByRole('heading', { level: 1 }),
  ).toHaveText(headingOf(first.tree, scenario.expect));
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('group', { name: 'Answers' })).toBeVisible();
});

test('the copied summary holds the answers and the recommendation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const scenario = first.scenarios.scenarios[0];
  if (!scenario) throw new Error('no scenario');
  await page.goto(`./#/play/${first.tree.id}?answers=${scenario.answers.join(',')}`);
  await page.getByRole('button', { name: 'Copy summary for the chart' }).click();
  await expect(page.getByText('Summary copied to the clipboard.')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(first.tree.meta.title);
  expect(text).toContain(`Recommended next step: ${headingOf(first.tree, scenario.expect)}`);
  let state = first.tree.initial;
  for (const event of scenario.answers) {
    expect(text).toContain(`${headingOf(first.tree, state)} ${labelOf(first.tree, state, event)}`);
    state = first.tree.states[state]?.on?.[event]?.target ?? '';
  }
});

test('an edited-since link resumes at the last step that fits', async ({ page }) => {
  await page.goto(`./#/play/${first.tree.id}?answers=NOT_AN_ANSWER`);
  await expect(page.getByText(/no longer fit this pathway/)).toBeVisible();
  await expectQuestion(page, headingOf(first.tree, first.tree.initial));
});

test('?from= starts at the named question and says so', async ({ page }) => {
  const [, second] = Object.keys(first.tree.states);
  await page.goto(`./#/play/${first.tree.id}?from=${second ?? ''}`);
  await expect(page.getByText(/did not start at the beginning/)).toBeVisible();
  await expectQuestion(page, headingOf(first.tree, second ?? ''));
});

test.describe('at 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  for (const { tree, scenarios } of trees) {
    test(`${tree.id} has no horizontal scroll on question and recommendation screens`, async ({
      page,
    }) => {
      const urls = [
        `./#/`,
        `./#/play/${tree.id}`,
        ...scenarios.scenarios.map((s) => `./#/play/${tree.id}?answers=${s.answers.join(',')}`),
      ];
      for (const url of urls) {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, url).toBeLessThanOrEqual(0);
      }
    });
  }
});
