import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn, ACCOUNTS } from './helpers';
import { query, snapshot } from './db';

/**
 * The workspace actions called the hard way: without a session, and with bodies no honest form sends. Each answer
 * must be a plain message in the form (never the error page), and the database must be exactly as before.
 */

/** Replaces every field called `name` in the form with one hidden input carrying `value` (null: removes it). */
async function forge(form: Locator, name: string, value: string | null): Promise<void> {
  await form.evaluate(
    (el, [n, v]) => {
      el.querySelectorAll(`[name="${n}"]`).forEach((e) => e.remove());
      if (v === null) return;
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = n!;
      input.value = v;
      el.appendChild(input);
    },
    [name, value] as const,
  );
}

async function expectRefused(page: Page, form: Locator, submit: string, message: string | RegExp): Promise<void> {
  await form.getByRole('button', { name: submit }).click();
  await expect(page.getByRole('alert').filter({ hasText: message }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
}

async function reviewedFigure(): Promise<number> {
  const [r] = await query<{ id: number }>(`SELECT "id" FROM "Figure" WHERE "reviewStatus" = 'reviewed' AND "deletedAt" IS NULL ORDER BY "id" DESC LIMIT 1`);
  return r!.id;
}
async function firstSource(): Promise<{ id: number; text: string }> {
  const [s] = await query<{ id: number; text: string }>('SELECT "id", "text" FROM "Source" WHERE "withdrawnAt" IS NULL ORDER BY "id" LIMIT 1');
  return s!;
}

/** Letters only (a digit could read as a figure), so each run's reports are new texts. */
const tag = () => `${Math.random().toString(36).replace(/[^a-z]/g, '')}x`.slice(0, 8);

const SESSION_ENDED = 'Your analyst session has ended or you are not signed in';

test.describe.configure({ timeout: 120_000 });

test.describe.serial('refusals', () => {
  test('without a session every workspace action refuses and writes nothing', async ({ page, context }) => {
    const figureId = await reviewedFigure();
    const source = await firstSource();
    const check = async (open: () => Promise<Locator>, submit: string) => {
      await signIn(page);
      const form = await open();
      await context.clearCookies();
      const db = await snapshot();
      await expectRefused(page, form, submit, SESSION_ENDED);
      expect(await snapshot()).toEqual(db);
    };
    await check(async () => {
      await page.goto(`/figures/${figureId}`);
      const f = page.getByRole('form', { name: 'Correct this figure' });
      await f.getByLabel('Value').fill('4321');
      return f;
    }, 'Save correction');
    await check(async () => {
      await page.goto(`/sources/${source.id}/figures/new?start=0&end=20`);
      return page.getByRole('form', { name: 'Add a figure' });
    }, 'Add this figure');
    await check(async () => {
      await page.goto('/sources/new');
      const f = page.getByRole('form', { name: 'Add a report' });
      await f.getByLabel('Text of the report').fill(`Refusal wire ${tag()} - Police arrested 61 suspects in 2019.`);
      return f;
    }, 'Preview figures');
    // Save: previewed while signed in, then the session goes.
    await signIn(page);
    await page.goto('/sources/new');
    const f = page.getByRole('form', { name: 'Add a report' });
    const typed = `Refusal wire ${tag()} - Police arrested 62 suspects in 2019.`;
    await f.getByLabel('Text of the report').fill(typed);
    await f.getByRole('button', { name: 'Preview figures' }).click();
    await expect(f.getByRole('status')).toContainText('Preview:');
    await context.clearCookies();
    const db = await snapshot();
    await expectRefused(page, f, 'Save source and figures', SESSION_ENDED);
    await expect(f.getByLabel('Text of the report')).toHaveValue(typed);
    expect(await snapshot()).toEqual(db);
    await check(async () => {
      await page.goto(`/sources/${source.id}`);
      const e = page.getByRole('form', { name: 'Edit source details' });
      await e.getByLabel('Outlet').fill('Not saved');
      return e;
    }, 'Save details');
    await check(async () => {
      await page.goto(`/sources/${source.id}`);
      return page.getByRole('form', { name: 'Withdraw this source' });
    }, 'Withdraw this source');
    await check(async () => {
      await page.goto('/sources/new');
      const n = page.getByRole('form', { name: 'Add a report' });
      await n.getByLabel('Text of the report').fill(`Queue refusal wire ${tag()} - Police arrested 63 suspects in 2019.`);
      await n.getByRole('button', { name: 'Preview figures' }).click();
      await expect(n.getByRole('status')).toContainText('Preview:');
      await n.getByRole('button', { name: 'Save source and figures' }).click();
      await expect(page).toHaveURL(/added=1/);
      await page.goto('/review');
      return page.locator('form').filter({ has: page.getByRole('button', { name: 'Accept the rest of this source' }) }).first();
    }, 'Accept the rest of this source');
  });

  test('malformed bodies sent to the correction action get a clear answer and change nothing', async ({ page }) => {
    const figureId = await reviewedFigure();
    await signIn(page);
    const cases: Array<[string, string | null, string | RegExp]> = [
      ['version', 'abc', 'missing the version it was opened with'],
      ['version', null, 'missing the version it was opened with'],
      ['figureId', '0', 'The figure number is not valid.'],
      ['figureId', '99999999999', 'The figure number is not valid.'],
      ['figureId', '999999', 'This figure does not exist.'],
      ['metricKey', 'no_such_metric', 'There is no metric “no_such_metric”.'],
      ['metricKey', 'DROP TABLE "Figure"', 'Choose a metric from the list.'],
      ['metricKey', null, 'Choose a metric.'],
      ['qualifier', 'roughly', 'The qualifier must be one of'],
      ['value', '12345678901', 'whole number'],
      ['note', 'x'.repeat(501), 'A note can be at most 500 characters.'],
      ['scope', 's'.repeat(201), 'The scope can be at most 200 characters.'],
      ['periodStart', '2019-13', 'The period start must be a date'],
    ];
    for (const [name, value, message] of cases) {
      await page.goto(`/figures/${figureId}`);
      const form = page.getByRole('form', { name: 'Correct this figure' });
      const db = await snapshot();
      await forge(form, name, value);
      await expectRefused(page, form, 'Save correction', message);
      expect(await snapshot(), `${name}=${String(value).slice(0, 20)}`).toEqual(db);
    }
  });

  test('malformed bodies sent to the report, source and queue actions get a clear answer and change nothing', async ({ page }) => {
    await signIn(page);
    const source = await firstSource();
    const preview = async (text: string) => {
      await page.goto('/sources/new');
      const f = page.getByRole('form', { name: 'Add a report' });
      await f.getByLabel('Text of the report').fill(text);
      await f.getByRole('button', { name: 'Preview figures' }).click();
      await expect(f.getByRole('status')).toContainText('Preview:');
      return f;
    };
    const text = () => `Forged wire ${tag()} - Police arrested 64 suspects in 2018 and dismantled 4 cells in 2018.`;
    const cases: Array<[string, string | null, string | RegExp]> = [
      ['figureCount', 'abc', 'Preview the report before saving it.'],
      ['figureCount', '99', 'the preview form is incomplete'],
      ['f0.decision', 'maybe', 'the preview form is incomplete'],
      ['f0.start', '3', 'not the ones in your preview'],
      ['f0.value', 'lots', 'Figure 1: The value must be a whole number'],
      ['language', 'de', 'The language must be English or French.'],
      ['title', 't'.repeat(301), 'The title can be at most 300 characters.'],
      ['isPublic', 'perhaps', /./],
    ];
    for (const [name, value, message] of cases) {
      const f = await preview(text());
      const db = await snapshot();
      await forge(f, name, value);
      if (name === 'isPublic') {
        // An unreadable checkbox is simply unticked: saved as not public, never an error page.
        await f.getByRole('button', { name: 'Save source and figures' }).click();
        await expect(page).toHaveURL(/added=1/);
        const [row] = await query<{ isPublic: boolean | number }>('SELECT "isPublic" FROM "Source" ORDER BY "id" DESC LIMIT 1');
        expect(Boolean(row!.isPublic)).toBe(false);
        continue;
      }
      await expectRefused(page, f, 'Save source and figures', message);
      expect(await snapshot(), `${name}`).toEqual(db);
    }

    const sourceCases: Array<[string, string, string | null, string | RegExp]> = [
      ['Edit source details', 'version', '0', 'missing the version it was opened with'],
      ['Edit source details', 'sourceId', 'abc', 'The source number is not valid.'],
      ['Edit source details', 'sourceId', '999999', 'This source does not exist.'],
      ['Edit source details', 'publishedAt', '31/01/2020', 'The publication date must be a date'],
      ['Edit source details', 'url', 'data:text/html,<script>alert(1)</script>', 'web address starting with http'],
      ['Withdraw this source', 'withdraw', 'nuke', 'Choose withdraw or restore.'],
      ['Withdraw this source', 'sourceId', '-1', 'The source number is not valid.'],
    ];
    const submitOf: Record<string, string> = { 'Edit source details': 'Save details', 'Withdraw this source': 'Withdraw this source' };
    for (const [formName, name, value, message] of sourceCases) {
      await page.goto(`/sources/${source.id}`);
      const f = page.getByRole('form', { name: formName });
      const db = await snapshot();
      await forge(f, name, value);
      await expectRefused(page, f, submitOf[formName]!, message);
      expect(await snapshot(), `${formName} ${name}`).toEqual(db);
    }

    await page.goto(`/sources/${source.id}`);
    const add = async (name: string, value: string, message: string) => {
      await page.goto(`/sources/${source.id}/figures/new?start=0&end=25`);
      const f = page.getByRole('form', { name: 'Add a figure' });
      const db = await snapshot();
      await forge(f, name, value);
      await expectRefused(page, f, 'Add this figure', message);
      expect(await snapshot()).toEqual(db);
    };
    await add('quoteStart', '-1', 'The selection is not valid.');
    await add('quote', '', 'Select the words that state the figure.');
    await add('valueText', 'v'.repeat(201), 'The value as printed can be at most 200 characters.');
    await add('sourceId', '999999', 'This source does not exist.');

    await page.goto('/review');
    const rest = page.locator('form').filter({ has: page.getByRole('button', { name: 'Accept the rest of this source' }) }).first();
    if (await rest.count()) {
      const db = await snapshot();
      await forge(rest, 'sourceId', 'abc');
      await rest.getByRole('button', { name: 'Accept the rest of this source' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'The source number is not valid.' })).toBeVisible();
      expect(await snapshot()).toEqual(db);
    }
  });

  test('a source edited in two tabs: the second save is refused and nothing is overwritten', async ({ browser }) => {
    const source = await firstSource();
    const a = await browser.newPage();
    const b = await browser.newPage();
    await signIn(a, ACCOUNTS.analyst);
    await signIn(b, ACCOUNTS.reviewer);
    await a.goto(`/sources/${source.id}`);
    await b.goto(`/sources/${source.id}`);
    await a.getByRole('form', { name: 'Edit source details' }).getByLabel('Title').fill('Title by Ada');
    await a.getByRole('button', { name: 'Save details' }).click();
    await expect(a.getByRole('form', { name: 'Edit source details' }).getByRole('status')).toContainText('Saved.');
    await b.getByRole('form', { name: 'Edit source details' }).getByLabel('Title').fill('Title by Bob');
    await b.getByRole('button', { name: 'Save details' }).click();
    await expect(b.getByRole('form', { name: 'Edit source details' }).getByRole('alert')).toContainText('Someone changed this source after you opened it');
    const [row] = await query<{ title: string }>('SELECT "title" FROM "Source" WHERE "id" = ?', [source.id]);
    expect(row!.title).toBe('Title by Ada');
    await a.close();
    await b.close();
  });
});
