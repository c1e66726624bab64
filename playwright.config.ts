import { defineConfig, devices } from '@playwright/test';
import { ACCOUNTS } from './e2e/helpers';
import { E2E_DATABASE_URL } from './e2e/db';

/**
 * Browser tests run against a production build (`next build && next start`) on a fresh database, in Debian's
 * Chromium (Playwright's own browser download is not available offline).
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
const DATABASE_URL = E2E_DATABASE_URL;

// The test accounts, created with the project's own command (password on standard input) after the reset.
const addAccounts = Object.values(ACCOUNTS)
  .map((a) => `printf '%s\\n' '${a.password}' | tsx --conditions=react-server scripts/user-add.ts ${a.login} --role ${a.role} --name '${a.name}'`)
  .join(' && ');

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
    command: `tsx scripts/db.ts reset && ${addAccounts} && next build && next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { DATABASE_URL, NEXT_TELEMETRY_DISABLED: '1', PORT: String(PORT) },
  },
});
