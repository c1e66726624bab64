import 'server-only';
import { cookies } from 'next/headers';
import { analystPassword } from './password';
import { issueToken, sessionKey, SESSION_HOURS, verifyToken } from './token';

export const SESSION_COOKIE = 'ctstats_session';

/** The signed-in analyst's name, or null. Every mutation asks this first. */
export async function currentAnalyst(): Promise<string | null> {
  const password = analystPassword();
  if (!password) return null;
  const jar = await cookies();
  return verifyToken(sessionKey(password), jar.get(SESSION_COOKIE)?.value);
}

export async function startSession(name: string, password: string): Promise<void> {
  const jar = await cookies();
  jar.set(SESSION_COOKIE, issueToken(sessionKey(password), name), {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.CTSTATS_SECURE_COOKIES === '1',
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
