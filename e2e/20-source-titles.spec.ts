import { expect, test } from '@playwright/test';
import { query } from './db';
import { shot } from './helpers';

test.describe('sources: titles, text and arriving at a figure', () => {
  test('titles come from the title, or outlet and date — never a cut first sentence', async ({ page }) => {
    await page.goto('/sources');
    const titles = await page.locator('main li > a').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t, t).not.toMatch(/…$/);
    expect(titles).toContain('Moroccan Security');
    // Seed 001 has a date and no outlet or title: it was "In addition to the US State Department report, countries such…".
    expect(titles).toContain('Article of 24 Jun 2020 (outlet not stated)');
    await page.getByRole('link', { name: 'Article of 24 Jun 2020 (outlet not stated)' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article of 24 Jun 2020 (outlet not stated)');
    await expect(page).toHaveTitle(/^Article of 24 Jun 2020/);
  });

  test('the text shown has no import header and the page no file name', async ({ page }) => {
    const [source] = await query<{ id: number; fileName: string; text: string }>('SELECT "id", "fileName", "text" FROM "Source" WHERE "text" LIKE ?', [' date 2020-02-28 %']);
    expect(source!.text.startsWith(' date 2020-02-28 ')).toBe(true);
    await page.goto(`/sources/${source!.id}`);
    const text = page.getByTestId('source-text');
    await expect(text).toContainText('In 2019, the US State Department praised');
    await expect(text).not.toContainText('date 2020-02-28');
    await expect(page.locator('main')).not.toContainText(source!.fileName);
    await expect(page.locator('main')).not.toContainText('.txt');
  });

  test('arriving at /sources/N#figure-M marks that figure’s quote and gives it the focus', async ({ page }) => {
    const [f] = await query<{ id: number; sourceId: number }>('SELECT "id", "sourceId" FROM "Figure" WHERE "quote" = ?', ['the arrest of 2,963 suspects']);
    // From the figure page's link (a client-side navigation).
    await page.goto(`/figures/${f!.id}`);
    await page.getByRole('link', { name: 'Read the whole source with every figure highlighted →' }).click();
    await expect(page).toHaveURL(new RegExp(`/sources/${f!.sourceId}#figure-${f!.id}$`));
    const mark = page.locator(`#figure-${f!.id}`);
    await expect(mark).toBeFocused();
    await expect(mark).toHaveClass(/is-target/);
    await expect(mark).toBeInViewport();
    // Only that one is marked.
    await expect(page.locator('.is-target')).toHaveCount(1);
    await shot(page, 'source-arrived-at-figure');
    // And from a pasted address (a full page load).
    await page.goto('/');
    await page.goto(`/sources/${f!.sourceId}#figure-${f!.id}`);
    await expect(mark).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/figures/${f!.id}$`));
  });
});

test('a sources page past the end says so and links to the last page', async ({ page }) => {
  await page.goto('/sources?page=7');
  await expect(page.getByRole('status').filter({ hasText: 'There is no page 7' })).toContainText('The sources fill 1 page.');
  await expect(page.locator('main li > a')).toHaveCount(0);
  await page.getByRole('link', { name: 'Go to the last page (1)' }).click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.locator('main li > a').first()).toBeVisible();
});
