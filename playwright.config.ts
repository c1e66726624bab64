import { defineConfig, devices } from '@playwright/test';
import { ANALYST_PASSWORD } from './e2e/helpers';

/**
 * Browser tests run against a production build (`next build && next start`) on a fresh database, in Debian's
 * Chromium (Playwright's own browser download is not available offline).
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db';

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } }, grepInvert: /@mobile/ },
    { name: 'mobile', use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, grep: /@mobile/ },
  ],
  webServer: {
    command: `tsx scripts/db.ts reset && next build && next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    // The existing journeys count on the 15 seed figures, so this server's database holds the seeds only.
    env: { DATABASE_URL, NEXT_TELEMETRY_DISABLED: '1', PORT: String(PORT), CTSTATS_ANALYST_PASSWORD: ANALYST_PASSWORD, CTSTATS_DATA: 'seeds' },
  },
});
