import { createHash, randomBytes } from 'node:crypto';

/**
 * Session tokens: 32 random bytes in the cookie; the database keeps only their sha256, so reading the
 * Session table does not let anyone sign in as its users. A fast hash is right here (unlike passwords): the
 * token has 256 bits of entropy, there is nothing to guess.
 */
export const SESSION_HOURS = 12;

/** The session cookie's name (here, free of server-only imports, for the request proxy's page cache too). */
export const SESSION_COOKIE = 'ctstats_session';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A cookie value that could be a token we issued (43 base64url characters); anything else is not looked up. */
export function looksLikeSessionToken(value: string | undefined): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
