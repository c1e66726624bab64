import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Analyst sessions as signed cookies: `base64url(name).expiry.signature`. The signing key is derived from the
 * analyst password, so changing the password signs everyone out. Pure functions, tested on their own.
 */
export const SESSION_HOURS = 12;

export function sessionKey(password: string): Buffer {
  return createHash('sha256').update(`ctstats-session:${password}`).digest();
}

function sign(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

export function issueToken(key: Buffer, name: string, now = Date.now()): string {
  const payload = `${Buffer.from(name, 'utf8').toString('base64url')}.${now + SESSION_HOURS * 3_600_000}`;
  return `${payload}.${sign(key, payload)}`;
}

/** The analyst's name when the token is genuine and unexpired, else null. */
export function verifyToken(key: Buffer, token: string | undefined, now = Date.now()): string | null {
  if (!token) return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [name, expiry, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(key, `${name}.${expiry}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (!/^\d+$/.test(expiry) || Number(expiry) < now) return null;
  return Buffer.from(name, 'base64url').toString('utf8') || null;
}

/** Constant-time password check (both sides hashed first so lengths never leak). */
export function passwordMatches(expected: string, given: string): boolean {
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}
