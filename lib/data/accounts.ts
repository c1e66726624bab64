import 'server-only';
import { getDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { decoyHash, hashPassword, verifyPassword } from '@/lib/auth/password';
import { hashSessionToken, looksLikeSessionToken, newSessionToken, SESSION_HOURS } from '@/lib/auth/session-token';
import { ADDRESS_RULE, combineDecisions, LOGIN_RULE, throttleDecision, type ThrottleDecision } from '@/lib/auth/throttle';
import type { NewAccount, Role } from '@/lib/auth/account-schema';

/**
 * Accounts, sessions and the sign-in throttle: the only code that reads or writes User, Session and
 * SignInFailure. Sessions live in the database so that ending one (sign-out, disabling the account, a new
 * password) takes effect on the very next request.
 */
export interface CurrentUser {
  id: number;
  login: string;
  displayName: string;
  role: Role;
}

export interface UserView extends CurrentUser {
  disabled: boolean;
  createdAt: string;
  activeSessions: number;
}

/** A request the account rules refuse (duplicate login, disabling yourself…); its message is shown as is. */
export class AccountRefused extends Error {}

const asRole = (role: string): Role => (role === 'admin' ? 'admin' : 'analyst');

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === 'P2002';
}

export async function countUsers(): Promise<number> {
  return getDb().user.count();
}

export async function createUser(account: NewAccount): Promise<CurrentUser> {
  const db = getDb();
  const refused = new AccountRefused(`An account with the login “${account.login}” already exists.`);
  if (await db.user.findUnique({ where: { login: account.login }, select: { id: true } })) throw refused;
  const passwordHash = await hashPassword(account.password);
  try {
    const user = await db.user.create({ data: { login: account.login, displayName: account.displayName, role: account.role, passwordHash } });
    return { id: user.id, login: user.login, displayName: user.displayName, role: asRole(user.role) };
  } catch (err) {
    if (isUniqueViolation(err)) throw refused; // created by someone else between the check and the insert
    throw err;
  }
}

export async function listUsers(now: Date = new Date()): Promise<UserView[]> {
  const users = await getDb().user.findMany({
    orderBy: [{ disabled: 'asc' }, { role: 'asc' }, { login: 'asc' }],
    include: { _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } } },
  });
  return users.map((u) => ({
    id: u.id,
    login: u.login,
    displayName: u.displayName,
    role: asRole(u.role),
    disabled: u.disabled,
    createdAt: u.createdAt.toISOString(),
    activeSessions: u._count.sessions,
  }));
}

async function requireUser(tx: Prisma.TransactionClient, userId: number) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, disabled: true, displayName: true } });
  if (!user) throw new AccountRefused('This account does not exist.');
  return user;
}

/** Disables (ending every session of that account in the same transaction) or re-enables an account. */
export async function setUserDisabled(actorId: number, userId: number, disabled: boolean): Promise<{ displayName: string; endedSessions: number }> {
  if (actorId === userId && disabled) throw new AccountRefused('You cannot disable your own account: ask another admin.');
  return getDb().$transaction(async (tx) => {
    const user = await requireUser(tx, userId);
    if (user.disabled === disabled) throw new AccountRefused(`${user.displayName} is already ${disabled ? 'disabled' : 'enabled'}.`);
    await tx.user.update({ where: { id: userId }, data: { disabled } });
    const ended = disabled ? await tx.session.deleteMany({ where: { userId } }) : { count: 0 };
    return { displayName: user.displayName, endedSessions: ended.count };
  });
}

/**
 * Sets a new password and ends the account's sessions, except `keepSessionToken` (an admin resetting their
 * own password stays signed in on the browser they did it from).
 */
export async function setUserPassword(userId: number, password: string, keepSessionToken?: string): Promise<{ displayName: string; endedSessions: number }> {
  const passwordHash = await hashPassword(password);
  const keep = keepSessionToken ? hashSessionToken(keepSessionToken) : undefined;
  return getDb().$transaction(async (tx) => {
    const user = await requireUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    const ended = await tx.session.deleteMany({ where: { userId, ...(keep ? { tokenHash: { not: keep } } : {}) } });
    return { displayName: user.displayName, endedSessions: ended.count };
  });
}

/** Opens a session; returns the token for the cookie (only its hash is stored). */
export async function createSession(userId: number, now: Date = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  const db = getDb();
  await db.$transaction([
    db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } }), // tidy this account's stale rows
    db.session.create({ data: { tokenHash: hashSessionToken(token), userId, expiresAt } }),
  ]);
  return { token, expiresAt };
}

/** The account behind a session token: null when the token is unknown, expired, or its account disabled. */
export async function getSessionUser(token: string | undefined, now: Date = new Date()): Promise<CurrentUser | null> {
  if (!looksLikeSessionToken(token)) return null;
  const session = await getDb().session.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    select: { expiresAt: true, user: { select: { id: true, login: true, displayName: true, role: true, disabled: true } } },
  });
  if (!session || session.expiresAt <= now || session.user.disabled) return null;
  const { id, login, displayName, role } = session.user;
  return { id, login, displayName, role: asRole(role) };
}

export async function deleteSession(token: string | undefined): Promise<void> {
  if (!looksLikeSessionToken(token)) return;
  await getDb().session.deleteMany({ where: { tokenHash: hashSessionToken(token) } });
}

/** May a sign-in for this login from this address go ahead now? */
export async function getSignInThrottle(login: string, address: string, now: Date = new Date()): Promise<ThrottleDecision> {
  const db = getDb();
  const recent = (scope: string, key: string, windowMs: number) =>
    db.signInFailure.findMany({ where: { scope, key, createdAt: { gt: new Date(now.getTime() - windowMs) } }, select: { createdAt: true } });
  const [byLogin, byAddress] = await Promise.all([recent('login', login, LOGIN_RULE.windowMs), recent('address', address, ADDRESS_RULE.windowMs)]);
  return combineDecisions([
    throttleDecision(byLogin.map((f) => f.createdAt), LOGIN_RULE, now),
    throttleDecision(byAddress.map((f) => f.createdAt), ADDRESS_RULE, now),
  ]);
}

async function recordSignInFailure(login: string, address: string, now: Date): Promise<void> {
  const db = getDb();
  const oldest = new Date(now.getTime() - Math.max(LOGIN_RULE.windowMs, ADDRESS_RULE.windowMs));
  await db.$transaction([
    db.signInFailure.createMany({ data: [{ scope: 'login', key: login, createdAt: now }, { scope: 'address', key: address, createdAt: now }] }),
    db.signInFailure.deleteMany({ where: { createdAt: { lt: oldest } } }), // nothing older than the window matters
  ]);
}

export type SignInResult =
  | { ok: true; user: CurrentUser; token: string; expiresAt: Date }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  | { ok: false; reason: 'invalid' | 'disabled' };

/**
 * Checks a login and password and opens a session. Throttled per login and per client address; an unknown
 * login costs the same scrypt work as a known one; a success clears that login's failures.
 */
export async function signInWithPassword(login: string, password: string, address: string, now: Date = new Date()): Promise<SignInResult> {
  const throttle = await getSignInThrottle(login, address, now);
  if (!throttle.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
  const db = getDb();
  const user = await db.user.findUnique({ where: { login } });
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !matches) {
    await recordSignInFailure(login, address, now);
    return { ok: false, reason: 'invalid' };
  }
  if (user.disabled) return { ok: false, reason: 'disabled' };
  await db.signInFailure.deleteMany({ where: { scope: 'login', key: login } });
  const { token, expiresAt } = await createSession(user.id, now);
  return { ok: true, user: { id: user.id, login: user.login, displayName: user.displayName, role: asRole(user.role) }, token, expiresAt };
}
