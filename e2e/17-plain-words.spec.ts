import { expect, test, type Page } from '@playwright/test';
import { query } from './db';

/** The words issue 10 found on public pages, none of which a reader should meet outside the method page. */
const JARGON = [/∞/, /\binterval\b/i, /\bReads as\b/, /\bCharacters \d/, /standing total/i, /Reviewed and pending/i, /\[\d[\d,]*, \d[\d,]*\]/];

async function expectPlainWords(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  for (const word of JARGON) expect(text, `${page.url()} says ${word}`).not.toMatch(word);
}

async function figureId(quote: string): Promise<number> {
  const [row] = await query<{ id: number }>('SELECT "id" FROM "Figure" WHERE "quote" = ? AND "deletedAt" IS NULL', [quote]);
  return row!.id;
}

test.describe('plain words on public pages', () => {
  test('a figure page says its number, range and period in words', async ({ page }) => {
    const id = await figureId('more than 1,600 Moroccans “went voluntarily to fight in the aforementioned hotbeds of tension.”');
    await page.goto(`/figures/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foreign fighters: more than 1,600');
    const details = page.getByRole('region', { name: 'The figure', exact: true });
    await expect(details).toContainText('As printed');
    await expect(details).toContainText('Meaning');
    await expect(details).toContainText('more than 1,600');
    // A count at a date with no start: a running total, stated when the source is dated (this one is not).
    await expect(details).toContainText('running total, date unknown');
    await expectPlainWords(page);
  });

  test('the table, the sources and the filters carry no notation; the method page explains it', async ({ page }) => {
    await page.goto('/figures');
    await expect(page.locator('tbody tr').first()).toBeVisible();
    await expectPlainWords(page);
    await expect(page.getByRole('combobox', { name: 'Review' }).locator('option')).toHaveText(['Reviewed figures only', 'Include figures awaiting review', 'Only figures awaiting review']);
    await page.goto('/sources');
    await page.getByRole('link', { name: 'Moroccan Security' }).click();
    await expect(page.getByTestId('source-text')).toBeVisible();
    await expectPlainWords(page);
    // The technical detail is on the method page, which a "why" link on a vague figure opens.
    await page.goto('/about#numbers');
    const numbers = page.getByRole('region', { name: 'How a printed number is read' });
    await expect(numbers).toContainText('(25, ∞)');
    await expect(numbers).toContainText('[1,440, 1,760]');
    await expect(numbers).toContainText('between 1,440 and 1,760');
    await expect(page.getByRole('region', { name: 'Words the pages use' })).toContainText('standing total');
  });
});
