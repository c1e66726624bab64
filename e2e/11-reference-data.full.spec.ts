import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { textFragmentUrl } from '../lib/view/text-fragment';
import { expectNoHorizontalOverflow, referenceFigures, shot } from './helpers';
import { FULL_DATABASE_URL } from './servers';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

/**
 * The default data set as a new user gets it: the seed articles plus the 220 reviewed figures of the reference
 * excerpts (the server of the `full-*` projects in playwright.config.ts).
 */
test.describe('the reference data set', () => {
  test('the overview draws the real record: dozens of statements per metric across 2005–2025', async ({ page }) => {
    await page.goto('/');
    // The overview reads at most the 24 + 16 most recent statements per metric (lib/data/overview.ts) and says how
    // many there are: that count is the "dozens". Design change (issue 10): only national totals are drawn as marks
    // (parts of a total are listed beside the charts, off their axis), so the marks are some of those read, not all.
    // Each chart is drawn twice on the server (wide screens, phones; one shown): count the marks that are shown.
    for (const [name, moreThan] of [['Cells dismantled', 30], ['Foreign fighters', 20]] as const) {
      const panel = page.getByRole('region', { name, exact: true });
      const note = (await panel.getByText(/Showing the [\d,]+ most recent of [\d,]+ statements/).textContent()) ?? '';
      const [drawn, all] = [...note.matchAll(/[\d,]+/g)].map((m) => Number(m[0].replace(/,/g, '')));
      expect(all, name).toBeGreaterThan(moreThan);
      expect(drawn, name).toBeGreaterThan(15);
      expect(await panel.locator('svg a[data-figure-id]:visible').count()).toBeGreaterThan(3);
      expect(await panel.locator('svg a[data-figure-id]:visible').count()).toBeLessThanOrEqual(drawn!);
    }
    await shot(page, 'overview-full-desktop');
  });

  // Design change (issue 10): the three reports all relay the BCIJ director, so 276 vs 273 is a transcription
  // conflict within one claim, no longer a disagreement between sources.
  test('the compare page shows outlets relaying BCIJ arrests in 2016 with different numbers: a transcription conflict', async ({ page }) => {
    await page.goto('/compare?metric=arrests&from=2016&to=2016');
    const section = page.getByTestId('comparison-section').filter({ has: page.getByRole('heading', { name: /Arrests · 2016/ }) }).filter({ hasText: 'Scope: BCIJ operations' });
    await expect(section.first()).toBeVisible();
    const disagreeing = section.getByTestId('comparison-group').filter({ hasText: 'Transcription conflict' });
    await expect(disagreeing).toHaveCount(1);
    await expect(disagreeing).toContainText('276');
    await expect(disagreeing).toContainText('273');
    await expect(disagreeing).toContainText('Le Courrier de l’Atlas (excerpt)');
  });

  test('a running total that goes down is called out: cells dismantled since 2002', async ({ page }) => {
    await page.goto('/compare?metric=cells_dismantled');
    const since2002 = page.getByTestId('comparison-section').filter({ has: page.getByRole('heading', { name: /Cells dismantled · running total since 2002/ }) }).filter({ hasText: 'Scope: national total' });
    await expect(since2002).toHaveCount(1);
    await expect(since2002.getByRole('alert').filter({ hasText: 'A running total goes down' })).toBeVisible();
    await expect.poll(() => since2002.getByTestId('comparison-group').count()).toBeGreaterThan(5);
    await expect(since2002.getByText('Derived between statements')).toBeVisible();
    await shot(page, 'compare-full-desktop');
  });

  test('a running total restated over the years: the figure page lists the other statements', async ({ page }) => {
    await page.goto(`/figures?q=${encodeURIComponent('Morocco has dismantled 207 terrorist cells since 2002')}`);
    await page.locator('tbody tr td:nth-child(2) a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cells dismantled: 207');
    const timeline = page.getByRole('heading', { name: 'The same total, stated at other dates' }).locator('xpath=..').getByRole('listitem');
    await expect.poll(() => timeline.count()).toBeGreaterThanOrEqual(5);
    await shot(page, 'figure-full-desktop');
  });

  test('an excerpt is marked as one, its quote highlighted, with links to the original article and to the quote in it', async ({ page }) => {
    const f = referenceFigures().find((x) => x.quote === 'Since 2002, Morocco has successfully thwarted over 500 terrorist plots')!;
    await page.goto(`/figures?q=${encodeURIComponent(f.quote)}`);
    await page.locator('tbody tr td:nth-child(2) a').first().click();
    await expect(page.getByTestId('quote-mark')).toHaveText(f.quote);
    const notice = page.getByTestId('excerpt-notice');
    await expect(notice).toContainText('Excerpt — the quoted passages only; full article at gfatf.org');
    await expect(notice.getByRole('link')).toHaveAttribute('href', textFragmentUrl(f.url, f.quote));
    await expect(page.getByRole('link', { name: 'Open the quote in the original article ↗' })).toHaveAttribute('href', textFragmentUrl(f.url, f.quote));
    await expect(page.getByRole('link', { name: 'Open the quote in the original article ↗' })).toHaveAttribute('rel', 'noopener noreferrer nofollow');

    await page.getByRole('link', { name: 'Read the excerpt with every figure highlighted →' }).click();
    await expect(page.getByRole('heading', { name: 'Excerpt', exact: true })).toBeVisible();
    await expect(page.getByTestId('excerpt-notice')).toContainText('full article at gfatf.org');
    await expect(page.getByRole('link', { name: f.url })).toHaveAttribute('href', f.url);
    // Three figures in two passages; the second passage holds two overlapping quotes, highlighted as three runs.
    expect(referenceFigures().filter((x) => x.file === f.file)).toHaveLength(3);
    await expect(page.getByTestId('source-text').locator('a.figure-mark')).toHaveCount(4);
    await shot(page, 'source-excerpt-desktop');
  });

  test('excerpt pages pass the WCAG A/AA checks', async ({ page }) => {
    await page.goto(`/figures?q=${encodeURIComponent('Morocco has dismantled 207 terrorist cells since 2002')}`);
    await page.locator('tbody tr td:nth-child(2) a').first().click();
    await expect(page.getByTestId('excerpt-notice')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Read the excerpt with every figure highlighted →' }).click();
    await expect(page.getByRole('heading', { name: 'Excerpt', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/sources');
    await expectNoAxeViolations(page);
  });

  test('a sample of reference figures: each drills down to its exact quote and links out to it', async ({ page }) => {
    const all = referenceFigures();
    expect(all).toHaveLength(220);
    for (const f of all.filter((_, i) => i % 22 === 5)) {
      const link = textFragmentUrl(f.url, f.quote);
      await page.goto(`/figures?q=${encodeURIComponent(f.quote.slice(0, 60))}`);
      const row = page.locator('tbody tr').filter({ has: page.locator(`a[href="${link}"]`) }).filter({ hasText: f.value.toLocaleString('en-US') });
      await expect(row.first(), f.quote).toBeVisible();
      await row.first().locator('td:nth-child(2) a').click();
      await expect(page.getByTestId('quote-mark')).toHaveText(f.quote);
      await expect(page.getByRole('link', { name: 'Open the quote in the original article ↗' })).toHaveAttribute('href', link);
      await expect(page.getByRole('region', { name: 'Source', exact: true })).toContainText('Excerpt: the quoted passages only');
    }
  });

  // Last: it changes the database the journeys above read (the mobile project reads another source).
  test('the full article arriving later replaces its excerpt in the same source, its figures found again', async ({ page }) => {
    const f = referenceFigures().find((x) => x.quote === 'Since 2002, Morocco has successfully thwarted over 500 terrorist plots')!;
    await page.goto(`/figures?q=${encodeURIComponent(f.quote)}`);
    await page.locator('tbody tr td:nth-child(2) a').first().click();
    await page.getByRole('link', { name: 'Read the excerpt with every figure highlighted →' }).click();
    await expect(page).toHaveURL(/\/sources\/\d+#figure-\d+$/);
    // Without the #figure-N anchor: going to the same address plus an anchor would only scroll, not reload.
    const sourceUrl = page.url().replace(/#.*$/, '');
    // Written for the test around the excerpt's quotes: the real article is third-party text, not in the repository.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ctstats-e2e-')), 'gfatf-full.txt');
    fs.writeFileSync(
      file,
      'url: https://gfatf.org/archives/morocco\ndate: 2022-10-03\ntitle: Morocco: counter-terrorism archive\n\n' +
        'A regional security forum heard Morocco’s record.\n\nSince 2002, Morocco has successfully thwarted over 500 terrorist plots, officials said.\n\n' +
        'The figures include the dismantling of 214 terrorist cells between 2002 and 2021, bringing\u00a04,304 suspects to court.\n',
    );
    const root = path.join(__dirname, '..');
    const out = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/ingest.ts', file], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: FULL_DATABASE_URL },
      encoding: 'utf8',
    });
    expect(out).toMatch(/replaced {2}gfatf-full\.txt: full text of a stored excerpt \(source \d+\); 3 figures found again in it, 0 not found/);
    expect(out).toContain('0 added');

    await page.goto(sourceUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Morocco: counter-terrorism archive');
    await expect(page.getByRole('heading', { name: 'Full text', exact: true })).toBeVisible();
    await expect(page.getByTestId('excerpt-notice')).toHaveCount(0);
    await expect(page.getByTestId('source-text')).toContainText('A regional security forum heard');
    await page.getByTestId('source-text').locator('a.figure-mark').first().click();
    await expect(page.getByTestId('quote-mark')).toHaveText(f.quote);
    await page.goto(`/figures?q=${encodeURIComponent(f.quote)}`);
    await expect(page.locator('tbody tr')).toHaveCount(1);
  });

  test('the full data set reads without sideways scrolling at 390 px @mobile', async ({ page }) => {
    // Whole-page screenshots of the long overview and comparison take a while on a busy machine.
    test.slow();
    for (const [path, name] of [['/', 'overview'], ['/compare?metric=cells_dismantled', 'compare']] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await shot(page, `${name}-full-mobile`);
    }
  });

  test('an excerpt figure and its source read without sideways scrolling at 390 px @mobile', async ({ page }) => {
    await page.goto(`/figures?q=${encodeURIComponent('Morocco has dismantled 207 terrorist cells since 2002')}`);
    await page.locator('tbody tr td:nth-child(2) a').first().click();
    await expect(page.getByTestId('excerpt-notice')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await shot(page, 'figure-full-mobile');
    await page.getByRole('link', { name: 'Read the excerpt with every figure highlighted →' }).click();
    await expect(page.getByRole('heading', { name: 'Excerpt', exact: true })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await shot(page, 'source-excerpt-mobile');
  });
});
