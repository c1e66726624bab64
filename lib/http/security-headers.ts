/**
 * The Content-Security-Policy of every page, with this request's nonce. Next.js reads the nonce from the request's
 * CSP header and puts it on the inline scripts it streams (hydration data) and on its own script tags, so script-src
 * needs no 'unsafe-inline'. Styles keep 'unsafe-inline': React renders style attributes (chart sizes, colours),
 * which a nonce cannot cover, and a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean; https?: boolean; framable?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    // 'unsafe-eval' only in development: React's dev build uses eval for call stacks.
    `script-src 'self' 'nonce-${nonce}'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Only the embeddable charts (/embed/, read-only, no forms) may be framed, by any site; every other page is
    // unframable: clickjacking protection for the review buttons.
    options.framable ? 'frame-ancestors *' : "frame-ancestors 'none'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** A fresh unguessable nonce per response (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Paths any site may frame: the embeddable charts, which have no forms and no signed-in state. */
export function isFramablePath(pathname: string): boolean {
  return pathname.startsWith('/embed/');
}
