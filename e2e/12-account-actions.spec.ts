import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './helpers';
import { countUsers, userRow } from './db';

/**
 * The account actions called directly, as an attacker would: a genuine admin request is captured (and stopped
 * before it reaches the server), then replayed without a session, with a disabled account, as an analyst and with
 * malformed bodies. Each refusal is checked in the database; the admin's own replay succeeding proves the replayed
 * request was valid, so the refusals are the checks at work and not a broken request.
 */
interface Captured {
  headers: Record<string, string>;
  body: string;
}

async function capture(page: Page, submit: () => Promise<void>): Promise<Captured> {
  let captured: Captured | null = null;
  await page.route('**/admin/users', async (route) => {
    const req = route.request();
    if (req.method() !== 'POST' || !req.headers()['next-action']) return route.continue();
    captured = { headers: await req.allHeaders(), body: req.postData() ?? '' };
    await route.abort();
  });
  await submit();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute('**/admin/users');
  // The aborted request leaves the form in its error state: start again from a fresh page.
  await page.reload();
  return captured!;
}

const KEEP = ['next-action', 'content-type', 'origin', 'accept', 'next-router-state-tree'];

async function replay(request: APIRequestContext, c: Captured, body = c.body, headers: Record<string, string> = {}) {
  const kept = Object.fromEntries(Object.entries(c.headers).filter(([k]) => KEEP.includes(k)));
  const response = await request.post('/admin/users', { headers: { ...kept, ...headers }, data: body, maxRedirects: 0 });
  return { status: response.status(), redirect: response.headers()['x-action-redirect'] ?? response.headers()['location'] ?? '', text: await response.text() };
}

test.setTimeout(120_000);

test('account actions refuse, and write nothing, without a session, when disabled, for an analyst, and on malformed bodies', async ({ page, browser, playwright, baseURL }) => {
  const probe = 'replay-probe';
  const mallory = { login: 'mallory', name: 'Mallory Example', password: 'mallory-password-1' };
  await signIn(page, ACCOUNTS.admin, { next: '/admin/users' });
  const form = page.getByRole('form', { name: 'Add an account' });

  // An account that will be disabled while signed in.
  await form.getByLabel('Login').fill(mallory.login);
  await form.getByLabel('Display name (optional)').fill(mallory.name);
  await form.getByLabel(/^Password/).fill(mallory.password);
  await form.getByRole('button', { name: 'Add account' }).click();
  await expect(form.getByRole('status')).toHaveText(/^Added Mallory Example/);

  // The captured requests: add an admin account, disable Mallory, reset Mallory's password.
  await form.getByLabel('Login').fill(probe);
  await form.getByLabel('Role').selectOption('admin');
  await form.getByLabel(/^Password/).fill('probe-password-1');
  const add = await capture(page, () => form.getByRole('button', { name: 'Add account' }).click());
  expect(add.body).toContain(probe);
  const row = page.getByRole('listitem', { name: mallory.name });
  const disable = await capture(page, () => row.getByRole('button', { name: `Disable ${mallory.name}` }).click());
  await row.getByLabel(`New password for ${mallory.name}`).fill('attacker-password-1');
  const reset = await capture(page, () => row.getByRole('button', { name: `Set password for ${mallory.name}` }).click());
  const malloryHash = (await userRow(mallory.login))!.passwordHash;

  const attempts: Array<{ who: string; status: number; redirect: string; text: string }> = [];
  const check = async (who: string, request: APIRequestContext) => {
    for (const c of [add, disable, reset]) attempts.push({ who, ...(await replay(request, c)) });
  };

  // 1. No session at all.
  const anonymous = await playwright.request.newContext({ baseURL });
  await check('visitor', anonymous);
  // 2. An analyst's live session.
  const analyst = await browser.newContext({ baseURL });
  await signIn(await analyst.newPage(), ACCOUNTS.analyst);
  await check('analyst', analyst.request);
  // 3. Mallory's session after the admin disabled her (through the page, not the replay).
  const disabled = await browser.newContext({ baseURL });
  await signIn(await disabled.newPage(), mallory);
  await page.reload();
  await page.getByRole('listitem', { name: mallory.name }).getByRole('button', { name: `Disable ${mallory.name}` }).click();
  await expect(page.getByRole('listitem', { name: mallory.name }).getByRole('status').first()).toHaveText(/^Disabled Mallory Example/);
  await check('disabled', disabled.request);

  for (const a of attempts) {
    expect(a.status, `${a.who}: ${a.text.slice(0, 200)}`).toBeLessThan(500);
    if (a.who === 'analyst') expect(a.text).toContain('Only an admin can do this.');
    else expect(a.redirect, a.who).toContain('/signin?expired=1');
  }
  expect(await countUsers(probe)).toBe(0);
  expect(await userRow(mallory.login)).toMatchObject({ disabled: true, passwordHash: malloryHash });

  // 4. Malformed bodies, as the admin: a clear answer, never a 500, nothing written.
  const malformed: Array<[string, string, Record<string, string>?]> = [
    ['empty body', ''],
    ['empty text body', '', { 'content-type': 'text/plain;charset=UTF-8' }],
    ['not multipart', 'login=x&password=y', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['garbage', '\u0000\u0001garbage\uffff'],
    ['garbage as text', '\u0001garbage', { 'content-type': 'text/plain;charset=UTF-8' }],
    ['JSON that is not an argument list', '{"login":"x"}', { 'content-type': 'text/plain;charset=UTF-8' }],
    ['multipart cut short', '--XX\r\nbroken', { 'content-type': 'multipart/form-data; boundary=XX' }],
    ['multipart without the argument list', add.body.replace(/name="0"\r\n/, 'name="zero"\r\n')],
    ['login too long', add.body.replace(probe, 'x'.repeat(5000))],
    ['login with a newline', add.body.replace(probe, 'bad\nlogin')],
    ['role not a role', add.body.replace(/(name="[^"]*role"\r\n\r\n)admin/, '$1superuser')],
    ['user id not a number', disable.body.replace(/(name="[^"]*userId"\r\n\r\n)\d+/, '$1abc')],
    ['user id out of range', disable.body.replace(/(name="[^"]*userId"\r\n\r\n)\d+/, '$199999999999')],
    ['reset with a short password', reset.body.replace('attacker-password-1', 'short')],
    ['reset an account that does not exist', reset.body.replace(/(name="[^"]*userId"\r\n\r\n)\d+/, '$1987654')],
  ];
  for (const [label, body, headers] of malformed) {
    const base = label.startsWith('user id') ? disable : label.startsWith('reset') ? reset : add;
    expect(body, `${label}: the malformed body differs from the genuine one`).not.toBe(base.body);
    const result = await replay(page.request, base, body, headers);
    expect(result.status, `${label}: ${result.text.slice(0, 300)}`).toBeLessThan(500);
  }
  expect(await countUsers(probe)).toBe(0);
  expect(await countUsers('x'.repeat(5000))).toBe(0);
  expect(await userRow(mallory.login)).toMatchObject({ disabled: true, passwordHash: malloryHash });

  // 5. The same captured request from the admin's own session does create the account: the replays were real.
  const ok = await replay(page.request, add);
  expect(ok.status).toBe(200);
  expect(ok.text).toContain(`Added Replay Probe (${probe}) as an admin.`);
  expect(await countUsers(probe)).toBe(1);

  await anonymous.dispose();
  await analyst.close();
  await disabled.close();
});
