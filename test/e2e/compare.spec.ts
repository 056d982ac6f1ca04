import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  KIND_LABELS,
  comparePathways,
  drugClassLabels,
  hasDose,
  onlyInDoNot,
  type ComparedItem,
} from '../../src/model/compare';
import { SYNONYMS } from '../../src/model/compareVocabulary';
import type { Tree } from '../../src/model/types';
import { bundledTrees } from './trees';

const all = bundledTrees().map((b) => b.tree);
const fibro = all.filter((t) => t.id.startsWith('fibromyalgia-'));
if (fibro.length !== 3) throw new Error('expected the three fibromyalgia pathways');
const titleOf = (id: string): string => all.find((t) => t.id === id)?.meta.title ?? id;

/** A drug dosed in exactly one of `trees`, with the tree that has it (from the pure core). */
function uniqueDrug(trees: Tree[]): { item: ComparedItem; owner: string } {
  const comparison = comparePathways(trees);
  for (const [owner, items] of comparison.onlyIn) {
    const item = items.find((i) => {
      const own = i.byTree.get(owner);
      return i.kind === 'medication' && own !== undefined && hasDose(own);
    });
    if (item) return { item, owner };
  }
  throw new Error('no drug is unique to one pathway');
}

const onlyIn = (page: Page, id: string) =>
  page.getByRole('region', { name: `Only in ${titleOf(id)}`, exact: true });
const startsWith = (label: string) =>
  new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('the home page links to the comparison, which opens on the three fibromyalgia pathways', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Compare pathways' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare pathways');
  const chooser = page.getByRole('group', { name: /Pathways to compare/ });
  for (const tree of all) {
    const box = chooser.getByRole('checkbox', { name: tree.meta.title });
    if (tree.id.startsWith('fibromyalgia-')) await expect(box).toBeChecked();
    else await expect(box).toBeDisabled();
  }
  for (const tree of fibro) await expect(onlyIn(page, tree.id)).toBeVisible();
});

test('a drug in only one fibromyalgia pathway is listed only under that pathway', async ({
  page,
}) => {
  const { item, owner } = uniqueDrug(fibro);
  await page.goto(`./#/compare?trees=${fibro.map((t) => t.id).join(',')}`);
  const entry = onlyIn(page, owner)
    .getByRole('listitem')
    .filter({ hasText: startsWith(item.label) });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('dose given');
  for (const other of fibro.filter((t) => t.id !== owner)) {
    await expect(
      onlyIn(page, other.id)
        .getByRole('listitem')
        .filter({ hasText: startsWith(item.label) }),
    ).toHaveCount(0);
  }
  // In the grid, the drug's row carries its "only here" tag in the owner's column alone.
  const medication = page.getByRole('region', { name: 'Medication', exact: true });
  await expect(medication.getByText(item.label, { exact: true })).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('choosing two pathways compares those two and updates the address', async ({ page }) => {
  await page.goto('./#/compare');
  const [dropped, ...kept] = [...fibro].sort((a, b) => a.id.localeCompare(b.id));
  if (!dropped || kept.length !== 2) throw new Error('unexpected trees');
  // uncheck() fails unless the box changes with the click itself (the address follows after).
  await page.getByRole('checkbox', { name: dropped.meta.title }).uncheck();
  await expect(page).toHaveURL(new RegExp(`#/compare\\?trees=${kept.map((t) => t.id).join(',')}$`));
  await expect(page.getByRole('heading', { name: 'In both pathways' })).toBeVisible();
  await expect(onlyIn(page, dropped.id)).toHaveCount(0);
  // What was shared with the dropped pathway can now be unique to one of the two.
  const { item, owner } = uniqueDrug(kept);
  await expect(
    onlyIn(page, owner)
      .getByRole('listitem')
      .filter({ hasText: startsWith(item.label) }),
  ).toHaveCount(1);
  // With two chosen, every other box can be ticked again.
  for (const tree of all.filter((t) => !kept.includes(t)))
    await expect(page.getByRole('checkbox', { name: tree.meta.title })).toBeEnabled();
  await page.getByRole('checkbox', { name: kept[0]?.meta.title ?? '' }).uncheck();
  await expect(page.getByText('Choose at least two pathways to compare.')).toBeVisible();
});

test('a step link plays the pathway to that recommendation', async ({ page }) => {
  const { item, owner } = uniqueDrug(fibro);
  const occurrence = item.byTree.get(owner)?.occurrences[0];
  if (!occurrence) throw new Error('no occurrence');
  await page.goto('./#/compare');
  const medication = page.getByRole('region', { name: 'Medication', exact: true });
  const card = medication.getByRole('listitem').filter({ hasText: startsWith(item.label) });
  await expect(card).toBeVisible();
  const more = card.locator('summary');
  if ((await more.count()) > 0) await more.click();
  await card.getByRole('link', { name: occurrence.stateTitle }).click();
  await expect(page.getByRole('heading', { name: occurrence.stateTitle })).toBeVisible();
});

test('at 375 px wide the columns stack with no horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('./#/compare');
  await expect(page.getByRole('heading', { name: 'Differences' })).toBeVisible();
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  // Stacked: each cell names its pathway, since the column headings are no longer above it.
  const medication = page.getByRole('region', { name: 'Medication', exact: true });
  for (const tree of fibro) await expect(medication.getByText(tree.meta.title)).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('compare at 1920 x 1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  const comparison = comparePathways(fibro);
  const cell = (page: Page, kind: string, treeId: string) =>
    page
      .getByRole('region', { name: kind, exact: true })
      .locator('.cmp-cell')
      .filter({ has: page.locator('.cmp-cell-tree', { hasText: titleOf(treeId) }) });

  test('"dose given" only where the tree gives a dose; drug classes beside their drugs', async ({
    page,
  }) => {
    await page.goto('./#/compare');
    let checked = 0;
    for (const item of comparison.items.filter((i) => i.kind === 'medication')) {
      for (const [treeId, own] of item.byTree) {
        if (onlyInDoNot(own)) continue;
        const entry = cell(page, 'Medication', treeId)
          .getByRole('listitem')
          .filter({ hasText: startsWith(item.label) })
          .first();
        if (hasDose(own)) await expect(entry).toContainText('dose given');
        else await expect(entry).not.toContainText('dose given');
        for (const c of drugClassLabels(item.key)) await expect(entry).toContainText(c);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('near-synonyms share one row across the pathways that word them differently', async ({
    page,
  }) => {
    await page.goto('./#/compare');
    const merged = comparison.items.filter((i) => Object.values(SYNONYMS).includes(i.key));
    for (const item of merged) {
      const region = KIND_LABELS[item.kind];
      for (const treeId of item.byTree.keys())
        await expect(cell(page, region, treeId)).toContainText(item.label);
    }
    // No row is left under a wording the table folds into another.
    for (const key of Object.keys(SYNONYMS))
      expect(comparison.items.some((i) => i.key === key)).toBe(false);
  });

  test('the page fits a projector: well under 6,000 px, kind rows collapse', async ({ page }) => {
    await page.goto('./#/compare');
    await expect(page.getByRole('heading', { name: 'Differences' })).toBeVisible();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4000);
    const doNot = page.getByRole('region', { name: 'Do not do', exact: true });
    await doNot.locator('summary').first().click();
    await expect(doNot.locator('.cmp-cell').first()).toBeVisible();
  });
});
