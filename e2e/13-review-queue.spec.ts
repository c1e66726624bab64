import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalOverflow, shot, signIn } from './helpers';
import { count } from './db';

/** Stores a report whose figures all stay pending, through the browser; returns its source id. */
async function addPendingReport(page: Page, text: string, date: string): Promise<number> {
  await page.goto('/sources/new');
  const f = page.getByRole('form', { name: 'Add a report' });
  await f.getByLabel('Text of the report').fill(text);
  await f.getByLabel('Publication date (YYYY-MM-DD)').fill(date);
  await f.getByRole('button', { name: 'Preview figures' }).click();
  await expect(f.getByRole('status')).toContainText('Preview:');
  await f.getByRole('button', { name: 'Save source and figures' }).click();
  await expect(page).toHaveURL(/\/sources\/\d+\?added=1$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

const pendingOf = (sourceId: number) => count(`SELECT COUNT(*) AS n FROM "Figure" WHERE "sourceId" = ? AND "reviewStatus" = 'pending' AND "deletedAt" IS NULL`, [sourceId]);

test.describe.serial('the review queue', () => {
  let older: number;
  let newer: number;

  test('pending figures are listed oldest source first, with shortcuts shown; "a" accepts the current figure', async ({ page }) => {
    await signIn(page);
    newer = await addPendingReport(page, 'Queue wire B - Police arrested 41 suspects in 2022 and dismantled 6 cells in 2022, the ministry said.', '2023-05-02');
    older = await addPendingReport(page, 'Queue wire A - Security forces arrested 17 suspects in 2009, the ministry said.', '2010-01-15');
    await page.goto('/review');
    await expect(page.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
    const headings = page.locator('section h2');
    const order = await headings.allTextContents();
    const a = order.findIndex((h) => h.includes('2010-01-15'));
    const b = order.findIndex((h) => h.includes('2023-05-02'));
    expect(a).toBeGreaterThanOrEqual(0);
    expect(b).toBeGreaterThan(a);
    const item = page.getByTestId('queue-item').filter({ hasText: 'arrested 17 suspects in 2009' });
    await expect(item.locator('mark')).toHaveText(/17/);
    await item.click();
    await expect(item).toHaveAttribute('aria-current', 'true');
    const pendingBefore = await pendingOf(older);
    await page.keyboard.press('a');
    await expect(page.getByRole('status').filter({ hasText: 'Marked as reviewed.' })).toBeVisible();
    await expect(page.getByTestId('queue-item').filter({ hasText: 'arrested 17 suspects in 2009' })).toHaveCount(0);
    expect(await pendingOf(older)).toBe(pendingBefore - 1);
    await shot(page, 'review-queue-desktop');
  });

  test('"Accept the rest of this source" settles every pending figure of that source', async ({ page }) => {
    await signIn(page);
    await page.goto('/review');
    expect(await pendingOf(newer)).toBeGreaterThan(0);
    const section = page.locator('section').filter({ has: page.getByRole('heading', { name: /2023-05-02/ }) });
    await section.getByRole('button', { name: 'Accept the rest of this source' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Accepted \d+ figures? of this source/ })).toBeVisible();
    expect(await pendingOf(newer)).toBe(0);
    const events = await count(`SELECT COUNT(*) AS n FROM "ReviewEvent" e JOIN "Figure" f ON f."id" = e."figureId" WHERE f."sourceId" = ? AND e."action" = 'accept'`, [newer]);
    expect(events).toBeGreaterThan(0);
  });

  test('"r" rejects and "e" opens the figure to edit', async ({ page }) => {
    await signIn(page);
    const src = await addPendingReport(page, 'Queue wire C - Officials said 3 plots were foiled in 2021 and police arrested 28 suspects in 2021.', '2022-02-02');
    await page.goto('/review');
    await page.getByTestId('queue-item').filter({ hasText: 'Queue wire C' }).first().click();
    const pending = await pendingOf(src);
    await page.keyboard.press('r');
    await expect(page.getByRole('status').filter({ hasText: 'Rejected' })).toBeVisible();
    expect(await pendingOf(src)).toBe(pending - 1);
    await page.getByTestId('queue-item').filter({ hasText: 'Queue wire C' }).first().click();
    await page.keyboard.press('e');
    await expect(page).toHaveURL(/\/figures\/\d+#correct$/);
    await expect(page.getByRole('form', { name: 'Correct this figure' })).toBeVisible();
  });

  test('visitors see reviewed figures by default, pending ones only when they ask, marked', async ({ browser }) => {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto('/figures');
    await expect(visitor.locator('tbody tr').first()).toBeVisible();
    await expect(visitor.locator('tbody tr').filter({ hasText: 'Pending review' })).toHaveCount(0);
    await expect(visitor.getByRole('combobox', { name: 'Review' })).toHaveValue('reviewed');
    await visitor.goto('/figures?status=current');
    await expect(visitor.locator('tbody tr').filter({ hasText: 'Pending review' }).first()).toBeVisible();
    await visitor.goto('/review');
    await expect(visitor.getByRole('link', { name: 'Sign in as an analyst' })).toBeVisible();
    await visitor.close();
  });

  test('the queue on a phone @mobile', async ({ page }) => {
    await signIn(page);
    await addPendingReport(page, 'Queue wire M - Police arrested 19 suspects in 2020, officials said.', '2021-03-03');
    await page.goto('/review');
    await expect(page.getByTestId('queue-item').first()).toBeVisible();
    await page.getByTestId('queue-item').first().getByRole('button', { name: 'Accept' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Marked as reviewed.' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await shot(page, 'review-queue-mobile');
  });
});
