import { expect, test } from '@playwright/test';
import { shot } from './helpers';

test.describe('drill-down to the quote', () => {
  test('a figure page shows the quote highlighted in its paragraph with source details and comparable figures', async ({ page }) => {
    await page.goto('/figures?metric=foreign_fighters');
    await page.getByRole('link', { name: /Foreign fighters, printed “more than 1,600”/ }).click();
    // In words since issue 10 (was "Foreign fighters: >1,600").
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foreign fighters: more than 1,600');
    await expect(page.getByTestId('quote-mark')).toHaveText('more than 1,600 Moroccans “went voluntarily to fight in the aforementioned hotbeds of tension.”');
    await expect(page.getByTestId('quote-context')).toContainText('According to Moufakir,');
    await expect(page.getByRole('region', { name: 'Source', exact: true })).toContainText('Morocco World News');
    await expect(page.getByRole('region', { name: 'The figure', exact: true })).toContainText('Mohamed Moufakir');
    await shot(page, 'figure-desktop');
  });

  test('the source page highlights every figure, focusable by keyboard and linking to its figure', async ({ page }) => {
    await page.goto('/sources');
    await page.getByRole('link', { name: 'Moroccan Security' }).click();
    const marks = page.getByTestId('source-text').locator('a.figure-mark');
    await expect(marks).toHaveCount(9);
    // Tab into the text: the first highlighted figure takes focus and Enter opens it.
    await marks.first().focus();
    await expect(marks.first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/figures\/\d+$/);
    await expect(page.getByTestId('quote-mark')).toBeVisible();
    await shot(page, 'source-desktop');
  });

  test('article text is shown as text, never as markup', async ({ page }) => {
    await page.goto('/sources');
    await page.getByRole('link', { name: 'Moroccan Security' }).click();
    await expect(page.getByTestId('source-text')).toContainText('Moroccan authorities have dismantled 168 terrorist cells');
    // Design change (issue 10): the trailer after the article ("Source :Morocco World News") is not shown to readers.
    await expect(page.getByTestId('source-text')).not.toContainText('Source :Morocco World News');
    expect(await page.locator('main script').count()).toBe(0);
  });
});
