import { defineConfig, devices } from '@playwright/test';
import { ACCOUNTS } from './e2e/helpers';
import { DATABASE_URL, FULL_DATABASE_URL, FULL_PORT, PORT } from './e2e/servers';

/**
 * Browser tests run against a production build (`next build && next start`) on fresh databases, in Debian's
 * Chromium (Playwright's own browser download is not available offline).
 *
 * Two servers share one build. The first serves the seed articles only (CTSTATS_DATA=seeds): the journeys in
 * e2e/NN-*.spec.ts count on the 15 seed figures. The second serves the whole default data set (seeds + the
 * reference excerpts), as the run line loads it: the journeys in e2e/*.full.spec.ts.
 */
// The test accounts, created with the project's own command (password on standard input) after each reset.
const addAccounts = Object.values(ACCOUNTS)
  .map((a) => `printf '%s\\n' '${a.password}' | tsx --conditions=react-server scripts/user-add.ts ${a.login} --role ${a.role} --name '${a.name}'`)
  .join(' && ');

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } };
const mobile = { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const FULL = /\.full\.spec\.ts$/;
const serverEnv = { NEXT_TELEMETRY_DISABLED: '1' };

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
    { name: 'desktop', use: desktop, testIgnore: FULL, grepInvert: /@mobile/ },
    { name: 'mobile', use: mobile, testIgnore: FULL, grep: /@mobile/ },
    { name: 'full-desktop', use: { ...desktop, baseURL: `http://127.0.0.1:${FULL_PORT}` }, testMatch: FULL, grepInvert: /@mobile/ },
    { name: 'full-mobile', use: { ...mobile, baseURL: `http://127.0.0.1:${FULL_PORT}` }, testMatch: FULL, grep: /@mobile/ },
  ],
  // Started in order, each once the one before answers: the second reuses the first one's build.
  webServer: [
    {
      command: `tsx scripts/db.ts reset && ${addAccounts} && next build && next start -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: { ...serverEnv, DATABASE_URL, PORT: String(PORT), CTSTATS_DATA: 'seeds' },
    },
    {
      command: `tsx scripts/db.ts reset && ${addAccounts} && next start -p ${FULL_PORT}`,
      url: `http://127.0.0.1:${FULL_PORT}/`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: { ...serverEnv, DATABASE_URL: FULL_DATABASE_URL, PORT: String(FULL_PORT), CTSTATS_DATA: 'all' },
    },
  ],
});
