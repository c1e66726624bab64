import { expect, test } from '@playwright/test';
import { shot } from './helpers';

// Design change (issue 10): the overview leads with headline numbers, and a series of one statement is a number
// with its quote, not a one-dot chart. The seed articles give each series at most one dated statement, so on the
// seeds-only server every panel is numbers and lists; the charts (marks, tooltips, keyboard, table alternative)
// are tested on the full data in e2e/18-overview.full.spec.ts.
test.describe('overview on the seed articles', () => {
  test('every seeded metric has a panel; one statement is a number with its quote, not a one-dot chart', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('counterterrorism record');
    for (const label of ['Cells dismantled', 'Arrests', 'Plots foiled', 'Foreign fighters', 'Returnees', 'Returnees prosecuted', 'Terrorist incidents']) {
      const panel = page.getByRole('region', { name: label, exact: true });
      await expect(panel).toBeVisible();
      await expect(panel.locator('svg a[data-figure-id]')).toHaveCount(0);
    }
    const plots = page.getByRole('region', { name: 'Plots foiled', exact: true });
    await expect(plots.getByTestId('number-card')).toContainText('341');
    await expect(plots.getByTestId('number-card')).toContainText('“foiling of 341 criminal plans');
    await shot(page, 'overview-desktop');
  });

  test('the number opens its figure and quote', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('region', { name: 'Plots foiled', exact: true }).getByTestId('number-card').getByRole('link', { name: '341' }).click();
    await expect(page).toHaveURL(/\/figures\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plots foiled: 341');
    await expect(page.getByTestId('quote-mark')).toHaveText('foiling of 341 criminal plans');
  });

  test('a headline number leads to its evidence: the two relays of the State Department’s 2019 cells', async ({ page }) => {
    await page.goto('/');
    const headline = page.getByTestId('headline').filter({ hasText: 'Cells dismantled in 2019' });
    await expect(headline).toContainText('>25');
    await expect(headline).toContainText('one claim, 2 sources');
    await headline.getByRole('link', { name: /See the evidence/ }).click();
    await expect(page).toHaveURL(/\/compare\?key=cells_dismantled/);
    await expect(page.getByText('One claim · reported in 2 sources')).toBeVisible();
  });

  test('subsets are listed as parts of the total, never beside it', async ({ page }) => {
    await page.goto('/');
    const arrests = page.getByRole('region', { name: 'Arrests', exact: true });
    const parts = arrests.locator('div').filter({ has: page.getByRole('heading', { name: 'Parts of the total' }) });
    await expect(parts.getByRole('link', { name: '6', exact: true })).toBeVisible();
    await expect(parts).toContainText('attempting to leave Morocco for conflict zones');
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

  test('the statement several reports make says so, and opens their comparison', async ({ page }) => {
    await page.goto('/');
    const panel = page.getByRole('region', { name: 'Terrorist incidents', exact: true });
    const card = panel.getByTestId('number-card');
    await expect(card).toContainText('2 reports · one claim');
    await card.getByRole('link', { name: '0', exact: true }).click();
    await expect(page).toHaveURL(/\/compare\?key=terrorist_incidents/);
    await expect(page.getByTestId('comparison-section')).toHaveCount(1);
    await expect(page.getByTestId('comparison-group').first()).toContainText('One claim · reported in 2 sources');
  });
});
