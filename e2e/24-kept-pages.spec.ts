import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';
import { query } from './db';

/**
 * Public pages kept for readers not signed in until the database changes (lib/http/page-cache.ts): sent again
 * without being rendered, yet each response with its own nonce, never stale after a write, never for an analyst.
 */
const STATUS = 'x-ctstats-page-cache';
const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];

/** As a signed-in analyst: withdraw the source, let `meanwhile` look at what a visitor sees, restore the source. */
async function whileWithdrawn(page: Page, sourceId: number, meanwhile: () => Promise<void>): Promise<void> {
  await signIn(page);
  await page.goto(`/sources/${sourceId}`);
  await page.getByRole('button', { name: 'Withdraw this source' }).click();
  await expect(page.getByText('This source is withdrawn')).toBeVisible();
  await meanwhile();
  await page.getByRole('button', { name: 'Restore this source' }).click();
  await expect(page.getByText('This source is withdrawn')).toHaveCount(0);
}

test.describe.serial('pages kept until the data changes', () => {
  test('a second reader gets the kept page, with a nonce of its own that every script carries', async ({ request }) => {
    await request.get('/figures?sort=value&dir=desc');
    const responses = [await request.get('/figures?sort=value&dir=desc'), await request.get('/figures?sort=value&dir=desc')];
    const nonces: string[] = [];
    for (const r of responses) {
      expect(r.status()).toBe(200);
      expect(r.headers()[STATUS]).toBe('hit');
      const nonce = nonceOf(r.headers()['content-security-policy']);
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      const html = await r.text();
      const scriptNonces = [...html.matchAll(/<script\b[^>]*\bnonce="([^"]*)"/g)].map((m) => m[1]);
      expect(scriptNonces.length).toBeGreaterThan(3);
      expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
      // Nor anywhere else (style tags, the payload's "nonce":"…"): no trace of the render's own nonce is left.
      const anyNonce = [...html.matchAll(/nonce\\?["']?\s*[=:]\s*\\?["']([A-Za-z0-9+/=]{8,})/g)].map((m) => m[1]);
      expect(new Set(anyNonce)).toEqual(new Set([nonce]));
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test('a kept page runs in the browser: no script refused, the app starts, links navigate client-side', async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) refused.push(m.text());
    });
    // The page the link leads to is kept too: the navigation's own request (RSC) must not be answered with it.
    await page.request.get('/figures');
    await page.goto('/');
    const response = await page.goto('/');
    expect(response!.headers()[STATUS]).toBe('hit');
    // Next.js's client runtime sets window.next once its scripts ran (none would, had the nonce been wrong).
    await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version));
    await page.evaluate(() => ((window as unknown as { stayed?: boolean }).stayed = true));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Figures' }).click();
    await expect(page).toHaveURL(/\/figures$/);
    await expect(page.locator('tbody tr').first()).toBeVisible();
    // Still the same document: a client-side navigation, not a reload.
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(refused).toEqual([]);
  });

  test('links in view are not prefetched (no kept page answers a prefetch); a click still navigates client-side', async ({ page }) => {
    // RSC requests: a prefetch or a client-side navigation.
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.headers()['next-router-prefetch'] || r.url().includes('_rsc=')) asked.push(r.url());
    });
    for (const path of ['/', '/sources', '/figures']) {
      await page.goto(path);
      await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version));
      await page.mouse.wheel(0, 4000);
      await page.waitForLoadState('networkidle');
      // Next.js prefetches links once they have been in view for a moment.
      await page.waitForTimeout(800);
    }
    expect(asked).toEqual([]);
    await page.evaluate(() => ((window as unknown as { stayed?: boolean }).stayed = true));
    const first = page.locator('tbody tr').first().locator('td[data-cell="value"] a');
    const href = await first.getAttribute('href');
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    // The click itself asked for the page (an RSC request), and nothing else was asked for.
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((u) => new URL(u).pathname === href)).toBe(true);
  });

  test('after an analyst’s write the next reader gets the page rendered anew', async ({ page, browser }) => {
    const [s] = await query<{ id: number }>(`SELECT s."id" FROM "Source" s WHERE s."withdrawnAt" IS NULL ORDER BY s."id" ASC LIMIT 1`);
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/sources/${s!.id}`);
    expect((await visitor.goto(`/sources/${s!.id}`))!.headers()[STATUS]).toBe('hit');
    await whileWithdrawn(page, s!.id, async () => {
      expect((await visitor.goto(`/sources/${s!.id}`))!.status()).toBe(404);
    });
    const back = await visitor.goto(`/sources/${s!.id}`);
    expect(back!.status()).toBe(200);
    expect(back!.headers()[STATUS]).toBe('miss');
    await visitor.close();
  });

  test('a search is kept too, without saying so, and shows an analyst’s withdrawal at once', async ({ page, browser }) => {
    const figures = await query<{ id: number; quote: string; sourceId: number }>(
      `SELECT f."id", f."quote", f."sourceId" FROM "Figure" f JOIN "Source" s ON s."id" = f."sourceId"
       WHERE f."deletedAt" IS NULL AND s."withdrawnAt" IS NULL AND f."reviewStatus" = 'reviewed' ORDER BY f."id" ASC LIMIT 20`,
    );
    const visitorContext = await browser.newContext();
    const visitor = visitorContext.request;
    // A word of one of these quotes that finds its figure on the search's first page.
    let found: { figure: (typeof figures)[number]; search: string } | null = null;
    for (const figure of figures) {
      for (const word of [...new Set(figure.quote.match(/\p{L}{7,}/gu) ?? [])].sort((a, b) => b.length - a.length)) {
        const search = `/figures?q=${encodeURIComponent(word)}`;
        if ((await (await visitor.get(search)).text()).includes(`href="/figures/${figure.id}"`)) found = { figure, search };
        if (found) break;
      }
      if (found) break;
    }
    expect(found, 'a quote word that finds its figure').not.toBeNull();
    const { figure, search } = found!;
    for (let i = 0; i < 2; i++) {
      const r = await visitor.get(search);
      expect(r.status()).toBe(200);
      expect(r.headers()[STATUS]).toBeUndefined();
      expect(await r.text()).toContain(`href="/figures/${figure.id}"`);
    }
    await whileWithdrawn(page, figure.sourceId, async () => {
      expect(await (await visitor.get(search)).text()).not.toContain(`href="/figures/${figure.id}"`);
    });
    expect(await (await visitor.get(search)).text()).toContain(`href="/figures/${figure.id}"`);
    await visitorContext.close();
  });

  test('never for a signed-in analyst, a crawler, a client-side navigation or the streamed export', async ({ page, request }) => {
    await signIn(page);
    for (let i = 0; i < 2; i++) expect((await page.goto('/figures'))!.headers()[STATUS]).toBeUndefined();
    await request.get('/about', { headers: { 'user-agent': 'Twitterbot/1.0' } });
    expect((await request.get('/about', { headers: { 'user-agent': 'Twitterbot/1.0' } })).headers()[STATUS]).toBeUndefined();
    expect((await request.get('/about', { headers: { rsc: '1' } })).headers()[STATUS]).toBeUndefined();
    await request.get('/api/figures?format=json');
    expect((await request.get('/api/figures?format=json')).headers()[STATUS]).toBeUndefined();
    // The API's bounded pages are kept like pages.
    await request.get('/api/figures?format=json&limit=5');
    expect((await request.get('/api/figures?format=json&limit=5')).headers()[STATUS]).toBe('hit');
  });
});
