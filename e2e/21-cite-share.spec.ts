import { expect, test } from '@playwright/test';
import { query } from './db';
import { ACCOUNTS, shot, signIn } from './helpers';

async function figureId(quote: string): Promise<number> {
  const [row] = await query<{ id: number }>('SELECT "id" FROM "Figure" WHERE "quote" = ? AND "deletedAt" IS NULL', [quote]);
  return row!.id;
}

/** A PNG served at an absolute or site URL, with its size read from the IHDR chunk. */
async function pngOf(page: import('@playwright/test').Page, url: string): Promise<{ bytes: Buffer; size: { width: number; height: number } }> {
  const response = await page.request.get(new URL(url).pathname + new URL(url).search);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const bytes = await response.body();
  expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  return { bytes, size: { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } };
}

test.describe('cite and share a figure', () => {
  test('cite this figure: source, date, figure, permalink and access date, copied with one click', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const id = await figureId('the arrest of 2,963 suspects');
    await page.goto(`/figures/${id}`);
    const cite = page.getByRole('region', { name: 'Cite this figure' });
    const citation = cite.getByTestId('citation');
    await expect(citation).toContainText('Morocco World News, “Moroccan Security”');
    await expect(citation).toContainText('“the arrest of 2,963 suspects” — Arrests: 2,963');
    await expect(citation).toContainText(new RegExp(`ctstats figure ${id}, https?://[^ ]+/figures/${id} \\(accessed \\d{1,2} [A-Z][a-z]{2} \\d{4}\\)\\.$`));
    await cite.getByRole('button', { name: 'Copy the citation' }).click();
    await expect(cite.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await citation.innerText());
    await cite.getByRole('button', { name: 'Copy link' }).click();
    await expect(cite.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await shot(page, 'figure-cite');
  });

  test('a shared figure link has a card: title and description with the number and the source', async ({ page }) => {
    const id = await figureId('more than 1,600 Moroccans “went voluntarily to fight in the aforementioned hotbeds of tension.”');
    await page.goto(`/figures/${id}`);
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first();
    await expect(meta('og:title')).toHaveAttribute('content', /^Foreign fighters: more than 1,600/);
    await expect(meta('og:description')).toHaveAttribute('content', /^more than 1,600 — foreign fighters, .*Morocco World News.*“more than 1,600 Moroccans/);
    await expect(meta('og:type')).toHaveAttribute('content', 'article');
    await expect(meta('og:url')).toHaveAttribute('content', new RegExp(`/figures/${id}$`));
    // The card's picture is drawn for this figure (its number, source and quote), not the site's banner.
    await expect(meta('og:image')).toHaveAttribute('content', new RegExp(`/figures/${id}/opengraph-image`));
    await expect(meta('og:image:width')).toHaveAttribute('content', '1200');
    await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
    await expect(meta('twitter:description')).toHaveAttribute('content', /more than 1,600/);
    const card = await pngOf(page, (await meta('og:image').getAttribute('content'))!);
    expect(card.size).toEqual({ width: 1200, height: 630 });
    const other = await figureId('the arrest of 2,963 suspects');
    await page.goto(`/figures/${other}`);
    const otherCard = await pngOf(page, (await meta('og:image').getAttribute('content'))!);
    expect(otherCard.bytes.equals(card.bytes)).toBe(false);
  });

  test('a shared metric page has its own card: the latest total, drawn for the metric', async ({ page }) => {
    await page.goto('/metrics/arrests');
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first();
    await expect(meta('og:title')).toHaveAttribute('content', 'Arrests: the record, sourced');
    await expect(meta('og:description')).toHaveAttribute('content', /^Arrests in Morocco as reported/);
    await expect(meta('og:image')).toHaveAttribute('content', /\/metrics\/arrests\/opengraph-image/);
    const card = await pngOf(page, (await meta('og:image').getAttribute('content'))!);
    expect(card.size).toEqual({ width: 1200, height: 630 });
    await page.goto('/metrics/cells_dismantled');
    const cells = await pngOf(page, (await meta('og:image').getAttribute('content'))!);
    expect(cells.bytes.equals(card.bytes)).toBe(false);
  });

  test('a figure corrected after it was published says so on its page: when and what changed', async ({ page, browser }) => {
    const id = await figureId('147 returned to Morocco');
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/figures/${id}`);
    await expect(visitor.getByTestId('public-corrections')).toHaveCount(0);

    await signIn(page, ACCOUNTS.analyst);
    await page.goto(`/figures/${id}`);
    const form = page.getByRole('form', { name: 'Correct this figure' });
    await form.getByLabel('Value').fill('148');
    await form.getByLabel('Note (optional, kept in the history)').fill('internal: re-read');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await expect(form.getByRole('status')).toContainText('Saved: value.');

    await visitor.reload();
    const notice = visitor.getByRole('status').filter({ hasText: 'Corrected once since it was first published here' });
    await expect(notice).toBeVisible();
    await expect(visitor.getByTestId('public-corrections')).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC: value 147 → 148/);
    // Who corrected it and their note stay in the analysts' history.
    await expect(notice).not.toContainText('Ada');
    await expect(notice).not.toContainText('internal: re-read');
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Returnees: 148');
    await shot(visitor, 'figure-corrected-notice');
    await visitor.context().close();
  });
});
