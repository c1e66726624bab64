import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, referenceFigures, shot } from './helpers';
import { textFragmentUrl } from '../lib/view/text-fragment';

test.describe('each quote links to the original article at the quote', () => {
  test('the figure page, the table and the source page link the quote with an encoded text fragment', async ({ page }) => {
    // A quote with characters the fragment syntax reserves ("-", ",") or that need encoding (accents, quotes).
    const f = referenceFigures().find((x) => /[-,]/.test(x.quote) && /[^\x00-\x7f]/.test(x.quote))!;
    expect(f, 'a reference quote with a comma or hyphen and a non-ASCII character').toBeTruthy();
    const link = textFragmentUrl(f.url, f.quote);
    const fragment = link.slice(link.indexOf('#:~:text=') + '#:~:text='.length);
    // Only the separator of start,end is a bare comma; no raw hyphen, space, quote or accent is left.
    expect(fragment).toMatch(/^[A-Za-z0-9%._]+(,[A-Za-z0-9%._]+)?$/);
    const [start, end] = fragment.split(',');
    expect(f.quote.replace(/\s+/g, ' ')).toContain(decodeURIComponent(start!));
    if (end) expect(f.quote.replace(/\s+/g, ' ')).toContain(decodeURIComponent(end));

    await page.goto(`/figures?q=${encodeURIComponent(f.quote.slice(0, 50))}`);
    await expect(page.locator(`tbody a[href="${link}"]`).first()).toBeVisible();
    await page.locator('tbody tr').filter({ has: page.locator(`a[href="${link}"]`) }).first().locator('td:nth-child(2) a').click();
    await expect(page.getByRole('link', { name: 'Open the quote in the original article ↗' })).toHaveAttribute('href', link);
    await page.getByRole('link', { name: /Read the excerpt with every figure highlighted/ }).click();
    await expect(page.locator(`main a[href="${link}"]`).first()).toBeAttached();
  });
});

test.describe('on a phone @mobile', () => {
  test('a figure with a long source address reads without sideways scrolling, citation included @mobile', async ({ page }) => {
    const f = referenceFigures().reduce((a, b) => (b.url.length > a.url.length ? b : a));
    await page.goto(`/figures?q=${encodeURIComponent(f.quote.slice(0, 50))}`);
    await page.locator('tbody tr').filter({ has: page.locator(`a[href="${textFragmentUrl(f.url, f.quote)}"]`) }).first().locator('td:nth-child(2) a').click();
    await expect(page.getByTestId('citation')).toContainText(f.url);
    await expectNoHorizontalOverflow(page);
    await shot(page, 'figure-long-url-mobile');
  });
});
