import { expect, test } from '@playwright/test';
import { shot } from './helpers';

test.describe('comparison across reports', () => {
  // Design change (issue 10): two outlets relaying one State Department report are one claim, not agreement.
  test('the 2019 cells figures of two outlets are one claim reported in two sources', async ({ page }) => {
    await page.goto('/compare?metric=cells_dismantled');
    const section = page.getByTestId('comparison-section').filter({ has: page.getByRole('heading', { name: /Cells dismantled · 2019/ }) });
    await expect(section).toHaveCount(1);
    await expect(section.getByText('One claim · reported in 2 sources')).toBeVisible();
    await expect(section.getByText('“dismantling operations of more than 25 cells”')).toHaveCount(2);
    await shot(page, 'compare-desktop');
  });

  test('different scopes are shown apart, never merged', async ({ page }) => {
    await page.goto('/compare?metric=cells_dismantled');
    const sections = page.getByTestId('comparison-section');
    // national 2019, national since 9/11, two scoped since 9/11
    await expect(sections).toHaveCount(4);
    await expect(page.getByText('Scope: connected to foreign hotbeds of terrorism')).toBeVisible();
    await expect(page.getByText('Single source').first()).toBeVisible();
  });

  test('each compared value leads to its figure', async ({ page }) => {
    await page.goto('/compare?metric=arrests&from=2019&to=2019');
    await page.getByRole('link', { name: '>125' }).first().click();
    await expect(page.getByTestId('quote-mark')).toContainText('individuals for their alleged involvement with ISIS throughout the year');
    await expect(page.getByText('One claim · reported in 2 sources')).toBeVisible();
  });
});
