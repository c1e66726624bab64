import { expect, test } from '@playwright/test';
import { shot } from './helpers';

test.describe('overview charts', () => {
  test('shows a chart for every seeded metric, each with a table alternative', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('counterterrorism record');
    for (const label of ['Cells dismantled', 'Arrests', 'Plots foiled', 'Foreign fighters', 'Returnees', 'Returnees prosecuted', 'Terrorist incidents']) {
      const panel = page.getByRole('region', { name: label, exact: true });
      await expect(panel).toBeVisible();
      await expect(panel.locator('svg a[data-figure-id]').first()).toBeAttached();
      await expect(panel.getByText('Show as table').first()).toBeVisible();
    }
    await shot(page, 'overview-desktop');
  });

  test('a lower bound is drawn as a bound, and hovering a mark shows the value as printed, source and quote', async ({ page }) => {
    await page.goto('/');
    const cells = page.getByRole('region', { name: 'Cells dismantled', exact: true });
    // "more than 25" in 2019: a hollow mark with an arrow (a path), not a plain dot.
    const mark = cells.locator('svg a[data-figure-id]').first();
    await expect(mark.locator('path')).toHaveCount(1);
    await mark.hover();
    const tooltip = cells.locator('.recharts-tooltip-wrapper').first();
    await expect(tooltip).toContainText('>25');
    await expect(tooltip).toContainText('printed “more than 25”');
    await expect(tooltip).toContainText('dismantling operations of more than 25 cells');
  });

  test('clicking a chart mark opens that figure', async ({ page }) => {
    await page.goto('/');
    const panel = page.getByRole('region', { name: 'Plots foiled', exact: true });
    await panel.locator('svg a[data-figure-id]').first().click();
    await expect(page).toHaveURL(/\/figures\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plots foiled: 341');
    await expect(page.getByTestId('quote-mark')).toHaveText('foiling of 341 criminal plans');
  });

  test('chart marks are reachable by keyboard', async ({ page }) => {
    await page.goto('/');
    const mark = page.getByRole('region', { name: 'Returnees', exact: true }).locator('svg a[data-figure-id]').first();
    await mark.focus();
    await expect(mark).toBeFocused();
    await expect(mark).toHaveAttribute('aria-label', /147 \(147\)/);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('quote-mark')).toHaveText('147 returned to Morocco');
  });

  test('overview filters live in the URL', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Metric').selectOption('arrests');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/metric=arrests/);
    await expect(page.getByRole('region', { name: 'Arrests', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Cells dismantled', exact: true })).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('Metric')).toHaveValue('arrests');
    await expect(page.getByRole('region', { name: 'Cells dismantled', exact: true })).toHaveCount(0);
  });

  // Design change (issue 9): the overview draws one mark per statement, so the two reports of "0 incidents in
  // 2019" are one row saying "2 reports", whose link opens their comparison; the value still opens the first report.
  test('the table alternative lists one row per statement, with links to the figure and the comparison', async ({ page }) => {
    await page.goto('/');
    const panel = page.getByRole('region', { name: 'Terrorist incidents', exact: true });
    await panel.getByText('Show as table').click();
    const table = panel.getByRole('table', { name: 'Terrorist incidents by year' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('link', { name: /2 reports, 2 sources: agree/ })).toBeVisible();
    await table.getByRole('link', { name: '0', exact: true }).first().click();
    await expect(page.getByTestId('quote-mark')).toHaveText('the country did not witness any terror-related incidents in 2019');
  });

  test('a statement several reports make is one mark that opens their comparison', async ({ page }) => {
    await page.goto('/');
    const panel = page.getByRole('region', { name: 'Terrorist incidents', exact: true });
    const mark = panel.locator('svg a[data-figure-id]').first();
    await expect(mark).toHaveAttribute('aria-label', /2 reports from 2 sources/);
    await mark.hover();
    await expect(panel.locator('.recharts-tooltip-wrapper').first()).toContainText('2 reports from 2 sources');
    await mark.click();
    await expect(page).toHaveURL(/\/compare\?key=terrorist_incidents/);
    await expect(page.getByTestId('comparison-section')).toHaveCount(1);
    await expect(page.getByTestId('comparison-group').first()).toContainText('Agree');
  });
});
