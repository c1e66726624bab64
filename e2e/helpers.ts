import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

interface ReviewedFigure {
  metric: string;
  value: number;
  qualifier: string;
  quote: string;
}

/** The reviewed seed figures, from the project's own decisions file (the data the run line loads). */
export function seedFigures(): Array<ReviewedFigure & { file: string }> {
  const file = path.join(__dirname, '..', 'data', 'seeds', 'decisions.json');
  const decisions = JSON.parse(fs.readFileSync(file, 'utf8')) as { files: Record<string, ReviewedFigure[]> };
  return Object.entries(decisions.files).flatMap(([name, figures]) => figures.map((f) => ({ ...f, file: name })));
}

/** No element wider than the viewport: the page reads without sideways scrolling. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(__dirname, '.artifacts', `${name}.png`), fullPage: true });
}

/** The reviewed reference figures (data/reference), each with the address of its article from the excerpt's header. */
export function referenceFigures(): Array<ReviewedFigure & { file: string; url: string }> {
  const dir = path.join(__dirname, '..', 'data', 'reference');
  const decisions = JSON.parse(fs.readFileSync(path.join(dir, 'decisions.json'), 'utf8')) as { files: Record<string, ReviewedFigure[]> };
  return Object.entries(decisions.files).flatMap(([name, figures]) => {
    const url = /^url: (.+)$/m.exec(fs.readFileSync(path.join(dir, name), 'utf8'))![1]!;
    return figures.map((f) => ({ ...f, file: name, url }));
  });
}

/**
 * The accounts the browser-test server starts with: playwright.config.ts creates each one through
 * `npm run user:add` (the same command an operator runs) before the build. Logins are used by one spec each where
 * a test changes an account's state (throttling, disabling), so specs do not depend on each other's order.
 */
export const ACCOUNTS = {
  admin: { login: 'amina', name: 'Amina Admin', role: 'admin', password: 'e2e-admin-password' },
  analyst: { login: 'ada', name: 'Ada Analyst', role: 'analyst', password: 'e2e-analyst-password' },
  /** A second analyst, for two people editing one figure at once. */
  reviewer: { login: 'bob', name: 'Bob Reviewer', role: 'analyst', password: 'e2e-reviewer-password' },
  /** Locked out by the throttle test (one per viewport). */
  throttled: { login: 'tariq', name: 'Tariq Tries', role: 'analyst', password: 'e2e-throttle-password' },
  throttledMobile: { login: 'tariq-m', name: 'Tariq Mobile', role: 'analyst', password: 'e2e-throttle-password' },
} as const;
export type Account = (typeof ACCOUNTS)[keyof typeof ACCOUNTS];

/** Signs in through the form; by default waits until the header names the account (the session exists). */
export async function signIn(page: Page, account: { login: string; password: string } = ACCOUNTS.analyst, options: { expectSuccess?: boolean; next?: string } = {}): Promise<void> {
  await page.goto(options.next ? `/signin?next=${encodeURIComponent(options.next)}` : '/signin');
  await page.getByLabel('Login').fill(account.login);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Wait for the session before navigating on; leaving early would abort the sign-in request.
  if (options.expectSuccess !== false) await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
