import { expect, test } from '@playwright/test';
import { shot } from './helpers';

/** On the full default data: independent claims that disagree, and relays of one claim that print different numbers. */
test.describe('claims on the reference data', () => {
  test('independent claims that cannot both be true disagree, and the summary names each', async ({ page }) => {
    await page.goto('/compare?metric=cells_dismantled');
    const since2002 = page.getByTestId('comparison-section').filter({ has: page.getByRole('heading', { name: /Cells dismantled · running total since 2002/ }) }).filter({ hasText: 'Scope: national total' });
    const group = since2002.getByTestId('comparison-group').filter({ hasText: 'Disagree · 2 independent claims' });
    await expect(group).toHaveCount(1);
    await expect(group.getByTestId('comparison-summary')).toHaveText(/^Two independent claims give cells dismantled, since 2002 \(to .+\): 214 \(Mohamed Dkhissi, Central Director of the Judicial Police\) and more than 214 \(.+\): they disagree\.$/);
    await group.scrollIntoViewIfNeeded();
    await shot(page, 'compare-disagreement');
  });

  test('relays of one claim that print 276 and 273 are a transcription conflict', async ({ page }) => {
    await page.goto('/compare?metric=arrests&from=2016&to=2016');
    const group = page.getByTestId('comparison-group').filter({ hasText: 'Transcription conflict' });
    await expect(group).toHaveCount(1);
    await expect(group.getByText('One claim · reported in 3 sources')).toBeVisible();
    await expect(group.getByTestId('claim')).toContainText('they print different numbers (transcription conflict)');
    await expect(group.getByTestId('comparison-summary')).toHaveText(
      'One claim, reported in 3 sources, gives 2016 arrests (BCIJ operations): 276 or 273 (Abdelhak Khiame, BCIJ director). The sources relaying it print different numbers: a transcription conflict.',
    );
  });
});
