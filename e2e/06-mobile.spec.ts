import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, shot } from './helpers';

test.describe('narrow screens @mobile', () => {
  test('pages read without sideways scrolling at 390 px @mobile', async ({ page }) => {
    for (const [path, name] of [['/', 'overview'], ['/compare', 'compare'], ['/sources', 'sources']] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await shot(page, `${name}-mobile`);
    }
    await page.goto('/figures');
    // The wide table scrolls inside its own box; the page itself does not.
    await expectNoHorizontalOverflow(page);
    await page.locator('tbody tr td:nth-child(2) a').first().click();
    await expect(page.getByTestId('quote-mark')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await shot(page, 'figure-mobile');
  });
});
