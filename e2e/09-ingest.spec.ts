import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { shot } from './helpers';

const root = path.join(__dirname, '..');
const fixtures = path.join(__dirname, 'fixtures');

/** Runs the project's ingest command against the browser-test database; returns its exit code and output. */
function ingest(...args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/ingest.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, stdout, stderr: '' };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

test.describe.serial('ingesting new articles', () => {
  // The pages below are read before the ingest run and kept by the server (lib/data/read-cache.ts); the run is
  // another process, which the server hears nothing from: the next tests see its figures only because the server
  // notices the database changed.
  test('before the run: nothing awaits review, and the server has read the pages once', async ({ page }) => {
    await page.goto('/figures?status=pending');
    await expect(page.locator('tbody tr')).toHaveCount(0);
    await page.goto('/');
    await expect(page.getByRole('link', { name: /^\d+ more awaiting review$/ })).toHaveCount(0);
    await page.goto('/figures?status=reviewed');
    await expect(page.locator('tbody tr')).toHaveCount(15);
  });

  test('the batch stores good files, explains bad ones and exits non-zero', () => {
    const run = ingest(fixtures);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/binary\.txt: binary file/);
    expect(run.stderr).toMatch(/latin1\.txt: not valid UTF-8 text/);
    expect(run.stdout).toMatch(/6 files: 3 added \(\d+ figures awaiting review\), 1 already stored, 2 failed\./);
    // Idempotent: the same texts again add nothing.
    const again = ingest(path.join(fixtures, 'dev_05_bcij_40_cells_since_2015.txt'));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 added');
  });

  test('new figures appear marked as pending review and can be filtered as such', async ({ page }) => {
    await page.goto('/figures?status=pending');
    const rows = page.locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    expect(count).toBeGreaterThan(3);
    await expect(rows.filter({ hasText: 'Pending review' })).toHaveCount(count);
    await page.goto('/figures?status=reviewed');
    await expect(page.locator('tbody tr')).toHaveCount(15);
    // Design change (issue 10): the overview's "Pending review" tile is now a sentence under the headlines.
    await page.goto('/');
    await expect(page.getByRole('link', { name: /^\d+ more awaiting review$/ })).toBeVisible();
    await shot(page, 'overview-after-ingest');
  });

  test('a French article is read, and its figures drill down to the French quote', async ({ page }) => {
    await page.goto('/sources');
    // No title, outlet or date: since issue 10 it is named by its number, not by its cut first sentence.
    await page.getByRole('link', { name: /^Source \d+ \(outlet and date not stated\)$/ }).last().click();
    // Its figures await review: visitors see them when they ask for them (the default is reviewed figures only).
    await expect(page).toHaveURL(/\/sources\/\d+$/);
    await page.goto(`${new URL(page.url()).pathname}?status=current`);
    await expect(page.getByTestId('source-text')).toContainText('Depuis les attentats du 11 septembre 2001');
    const marks = page.getByTestId('source-text').locator('a.figure-mark');
    expect(await marks.count()).toBeGreaterThan(2);
    await marks.first().click();
    await expect(page.getByTestId('quote-mark')).toBeVisible();
    await expect(page.getByText('Pending review').first()).toBeVisible();
  });

  test('markup inside an article is shown as text and never runs', async ({ page }) => {
    await page.goto('/sources');
    await page.getByRole('link', { name: 'Test: markup in an article' }).click();
    await expect(page.getByTestId('source-text')).toContainText('<script>window.__pwned = true</script>');
    await expect(page.getByText('<b>Example</b> Wire').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });
});
