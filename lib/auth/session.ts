import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { deleteSession, getSessionUser, type CurrentUser } from '@/lib/data/accounts';
import type { Role } from './account-schema';
import { safeNext } from './safe-next';

export type { CurrentUser } from '@/lib/data/accounts';

import { SESSION_COOKIE } from './session-token';

export { SESSION_COOKIE };

/**
 * The signed-in account for this request, looked up in the Session table (so a session ended elsewhere — sign-out,
 * account disabled, password changed — is gone on the very next request). Cached per request: the layout and the
 * page ask once between them.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const jar = await cookies();
  return getSessionUser(jar.get(SESSION_COOKIE)?.value);
});

/** The signed-in account's display name, or null (kept for callers that only need the name). */
export async function currentAnalyst(): Promise<string | null> {
  return (await currentUser())?.displayName ?? null;
}

/** Admins can do everything analysts can. */
export function hasRole(user: Pick<CurrentUser, 'role'>, role: Role): boolean {
  return role === 'analyst' || user.role === 'admin';
}

export type RoleCheck = { ok: true; user: CurrentUser } | { ok: false; message: string };

/**
 * The first line of every server action. Without a live session (none, expired, ended, or the account disabled)
 * it redirects to sign-in — nothing is written — and brings the user back to `next` afterwards. With a session
 * but too small a role it returns a refusal to show in the form.
 */
export async function requireRole(role: Role, next = '/'): Promise<RoleCheck> {
  const user = await currentUser();
  if (!user) redirect(`/signin?expired=1&next=${encodeURIComponent(safeNext(next))}`);
  if (!hasRole(user, role)) return { ok: false, message: 'Only an admin can do this.' };
  return { ok: true, user };
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.CTSTATS_SECURE_COOKIES === '1',
    path: '/',
    expires: expiresAt,
  });
}

/** The current browser's session token (for "keep this session" when an admin resets their own password). */
export async function currentSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** Ends this browser's session in the database (at once, not merely forgetting the cookie) and clears the cookie. */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  await deleteSession(jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
}

/**
 * The client address for the per-address sign-in throttle: the last X-Forwarded-For entry. Next.js sets that
 * header to the socket address when a request arrives without one; behind a proxy that appends the client's
 * address, the last entry is the one the proxy saw. Served directly, a client can send its own header and so dodge
 * the per-address limit, never the per-login one (README, Accounts).
 */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  const forwarded = h.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
  return (forwarded?.at(-1) ?? h.get('x-real-ip') ?? 'unknown').slice(0, 100);
}
