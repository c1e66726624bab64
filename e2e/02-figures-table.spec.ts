import { expect, test } from '@playwright/test';
import { seedFigures, shot } from './helpers';

test.describe('sourced figures table', () => {
  test('lists every seed figure with value as printed, what it means, period and quote', async ({ page }) => {
    await page.goto('/figures');
    const rows = page.getByRole('table', { name: 'Figures matching the filters' }).locator('tbody tr');
    await expect(rows).toHaveCount(seedFigures().length);
    const row = rows.filter({ hasText: 'over125' });
    await expect(row).toHaveCount(1);
    // Design change (issue 10): the value in words, no interval notation on a public page (it is on /about).
    await expect(row).toContainText('more than 125');
    await expect(row).not.toContainText('∞');
    await expect(row).toContainText('alleged involvement with ISIS');
    await expect(row).toContainText('US State Department');
    await shot(page, 'figures-desktop');
  });

  test('filters live in the URL and survive a reload', async ({ page }) => {
    await page.goto('/figures');
    await page.getByLabel('Metric').selectOption('cells_dismantled');
    await page.getByLabel('From year').fill('2019');
    await page.getByLabel('To year').fill('2019');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/metric=cells_dismantled/);
    await expect(page).toHaveURL(/from=2019/);
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await page.reload();
    await expect(rows).toHaveCount(2);
    await expect(page.getByLabel('Metric')).toHaveValue('cells_dismantled');
    await expect(page.getByLabel('From year')).toHaveValue('2019');
  });

  test('filters by attribution and by source', async ({ page }) => {
    await page.goto('/figures?attributedTo=US%20State%20Department');
    await expect(page.locator('tbody tr')).toHaveCount(6);
    // Design change (issue 9): the source filter is a search box fed by /api/sources, not a <select> of every source.
    await page.goto('/figures');
    const sourceBox = page.getByRole('combobox', { name: 'Source' });
    await sourceBox.fill('Morocco World');
    const option = page.getByRole('option', { name: /Morocco World News/ }).first();
    await expect(option).toBeVisible();
    await sourceBox.press('ArrowDown');
    await sourceBox.press('Enter');
    await expect(sourceBox).toHaveValue(/Morocco World News/);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/source=\d+/);
    const rows = await page.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    // The Interval column is gone (issue 10): Source is the 7th.
    for (const cell of await page.locator('tbody tr td:nth-child(7)').allInnerTexts()) expect(cell).toContain('Morocco World News');
    // The chosen source is named after a reload (the URL is the state).
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Source' })).toHaveValue(/Morocco World News/);
  });

  test('sorts by value in both directions', async ({ page }) => {
    await page.goto('/figures');
    await page.getByRole('link', { name: 'Value', exact: true }).click();
    await expect(page).toHaveURL(/sort=value/);
    const firstDesc = await page.locator('tbody tr').first().locator('td').nth(1).innerText();
    expect(firstDesc).toContain('2,963');
    await page.getByRole('link', { name: /Value/ }).click();
    await expect(page).toHaveURL(/dir=asc/);
    const firstAsc = await page.locator('tbody tr').first().locator('td').nth(1).innerText();
    expect(firstAsc.startsWith('0')).toBe(true);
  });

  test('every labelled seed figure is reachable with its exact quote', async ({ page }) => {
    await page.goto('/figures');
    const hrefs = await page.locator('tbody tr td:nth-child(2) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const quotes: string[] = [];
    for (const href of hrefs) {
      await page.goto(href);
      quotes.push(await page.getByTestId('quote-mark').innerText());
    }
    for (const f of seedFigures()) expect(quotes).toContain(f.quote);
  });
});

test.describe('export', () => {
  test('the filtered table downloads as CSV with quotes and sources', async ({ page }) => {
    await page.goto('/figures?metric=arrests');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download CSV' }).click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toContain('value_as_printed');
    expect(lines).toHaveLength(1 + 4);
    expect(text).toContain('the arrest of 2,963 suspects');
    expect(text).toContain('over125');
  });

  test('the export API refuses bad filters instead of guessing', async ({ request }) => {
    const response = await request.get('/api/figures?format=csv&from=abc');
    expect(response.status()).toBe(400);
    const body = (await response.json()) as { problems: string[] };
    expect(body.problems.join(' ')).toContain('from year');
    const json = await request.get('/api/figures?format=json&metric=plots_foiled');
    expect(json.status()).toBe(200);
    const figures = (await json.json()) as Array<{ value: number; quote: string }>;
    expect(figures).toEqual([expect.objectContaining({ value: 341, quote: 'foiling of 341 criminal plans' })]);
  });

  test('the JSON API pages by cursor with a limit of at most 100', async ({ request }) => {
    type Page = { figures: Array<{ id: number }>; nextCursor: number | null };
    const ids: number[] = [];
    let url = '/api/figures?format=json&limit=10';
    for (;;) {
      const page = (await (await request.get(url)).json()) as Page;
      expect(page.figures.length).toBeLessThanOrEqual(10);
      ids.push(...page.figures.map((f) => f.id));
      if (page.nextCursor === null) break;
      expect(page.nextCursor).toBe(page.figures.at(-1)!.id);
      url = `/api/figures?format=json&limit=10&cursor=${page.nextCursor}`;
    }
    const everything = (await (await request.get('/api/figures?format=json')).json()) as Array<{ id: number }>;
    expect(ids.length).toBeGreaterThan(10);
    expect(ids).toEqual(everything.map((f) => f.id));
    const tooMany = await request.get('/api/figures?format=json&limit=500');
    expect(tooMany.status()).toBe(400);
    expect(((await tooMany.json()) as { problems: string[] }).problems.join(' ')).toContain('limit');
  });
});

test.describe('site search', () => {
  // Accent-insensitivity is tested on French text in lib/data/search.test.ts (the seed articles are English).
  test('finds quotes and source texts, the last word as a prefix, with the words highlighted', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await page.getByLabel('Words to find').fill('dismantl');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=dismantl/);
    const sourceSnippet = page.getByTestId('source-snippet').first();
    await expect(sourceSnippet.locator('mark').first()).toHaveText(/^dismantl/i);
    await page.goto('/search?q=ISIS');
    await expect(page.getByTestId('figure-snippet').first().locator('mark')).toHaveText(/ISIS/i);
    await page.getByTestId('figure-snippet').first().locator('xpath=ancestor::li').getByRole('link').first().click();
    await expect(page).toHaveURL(/\/figures\/\d+$/);
    await page.goto('/search?q=zzzznotaword');
    await expect(page.getByText('Nothing found for “zzzznotaword”')).toBeVisible();
  });
});
