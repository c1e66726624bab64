import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';
import { query } from './db';

// The workspace pages as a signed-in analyst sees them, forms included: automated WCAG 2.1 A/AA checks.
async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test('no WCAG A/AA violations on the workspace pages', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  const [fig] = await query<{ id: number; sourceId: number }>('SELECT "id", "sourceId" FROM "Figure" WHERE "deletedAt" IS NULL ORDER BY "id" LIMIT 1');
  for (const path of ['/review', '/review/quality', `/figures/${fig!.id}`, `/sources/${fig!.sourceId}`, `/sources/${fig!.sourceId}/figures/new?start=0&end=30`]) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    await expectNoViolations(page);
  }
  await page.goto('/sources/new');
  const f = page.getByRole('form', { name: 'Add a report' });
  await f.getByLabel('Text of the report').fill('Axe wire - Police arrested 23 suspects in 2017, officials said.');
  await f.getByRole('button', { name: 'Preview figures' }).click();
  await expect(f.getByRole('status')).toContainText('Preview:');
  await expectNoViolations(page);
});
