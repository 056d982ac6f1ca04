import { expect, test } from '@playwright/test';
import { bundledTrees, headingOf, labelOf } from './trees';

const entry = bundledTrees().find((t) => t.tree.id === 'fibromyalgia-refractory-pain');
if (!entry) throw new Error('tree missing');
const { tree, scenarios } = entry;
const scenario = scenarios.scenarios.reduce((a, b) =>
  b.answers.length > a.answers.length ? b : a,
);

test('the highlighted node follows the answers, edges answer too, and arrows step back and forward', async ({
  page,
}) => {
  await page.goto(`./#/present/${tree.id}`);
  const current = page.locator('.react-flow__node[aria-current="step"]');
  await expect(current).toHaveAttribute('data-id', tree.initial);
  let state = tree.initial;
  const visited = [state];
  for (const [i, event] of scenario.answers.entries()) {
    if (i === 1) {
      // Answer on the graph: click the emphasised label of this answer (dispatched, as the view may still be gliding).
      await page
        .locator(`.present-label-available[data-edge="${state}.${event}"]`)
        .dispatchEvent('click');
    } else {
      await page
        .getByRole('group', { name: 'Answers' })
        .getByRole('button', { name: labelOf(tree, state, event), exact: true })
        .click();
    }
    state = tree.states[state]?.on?.[event]?.target ?? '';
    visited.push(state);
    await expect(current).toHaveAttribute('data-id', state);
    await expect(
      page.locator(`.react-flow__node[data-id="${visited[visited.length - 2] ?? ''}"]`),
    ).toHaveClass(/status-path/);
  }
  await page.locator('body').press('ArrowLeft');
  await expect(current).toHaveAttribute('data-id', visited[visited.length - 2] ?? '');
  await page.locator('body').press('ArrowLeft');
  await expect(current).toHaveAttribute('data-id', visited[visited.length - 3] ?? '');
  await page.locator('body').press('ArrowRight');
  await expect(current).toHaveAttribute('data-id', visited[visited.length - 2] ?? '');
});

test('progressive reveal leaves unreached steps out until offered, and can be switched off', async ({
  page,
}) => {
  await page.goto(`./#/present/${tree.id}`);
  const firstEvent = scenario.answers[0] ?? '';
  const next = tree.states[tree.initial]?.on?.[firstEvent]?.target ?? '';
  const after = tree.states[next]?.on ?? {};
  const later = Object.values(after).map((t) => t.target);
  const offered = new Set(Object.values(tree.states[tree.initial]?.on ?? {}).map((t) => t.target));
  const hiddenLater = later.find((t) => t !== tree.initial && !offered.has(t));
  await expect(page.locator(`.react-flow__node[data-id="${next}"]`)).toContainText(
    headingOf(tree, next).slice(0, 20),
  );
  if (hiddenLater)
    await expect(page.locator(`.react-flow__node[data-id="${hiddenLater}"]`)).toHaveCount(0);
  await page
    .getByRole('group', { name: 'Answers' })
    .getByRole('button', { name: labelOf(tree, tree.initial, firstEvent), exact: true })
    .click();
  if (hiddenLater)
    await expect(page.locator(`.react-flow__node[data-id="${hiddenLater}"]`)).toHaveCount(1);
  // The box follows the address, which changes a moment after the click.
  await page.getByLabel('Progressive reveal').click();
  await expect(page.getByLabel('Progressive reveal')).not.toBeChecked();
  await expect(page.locator('.react-flow__node')).toHaveCount(Object.keys(tree.states).length);
  expect(page.url()).toContain('reveal=off');
});

test('a lecture can open at a prepared step', async ({ page }) => {
  const prepared = scenario.answers.slice(0, 3);
  await page.goto(`./#/present/${tree.id}?answers=${prepared.join(',')}`);
  let state = tree.initial;
  for (const e of prepared) state = tree.states[state]?.on?.[e]?.target ?? '';
  await expect(page.locator('.react-flow__node[aria-current="step"]')).toHaveAttribute(
    'data-id',
    state,
  );
});

test('a quiz run that diverges shows the step, both answers and where each leads', async ({
  page,
}) => {
  const quizCase = scenarios.scenarios.find((s) => s.answers.length >= 3) ?? scenario;
  await page.goto(`./#/quiz/${tree.id}`);
  // Cases are listed by number and text: a title could give the answer away.
  const number = scenarios.scenarios.indexOf(quizCase) + 1;
  await expect(page.getByText(quizCase.title)).toHaveCount(0);
  await page.getByRole('link', { name: `Case ${String(number)}`, exact: true }).click();
  await expect(page.getByRole('region', { name: 'Patient case' })).toContainText(quizCase.case);
  await expect(page.getByRole('region', { name: 'Patient case' })).not.toContainText(
    quizCase.title,
  );
  let state = tree.initial;
  let diverged = -1;
  for (let i = 0; tree.states[state]?.type !== 'final'; i++) {
    const options = Object.keys(tree.states[state]?.on ?? {});
    const expected = quizCase.answers[i];
    // Follow the case until its last question, then answer differently.
    const pick =
      i === quizCase.answers.length - 1
        ? (options.find((o) => o !== expected) ?? expected)
        : (expected ?? options[0]);
    if (pick !== expected && diverged < 0) diverged = i;
    await page
      .getByRole('group', { name: 'Answers' })
      .getByRole('button', { name: labelOf(tree, state, pick ?? ''), exact: true })
      .click();
    state = tree.states[state]?.on?.[pick ?? '']?.target ?? '';
  }
  const result = page.getByRole('region', { name: 'Quiz result' });
  await expect(result).toContainText(
    state === quizCase.expect ? 'You reached the expected step' : 'You reached a different step',
  );
  await expect(result).toContainText(`Step ${diverged + 1}`);
  await expect(result).toContainText(headingOf(tree, quizCase.expect));
  await expect(result).toContainText(headingOf(tree, state));
  // Now the title, and why the expected step is right.
  await expect(page.getByRole('region', { name: 'Patient case' })).toContainText(quizCase.title);
  await expect(result.getByRole('region', { name: 'Why this step' })).toBeVisible();
  // Back within the case returns to the last question.
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Answers' })).toBeVisible();
});

test.describe('presenter at 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('has no horizontal scroll', async ({ page }) => {
    await page.goto(`./#/present/${tree.id}`);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
