import { expect, test, type Page } from '@playwright/test';
import { startTempServer, type TempServer } from './tempServer';

const NEW_ID = 'e2e-built-tree';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });

async function selectNode(page: Page, id: string) {
  await page.locator(`.react-flow__node[data-id="${id}"]`).click();
  await expect(panel(page).getByLabel('State id')).toHaveValue(id);
}

async function rename(page: Page, to: string) {
  await panel(page).getByLabel('State id').fill(to);
  await panel(page).getByRole('button', { name: 'Rename' }).click();
  await expect(panel(page).getByLabel('State id')).toHaveValue(to);
}

async function answerId(page: Page, index: number, to: string) {
  const field = panel(page).getByLabel('Answer id').nth(index);
  await field.fill(to);
  await field.press('Enter');
  await expect(field).toHaveValue(to);
}

async function fillRecommendation(page: Page, id: string, title: string, withDose: boolean) {
  await selectNode(page, id);
  await panel(page).getByLabel('Title', { exact: true }).fill(title);
  await panel(page).getByLabel('Actions 1').fill(`Do the ${title.toLowerCase()} step.`);
  if (withDose) {
    await page.getByRole('button', { name: 'Add dose' }).click();
    await panel(page).getByLabel('Drug').fill('Testamol');
    await panel(page).getByLabel('Target').fill('50 mg daily');
  }
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByRole('checkbox', { name: /test-ref/ }).check();
  await page.getByRole('tab', { name: /Scenarios/ }).click();
  await page
    .getByRole('button', { name: 'Add scenario ending at the selected recommendation' })
    .click();
  await page.getByRole('tab', { name: 'Step' }).click();
}

test.describe('building a tree from scratch through the UI', () => {
  // Saves go to a temporary trees folder of this spec's own dev server, never to trees/.
  let server: TempServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startTempServer('editor', [], { watch: true });
  });
  test.afterAll(async () => {
    await server.close();
  });

  test('create, save through the API, reload, and play it to its recommendation', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    page.on('dialog', (d) => void d.accept());
    const DEV = server.base;
    await page.goto(DEV);
    await page.getByRole('link', { name: 'New tree' }).click();
    await page.getByLabel('Title').fill('E2E built tree');
    await page.getByLabel(/^Id/).fill(NEW_ID);
    await page.getByRole('button', { name: 'Create and edit' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(2);

    // A new tree starts with the editor's placeholders and ids, which count as problems.
    await expect(page.getByRole('tab', { name: /Problems \([1-9]\d*\)/ })).toBeVisible();
    await page.getByRole('tab', { name: 'Pathway' }).click();
    await panel(page).getByLabel('Summary').fill('A test pathway built by the browser tests.');
    await panel(page).getByLabel('Source title').fill('A test source');
    await panel(page).getByLabel('Publisher').fill('Test Publisher');
    await page.getByRole('button', { name: 'Add reference' }).click();
    await panel(page).getByLabel('Id', { exact: true }).fill('test-ref');
    await panel(page)
      .getByLabel('Citation')
      .fill('Tester T. A test citation. Test Journal. 2024;1:1-2.');
    await page.getByRole('tab', { name: 'Step' }).click();

    await selectNode(page, 'first_question');
    await rename(page, 'test_drug_tried');
    await panel(page).getByLabel('Question (prompt)').fill('Has the test drug been tried?');
    await panel(page).getByLabel('Help').fill('Tried means at the usual dose for two weeks.');
    // A new answer leads nowhere until a step is picked; its id is renamed from ANSWER_1.
    await page.getByRole('button', { name: 'Add answer' }).click();
    await panel(page)
      .getByLabel(/Answer 1 label/)
      .fill('No, not yet');
    await answerId(page, 0, 'NOT_TRIED');
    await panel(page).getByLabel('Leads to').nth(0).selectOption('first_recommendation');
    await page.getByRole('toolbar').getByRole('button', { name: '+ Recommendation' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await selectNode(page, 'test_drug_tried');
    await page.getByRole('button', { name: 'Add answer' }).click();
    await panel(page)
      .getByLabel(/Answer 2 label/)
      .fill('Yes, without benefit');
    await answerId(page, 1, 'TRIED');
    await panel(page).getByLabel('Leads to').nth(1).selectOption('recommendation');
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);

    await fillRecommendation(page, 'first_recommendation', 'Start the test drug', true);
    await rename(page, 'start_test_drug');
    await fillRecommendation(page, 'recommendation', 'Refer onwards', false);
    await rename(page, 'refer_onwards');
    await page.getByRole('tab', { name: /Scenarios/ }).click();
    const edits = panel(page).getByText('Edit scenario');
    for (let i = 0; i < (await edits.count()); i++) {
      await edits.nth(i).click();
      await panel(page).getByLabel('Case').nth(i).fill('A patient for the test.');
    }
    await page.getByRole('tab', { name: 'Step' }).click();
    await expect(page.getByRole('tab', { name: 'Problems (0)' })).toBeVisible();

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('No unsaved changes')).toBeVisible();
    await page.reload();
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await expect(page.getByText('You have unsaved changes')).toHaveCount(0);

    await page.goto(`${DEV}#/play/${NEW_ID}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Has the test drug been tried?',
    );
    await page.getByRole('button', { name: 'No, not yet' }).click();
    const region = page.getByRole('region', { name: 'Recommended next step' });
    await expect(region.getByRole('heading', { level: 1 })).toHaveText('Start the test drug');
    await expect(region.getByRole('table')).toContainText('50 mg daily');
    await expect(region).toContainText('Tester T. A test citation.');
  });
});

test('edit an existing tree’s text on the canvas, then undo it', async ({ page }) => {
  await page.goto('./#/edit/fibromyalgia-refractory-pain');
  await page.getByPlaceholder('Find a step…').fill('week_18_referral');
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  const title = panel(page).getByLabel('Title', { exact: true });
  const before = await title.inputValue();
  await title.fill('Edited title for the test');
  await expect(
    page
      .locator('.react-flow__node.selected, .react-flow__node')
      .filter({ hasText: 'Edited title for the test' }),
  ).toHaveCount(1);
  await expect(page.getByText('Unsaved changes (kept as a draft in this browser)')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue(before);
  await expect(
    page.locator('.react-flow__node').filter({ hasText: 'Edited title for the test' }),
  ).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect(title).toHaveValue('Edited title for the test');
  await page.keyboard.press('Control+Z');
  await expect(title).toHaveValue(before);
});

test('a draft survives a reload and is offered back', async ({ page }) => {
  await page.goto('./#/edit/chronic-back-pain-refractory');
  await page.locator('.react-flow__node').first().click();
  await panel(page).getByLabel('Question (prompt)').fill('A draft prompt that must survive');
  // Poll for the debounced draft instead of sleeping past the debounce.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith('stepwise:draft:chronic-back-pain-refractory'))
          .map((key) => localStorage.getItem(key) ?? '')
          .join(),
      ),
    )
    .toContain('A draft prompt that must survive');
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'You have unsaved changes to this tree' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Restore draft' }).click();
  await expect(
    page.locator('.react-flow__node').filter({ hasText: 'A draft prompt that must survive' }),
  ).toHaveCount(1);
});

test('importing a broken file shows the error and changes nothing', async ({ page }) => {
  await page.goto('./#/edit/fibromyalgia-advanced-pain-management');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.locator('input[type=file]').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "id": "broken",\n  "initial": \n}'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.json cannot be imported');
  await expect(alert).toContainText('invalid JSON at line 4, column 1');
  await expect(page.getByText('No unsaved changes')).toBeVisible();
});
