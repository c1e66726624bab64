import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from '@/lib/test/database';
import { hashSessionToken, SESSION_HOURS } from '@/lib/auth/session-token';
import { LOGIN_RULE, ADDRESS_RULE } from '@/lib/auth/throttle';
import {
  AccountRefused,
  createSession,
  createUser,
  deleteSession,
  getSessionUser,
  listUsers,
  setUserDisabled,
  setUserPassword,
  signInWithPassword,
  type CurrentUser,
} from './accounts';
import { applyReviewAction, getReviewHistory } from './review';

/**
 * Accounts and server-side sessions against a real database (SQLite by default, PostgreSQL with
 * TEST_DATABASE_URL): a session ends the moment it is signed out, its account disabled or its password changed.
 */
let t: TestDatabase;
let admin: CurrentUser;
let ada: CurrentUser;
const PASSWORD = 'ada-password-1';

beforeAll(async () => {
  t = await createTestDatabase();
  useAsAppDatabase(t);
  admin = await createUser({ login: 'root', displayName: 'Rita Root', role: 'admin', password: 'root-password-1' });
  ada = await createUser({ login: 'ada', displayName: 'Ada Analyst', role: 'analyst', password: PASSWORD });
});
afterAll(async () => t.close());
beforeEach(async () => {
  await t.db.signInFailure.deleteMany();
});

describe('accounts', () => {
  it('stores a salted scrypt hash, never the password, and refuses a duplicate login', async () => {
    const row = await t.db.user.findUniqueOrThrow({ where: { login: 'ada' } });
    expect(row.passwordHash.startsWith('scrypt$')).toBe(true);
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(row.role).toBe('analyst');
    await expect(createUser({ login: 'ada', displayName: 'Other Ada', role: 'admin', password: 'whatever-123' })).rejects.toThrow(AccountRefused);
    expect(await t.db.user.count({ where: { login: 'ada' } })).toBe(1);
  });

  it('lists accounts with their open sessions', async () => {
    const users = await listUsers();
    expect(users.map((u) => u.login).sort()).toEqual(['ada', 'root']);
    expect(users.find((u) => u.login === 'ada')).toMatchObject({ displayName: 'Ada Analyst', role: 'analyst', disabled: false });
  });
});

describe('sessions', () => {
  it('signs in with the right password, storing only the hash of the token', async () => {
    const result = await signInWithPassword('ada', PASSWORD, '10.0.0.1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user).toEqual(ada);
    const stored = await t.db.session.findMany({ where: { userId: ada.id } });
    expect(stored.some((s) => s.tokenHash === hashSessionToken(result.token))).toBe(true);
    expect(stored.some((s) => s.tokenHash === result.token)).toBe(false);
    expect(await getSessionUser(result.token)).toEqual(ada);
  });

  it('refuses a wrong password and an unknown login alike, opening no session', async () => {
    const before = await t.db.session.count();
    expect(await signInWithPassword('ada', 'not-the-password', '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
    expect(await signInWithPassword('nobody', PASSWORD, '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
    expect(await t.db.session.count()).toBe(before);
  });

  it('expires after the session length', async () => {
    const start = new Date('2026-01-01T00:00:00Z');
    const { token } = await createSession(ada.id, start);
    expect(await getSessionUser(token, new Date(start.getTime() + (SESSION_HOURS - 1) * 3_600_000))).toEqual(ada);
    expect(await getSessionUser(token, new Date(start.getTime() + SESSION_HOURS * 3_600_000))).toBeNull();
  });

  it('ignores garbage and unknown tokens', async () => {
    for (const junk of [undefined, '', 'x', 'a'.repeat(43), `${'a'.repeat(42)}!`, 'a'.repeat(500)]) expect(await getSessionUser(junk)).toBeNull();
  });

  it('sign-out ends that session at once and leaves the others', async () => {
    const one = await createSession(ada.id);
    const two = await createSession(ada.id);
    await deleteSession(one.token);
    expect(await getSessionUser(one.token)).toBeNull();
    expect(await getSessionUser(two.token)).toEqual(ada);
  });

  it('disabling an account ends all its sessions and blocks sign-in; enabling lets it sign in again', async () => {
    const open = await createSession(ada.id);
    const result = await setUserDisabled(admin.id, ada.id, true);
    expect(result.endedSessions).toBeGreaterThanOrEqual(1);
    expect(await getSessionUser(open.token)).toBeNull();
    expect(await t.db.session.count({ where: { userId: ada.id } })).toBe(0);
    expect(await signInWithPassword('ada', PASSWORD, '10.0.0.3')).toEqual({ ok: false, reason: 'disabled' });
    expect(await t.db.session.count({ where: { userId: ada.id } })).toBe(0);
    await expect(setUserDisabled(admin.id, ada.id, true)).rejects.toThrow('already disabled');
    await setUserDisabled(admin.id, ada.id, false);
    expect((await signInWithPassword('ada', PASSWORD, '10.0.0.3')).ok).toBe(true);
  });

  it('a disabled flag set behind our back still closes the session (checked on every lookup)', async () => {
    const open = await createSession(ada.id);
    await t.db.user.update({ where: { id: ada.id }, data: { disabled: true } });
    expect(await getSessionUser(open.token)).toBeNull();
    await t.db.user.update({ where: { id: ada.id }, data: { disabled: false } });
  });

  it('an admin cannot disable their own account', async () => {
    await expect(setUserDisabled(admin.id, admin.id, true)).rejects.toThrow('You cannot disable your own account');
    expect((await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabled).toBe(false);
  });

  it('a new password ends every session (but the one kept) and only the new password works', async () => {
    const a = await createSession(ada.id);
    const b = await createSession(ada.id);
    await setUserPassword(ada.id, 'brand-new-password', b.token);
    expect(await getSessionUser(a.token)).toBeNull();
    expect(await getSessionUser(b.token)).toEqual(ada);
    await setUserPassword(ada.id, 'another-new-password');
    expect(await getSessionUser(b.token)).toBeNull();
    expect(await signInWithPassword('ada', 'brand-new-password', '10.0.0.4')).toEqual({ ok: false, reason: 'invalid' });
    expect((await signInWithPassword('ada', 'another-new-password', '10.0.0.4')).ok).toBe(true);
    await setUserPassword(ada.id, PASSWORD);
  });
});

describe('sign-in throttle', () => {
  it('per login: after the limit even the right password waits, with the seconds to wait', async () => {
    const now = new Date();
    for (let i = 0; i < LOGIN_RULE.limit; i++) expect(await signInWithPassword('ada', `wrong-${i}`, `10.1.0.${i}`, now)).toEqual({ ok: false, reason: 'invalid' });
    const blocked = await signInWithPassword('ada', PASSWORD, '10.1.1.1', now);
    expect(blocked).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: LOGIN_RULE.windowMs / 1000 });
    // Another login from another address is not affected; after the window the right password works again.
    expect((await signInWithPassword('root', 'root-password-1', '10.1.1.2', now)).ok).toBe(true);
    expect((await signInWithPassword('ada', PASSWORD, '10.1.1.1', new Date(now.getTime() + LOGIN_RULE.windowMs + 1000))).ok).toBe(true);
  });

  it('per address: many logins tried from one address are stopped', async () => {
    const now = new Date();
    for (let i = 0; i < ADDRESS_RULE.limit; i++) await signInWithPassword(`guess-${i}`, 'password-guess', '192.0.2.7', now);
    expect(await signInWithPassword('ada', PASSWORD, '192.0.2.7', now)).toMatchObject({ ok: false, reason: 'throttled' });
    expect((await signInWithPassword('ada', PASSWORD, '192.0.2.8', now)).ok).toBe(true);
  });

  it('a success clears the failures of that login', async () => {
    const now = new Date();
    for (let i = 0; i < LOGIN_RULE.limit - 1; i++) await signInWithPassword('ada', 'wrong', '10.2.0.1', now);
    expect((await signInWithPassword('ada', PASSWORD, '10.2.0.1', now)).ok).toBe(true);
    expect(await t.db.signInFailure.count({ where: { scope: 'login', key: 'ada' } })).toBe(0);
  });
});

describe('review history names the account', () => {
  it('links the event to the account and shows its current display name', async () => {
    const source = await t.db.source.create({ data: { contentHash: 'h1', headline: 'H', language: 'en', format: 'plain', text: 'Police dismantled 3 cells.', bodyStart: 0, bodyEnd: 26 } });
    await t.db.metric.upsert({ where: { key: 'cells_dismantled' }, create: { key: 'cells_dismantled', label: 'Cells', description: 'd', kind: 'flow' }, update: {} });
    const figure = await t.db.figure.create({
      data: { sourceId: source.id, metricKey: 'cells_dismantled', value: 3, valueText: '3', qualifier: 'exact', lower: 3, upper: 3, lowerInclusive: true, upperInclusive: true, cumulative: false, quote: '3 cells', quoteStart: 18, quoteEnd: 25, quotePrefix: '', quoteSuffix: '', comparisonKey: 'k' },
    });
    await applyReviewAction(figure.id, 'accept', ada, null);
    const event = await t.db.reviewEvent.findFirstOrThrow({ where: { figureId: figure.id } });
    expect(event).toMatchObject({ userId: ada.id, actor: 'Ada Analyst' });
    await t.db.user.update({ where: { id: ada.id }, data: { displayName: 'Ada L.' } });
    expect((await getReviewHistory(figure.id))[0]).toMatchObject({ actor: 'Ada L.', actorLogin: 'ada' });
    await t.db.user.update({ where: { id: ada.id }, data: { displayName: 'Ada Analyst' } });
  });
});
