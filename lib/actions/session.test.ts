import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from '@/lib/test/database';
import { redirectOf } from '@/lib/test/actions';
import { createSession, createUser, type CurrentUser } from '@/lib/data/accounts';
import { hashSessionToken } from '@/lib/auth/session-token';

/** Sign-in, sign-out and the review action, called directly with a real database and a stand-in cookie jar. */
const jar = new Map<string, string>();
let address = '203.0.113.1';
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers({ 'x-forwarded-for': `198.18.0.1, ${address}` }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { signIn, signOut } = await import('./session');
const { reviewFigure } = await import('./review');
const { SESSION_COOKIE } = await import('@/lib/auth/session');

let t: TestDatabase;
let ada: CurrentUser;

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

beforeAll(async () => {
  t = await createTestDatabase();
  useAsAppDatabase(t);
  ada = await createUser({ login: 'ada', displayName: 'Ada Analyst', role: 'analyst', password: 'ada-password-1' });
});
afterAll(async () => t.close());
beforeEach(async () => {
  jar.clear();
  await t.db.signInFailure.deleteMany();
});

describe('signIn', () => {
  it('opens a session and follows a safe next; an unsafe next leads home', async () => {
    expect(await redirectOf(signIn(null, form({ login: ' Ada ', password: 'ada-password-1', next: '/figures/3' })))).toBe('/figures/3');
    expect(jar.get(SESSION_COOKIE)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const next of ['/\t/other-host', '//evil', '/\\evil', 'https://x.example', '/\u0000']) {
      expect(await redirectOf(signIn(null, form({ login: 'ada', password: 'ada-password-1', next })))).toBe('/');
    }
    expect(await redirectOf(signIn(null, form({ login: 'ada', password: 'ada-password-1' })))).toBe('/figures?status=pending');
  });

  it('a wrong password answers with the login as typed and opens no session', async () => {
    const sessions = await t.db.session.count();
    expect(await signIn(null, form({ login: 'Ada', password: 'wrong-password' }))).toEqual({ message: 'That login and password do not match.', login: 'Ada' });
    expect(await signIn(null, form({ login: 'nobody', password: 'wrong-password' }))).toEqual({ message: 'That login and password do not match.', login: 'nobody' });
    expect(await signIn(null, form({}))).toEqual({ message: 'Enter your login.', login: '' });
    expect(await signIn(null, form({ login: 'ada' }))).toEqual({ message: 'Enter your password.', login: 'ada' });
    expect(await t.db.session.count()).toBe(sessions);
    expect(jar.has(SESSION_COOKIE)).toBe(false);
  });

  it('counts failures under the nearest-hop address and throttles', async () => {
    address = '203.0.113.50';
    for (let i = 0; i < 5; i++) await signIn(null, form({ login: 'ada', password: `wrong-${i}` }));
    expect(await t.db.signInFailure.count({ where: { scope: 'address', key: '203.0.113.50' } })).toBe(5);
    const blocked = await signIn(null, form({ login: 'ada', password: 'ada-password-1' }));
    expect(blocked?.message).toMatch(/^Too many attempts, try again in \d+ s\.$/);
    expect(blocked?.login).toBe('ada');
    address = '203.0.113.1';
  });
});

describe('signOut and the review action', () => {
  it('sign-out deletes the session row; the review action then refuses and writes nothing', async () => {
    const { token } = await createSession(ada.id);
    jar.set(SESSION_COOKIE, token);
    expect(await redirectOf(signOut())).toBe('/');
    expect(await t.db.session.count({ where: { tokenHash: hashSessionToken(token) } })).toBe(0);
    expect(jar.has(SESSION_COOKIE)).toBe(false);
    jar.set(SESSION_COOKIE, token); // a copy of the old cookie
    const events = await t.db.reviewEvent.count();
    expect(await redirectOf(reviewFigure(null, form({ figureId: '1', action: 'accept' })))).toBe('/signin?expired=1&next=%2Ffigures%2F1');
    expect(await t.db.reviewEvent.count()).toBe(events);
  });

  it('a disabled analyst is refused the review action', async () => {
    jar.set(SESSION_COOKIE, (await createSession(ada.id)).token);
    await t.db.user.update({ where: { id: ada.id }, data: { disabled: true } });
    expect(await redirectOf(reviewFigure(null, form({ figureId: '1', action: 'accept' })))).toContain('/signin?expired=1');
    expect(await t.db.reviewEvent.count()).toBe(0);
    await t.db.user.update({ where: { id: ada.id }, data: { disabled: false } });
  });
});
