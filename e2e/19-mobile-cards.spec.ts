import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, shot } from './helpers';

test.describe('the figures table on a phone @mobile', () => {
  test('at 390 px each figure is a card with its quote on screen @mobile', async ({ page }) => {
    await page.goto('/figures');
    await expectNoHorizontalOverflow(page);
    const width = page.viewportSize()!.width;
    const table = await page.getByRole('table', { name: 'Figures matching the filters' }).boundingBox();
    // Before: a 964 px table in a 356 px box, the Quote column off screen.
    expect(table!.width).toBeLessThanOrEqual(width);
    const cards = page.locator('tbody tr');
    await expect(cards.first()).toBeVisible();
    for (const i of [0, 1, 2]) {
      const quote = cards.nth(i).locator('td[data-cell="quote"] a').first();
      await quote.scrollIntoViewIfNeeded();
      await expect(quote).toBeInViewport({ ratio: 1 });
      const box = (await quote.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    // The value and the cells that lost their header say what they are.
    await expect(cards.first().locator('td[data-cell="period"]')).toHaveAttribute('data-label', 'Period');
    // Sorting is still offered, as a row of links.
    await expect(page.getByRole('link', { name: 'Value', exact: true })).toBeVisible();
    await page.locator('tbody').evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: `${__dirname}/.artifacts/figures-mobile-cards.png` });
    await shot(page, 'figures-mobile-cards-full');
  });
});
