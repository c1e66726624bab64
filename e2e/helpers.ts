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

/** The analyst password the browser-test server is started with (playwright.config.ts). */
export const ANALYST_PASSWORD = 'e2e-analyst-password';

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
 * Signs in through the sign-in form and waits for the session (leaving early would abort the request). The one
 * place the browser tests meet the sign-in form, so a change of sign-in scheme changes only this function.
 */
export async function signIn(page: Page, name = 'Ada Analyst', password = ANALYST_PASSWORD): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Analyst password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Analyst: ${name}`)).toBeVisible();
}
