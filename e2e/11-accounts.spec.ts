import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { ACCOUNTS, expectNoHorizontalOverflow, shot, signIn } from './helpers';
import { countUsers, query, sessionCount, userRow } from './db';

/**
 * Named accounts: sign-in, the throttle, safe `next`, sign-out, and an admin managing analysts — each journey at
 * 1280 px and (tagged @mobile) at 390 px. Tests that change an account use their own login per viewport.
 */
const admin = ACCOUNTS.admin;
const ada = ACCOUNTS.analyst;

const variant = (info: TestInfo) => (info.project.name === 'mobile' ? '-m' : '');

/** A browser of its own (cookies apart), e.g. the analyst while the admin works in `page`. */
async function otherBrowser(browser: Browser, info: TestInfo): Promise<Page> {
  const { viewport, hasTouch, isMobile, userAgent, deviceScaleFactor, baseURL } = info.project.use;
  const context = await browser.newContext({ viewport, hasTouch, isMobile, userAgent, deviceScaleFactor, baseURL });
  return context.newPage();
}

/** A figure page to try a review action on (any figure: Delete is offered on every one that is not deleted). */
async function someFigure(page: Page): Promise<string> {
  await page.goto('/figures');
  const href = await page.locator('tbody tr td:nth-child(2) a').first().getAttribute('href');
  expect(href).toMatch(/^\/figures\/\d+$/);
  return href!;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

/** The form's own message (Next.js also keeps an empty route announcer with role=alert). */
const alertIn = (page: Page) => page.locator('main').getByRole('alert');

for (const tag of ['', ' @mobile']) {
  test.describe(`accounts${tag}`, () => {
    test.describe.configure({ timeout: 90_000 });
    test(`sign-in leads to next; a wrong password keeps the login typed${tag}`, async ({ page }) => {
      // Failures are counted per client address too: this test's own address keeps them apart from other tests.
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${tag ? 11 : 10}` });
      await page.goto('/signin?next=/sources');
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
      // The page names no server variable or file.
      await expect(page.locator('main')).not.toContainText(/CTSTATS_|data\/|\.db|password file/i);
      await page.getByLabel('Login').fill(ada.login.toUpperCase());
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(alertIn(page).filter({ hasText: 'That login and password do not match.' })).toBeVisible();
      await expect(page.getByLabel('Login')).toHaveValue(ada.login.toUpperCase());
      await expect(page.getByLabel('Password')).toHaveValue('');
      await expectNoHorizontalOverflow(page);
      await shot(page, `signin-wrong${variant(test.info())}`);
      await expectNoAxeViolations(page);
      // Logins are case-insensitive; the right password now leads to `next`.
      await page.getByLabel('Password').fill(ada.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(/\/sources$/);
      await expect(page.getByText(`Analyst: ${ada.name}`)).toBeVisible();
    });

    test(`sign-in is throttled per login${tag}`, async ({ page }) => {
      const victim = tag ? ACCOUNTS.throttledMobile : ACCOUNTS.throttled;
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${tag ? 21 : 20}` });
      await page.goto('/signin');
      for (let i = 0; i < 5; i++) {
        await page.getByLabel('Login').fill(victim.login);
        await page.getByLabel('Password').fill(`wrong guess ${i}`);
        await page.getByRole('button', { name: 'Sign in' }).click();
        // Each answer arrives before the next try (the button reads "Signing in…" meanwhile).
        await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
        await expect(alertIn(page)).toHaveText('That login and password do not match.');
      }
      // Now even the right password waits, and the page says for how long.
      await page.getByLabel('Password').fill(victim.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(alertIn(page)).toHaveText(/^Too many attempts, try again in \d+ s\.$/);
      const seconds = Number((await alertIn(page).textContent())!.match(/\d+/)![0]);
      expect(seconds).toBeGreaterThan(800);
      expect(seconds).toBeLessThanOrEqual(900);
      await expect(page.getByLabel('Login')).toHaveValue(victim.login);
      expect(await sessionCount(victim.login)).toBe(0);
      await shot(page, `signin-throttled${variant(test.info())}`);
    });

    test(`next never leads off the site, and odd values never break the page${tag}`, async ({ page, baseURL }) => {
      const attempts = ['/%09/other-host', '//evil.example', '/%5Cevil.example', '/\\evil.example', 'https://evil.example', '%2F%2Fevil.example', '/%0d%0a/evil.example', '/figures%00', '%E0%A4%A', 'javascript:alert(1)'];
      // Signed out: the sign-in page renders for every one of them.
      for (const next of attempts) {
        const response = await page.goto(`/signin?next=${next}`);
        expect(response?.status(), next).toBe(200);
        await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      }
      // Through the form with the reported attack: home, on this site.
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${tag ? 31 : 30}` });
      await page.goto('/signin?next=/%09/other-host');
      await page.getByLabel('Login').fill(ada.login);
      await page.getByLabel('Password').fill(ada.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
      expect(page.url()).toBe(`${baseURL}/`);
      // Signed in, /signin forwards at once: every attempt lands on this site's home page.
      for (const next of attempts) {
        const response = await page.goto(`/signin?next=${next}`, { waitUntil: 'commit' });
        expect(response?.status(), next).toBe(200);
        expect(page.url(), next).toBe(`${baseURL}/`);
      }
      await page.goto('/signin?next=/figures/1%3Fx%3D1');
      expect(new URL(page.url()).pathname).toBe('/figures/1');
    });

    test(`sign-out ends the session on the server at once${tag}`, async ({ page, browser }, info) => {
      await signIn(page, ada);
      const cookies = await page.context().cookies();
      const session = cookies.find((c) => c.name === 'ctstats_session');
      expect(session?.httpOnly).toBe(true);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page.getByRole('link', { name: 'Analyst sign-in' })).toBeVisible();
      // A copy of the cookie taken before signing out is worthless now.
      const copy = await otherBrowser(browser, info);
      await copy.context().addCookies([session!]);
      await copy.goto(await someFigure(copy));
      await expect(copy.getByRole('link', { name: 'Analyst sign-in' })).toBeVisible();
      await expect(copy.getByRole('button', { name: 'Delete' })).toHaveCount(0);
      await copy.context().close();
    });

    test(`an admin adds and disables an analyst, whose open session stops working${tag}`, async ({ page, browser }, info) => {
      const v = variant(info);
      const nadia = { login: `nadia${v}`, name: `Nadia Naciri${v}`, password: 'nadia-first-password' };
      await signIn(page, admin, { next: '/admin/users' });
      await expect(page).toHaveURL(/\/admin\/users$/);
      await expect(page.getByRole('heading', { name: 'Accounts', exact: true })).toBeVisible();
      const form = page.getByRole('form', { name: 'Add an account' });
      // Bad input first: a clear message, nothing stored, the form keeps what was typed.
      await form.getByLabel('Login').fill(nadia.login);
      await form.getByLabel('Display name (optional)').fill(nadia.name);
      await form.getByLabel(/^Password/).fill('short');
      await form.getByRole('button', { name: 'Add account' }).click();
      await expect(form.getByRole('alert')).toHaveText('A password needs at least 10 characters.');
      await expect(form.getByLabel('Login')).toHaveValue(nadia.login);
      await expect(form.getByLabel('Display name (optional)')).toHaveValue(nadia.name);
      expect(await countUsers(nadia.login)).toBe(0);
      await form.getByLabel('Login').fill(ada.login);
      await form.getByLabel(/^Password/).fill('long enough password');
      await form.getByRole('button', { name: 'Add account' }).click();
      await expect(form.getByRole('alert')).toHaveText(`An account with the login “${ada.login}” already exists.`);
      // Now the real thing.
      await form.getByLabel('Login').fill(nadia.login);
      await form.getByLabel(/^Password/).fill(nadia.password);
      await form.getByRole('button', { name: 'Add account' }).click();
      await expect(form.getByRole('status')).toHaveText(`Added ${nadia.name} (${nadia.login}) as an analyst.`);
      const row = page.getByRole('listitem', { name: nadia.name });
      await expect(row).toContainText('Analyst');
      await expect(row).toContainText('Active');
      await expectNoHorizontalOverflow(page);
      await shot(page, `admin-users${v}`);
      await expectNoAxeViolations(page);

      // Nadia signs in elsewhere and opens a figure to review.
      const analyst = await otherBrowser(browser, info);
      await signIn(analyst, nadia);
      await expect(analyst.getByText(`Analyst: ${nadia.name}`)).toBeVisible();
      const href = await someFigure(analyst);
      await analyst.goto(href);
      await expect(analyst.getByRole('button', { name: 'Delete' })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('listitem', { name: nadia.name })).toContainText('1 open session');

      // The admin disables her: the session ends at once, her Accept is refused and nothing changes.
      await page.getByRole('listitem', { name: nadia.name }).getByRole('button', { name: `Disable ${nadia.name}` }).click();
      await expect(page.getByRole('listitem', { name: nadia.name }).getByRole('status').first()).toHaveText(`Disabled ${nadia.name}. Their open session was ended.`);
      await expect(page.getByRole('listitem', { name: nadia.name })).toContainText('Disabled');
      expect(await userRow(nadia.login)).toMatchObject({ disabled: true });
      expect(await sessionCount(nadia.login)).toBe(0);
      await analyst.getByRole('button', { name: 'Delete' }).click();
      await expect(analyst).toHaveURL(/\/signin\?expired=1/);
      const figureId = Number(href.split('/').pop());
      const [figure] = await query<{ deletedAt: unknown }>('SELECT "deletedAt" FROM "Figure" WHERE id = ?', [figureId]);
      expect(figure?.deletedAt ?? null).toBeNull();
      expect(await query('SELECT id FROM "ReviewEvent" WHERE "figureId" = ? AND actor = ?', [figureId, nadia.name])).toEqual([]);
      await analyst.goto(href);
      await expect(analyst.getByText('This figure is deleted')).toHaveCount(0);
      await expect(analyst.getByRole('link', { name: 'Analyst sign-in' })).toBeVisible();
      // And she cannot sign in again while disabled.
      await signIn(analyst, nadia, { expectSuccess: false });
      await expect(alertIn(analyst)).toHaveText('This account is disabled. Ask an admin to enable it.');

      // Enabled again with a new password: only the new one works.
      await page.getByRole('listitem', { name: nadia.name }).getByRole('button', { name: `Enable ${nadia.name}` }).click();
      await expect(page.getByRole('listitem', { name: nadia.name }).getByRole('status').first()).toHaveText(`Enabled ${nadia.name}: they can sign in again.`);
      const before = (await userRow(nadia.login))!.passwordHash;
      await page.getByRole('listitem', { name: nadia.name }).getByLabel(`New password for ${nadia.name}`).fill('nadia-second-password');
      await page.getByRole('listitem', { name: nadia.name }).getByRole('button', { name: `Set password for ${nadia.name}` }).click();
      await expect(page.getByRole('listitem', { name: nadia.name }).getByRole('status').last()).toHaveText(`New password set for ${nadia.name}; their sessions were ended.`);
      expect((await userRow(nadia.login))!.passwordHash).not.toBe(before);
      await signIn(analyst, { login: nadia.login, password: 'nadia-second-password' });
      await expect(analyst.getByText(`Analyst: ${nadia.name}`)).toBeVisible();
      await analyst.context().close();
    });

    test(`an analyst is refused the admin page; a visitor is sent to sign in${tag}`, async ({ page }) => {
      await page.goto('/admin/users');
      expect(page.url()).toMatch(/\/signin\?next=\/admin\/users$/);
      await signIn(page, ada);
      const response = await page.goto('/admin/users');
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { name: 'This page is for admins' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Add account' })).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'Accounts' })).toHaveCount(0);
      await expectNoHorizontalOverflow(page);
      await shot(page, `admin-forbidden${variant(test.info())}`);
      await expectNoAxeViolations(page);
    });
  });
}
