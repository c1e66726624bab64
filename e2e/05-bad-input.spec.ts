import { expect, test } from '@playwright/test';

test.describe('bad input gets a clear answer', () => {
  test('a malformed year filter is reported and ignored', async ({ page }) => {
    const response = await page.goto('/figures?year=abc');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText('Ignored year “abc”: it must be a four-digit year.');
    await expect(page.locator('tbody tr').first()).toBeVisible();
  });

  test('a reversed year range is swapped and said so', async ({ page }) => {
    await page.goto('/figures?from=2020&to=2019');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText('reversed');
    await expect(page.getByLabel('From year')).toHaveValue('2019');
  });

  test('unknown and malformed figure and source addresses get the not-found page', async ({ page }) => {
    for (const path of ['/figures/999999', '/figures/abc', '/sources/not-a-number', '/sources/0', '/nowhere']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    }
  });

  test('a filter that matches nothing shows a designed empty state', async ({ page }) => {
    await page.goto('/figures?from=1990&to=1991');
    // Since issue 10 it names the filter that emptied the list (was "No figures match these filters").
    await expect(page.getByText('No figures for the years 1990–1991')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Remove the years 1990–1991' })).toBeVisible();
  });
});
