import { expect, test } from '@playwright/test';
import { shot } from './helpers';

/** The overview's charts on the full default data (issue 10): separate annual and running-total charts, readable axes, keyboard. */
test.describe('overview charts on the full data', () => {
  test('headline numbers: the latest running totals and annual figures of cells and arrests, each linked to its evidence', async ({ page }) => {
    await page.goto('/');
    const headlines = page.getByTestId('headline');
    await expect(headlines).toHaveCount(4);
    await expect(headlines.filter({ hasText: /^Cells dismantled, since/ })).toHaveCount(1);
    await expect(headlines.filter({ hasText: /^Arrests, since/ })).toHaveCount(1);
    await expect(headlines.filter({ hasText: /^Cells dismantled in \d{4}/ })).toHaveCount(1);
    await expect(headlines.filter({ hasText: /^Arrests in \d{4}/ })).toHaveCount(1);
    const running = headlines.filter({ hasText: /^Arrests, since/ });
    await expect(running).toContainText(/As of \d/);
    await running.getByRole('link', { name: /See the evidence/ }).click();
    await expect(page).toHaveURL(/\/(figures\/\d+|compare\?key=arrests)/);
    await expect(page.getByText(/“[^”]+”/).first()).toBeVisible();
  });

  test('annual figures and running totals are separate charts, with units, round ticks and thousands separators', async ({ page }) => {
    await page.goto('/');
    const arrests = page.getByRole('region', { name: 'Arrests', exact: true });
    const annual = arrests.getByRole('figure', { name: 'Arrests by year, national total' });
    const running = arrests.getByRole('figure', { name: 'Arrests: running totals, by date stated' });
    await expect(annual.locator('a.chart-mark').first()).toBeAttached();
    await expect(running.locator('a.chart-mark').first()).toBeAttached();
    await expect(running.locator('svg text', { hasText: 'people arrested' })).toHaveCount(1);
    await expect(running.locator('svg text', { hasText: 'date stated' })).toHaveCount(1);
    const yTicks = await running.locator('svg text.recharts-cartesian-axis-tick-value[text-anchor="end"]').allTextContents();
    const values = yTicks.map((t) => Number(t.replace(/,/g, '')));
    const step = values[1]! - values[0]!;
    expect(values[0]).toBe(0);
    expect(String(step)).toMatch(/^[125]0*$/);
    expect(values.every((v, i) => v === i * step)).toBe(true);
    expect(yTicks.some((t) => /^\d{1,3}(,\d{3})+$/.test(t))).toBe(true);
    // A running total is a step line through its statements.
    await expect(running.locator('.recharts-line-curve').first()).toBeAttached();
    // Subsets (6 arrested while leaving, BCIJ operations...) are not on the totals' axis.
    await expect(arrests.getByRole('heading', { name: 'Parts of the total' })).toBeVisible();
    await shot(page, 'overview-full-charts');
  });

  test('each chart has a description in words, a skip link past its marks and a table alternative', async ({ page }) => {
    await page.goto('/');
    const cells = page.getByRole('region', { name: 'Cells dismantled', exact: true });
    const chart = cells.getByRole('figure', { name: 'Cells dismantled by year, national total' });
    await expect(chart).toHaveAttribute('aria-describedby', /.+/);
    const description = await chart.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)!.textContent);
    expect(description).toMatch(/^Cells dismantled by year, national total, in cells: \d+ statements, \d{4} to \d{4}\. Latest, \d{4}: /);
    const skip = chart.getByRole('link', { name: 'Skip the chart' });
    await skip.focus();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // Past the marks: the next stop is the table alternative, not a mark.
    await expect(chart.getByText('Show as table')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(chart.getByRole('table', { name: 'Cells dismantled by year, national total' })).toBeVisible();
  });

  test('one Tab stop per mark, nothing else in a chart takes focus; a mark opens what it stands for', async ({ page }) => {
    await page.goto('/');
    const chart = page.getByRole('region', { name: 'Cells dismantled', exact: true }).getByRole('figure', { name: 'Cells dismantled by year, national total' });
    const marks = chart.locator('a.chart-mark');
    await expect(marks.first()).toBeAttached();
    const count = await marks.count();
    expect(count).toBeGreaterThan(2);
    await chart.getByRole('link', { name: 'Skip the chart' }).focus();
    const stops: string[] = [];
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => `${document.activeElement?.tagName}.${document.activeElement?.getAttribute('class') ?? ''}`));
    }
    expect(stops).toEqual(Array(count).fill('a.chart-mark'));
    // A statement several reports make: its label is the plain-language summary, and it opens the comparison.
    const many = chart.locator('a.chart-mark', { hasText: /×\d/ }).first();
    await expect(many).toHaveAttribute('aria-label', /independent claims|One claim, reported in \d sources/);
    await many.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/compare\?key=cells_dismantled/);
    await expect(page.getByTestId('comparison-summary').first()).toBeVisible();
  });

  test('hovering a mark shows the value as printed, source and quote', async ({ page }) => {
    await page.goto('/');
    const chart = page.getByRole('region', { name: 'Plots foiled', exact: true }).getByRole('figure');
    const mark = chart.locator('a.chart-mark').first();
    await mark.hover();
    const tooltip = chart.locator('.recharts-tooltip-wrapper');
    await expect(tooltip).toContainText('printed “');
    await expect(tooltip).toContainText(/“.+”/);
  });

  test('the chart library loads only where a chart is drawn', async ({ page }) => {
    for (const [path, charts] of [['/', true], ['/figures', false], ['/compare', false], ['/sources', false]] as const) {
      const scripts: Array<Promise<string>> = [];
      const listener = (r: import('@playwright/test').Response) => {
        if (r.url().endsWith('.js')) scripts.push(r.text().catch(() => ''));
      };
      page.on('response', listener);
      await page.goto(path, { waitUntil: 'networkidle' });
      page.off('response', listener);
      const loaded = (await Promise.all(scripts)).some((js) => js.includes('recharts-surface'));
      expect(loaded, path).toBe(charts);
    }
  });

  test('the overview at 390 px: charts fit, headlines stack @mobile', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline').first()).toBeVisible();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await shot(page, 'overview-full-mobile');
  });
});
