import { expect, test } from '@playwright/test';
import { shot } from './helpers';

/**
 * Claims, not reports (issue 10): seed articles 001 and 004 both relay the US State Department's 2019 Country Report
 * on Terrorism. They are one claim reported in two sources — never "agree · 2 sources" — and each comparison says
 * so in a sentence.
 */
test.describe('claims, not just reports', () => {
  test('two articles quoting one State Department report are one claim, grouped and summarised in plain words', async ({ page }) => {
    await page.goto('/compare?metric=arrests&from=2019&to=2019');
    const group = page.getByTestId('comparison-group').first();
    await expect(group.getByText('One claim · reported in 2 sources')).toBeVisible();
    await expect(group.getByText(/Agree/)).toHaveCount(0);
    // The value itself may have been corrected by an earlier journey (e2e/11-correct-figure edits seed figures).
    await expect(group.getByTestId('comparison-summary')).toHaveText(
      /^One claim, reported in 2 sources, gives 2019 arrests \(alleged involvement with ISIS\): more than [\d,]+ \(US State Department\)\./,
    );
    // Both relays are listed inside the one claim.
    const claim = group.getByTestId('claim');
    await expect(claim).toHaveCount(1);
    await expect(claim).toContainText('One claim, reported in 2 sources');
    await expect(claim.getByRole('link', { name: /^>[\d,]+$/ })).toHaveCount(2);
    await shot(page, 'compare-one-claim');
  });

  test('the figure page says the other report relays the same claim', async ({ page }) => {
    await page.goto('/compare?metric=cells_dismantled&from=2019&to=2019');
    await page.getByTestId('claim').getByRole('link', { name: /^>[\d,]+$/ }).first().click();
    await expect(page).toHaveURL(/\/figures\/\d+$/);
    const comparable = page.getByRole('region', { name: 'Comparable figures' });
    await expect(comparable.getByTestId('comparison-summary')).toHaveText(/^One claim, reported in 2 sources, gives 2019 cells dismantled: more than [\d,]+ \(US State Department\)\./);
    await expect(comparable.getByText('relays the same claim')).toBeVisible();
    await expect(comparable.getByText('One claim · reported in 2 sources')).toBeVisible();
  });
});
