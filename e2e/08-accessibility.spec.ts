import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Automated WCAG 2.1 A/AA checks on every kind of page (contrast, names, landmarks, labels). They catch the
// mechanical failures; the keyboard journeys are covered by the other specs.
const PAGES = ['/', '/figures', '/figures?metric=arrests', '/compare', '/sources', '/about'];

for (const path of PAGES) {
  test(`no WCAG A/AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}

test('no WCAG A/AA violations on a figure page and a source page', async ({ page }) => {
  await page.goto('/figures');
  await page.locator('tbody tr td:nth-child(2) a').first().click();
  await expect(page.getByTestId('quote-mark')).toBeVisible();
  let results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('link', { name: 'Source page →' }).click();
  await expect(page.getByTestId('source-text')).toBeVisible();
  results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
