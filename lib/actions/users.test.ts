import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from '@/lib/test/database';
import { redirectOf } from '@/lib/test/actions';
import { createSession, createUser, type CurrentUser } from '@/lib/data/accounts';

/**
 * The account actions called directly with a real database and a stand-in cookie jar (the one piece of Next.js
 * that only exists inside a request). Each refusal is checked in the database: nothing written.
 */
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.9' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { addUser, resetPassword, setDisabled } = await import('./users');
const { SESSION_COOKIE } = await import('@/lib/auth/session');

let t: TestDatabase;
let admin: CurrentUser;
let analyst: CurrentUser;
let disabledAdmin: CurrentUser;

function form(fields: Record<string, string | Blob>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

async function signedInAs(user: CurrentUser | null): Promise<void> {
  jar.clear();
  if (user) jar.set(SESSION_COOKIE, (await createSession(user.id)).token);
}

/** The database state the actions may change, to compare before and after a refusal. */
async function snapshot() {
  const users = await t.db.user.findMany({ orderBy: { id: 'asc' }, select: { login: true, displayName: true, role: true, disabled: true, passwordHash: true } });
  return { users, sessions: await t.db.session.count() };
}

beforeAll(async () => {
  t = await createTestDatabase();
  useAsAppDatabase(t);
  admin = await createUser({ login: 'root', displayName: 'Rita Root', role: 'admin', password: 'root-password-1' });
  analyst = await createUser({ login: 'ada', displayName: 'Ada Analyst', role: 'analyst', password: 'ada-password-1' });
  disabledAdmin = await createUser({ login: 'gone', displayName: 'Gone Admin', role: 'admin', password: 'gone-password-1' });
});
afterAll(async () => t.close());
beforeEach(() => jar.clear());

const valid = { login: 'new.analyst', displayName: 'New Analyst', role: 'analyst', password: 'a-good-password' };

describe('who may call the account actions', () => {
  it('without a session: sent to sign in, nothing written', async () => {
    const before = await snapshot();
    for (const call of [addUser(null, form(valid)), setDisabled(null, form({ userId: String(analyst.id), disabled: '1' })), resetPassword(null, form({ userId: String(analyst.id), password: 'another-password' }))]) {
      expect(await redirectOf(call)).toBe('/signin?expired=1&next=%2Fadmin%2Fusers');
    }
    jar.set(SESSION_COOKIE, 'a'.repeat(43)); // a well-formed token that was never issued
    expect(await redirectOf(addUser(null, form(valid)))).toContain('/signin?expired=1');
    expect(await snapshot()).toEqual(before);
  });

  it('with a disabled account (even an admin): sent to sign in, nothing written', async () => {
    await signedInAs(disabledAdmin);
    await t.db.user.update({ where: { id: disabledAdmin.id }, data: { disabled: true } });
    const before = await snapshot();
    expect(await redirectOf(addUser(null, form(valid)))).toContain('/signin?expired=1');
    expect(await redirectOf(setDisabled(null, form({ userId: String(analyst.id), disabled: '1' })))).toContain('/signin?expired=1');
    expect(await redirectOf(resetPassword(null, form({ userId: String(analyst.id), password: 'another-password' })))).toContain('/signin?expired=1');
    expect(await snapshot()).toEqual(before);
  });

  it('an analyst calling an admin action: refused, nothing written', async () => {
    await signedInAs(analyst);
    const before = await snapshot();
    expect(await addUser(null, form({ ...valid, role: 'admin' }))).toEqual({ ok: false, message: 'Only an admin can do this.' });
    expect(await setDisabled(null, form({ userId: String(admin.id), disabled: '1' }))).toEqual({ ok: false, message: 'Only an admin can do this.' });
    expect(await resetPassword(null, form({ userId: String(admin.id), password: 'taken-over-123' }))).toEqual({ ok: false, message: 'Only an admin can do this.' });
    expect(await snapshot()).toEqual(before);
  });

  it('an admin: adds, disables (ending sessions) and resets', async () => {
    await signedInAs(admin);
    expect(await addUser(null, form(valid))).toEqual({ ok: true, message: 'Added New Analyst (new.analyst) as an analyst.' });
    const created = await t.db.user.findUniqueOrThrow({ where: { login: 'new.analyst' } });
    await createSession(created.id);
    expect(await setDisabled(null, form({ userId: String(created.id), disabled: '1' }))).toEqual({ ok: true, message: 'Disabled New Analyst. Their open session was ended.' });
    expect(await t.db.session.count({ where: { userId: created.id } })).toBe(0);
    expect(await resetPassword(null, form({ userId: String(created.id), password: 'fresh-password-1' }))).toMatchObject({ ok: true });
    // Resetting your own password keeps the session you did it from.
    expect(await resetPassword(null, form({ userId: String(admin.id), password: 'root-password-2' }))).toMatchObject({ ok: true });
    expect(await t.db.session.count({ where: { userId: admin.id } })).toBe(1);
  });
});

describe('malformed input, as an admin: a clear message, never an exception, nothing written', () => {
  const addCases: Array<[string, Record<string, string | Blob>, RegExp]> = [
    ['no fields at all', {}, /login/i],
    ['empty login', { ...valid, login: '' }, /Enter a login/],
    ['blank login', { ...valid, login: '   ' }, /Enter a login|letters, digits/],
    ['one-letter login', { ...valid, login: 'a' }, /2 to 40/],
    ['login with a space', { ...valid, login: 'ada lovelace' }, /letters, digits/],
    ['login with a slash', { ...valid, login: '../etc' }, /letters, digits/],
    ['login too long', { ...valid, login: 'x'.repeat(41) }, /at most 40/],
    ['login as a file', { ...valid, login: new Blob(['ada']) }, /login/i],
    ['existing login, other case', { ...valid, login: 'ADA' }, /already exists/],
    ['display name with a control character', { ...valid, displayName: 'Bad\u0007Name' }, /control characters/],
    ['display name too long', { ...valid, displayName: 'N'.repeat(81) }, /at most 80/],
    ['unknown role', { ...valid, role: 'root' }, /"admin" or "analyst"/],
    ['role as a file', { ...valid, role: new Blob(['admin']) }, /"admin" or "analyst"/],
    ['missing password', { login: 'np', displayName: 'No Password', role: 'analyst' }, /Enter a password/],
    ['short password', { ...valid, password: 'short' }, /at least 10/],
    ['password of spaces', { ...valid, password: ' '.repeat(12) }, /only spaces/],
    ['password too long', { ...valid, password: 'p'.repeat(201) }, /at most 200/],
  ];
  for (const [label, fields, message] of addCases) {
    it(`add: ${label}`, async () => {
      await signedInAs(admin);
      const before = await snapshot();
      const result = await addUser(null, form(fields));
      expect(result?.ok).toBe(false);
      expect(result?.message).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });
  }

  const idCases: Array<[string, Record<string, string>, RegExp]> = [
    ['disable: no user id', { disabled: '1' }, /not understood/],
    ['disable: user id not a number', { userId: 'abc', disabled: '1' }, /not understood/],
    ['disable: negative user id', { userId: '-1', disabled: '1' }, /not understood/],
    ['disable: huge user id', { userId: '1'.repeat(30), disabled: '1' }, /not understood/],
    ['disable: flag not 0/1', { userId: '2', disabled: 'yes' }, /not understood/],
    ['disable: unknown account', { userId: '987654', disabled: '1' }, /does not exist/],
    ['disable: yourself', { userId: 'SELF', disabled: '1' }, /cannot disable your own account/],
    ['reset: unknown account', { userId: '987654', password: 'long-enough-1' }, /does not exist/],
    ['reset: short password', { userId: 'ANALYST', password: 'short' }, /at least 10/],
    ['reset: no password', { userId: 'ANALYST' }, /Enter a password/],
  ];
  for (const [label, raw, message] of idCases) {
    it(label, async () => {
      await signedInAs(admin);
      const fields = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === 'SELF' ? String(admin.id) : v === 'ANALYST' ? String(analyst.id) : v]));
      const before = await snapshot();
      const result = label.startsWith('reset') ? await resetPassword(null, form(fields)) : await setDisabled(null, form(fields));
      expect(result?.ok).toBe(false);
      expect(result?.message).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });
  }
});
