/**
 * The editing habits authors bring (issue 14): copy and paste of two connected steps, deleting a
 * multi-selection (with the app's own dialog) undone in one step, and changing a step's kind.
 * Nothing is saved: the edits stay on the canvas (and in the browser's draft), so the shared
 * preview server serves the bundled tree.
 */
import { expect, test, type Page } from '@playwright/test';

const TREE = 'fibromyalgia-treatment-resistant';
const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const edgeCount = (page: Page) => page.locator('.react-flow__edge').count();
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function open(page: Page) {
  await page.goto(`./#/edit/${TREE}`);
  await expect(node(page, 'comprehensive_reassessment')).toBeVisible({ timeout: 30_000 });
}

/** Clicks a step on the canvas, with Shift held to add it to the selection. */
async function pick(page: Page, id: string, add = false) {
  await node(page, id).click(add ? { modifiers: ['Shift'] } : {});
  if (!add) await expect(panel(page).getByLabel('State id')).toHaveValue(id);
}

test('copy and paste two connected steps: they come back connected, under new ids', async ({
  page,
}) => {
  await open(page);
  const nodes = await page.locator('.react-flow__node').count();
  await pick(page, 'comprehensive_reassessment');
  await pick(page, 'exercise_status', true);
  await expect(panel(page)).toContainText('2 steps selected');
  await page.keyboard.press(`${mod}+C`);
  await page.keyboard.press(`${mod}+V`);
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes + 2);
  await expect(node(page, 'comprehensive_reassessment_2')).toBeVisible();
  await expect(node(page, 'exercise_status_2')).toBeVisible();
  // The answer between them came along; the copy's other answers (to steps not copied) did not.
  await expect(
    page.locator('.react-flow__edge[data-id="comprehensive_reassessment_2.CONTINUE"]'),
  ).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[data-id^="exercise_status_2."]')).toHaveCount(0);
  // Both pasted steps are selected, ready to be dragged into place.
  await expect(panel(page)).toContainText('2 steps selected');
});

test('delete a multi-selection after the in-app dialog, and undo it in one step', async ({
  page,
}) => {
  await open(page);
  const nodes = await page.locator('.react-flow__node').count();
  const edges = await edgeCount(page);
  await pick(page, 'comprehensive_reassessment');
  await pick(page, 'exercise_status', true);
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete and leave steps unreachable?' });
  await expect(dialog).toBeVisible();
  // Steps are named by their title or prompt, not only by id.
  await expect(dialog.getByRole('listitem').first()).toContainText('“');
  await dialog.getByRole('button', { name: 'Delete anyway' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes - 2);
  await expect(node(page, 'exercise_status')).toHaveCount(0);
  await page.keyboard.press(`${mod}+Z`);
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes);
  await expect.poll(() => edgeCount(page)).toBe(edges);
});

test('change a step’s kind, keeping its text, and undo it', async ({ page }) => {
  await open(page);
  await pick(page, 'comprehensive_reassessment');
  const title = await panel(page).getByLabel('Title', { exact: true }).inputValue();
  await panel(page).getByLabel('Kind').selectOption('question');
  await expect(node(page, 'comprehensive_reassessment').locator('.step-node-question')).toHaveCount(
    1,
  );
  await expect(panel(page).getByLabel('Question (prompt)')).toHaveValue(title);
  await page.keyboard.press(`${mod}+Z`);
  await expect(panel(page).getByLabel('Title', { exact: true })).toHaveValue(title);
});

test('"?" lists the shortcuts, Escape closes the list', async ({ page }) => {
  await open(page);
  await pick(page, 'comprehensive_reassessment');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toContainText('Duplicate');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
