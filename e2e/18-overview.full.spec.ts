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
    // Each chart is drawn twice on the server, for wide screens and for phones; the wide one is shown here.
    const wide = running.locator('.chart-wide');
    await expect(wide.locator('svg text', { hasText: 'people arrested' })).toHaveCount(1);
    await expect(wide.locator('svg text', { hasText: 'date stated' })).toHaveCount(1);
    // The value axis's tick labels: the numbers set against the axis at their end (the years are centred on theirs).
    const yTicks = await wide.locator('svg text').evaluateAll((texts) => texts.filter((t) => getComputedStyle(t).textAnchor === 'end' && /^[\d,]+$/.test(t.textContent ?? '')).map((t) => t.textContent ?? ''));
    expect(yTicks.length).toBeGreaterThan(2);
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
    const marks = chart.locator('a.chart-mark:visible');
    await expect(marks.first()).toBeVisible();
    const count = await marks.count();
    expect(count).toBeGreaterThan(2);
    await chart.getByRole('link', { name: 'Skip the chart' }).focus();
    const stops: string[] = [];
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => `${document.activeElement?.tagName}.${document.activeElement?.getAttribute('class') ?? ''}`));
    }
    expect(stops).toEqual(Array(count).fill('a.chart-mark'));
    // A statement several reports make: its name says how many and how they relate, and it opens the comparison.
    const many = chart.locator('a.chart-mark:visible', { hasText: /×\d/ }).first();
    await expect(many).toHaveAccessibleName(/^\d{4}: \d+ reports, (one claim|\d+ independent claims that (agree|disagree))[^.]*; the first says \S+\. Open the comparison\.$/);
    await many.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/compare\?key=cells_dismantled/);
    await expect(page.getByTestId('comparison-summary').first()).toBeVisible();
  });

  test('hovering or focusing a mark shows the value as printed, source and quote; leaving hides it', async ({ page }) => {
    await page.goto('/');
    const chart = page.getByRole('region', { name: 'Plots foiled', exact: true }).getByRole('figure');
    const mark = chart.locator('a.chart-mark:visible').first();
    await mark.hover();
    const tooltip = chart.getByRole('tooltip');
    await expect(tooltip).toHaveCount(1);
    await expect(tooltip).toContainText('printed “');
    await expect(tooltip).toContainText(/“.+”/);
    await expect(mark).toHaveAttribute('aria-describedby', /^tip-\d+$/);
    await page.mouse.move(0, 0);
    await expect(chart.getByRole('tooltip')).toHaveCount(0);
    await mark.focus();
    await expect(chart.getByRole('tooltip')).toContainText('printed “');
    await page.keyboard.press('Escape');
    await expect(chart.getByRole('tooltip')).toHaveCount(0);
  });

  test('charts are drawn on the server: they are in the page without JavaScript, and no page loads the chart library', async ({ browser, page }) => {
    // Once drawn (a drawing is kept, lib/charts/render.ts), a chart is sent inside the page itself: the first reader
    // after a start may get it streamed in later, which needs JavaScript to show.
    await page.goto('/', { waitUntil: 'networkidle' });
    await expect(page.getByRole('figure', { name: 'Arrests: running totals, by date stated' }).locator('svg.recharts-surface:visible')).toHaveCount(1);
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const bare = await noScript.newPage();
    await bare.goto('/');
    const chart = bare.getByRole('figure', { name: 'Arrests: running totals, by date stated' });
    await expect(chart.locator('.chart-wide svg.recharts-surface')).toBeVisible();
    await expect(chart.locator('.chart-wide a.chart-mark').first()).toHaveAttribute('href', /^\/(figures\/\d+|compare\?key=)/);
    await noScript.close();
    for (const path of ['/', '/metrics/arrests', '/figures', '/compare', '/sources']) {
      const scripts: Array<Promise<string>> = [];
      const listener = (r: import('@playwright/test').Response) => {
        if (r.url().endsWith('.js')) scripts.push(r.text().catch(() => ''));
      };
      page.on('response', listener);
      await page.goto(path, { waitUntil: 'networkidle' });
      page.off('response', listener);
      const loaded = (await Promise.all(scripts)).some((js) => js.includes('recharts-surface'));
      expect(loaded, path).toBe(false);
    }
  });

  test('a chart downloads as SVG and PNG, and its data with sources as CSV', async ({ page }) => {
    await page.goto('/');
    const chart = page.getByRole('figure', { name: 'Arrests: running totals, by date stated' });
    await chart.getByText('Download this chart').click();
    const [svgFile] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'SVG image' }).click()]);
    expect(svgFile.suggestedFilename()).toBe('ctstats-arrests-running.svg');
    const svg = await (await import('node:fs/promises')).readFile((await svgFile.path())!, 'utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*width="560" height="260"/);
    expect(svg).toContain('people arrested');
    // Stand-alone: the page's colour variables are resolved, so the file looks the same outside ctstats.
    expect(svg).not.toContain('var(--');
    // Its marks keep their names (on the page they are labelled by text beside the drawing).
    expect(svg).toMatch(/<a [^>]*aria-label="[^"]{10,}"/);
    expect(svg).not.toContain('aria-labelledby');
    const [pngFile] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'PNG image' }).click()]);
    expect(pngFile.suggestedFilename()).toBe('ctstats-arrests-running.png');
    const png = await (await import('node:fs/promises')).readFile((await pngFile.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1120);
    const csv = chart.getByRole('link', { name: 'Data with sources (CSV)' });
    const response = await page.request.get((await csv.getAttribute('href'))!);
    expect(response.headers()['content-type']).toMatch(/text\/csv/);
    const text = await response.text();
    expect(text.split('\n')[0]).toMatch(/quote/i);
    expect(text).toMatch(/arrests/);
  });

  test('on a touch screen the first tap on a mark shows its tooltip, the second opens it @mobile', async ({ page }) => {
    await page.goto('/');
    const chart = page.getByRole('figure', { name: 'Arrests by year, national total' });
    const mark = chart.locator('a.chart-mark:visible').first();
    await mark.scrollIntoViewIfNeeded();
    // The phone's drawing is named as the wide one is, by the one label beside both.
    await expect(mark).toHaveAccessibleName(/Open (the comparison|figure)\.$/);
    const href = (await mark.getAttribute('href'))!;
    await mark.tap();
    await expect(chart.getByRole('tooltip')).toContainText('printed “');
    await expect(page).toHaveURL(/\/$/);
    // A tap elsewhere puts it away; the mark then needs two taps again.
    await chart.getByRole('heading', { name: 'Arrests by year, national total' }).tap();
    await expect(page).toHaveURL(/\/$/);
    await expect(chart.getByRole('tooltip')).toHaveCount(0);
    await mark.tap();
    await expect(chart.getByRole('tooltip')).toHaveCount(1);
    await mark.tap();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[?]/g, '\\?')}$`));
  });

  test('the overview at 390 px: charts fit, headlines stack @mobile', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline').first()).toBeVisible();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await shot(page, 'overview-full-mobile');
  });
});
