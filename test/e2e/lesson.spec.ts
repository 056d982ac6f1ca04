/** The presenter in a lecture hall: clicker beats, reveal, text size on the graph, label geometry. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gradeQuiz } from '../../src/model/quiz';
import type { Scenario, Tree } from '../../src/model/types';
import { bundledTrees, headingOf, labelOf } from './trees';

test.use({ viewport: { width: 1920, height: 1080 } });

const entries = bundledTrees();
const first = entries[0];
if (!first) throw new Error('no bundled trees');

/** The states a scenario's answers walk through, initial first. */
function statesOf(tree: Tree, answers: readonly string[]): string[] {
  const states = [tree.initial];
  for (const event of answers)
    states.push(tree.states[states.at(-1) ?? '']?.on?.[event]?.target ?? '');
  return states;
}

/** The longest scenario of the bundled trees, so the walk has the most beats. */
function longestCase(): { tree: Tree; scenario: Scenario } {
  let best: { tree: Tree; scenario: Scenario } | undefined;
  for (const { tree, scenarios } of entries)
    for (const scenario of scenarios.scenarios)
      if (!best || scenario.answers.length > best.scenario.answers.length)
        best = { tree, scenario };
  if (!best) throw new Error('no scenarios');
  return best;
}

const current = (page: Page) => page.locator('.react-flow__node[aria-current="step"]');

/** On-screen size of the graph's text: computed font size times the viewport's zoom. */
async function screenFontSizes(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((sel) => {
    const viewport = document.querySelector('.react-flow__viewport');
    const scale = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
    return [...document.querySelectorAll(sel)].map(
      (el) => parseFloat(getComputedStyle(el).fontSize) * scale,
    );
  }, selector);
}

/** Waits until the view has stopped gliding (two reads of the viewport agree). */
async function settled(page: Page) {
  await expect
    .poll(async () => {
      const read = () =>
        page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
      const a = await read();
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      return a === (await read());
    })
    .toBe(true);
}

test('a clicker alone walks a case, beat by beat, to its care plan, and back', async ({ page }) => {
  const { tree, scenario } = longestCase();
  const states = statesOf(tree, scenario.answers);
  await page.goto(`./#/present/${tree.id}?scenario=${scenario.id}`);
  const lesson = page.getByRole('region', { name: 'Lesson case' });
  await expect(lesson).toContainText(scenario.case);
  const keys = ['PageDown', ' ', 'ArrowRight'];
  let presses = 0;
  for (const [i, event] of scenario.answers.entries()) {
    const state = states[i] ?? '';
    await expect(current(page)).toHaveAttribute('data-id', state);
    if (Object.keys(tree.states[state]?.on ?? {}).length > 1) {
      // The answer beat: the case's answer is revealed on the graph and beside it.
      await page.keyboard.press(keys[presses++ % keys.length] ?? 'PageDown');
      await expect(lesson).toContainText(`The case answers: ${labelOf(tree, state, event)}`);
      await expect(page.locator(`[data-edge="${state}.${event}"]`)).toHaveClass(/is-scripted/);
      await expect(current(page)).toHaveAttribute('data-id', state);
    }
    await page.keyboard.press(keys[presses++ % keys.length] ?? 'PageDown');
  }
  await expect(current(page)).toHaveAttribute('data-id', scenario.expect);
  const plan = lesson.getByRole('status').filter({ hasText: 'Care plan for this case' });
  const planned = states.filter((s) => tree.states[s]?.meta.kind === 'plan');
  for (const key of [...new Set(planned), scenario.expect])
    await expect(plan).toContainText(headingOf(tree, key));
  await expect(lesson).toContainText(`beat ${String(presses + 1)} of ${String(presses + 1)}`);
  // One more press does nothing; PageUp goes back one beat.
  await page.keyboard.press('PageDown');
  await expect(current(page)).toHaveAttribute('data-id', scenario.expect);
  await page.keyboard.press('PageUp');
  await expect(current(page)).not.toHaveAttribute('data-id', scenario.expect);
});

test('progressive reveal draws only reached steps and the open answers with their next steps', async ({
  page,
}) => {
  const { tree, scenario } = longestCase();
  await page.goto(`./#/present/${tree.id}`);
  const states = statesOf(tree, scenario.answers);
  for (let i = 0; i < Math.min(3, scenario.answers.length); i++) {
    const here = states[i] ?? '';
    await expect(current(page)).toHaveAttribute('data-id', here);
    const offered = Object.values(tree.states[here]?.on ?? {}).map((t) => t.target);
    const expected = new Set([...states.slice(0, i + 1), ...offered]);
    await expect(page.locator('.react-flow__node')).toHaveCount(expected.size);
    const drawn = await page
      .locator('.react-flow__node')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
    expect(new Set(drawn)).toEqual(expected);
    await page.locator(`[data-edge="${here}.${scenario.answers[i] ?? ''}"]`).dispatchEvent('click');
  }
  // The box follows the address, which changes a moment after the click.
  await page.getByLabel('Progressive reveal').click();
  await expect(page.getByLabel('Progressive reveal')).not.toBeChecked();
  await expect(page.locator('.react-flow__node')).toHaveCount(Object.keys(tree.states).length);
});

test('follow mode draws the current step and its answers at 24 px or more, Large type larger', async ({
  page,
}) => {
  for (const { tree } of entries) {
    await page.goto(`./#/present/${tree.id}?reveal=off`);
    await expect(current(page)).toBeVisible();
    await settled(page);
    const selectors = [
      '.react-flow__node[aria-current="step"] .present-step-title',
      '.present-label-available',
    ];
    for (const sel of selectors) {
      const sizes = await screenFontSizes(page, sel);
      expect(sizes.length, `${tree.id} ${sel}`).toBeGreaterThan(0);
      for (const size of sizes) expect(size, `${tree.id} ${sel}`).toBeGreaterThanOrEqual(24);
    }
    // The current step is inside the graph panel.
    const panel = await page.locator('.presenter-graph').boundingBox();
    const step = await current(page).boundingBox();
    expect(step && panel && step.y >= panel.y && step.x >= panel.x).toBe(true);
  }
  // Each loop below first checks that its selector found text: over nothing it would pass.
  const normal = await screenFontSizes(page, '.present-label-available');
  expect(normal.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Large type' }).click();
  await settled(page);
  const large = await screenFontSizes(page, '.present-label-available');
  expect(large.length).toBeGreaterThan(0);
  for (const size of large) expect(size).toBeGreaterThanOrEqual(30);
  expect(Math.min(...large)).toBeGreaterThan(Math.min(...normal));
});

test('the whole tree keeps text at 14 px or more, or shows an outline of step titles', async ({
  page,
}) => {
  for (const { tree } of entries) {
    await page.goto(`./#/present/${tree.id}?reveal=off`);
    await expect(current(page)).toBeVisible();
    await page.getByRole('button', { name: 'Whole tree' }).click();
    const outline = page.getByLabel('Outline of the steps');
    await expect(outline.or(page.locator('.react-flow__viewport'))).toBeVisible();
    if (await outline.isVisible()) {
      await expect(outline).toContainText(headingOf(tree, tree.initial));
      const sizes = await outline
        .locator('.outline-step')
        .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
      expect(sizes.length, `${tree.id} outline`).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(14);
    } else {
      await settled(page);
      const sizes = await screenFontSizes(page, '.present-step-title, .present-label');
      expect(sizes.length, `${tree.id} whole tree`).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(14);
    }
  }
});

test('no answer label overlaps a step or another label on any bundled tree', async ({ page }) => {
  for (const { tree } of entries) {
    await page.goto(`./#/present/${tree.id}?reveal=off`);
    await expect(page.locator('.react-flow__node')).toHaveCount(Object.keys(tree.states).length);
    await settled(page);
    const clashes = await page.evaluate(() => {
      const rect = (el: Element) => el.getBoundingClientRect();
      const labels = [...document.querySelectorAll('.present-label')].map((el) => ({
        id: el.getAttribute('data-edge') ?? '',
        r: rect(el),
      }));
      const steps = [...document.querySelectorAll('.react-flow__node')].map((el) => ({
        id: el.getAttribute('data-id') ?? '',
        r: rect(el),
      }));
      const hit = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 1 &&
        b.left < a.right - 1 &&
        a.top < b.bottom - 1 &&
        b.top < a.bottom - 1;
      const found: string[] = [];
      labels.forEach((l, i) => {
        for (const s of steps) if (hit(l.r, s.r)) found.push(`${l.id} on step ${s.id}`);
        for (const m of labels.slice(i + 1)) if (hit(l.r, m.r)) found.push(`${l.id} on ${m.id}`);
      });
      return found;
    });
    expect(clashes, tree.id).toEqual([]);
  }
});

test('the speaker view follows the presenter and its Next button drives it', async ({
  page,
  context,
}) => {
  const { tree, scenario } = longestCase();
  await page.goto(`./#/present/${tree.id}?scenario=${scenario.id}`);
  await expect(current(page)).toHaveAttribute('data-id', tree.initial);
  const speaker = await context.newPage();
  await speaker.goto(`./#/present/${tree.id}/speaker?scenario=${scenario.id}`);
  await expect(speaker.getByText('following the presentation')).toBeVisible();
  await expect(speaker.getByRole('region', { name: 'Case' })).toContainText(scenario.case);
  await expect(speaker.locator('.speaker-now')).toHaveText(headingOf(tree, tree.initial));
  await expect(speaker.locator('.speaker-next')).not.toBeEmpty();
  const states = statesOf(tree, scenario.answers);
  // Next reveals the answer (when there is a choice), then moves on; the speaker follows.
  const presses = Object.keys(tree.states[tree.initial]?.on ?? {}).length > 1 ? 2 : 1;
  for (let i = 0; i < presses; i++) {
    await speaker.getByRole('button', { name: 'Next' }).click();
    if (i === 0 && presses === 2)
      await expect(page.getByRole('region', { name: 'Lesson case' })).toContainText(
        'The case answers',
      );
  }
  await expect(current(page)).toHaveAttribute('data-id', states[1] ?? '');
  await expect(speaker.locator('.speaker-now')).toHaveText(headingOf(tree, states[1] ?? ''));
});

test('a full quiz run: every case, Next case, a score across them kept in the URL', async ({
  page,
}) => {
  // The tree with the fewest cases keeps the run short; case 1 is answered wrongly on purpose.
  const entry = [...entries].sort(
    (a, b) => a.scenarios.scenarios.length - b.scenarios.scenarios.length,
  )[0];
  if (!entry) throw new Error('no tree');
  const { tree, scenarios } = entry;
  const cases = scenarios.scenarios;
  await page.goto(`./#/quiz/${tree.id}`);
  await page.getByRole('link', { name: /^Start the quiz/ }).click();
  let right = 0;
  for (const [n, scenario] of cases.entries()) {
    const caseText = page.getByRole('region', { name: 'Patient case' });
    await expect(caseText).toContainText(scenario.case);
    await expect(caseText).not.toContainText(scenario.title);
    let state = tree.initial;
    const given: string[] = [];
    for (const [i, event] of scenario.answers.entries()) {
      const options = Object.keys(tree.states[state]?.on ?? {});
      const pick = n === 0 && i === 0 ? (options.find((o) => o !== event) ?? event) : event;
      await page
        .getByRole('group', { name: 'Answers' })
        .getByRole('button', { name: labelOf(tree, state, pick), exact: true })
        .click();
      given.push(pick);
      state = tree.states[state]?.on?.[pick]?.target ?? '';
      if (tree.states[state]?.type === 'final') break;
    }
    // A wrong turn may leave questions the case does not answer: take the first answer.
    while (tree.states[state]?.type !== 'final') {
      const [pick = ''] = Object.keys(tree.states[state]?.on ?? {});
      await page
        .getByRole('group', { name: 'Answers' })
        .getByRole('button', { name: labelOf(tree, state, pick), exact: true })
        .click();
      given.push(pick);
      state = tree.states[state]?.on?.[pick]?.target ?? '';
    }
    if (gradeQuiz(tree, scenario, given).correct) right++;
    await expect(page.getByRole('region', { name: 'Quiz result' })).toBeVisible();
    await expect(caseText).toContainText(scenario.title);
    await expect(page.locator('.quiz-score')).toContainText(
      `Score: ${String(right)} of ${String(n + 1)} right`,
    );
    if (n < cases.length - 1) {
      await page.getByRole('link', { name: 'Next case' }).click();
      await expect(page).toHaveURL(new RegExp(`run=.*${scenario.id}~[01]`));
    } else await page.getByRole('link', { name: 'See the score of this run' }).click();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Score of this run' })).toHaveText(
    `Score of this run: ${String(right)} of ${String(cases.length)} right (every case done)`,
  );
});

test('the quiz result and a lesson beat pass axe WCAG 2.2 AA', async ({ page }) => {
  const { tree, scenario } = longestCase();
  const pages = [
    `./#/quiz/${tree.id}?scenario=${scenario.id}&answers=${scenario.answers.join(',')}`,
    `./#/present/${tree.id}?scenario=${scenario.id}&show=answer`,
  ];
  for (const url of pages) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
      url,
    ).toEqual([]);
  }
});

test.describe('quiz on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });
  test('one column, case first, no horizontal scroll, in large type too', async ({ page }) => {
    const { tree, scenario } = longestCase();
    await page.goto(`./#/quiz/${tree.id}?scenario=${scenario.id}`);
    const caseBox = await page.getByRole('region', { name: 'Patient case' }).boundingBox();
    const answers = await page.getByRole('group', { name: 'Answers' }).boundingBox();
    expect(caseBox && answers && caseBox.y + caseBox.height <= answers.y).toBe(true);
    for (const large of [false, true]) {
      if (large) await page.getByRole('button', { name: 'Large type' }).click();
      await expect(page.getByRole('button', { name: 'Large type' })).toHaveAttribute(
        'aria-pressed',
        String(large),
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
});
