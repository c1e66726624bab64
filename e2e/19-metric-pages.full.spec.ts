import { expect, test } from '@playwright/test';
import { shot } from './helpers';

/** Metric pages and their embeddable chart (issue 10), on the full default data. */

// The framing test stands a "newsroom" page on another origin (a routed address, which Chromium treats as public)
// in front of the test server on loopback; Chromium's local-network-access checks would refuse any public page
// framing a loopback one, whatever its headers say. A deployed ctstats is not on loopback, so they are switched off.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-features=LocalNetworkAccessChecks'],
  },
});

test.describe('metric pages', () => {
  test('the overview opens a metric’s story: annual series, running totals, parts, every statement with its quote', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('region', { name: 'Arrests', exact: true }).getByRole('link', { name: 'Arrests', exact: true }).click();
    await expect(page).toHaveURL(/\/metrics\/arrests$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arrests');
    await expect(page.getByRole('figure', { name: 'Arrests by year, national total' }).locator('a.chart-mark').first()).toBeAttached();
    await expect(page.getByRole('figure', { name: 'Arrests: running totals, by date stated' }).locator('a.chart-mark').first()).toBeAttached();
    await expect(page.getByRole('heading', { name: /Parts of the total/ })).toBeVisible();
    const statements = page.getByTestId('statement');
    await expect(statements.first()).toBeVisible();
    await expect(statements.first().locator('blockquote')).toHaveText(/^“.+”$/);
    await expect(statements.first()).toContainText(/gives/);
    await shot(page, 'metric-page');
  });

  test('each view has its own address, kept on reload', async ({ page }) => {
    await page.goto('/metrics/cells_dismantled');
    await page.getByRole('navigation', { name: 'Views of this metric' }).getByRole('link', { name: 'Running totals' }).click();
    await expect(page).toHaveURL(/\/metrics\/cells_dismantled\?view=running$/);
    await expect(page.getByRole('link', { name: 'Running totals' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { name: /Running totals over time/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^By year/ })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { name: /Running totals over time/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^By year/ })).toHaveCount(0);

    await page.goto('/metrics/cells_dismantled?view=statements');
    const all = await page.getByTestId('statement').count();
    expect(all).toBeGreaterThan(20);
    // Statements several reports make name their claims and lead to their comparison.
    await expect(page.getByTestId('statement').filter({ hasText: 'independent claims' }).first()).toBeVisible();
    // An unknown view shows the whole story rather than an error.
    await page.goto('/metrics/cells_dismantled?view=nonsense');
    await expect(page.getByRole('link', { name: 'Whole story' })).toHaveAttribute('aria-current', 'page');
    const missing = await page.goto('/metrics/no_such_metric');
    expect(missing?.status()).toBe(404);
  });

  test('the metric page shows the iframe snippet of its embeddable chart', async ({ page }) => {
    await page.goto('/metrics/arrests');
    const snippet = page.getByTestId('embed-snippet');
    await expect(snippet).toContainText('<iframe src="');
    await expect(snippet).toContainText('/embed/metrics/arrests"');
    await page.getByRole('link', { name: 'Preview the embed →' }).click();
    await expect(page).toHaveURL(/\/embed\/metrics\/arrests$/);
    // The chart and a link back; none of the site around it.
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.locator('a.chart-mark').first()).toBeAttached();
    await expect(page.getByRole('link', { name: /See the quotes and sources on ctstats/ })).toHaveAttribute('href', '/metrics/arrests?view=running');
  });

  test('only the embed is framable: frame-ancestors * there, DENY and frame-ancestors none everywhere else', async ({ page, request }) => {
    const embed = await request.get('/embed/metrics/arrests');
    expect(embed.status()).toBe(200);
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    for (const path of ['/', '/metrics/arrests', '/figures', '/compare']) {
      const r = await request.get(path);
      expect(r.headers()['x-frame-options'], path).toBe('DENY');
      expect(r.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
    // A page on another site frames the embed: the chart draws inside the frame; the metric page is refused.
    const base = test.info().project.use.baseURL!;
    await page.route('http://newsroom.example/story', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<h1>A story</h1><iframe id="embed" src="${base}/embed/metrics/arrests" width="800" height="460"></iframe><iframe id="page" src="${base}/metrics/arrests" width="800" height="200"></iframe>`,
      }),
    );
    await page.goto('http://newsroom.example/story');
    const frame = page.frameLocator('#embed');
    await expect(frame.getByRole('heading', { name: 'Arrests in Morocco, as reported' })).toBeVisible();
    await expect(frame.locator('a.chart-mark').first()).toBeAttached();
    // The refused frame shows the browser's error page instead of the metric page.
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error:'))).toBe(true);
    await expect(page.frameLocator('#page').getByRole('heading', { level: 1, name: 'Arrests' })).toHaveCount(0);
    await shot(page, 'embed-framed');
  });
});
