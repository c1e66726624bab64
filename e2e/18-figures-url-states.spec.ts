import { expect, test } from '@playwright/test';
import { shot } from './helpers';

test.describe('the figures table: URLs and states', () => {
  test('Apply writes only the fields that were set', async ({ page }) => {
    await page.goto('/figures');
    await page.getByLabel('Search quotes').fill('ISIS');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/\/figures\?q=ISIS$/);
    await page.getByLabel('From year').fill('2019');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/\/figures\?q=ISIS&from=2019$/);
    await expect(page.locator('tbody tr').first()).toContainText('ISIS');
    // Choosing something other than the default review filter is kept.
    await page.getByRole('combobox', { name: 'Review' }).selectOption('current');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/\/figures\?q=ISIS&from=2019&status=current$/);
  });

  test('the same form on the compare page writes only what was set, and the reader’s default review filter not at all', async ({ page }) => {
    await page.goto('/compare');
    await page.getByLabel('Metric').selectOption('arrests');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/\/compare\?metric=arrests$/);
  });

  test('an address with empty parameters (a form sent without JavaScript) is redirected to the clean one', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/figures?q=ISIS&metric=&from=&to=');
    await expect(page).toHaveURL(/\/figures\?q=ISIS$/);
    await page.getByLabel('To year').fill('2019');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/\/figures\?q=ISIS&to=2019&status=reviewed$/);
    await context.close();
  });

  test('a page past the end says so and links to the last page', async ({ page }) => {
    await page.goto('/figures?metric=arrests&page=9');
    await expect(page.getByRole('status').filter({ hasText: 'There is no page 9' })).toContainText('These filters give 1 page of figures.');
    await expect(page.locator('tbody tr')).toHaveCount(0);
    await page.getByRole('link', { name: 'Go to the last page (1)' }).click();
    await expect(page).toHaveURL(/\/figures\?metric=arrests$/);
    await expect(page.locator('tbody tr').first()).toBeVisible();
  });

  test('an empty result names the filter that emptied it and offers to remove it', async ({ page }) => {
    await page.goto('/figures?from=2030&to=2031');
    await expect(page.getByText('No figures for the years 2030–2031')).toBeVisible();
    await page.getByRole('link', { name: 'Remove the years 2030–2031' }).click();
    await expect(page).toHaveURL(/\/figures$/);
    await expect(page.locator('tbody tr').first()).toBeVisible();

    // Two filters: each is named; the one whose removal brings figures back says how many.
    await page.goto('/figures?q=ISIS&from=2030');
    const list = page.getByTestId('empty-filters');
    await expect(list.getByRole('listitem').filter({ hasText: 'Remove the years from 2030' })).toContainText(/— \d+ figures? without it/);
    await expect(list.getByRole('listitem').filter({ hasText: 'Remove the search “ISIS”' })).toContainText('still none without it alone');
    await shot(page, 'figures-empty-named-filter');
  });

  test('year fields have placeholders that cannot be taken for values', async ({ page }) => {
    await page.goto('/figures');
    for (const label of ['From year', 'To year']) {
      const input = page.getByLabel(label);
      await expect(input).toHaveAttribute('placeholder', 'any');
      await expect(input).toHaveValue('');
      await expect(input).toHaveAccessibleDescription(/^Figures cover \d{4}–\d{4}\.$/);
    }
  });
});
