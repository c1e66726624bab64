import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS, shot, signIn } from './helpers';

const ada = ACCOUNTS.analyst;

async function firstPendingFigure(page: Page): Promise<string> {
  await page.goto('/figures?status=pending');
  const href = await page.locator('tbody tr td:nth-child(2) a').first().getAttribute('href');
  expect(href).toMatch(/^\/figures\/\d+$/);
  return href!;
}

test.describe.serial('reviewing figures', () => {
  test('visitors see figures but no review controls', async ({ page }) => {
    await page.goto(await firstPendingFigure(page));
    await expect(page.getByRole('link', { name: 'Sign in as an analyst' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Accept' })).toHaveCount(0);
  });

  // Named accounts replaced "any name + the shared analyst password": the refusals are now about the login.
  test('a wrong password or a blank login is refused with a clear message', async ({ page }) => {
    await signIn(page, { login: ada.login, password: 'not the password' }, { expectSuccess: false });
    await expect(page.getByRole('alert').filter({ hasText: 'That login and password do not match.' })).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
    // The browser blocks an empty login itself; blank padding gets past it and must be refused by the server.
    await signIn(page, { login: '   ', password: ada.password }, { expectSuccess: false });
    await expect(page.getByRole('alert').filter({ hasText: 'Enter your login.' })).toBeVisible();
    await expect(page.getByText('Analyst: ')).toHaveCount(0);
  });

  test('an analyst accepts a pending figure; it is recorded with name and note', async ({ page }) => {
    await signIn(page, ada);
    await expect(page).toHaveURL(/\/figures\?status=pending/);
    await expect(page.getByText('Analyst: Ada Analyst')).toBeVisible();
    const href = await firstPendingFigure(page);
    const pendingBefore = await page.locator('tbody tr').count();
    await page.goto(href);
    // The page also has the correction form, with a note of its own: this is the review panel's.
    await page.getByRole('form', { name: 'Review this figure' }).getByLabel('Note (optional, kept in the history)').fill('Checked against the source.');
    await page.getByRole('button', { name: 'Accept' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Marked as reviewed.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Review' })).toContainText('Ada Analyst · accept (pending → reviewed)');
    await expect(page.getByRole('region', { name: 'Review' })).toContainText('Checked against the source.');
    await shot(page, 'review-desktop');
    // Working through the queue: the next pending figure is one click away.
    await page.getByRole('link', { name: 'Next figure awaiting review →' }).click();
    await expect(page.getByRole('button', { name: 'Accept' })).toBeVisible();
    await expect(page).not.toHaveURL(new RegExp(`${href}$`));
    await page.goto('/figures?status=pending');
    await expect(page.locator('tbody tr')).toHaveCount(pendingBefore - 1);
    await page.goto('/figures?status=reviewed');
    await expect(page.locator('tbody tr')).toHaveCount(16);
  });

  test('a delete is reversible: the figure disappears everywhere and comes back on restore', async ({ page, request }) => {
    await signIn(page, ada);
    const href = await firstPendingFigure(page);
    const id = Number(href.split('/').pop());
    // Visitors' default is reviewed figures only; this one is pending, so ask for both.
    const listed = async () => ((await (await request.get('/api/figures?format=json&status=current')).json()) as Array<{ id: number }>).some((f) => f.id === id);
    expect(await listed()).toBe(true);
    await page.goto(href);
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('This figure is deleted')).toBeVisible();
    expect(await listed()).toBe(false);
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Restored.' })).toBeVisible();
    await expect(page.getByText('This figure is deleted')).toHaveCount(0);
    expect(await listed()).toBe(true);
  });

  test('the server refuses a review once the session is gone, and nothing changes', async ({ page, context }) => {
    await signIn(page, ada);
    const href = await firstPendingFigure(page);
    await page.goto(href);
    await context.clearCookies();
    await page.getByRole('button', { name: 'Reject' }).click();
    await expect(page).toHaveURL(/\/signin\?expired=1/);
    await expect(page.getByRole('alert').filter({ hasText: 'Your analyst session has ended' })).toBeVisible();
    await page.goto(href);
    await expect(page.getByText('Pending review').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reject' })).toHaveCount(0);
  });

  test('signing out removes the controls', async ({ page }) => {
    await signIn(page, ada);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Analyst sign-in' })).toBeVisible();
    await page.goto(await firstPendingFigure(page));
    await expect(page.getByRole('button', { name: 'Accept' })).toHaveCount(0);
  });
});
