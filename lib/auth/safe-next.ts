/**
 * Where to go after signing in: only ever a path on this site. `next` comes from the address bar, so it is
 * attacker-controlled. Browsers strip tabs and newlines from URLs and read `\` as `/`, which turns
 * `/\t/evil.example` or `/\evil.example` into the protocol-relative `//evil.example`; so any control character,
 * backslash or leading `//` is refused outright, and what is left must resolve to this origin. Anything refused
 * leads to `fallback` (never an error: a bad link must not break the sign-in page).
 */
const PROBE_ORIGIN = 'http://ctstats.invalid';

export function safeNext(raw: unknown, fallback = '/'): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return fallback;
  // Control characters (C0, DEL, C1), backslashes and whitespace are never part of a link we produce.
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(raw)) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//')) return fallback;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Re-check after normalisation (`/./%2e/` and the like), and never loop back to the sign-in page.
  if (!path.startsWith('/') || path.startsWith('//') || path === '/signin' || path.startsWith('/signin?')) return fallback;
  return path;
}

/** Where sign-in leads: the analyst's work when no `next` was asked for, else `next` if it is safe, else home. */
export const AFTER_SIGN_IN = '/figures?status=pending';
export function afterSignIn(next: string | undefined | null): string {
  return next ? safeNext(next, '/') : AFTER_SIGN_IN;
}
