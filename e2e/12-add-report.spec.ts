import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalOverflow, shot, signIn } from './helpers';
import { count, query, snapshot } from './db';

/** A report no other spec stores, so this journey does not depend on their order. */
const ARTICLE = `Morocco dismantles more cells

RABAT - Moroccan security services dismantled 14 terrorist cells in 2023 and arrested 120 suspects, the Central Bureau of Judicial Investigation (BCIJ) said on Tuesday.

Since its creation in 2015, the BCIJ has dismantled more than 90 cells, according to its director.

The bureau also said that 5 terrorist plots were foiled in 2023.
`;

const form = (page: Page) => page.getByRole('form', { name: 'Add a report' });

test.describe.configure({ timeout: 120_000 });

test.describe.serial('adding a report in the browser', () => {
  test('paste, preview (nothing stored), drop one, accept one, edit one, save: one source with exactly the kept figures', async ({ page }) => {
    await signIn(page);
    await page.goto('/sources/new');
    const f = form(page);
    await f.getByLabel('Text of the report').fill(ARTICLE);
    await f.getByLabel('Outlet').fill('Test Wire');
    await f.getByLabel('Address (http or https)').fill('https://example.org/cells-2023');
    await f.getByLabel('Publication date (YYYY-MM-DD)').fill('2024-03-12');
    const db = await snapshot();
    await f.getByRole('button', { name: 'Preview figures' }).click();
    await expect(f.getByRole('status')).toContainText('figures found. Nothing is stored until you save.');
    expect(await snapshot()).toEqual(db);
    const items = page.getByTestId('preview-figures').locator('> li');
    const n = await items.count();
    expect(n).toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId('preview-text').locator('mark')).toHaveCount(n);
    await expect(items.first()).toContainText('14 terrorist cells in 2023');
    await page.getByLabel('Drop: figure 1', { exact: true }).check();
    await page.getByLabel('Accept (reviewed): figure 2', { exact: true }).check();
    await items.nth(2).getByText('Edit figure 3').click();
    await items.nth(2).getByLabel('Value').fill('95');
    await f.getByRole('button', { name: 'Save source and figures' }).click();
    await expect(page).toHaveURL(/\/sources\/\d+\?added=1$/);
    await expect(page.getByText('Source added')).toBeVisible();
    const sourceId = Number(new URL(page.url()).pathname.split('/').pop());
    const stored = await query<{ value: number; reviewStatus: string; quote: string; asOf: string | null }>('SELECT "value", "reviewStatus", "quote", "asOf" FROM "Figure" WHERE "sourceId" = ? ORDER BY "quoteStart"', [sourceId]);
    expect(stored.length).toBe(n - 1);
    expect(stored.some((s) => s.quote === '14 terrorist cells in 2023')).toBe(false);
    expect(stored[0]).toMatchObject({ value: 120, reviewStatus: 'reviewed' });
    expect(stored[1]).toMatchObject({ value: 95, reviewStatus: 'pending' });
    // The typed date is the document's date: figures take their as-of date from it.
    expect(stored[0]!.asOf).toBe('2024-03-12');
    const [source] = await query<{ outlet: string; url: string; publishedAt: string }>('SELECT "outlet", "url", "publishedAt" FROM "Source" WHERE "id" = ?', [sourceId]);
    expect(source).toEqual({ outlet: 'Test Wire', url: 'https://example.org/cells-2023', publishedAt: '2024-03-12' });
    await shot(page, 'add-report-saved-desktop');
  });

  test('the same text again: "already in ctstats" with a link, nothing added', async ({ page }) => {
    await signIn(page);
    await page.goto('/sources/new');
    await form(page).getByLabel('Text of the report').fill(ARTICLE);
    const db = await snapshot();
    await form(page).getByRole('button', { name: 'Preview figures' }).click();
    await expect(form(page).getByRole('alert')).toContainText('already in ctstats');
    await expect(form(page).getByRole('link', { name: 'Test Wire' })).toBeVisible();
    expect(await snapshot()).toEqual(db);
    await form(page).getByRole('link', { name: 'Test Wire' }).click();
    await expect(page).toHaveURL(/\/sources\/\d+$/);
  });

  test('bad input gets a clear message in the form, keeps what was typed, and stores nothing', async ({ page }) => {
    await signIn(page);
    await page.goto('/sources/new');
    const f = form(page);
    const db = await snapshot();
    const fixtures = path.join(__dirname, 'fixtures');
    const tryPreview = async (message: RegExp) => {
      await f.getByRole('button', { name: 'Preview figures' }).click();
      await expect(f.getByRole('alert')).toContainText(message);
    };
    // Empty, and only whitespace.
    await tryPreview(/Paste the text of the report, or choose a file/);
    await f.getByLabel('Text of the report').fill('   \n\t  ');
    await tryPreview(/Paste the text of the report, or choose a file/);
    // Text typed with a bad date, a bad address: the message names the field and the text stays.
    await f.getByLabel('Text of the report').fill('Police arrested 12 suspects in 2022.');
    await f.getByLabel('Publication date (YYYY-MM-DD)').fill('2024-02-31');
    await tryPreview(/publication date must be a date/i);
    await f.getByLabel('Publication date (YYYY-MM-DD)').fill('next Tuesday');
    await tryPreview(/publication date must be a date/i);
    await expect(f.getByLabel('Publication date (YYYY-MM-DD)')).toHaveValue('next Tuesday');
    await f.getByLabel('Publication date (YYYY-MM-DD)').fill('');
    await f.getByLabel('Address (http or https)').fill('javascript:alert(1)');
    await tryPreview(/web address starting with http/);
    await f.getByLabel('Address (http or https)').fill('ftp://example.org/file');
    await tryPreview(/web address starting with http/);
    await f.getByLabel('Address (http or https)').fill('not a url');
    await tryPreview(/web address starting with http/);
    await expect(f.getByLabel('Text of the report')).toHaveValue('Police arrested 12 suspects in 2022.');
    await f.getByLabel('Address (http or https)').fill('');
    // Files: binary, not UTF-8, too large, not a text type.
    await f.getByLabel('Text of the report').fill('');
    const file = f.getByLabel(/or a file/);
    await file.setInputFiles(path.join(fixtures, 'binary.txt'));
    await tryPreview(/binary file/);
    await file.setInputFiles(path.join(fixtures, 'latin1.txt'));
    await tryPreview(/not valid UTF-8/);
    await file.setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2 * 1024 * 1024 + 10, 'a') });
    await tryPreview(/too large/);
    await file.setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 arrested 12') });
    await tryPreview(/Only text files can be added/);
    await file.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await tryPreview(/Paste the text of the report, or choose a file/);
    // Text pasted with a NUL byte is binary too.
    await file.setInputFiles([]);
    await f.getByLabel('Text of the report').fill('arrested 12\u0000 people');
    await tryPreview(/binary file/);
    expect(await snapshot()).toEqual(db);
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  });

  test('an HTML file is read without its tags and saved as not public: visitors see quotes in their paragraphs, never the whole text', async ({ page, browser }) => {
    await signIn(page);
    await page.goto('/sources/new');
    const f = form(page);
    const html = '<html><head><title>Returnees report</title></head><body><p>Rabat - Authorities said 52 returnees were prosecuted in 2019.</p><p>Private closing paragraph that only analysts may read in full.</p></body></html>';
    await f.getByLabel(/or a file/).setInputFiles({ name: 'returnees.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await f.getByLabel(/Visitors may read the whole text/).uncheck();
    await f.getByLabel('Address (http or https)').fill('https://example.org/returnees');
    await f.getByRole('button', { name: 'Preview figures' }).click();
    await expect(f.getByRole('status')).toContainText('Preview:');
    await expect(page.getByTestId('preview-text')).not.toContainText('<p>');
    await page.getByTestId('preview-figures').locator('input[value="accept"]').first().check();
    await f.getByRole('button', { name: 'Save source and figures' }).click();
    await expect(page).toHaveURL(/\/sources\/\d+\?added=1$/);
    const url = new URL(page.url()).pathname;
    await expect(page.getByTestId('source-text')).toContainText('Private closing paragraph');
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(url);
    await expect(visitor.getByRole('heading', { name: 'The quotes, in their paragraphs' })).toBeVisible();
    await expect(visitor.getByTestId('source-text')).toHaveCount(0);
    await expect(visitor.getByText('Private closing paragraph')).toHaveCount(0);
    await expect(visitor.getByRole('link', { name: 'at the original' })).toHaveAttribute('href', 'https://example.org/returnees');
    await visitor.close();
  });

  test('adding a report on a phone @mobile', async ({ page }) => {
    await signIn(page);
    await page.goto('/sources/new');
    const f = form(page);
    const text = 'Mobile wire - Police arrested 33 suspects in 2021, officials said.';
    await f.getByLabel('Text of the report').fill(text);
    await f.getByRole('button', { name: 'Preview figures' }).click();
    await expect(f.getByRole('status')).toContainText('Preview:');
    await expectNoHorizontalOverflow(page);
    await shot(page, 'add-report-preview-mobile');
    const before = await count('SELECT COUNT(*) AS n FROM "Source"');
    await f.getByRole('button', { name: 'Save source and figures' }).click();
    await expect(page).toHaveURL(/\/sources\/\d+\?added=1$/);
    expect(await count('SELECT COUNT(*) AS n FROM "Source"')).toBe(before + 1);
  });
});
