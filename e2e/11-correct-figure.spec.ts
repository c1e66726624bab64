import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalOverflow, shot, signIn, ACCOUNTS } from './helpers';
import { query, snapshot } from './db';

interface Row {
  id: number;
  value: number;
  version: number;
  periodStartYear: number | null;
  periodEndYear: number | null;
  lower: number | null;
  upper: number | null;
  comparisonKey: string;
}

async function figureRow(id: number): Promise<Row> {
  const [row] = await query<Row>('SELECT "id", "value", "version", "periodStartYear", "periodEndYear", "lower", "upper", "comparisonKey" FROM "Figure" WHERE "id" = ?', [id]);
  return row!;
}

/** A reviewed seed figure that counts over a period (not a running total). */
async function seedFlowFigure(offset = 0): Promise<number> {
  const rows = await query<{ id: number }>(`SELECT "id" FROM "Figure" WHERE "reviewStatus" = 'reviewed' AND "cumulative" = false AND "deletedAt" IS NULL ORDER BY "id" LIMIT 1 OFFSET ?`, [offset]);
  return rows[0]!.id;
}

const form = (page: Page) => page.getByRole('form', { name: 'Correct this figure' });

test.describe.configure({ timeout: 120_000 });

test.describe.serial('correcting a figure', () => {
  test('an analyst corrects value, qualifier and period; derived columns follow and each change is in the history', async ({ page }) => {
    const id = await seedFlowFigure(0);
    const before = await figureRow(id);
    await signIn(page);
    await page.goto(`/figures/${id}`);
    const f = form(page);
    await f.getByLabel('Qualifier').selectOption('more_than');
    await f.getByLabel('Value').fill(String(before.value + 5));
    await f.getByLabel(/^Period start/).fill('2011');
    await f.getByLabel('Period end').fill('2013');
    await f.getByLabel('Scope (empty = national total)').fill('Casablanca region');
    await f.getByLabel('Note (optional, kept in the history)').fill('Re-read the source');
    await f.getByRole('button', { name: 'Save correction' }).click();
    await expect(f.getByRole('status')).toContainText('Saved: value, qualifier, period start, period end, scope.');
    const history = page.getByTestId('figure-history');
    await expect(history).toContainText('Ada Analyst · corrected');
    await expect(history).toContainText(`Value: ${before.value} → ${before.value + 5}`);
    await expect(history).toContainText('Qualifier: exact → more_than');
    await expect(history).toContainText('Re-read the source');
    // The details follow: the meaning and period are derived from the corrected fields (in words since issue 10).
    await expect(page.getByRole('region', { name: 'The figure' })).toContainText(`more than ${(before.value + 5).toLocaleString('en-US')}`);
    await expect(page.getByRole('region', { name: 'The figure' })).toContainText('2011–2013');
    const after = await figureRow(id);
    expect(after).toMatchObject({ value: before.value + 5, version: before.version + 1, periodStartYear: 2011, periodEndYear: 2013, lower: before.value + 5, upper: null });
    expect(after.comparisonKey).toMatch(/\|casablanca region\|2011\.\.2013$/);
    expect((await query('SELECT "field" FROM "FigureChange" WHERE "figureId" = ?', [id])).length).toBe(5);
    await shot(page, 'correct-figure-desktop');
  });

  test('bad values are refused in the form, keep what was typed, and change nothing', async ({ page }) => {
    const id = await seedFlowFigure(1);
    await signIn(page);
    await page.goto(`/figures/${id}`);
    const f = form(page);
    const cases: Array<[string, string, RegExp]> = [
      ['Value', 'twelve', /whole number/],
      ['Value', '-4', /whole number/],
      ['Value', '1e3', /whole number/],
      ['As of', '2019-02-30', /As-of date must be a date/i],
      ['As of', 'last week', /As-of date must be a date/i],
      ['Period end', '1850', /period end must be a date/i],
    ];
    const db = await snapshot();
    for (const [label, value, message] of cases) {
      await f.getByLabel(label, { exact: true }).fill(value);
      await f.getByRole('button', { name: 'Save correction' }).click();
      await expect(f.getByRole('alert')).toContainText(message);
      await expect(f.getByLabel(label, { exact: true })).toHaveValue(value);
      await page.reload();
    }
    // A period that ends before it starts.
    await f.getByLabel(/^Period start/).fill('2020');
    await f.getByLabel('Period end').fill('2018');
    await f.getByRole('button', { name: 'Save correction' }).click();
    await expect(f.getByRole('alert')).toContainText('The period ends before it starts.');
    expect(await snapshot()).toEqual(db);
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  });

  test('two analysts edit one figure: the second is told it changed, sees the new values, and nothing is overwritten', async ({ browser }) => {
    const id = await seedFlowFigure(2);
    const before = await figureRow(id);
    const ada = await browser.newPage();
    const bob = await browser.newPage();
    await signIn(ada, ACCOUNTS.analyst);
    await signIn(bob, ACCOUNTS.reviewer);
    await ada.goto(`/figures/${id}`);
    await bob.goto(`/figures/${id}`);
    await form(ada).getByLabel('Value').fill(String(before.value + 100));
    await form(ada).getByRole('button', { name: 'Save correction' }).click();
    await expect(form(ada).getByRole('status')).toContainText('Saved: value.');
    // Bob's form still carries the version he opened.
    await form(bob).getByLabel('Value').fill(String(before.value + 200));
    await form(bob).getByRole('button', { name: 'Save correction' }).click();
    const conflict = bob.getByTestId('conflict');
    await expect(conflict).toContainText('Someone changed this figure after you opened it');
    await expect(conflict).toContainText(`Value: now “${before.value + 100}” (was “${before.value}” when you opened it)`);
    await expect(form(bob).getByLabel('Value')).toHaveValue(String(before.value + 100));
    const row = await figureRow(id);
    expect(row.value).toBe(before.value + 100);
    expect(row.version).toBe(before.version + 1);
    // Saving again on the new values works and is recorded under Bob's name.
    await form(bob).getByLabel('Value').fill(String(before.value + 200));
    await form(bob).getByRole('button', { name: 'Save correction' }).click();
    await expect(form(bob).getByRole('status')).toContainText('Saved: value.');
    await expect(bob.getByTestId('figure-history')).toContainText(`Value: ${before.value + 100} → ${before.value + 200}`);
    await expect(bob.getByTestId('figure-history')).toContainText('Bob Reviewer · corrected');
    await ada.close();
    await bob.close();
  });

  test('correcting a figure on a phone @mobile', async ({ page }) => {
    const id = await seedFlowFigure(3);
    await signIn(page);
    await page.goto(`/figures/${id}`);
    const f = form(page);
    await f.getByLabel('Attributed to').fill('DGSN');
    await f.getByRole('button', { name: 'Save correction' }).click();
    await expect(f.getByRole('status')).toContainText('Saved: attributed to.');
    await expect(page.getByTestId('figure-history')).toContainText('Attributed to:');
    await expectNoHorizontalOverflow(page);
    await shot(page, 'correct-figure-mobile');
  });
});
