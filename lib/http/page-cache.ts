import { randomBytes } from 'node:crypto';
import type { NextRequest } from 'next/server';
// Next.js's own test of which user agents get its variant for crawlers (metadata in the head, not streamed).
import { isBot } from 'next/dist/shared/lib/router/utils/is-bot';
import { SESSION_COOKIE } from '@/lib/auth/session-token';
import { databaseUrl } from '@/lib/db/url';
import { createVersionProbe, type VersionProbe } from '@/lib/db/version';
import { newNonce } from './security-headers';
import { TRANSIENT_MARK } from './transient';
import { VersionedStore } from '@/lib/data/versioned-store';
import { FIGURE_FILTER_KEYS } from '@/lib/data/schemas';

/**
 * Whole public pages kept for readers who are not signed in, until the database changes. Even with every read kept
 * (lib/data/read-cache.ts), rendering a page costs the server 10–45 ms of CPU (React, its payload, compression),
 * and one Node.js process renders one page at a time: four readers at once wait for each other's renders. A page
 * whose HTML depends only on its address, the day and the database is rendered once per database version and then
 * sent as it was, with a new nonce, for about the cost of a static file (plus Next.js compressing it: a response from
 * the proxy cannot carry its own Content-Encoding, Next.js drops it).
 *
 * How (called first thing by proxy.ts for every GET):
 * - Kept: the public pages (PUBLIC_PAGES) and the JSON API's bounded answers, asked for without a session cookie,
 *   by a browser (RSC requests of client-side navigation and prefetches, and crawlers, which Next.js serves a
 *   different variant, are rendered as usual), when the answer is a 200 HTML page or JSON without cookies set.
 *   Everything else is rendered as usual.
 * - Searches (`q` on /figures and /search) are kept too, apart (searchCacheLimits), and their answers do not say so
 *   (no CACHE_STATUS_HEADER). A kept search is answered faster, so a reader who times one could tell that somebody
 *   searched the same words since the last write; the kept reads (lib/data/read-cache.ts) already tell that much the
 *   same way, and a header saying `hit` would tell it outright. Apart, so that searches for ever new words (each
 *   one a new address) push out other searches, not the pages every reader opens (any other unknown parameter still
 *   makes a new page address).
 * - A page not kept yet is rendered by the server itself: the proxy asks it over loopback with RENDER_HEADER set to
 *   this process's secret (that request is rendered as usual, with a fresh nonce) and keeps the answer. Several
 *   readers of one page share one render. An answer that is not a page to keep (a redirect, a 404) is remembered as
 *   such until the version moves, and its readers are rendered as usual; so are they when the server cannot be
 *   reached that way.
 * - The version (lib/db/version.ts) is asked on every request; when it moves, everything kept goes.
 * - Every response still has a nonce of its own: where the render's nonce stood (its Content-Security-Policy header
 *   and the nonce attributes Next.js wrote, found once when the page is kept) a fresh one is written into a copy of
 *   the page for each response (withNonce). Signed-in analysts, whose pages carry the review forms, never get a kept page.
 */
export const RENDER_HEADER = 'x-ctstats-render';
/** Set on a kept page's response but a search's: `hit` (sent as kept) or `miss` (rendered for it, then kept). */
export const CACHE_STATUS_HEADER = 'x-ctstats-page-cache';

const SECRET = randomBytes(16).toString('base64url');

/** Pages whose HTML depends on nothing but the address, the day and the database (for a reader not signed in). */
const PUBLIC_PAGES = /^\/(?:figures(?:\/\d+)?|compare|sources(?:\/\d+)?|search|about|metrics\/[\w-]+|embed\/metrics\/[\w-]+)?$/;

/** The JSON API's answers of bounded size: a page of figures (`limit` given; the whole export streams, never kept) and the source suggestions. */
function isBoundedApi(url: NextRequest['nextUrl']): boolean {
  return (url.pathname === '/api/figures' && url.searchParams.has('limit')) || url.pathname === '/api/sources';
}

/**
 * The user agent of the render that is kept: one fixed browser, so that what is kept never depends on who asked
 * first (crawlers, which Next.js gives another variant, are rendered as usual and never kept). next.config.js's
 * htmlLimitedBots names it, so its metadata is in the head rather than streamed after the body.
 */
export const RENDER_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 ctstats-page-cache';

/**
 * The parameters each kept page reads (the figure filters, the metric page's `view`, the embed's `chart`, the source
 * page's `status` and `added`, the API's paging). An address with any other is rendered as usual, not kept: any
 * made-up parameter (`?x=1`, `?utm_source=…`) would otherwise be a new address to keep and push out the pages
 * readers open.
 */
/** The pages that take a search (`q`): kept apart, within searchCacheLimits. */
const SEARCH_PAGES = /^\/(?:figures|search)$/;

const FILTERS = new Set<string>(FIGURE_FILTER_KEYS);
function readsParameter(pathname: string, name: string): boolean {
  // A search (`q`) is kept on the two search pages only, apart (searchCacheLimits): elsewhere it is the source
  // suggestions' word being typed (one address per keystroke) or a filter those pages do not offer.
  if (name === 'q') return SEARCH_PAGES.test(pathname);
  if (pathname === '/' || pathname === '/figures' || pathname === '/compare') return FILTERS.has(name);
  if (pathname === '/api/figures') return FILTERS.has(name) || name === 'format' || name === 'limit' || name === 'cursor';
  if (pathname === '/api/sources') return name === 'limit';
  if (pathname === '/sources') return name === 'page';
  if (/^\/sources\/\d+$/.test(pathname)) return name === 'status' || name === 'added';
  if (pathname.startsWith('/metrics/')) return name === 'view';
  if (pathname.startsWith('/embed/metrics/')) return name === 'chart';
  return false; // /about, /figures/N: none
}

/** Bounds on what is kept: at most this many pages and bytes; searches within their own, smaller bounds. */
export const pageCacheLimits = { entries: 300, bytes: 64 * 1024 * 1024 };
export const searchCacheLimits = { entries: 100, bytes: 16 * 1024 * 1024 };

const enabled = process.env.CTSTATS_PAGE_CACHE !== 'off';

interface KeptPage {
  headers: Array<[string, string]>;
  html: Buffer;
  /** The render's nonce, and where it stands in `html`. */
  nonce: string;
  nonceAt: number[];
}

/**
 * What the render of a page gave: a page to keep, or `not-kept` (a redirect, a 404, …), remembered as such so that
 * its later readers are rendered as usual straight away; null when the server could not be asked (not remembered).
 */
type Rendered = { keep: true; page: KeptPage } | { keep: false } | null;

const pages = new VersionedStore<Rendered>(pageCacheLimits);
const searches = new VersionedStore<Rendered>(searchCacheLimits);
let probe: VersionProbe | null = null;

/**
 * The page's key (and whether it is a search), or null when it must be rendered as usual. The day is in it: the
 * figure page cites "accessed" today.
 */
export function pageCacheKey(request: NextRequest): { key: string; search: boolean } | null {
  if (!enabled || request.method !== 'GET') return null;
  const h = request.headers;
  if (h.get(RENDER_HEADER) === SECRET) return null;
  if (request.cookies.has(SESSION_COOKIE)) return null;
  if (h.has('rsc') || h.has('next-router-state-tree') || h.has('next-router-prefetch') || request.nextUrl.searchParams.has('_rsc')) return null;
  if (isBot(h.get('user-agent') ?? '')) return null;
  if (!PUBLIC_PAGES.test(request.nextUrl.pathname) && !isBoundedApi(request.nextUrl)) return null;
  for (const name of request.nextUrl.searchParams.keys()) if (!readsParameter(request.nextUrl.pathname, name)) return null;
  return { key: `${new Date().toISOString().slice(0, 10)} ${request.nextUrl.pathname}${request.nextUrl.search}`, search: request.nextUrl.searchParams.has('q') };
}

/** The kept page for `request` (rendering and keeping it first if need be), or null: render it as usual. */
export async function keptPage(request: NextRequest): Promise<Response | null> {
  const kept = pageCacheKey(request);
  if (!kept) return null;
  probe ??= createVersionProbe(databaseUrl());
  const version = await probe();
  if (version === null) return null;
  // A render that could not be made (null) is not remembered: the next reader tries again.
  const store = kept.search ? searches : pages;
  const { value, hit } = store.get(kept.key, version, () => render(request), (r) => (r ? (r.keep ? r.page.html.length : 0) + 1024 : null));
  const rendered = await value;
  // Not kept: rendered as usual for this reader (a proxy cannot pass on a relative redirect, and one response body
  // cannot go to several readers).
  if (!rendered?.keep) return null;
  return respond(rendered.page, kept.search ? null : hit ? 'hit' : 'miss');
}

/**
 * Marks of a page not to keep: React's Suspense boundary still pending when the shell was sent (`<!--$?-->`) or
 * failed on the server (`<!--$!-->`), and a part that says it could not be made just now (TRANSIENT_MARK, e.g. a
 * chart the drawer could not draw). The next reader's render is tried instead.
 */
const NOT_TO_KEEP = ['<!--$?-->', '<!--$!-->', TRANSIENT_MARK];

/** Response headers that belong to one transfer, not to the page. */
const TRANSFER_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date']);

/** The server's own address, as `next start` records it (PORT alone when it does not). */
function origin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

/** Never rejects: anything that goes wrong (no answer, a body cut off) means "render this reader's request as usual". */
async function render(request: NextRequest): Promise<Rendered> {
  try {
    return await renderOnce(request);
  } catch {
    return null;
  }
}

async function renderOnce(request: NextRequest): Promise<Rendered> {
  const response = await fetch(new URL(request.nextUrl.pathname + request.nextUrl.search, origin()), {
    headers: { [RENDER_HEADER]: SECRET, 'accept-encoding': 'identity', accept: 'text/html', 'user-agent': RENDER_USER_AGENT },
    redirect: 'manual',
    cache: 'no-store',
    signal: AbortSignal.timeout(30_000),
  });
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
  const type = response.headers.get('content-type') ?? '';
  // HTML: only with the nonce found, to give each response its own; JSON carries no script.
  const keepable = response.status === 200 && !response.headers.has('set-cookie') && nonce !== undefined && (type.startsWith('text/html') || type.startsWith('application/json'));
  if (!keepable) {
    await response.body?.cancel();
    return { keep: false };
  }
  const html = Buffer.from(await response.arrayBuffer());
  // A part still loading when the page was sent (a chart being drawn by the first reader after a start) arrives at
  // the end, put in place by a script: without JavaScript it never shows. Such a page is not kept, nor remembered
  // as not to keep: the next reader's render, the part then ready, is.
  if (NOT_TO_KEEP.some((mark) => html.includes(mark))) return null;
  const headers = [...response.headers.entries()].filter(([k]) => !TRANSFER_HEADERS.has(k));
  const nonceAt: number[] = [];
  for (let at = html.indexOf(nonce); at >= 0; at = html.indexOf(nonce, at + nonce.length)) nonceAt.push(at);
  return { keep: true, page: { headers, html, nonce, nonceAt } };
}

/** The kept page with a fresh nonce; `status` for CACHE_STATUS_HEADER, null to leave it off (searches). */
function respond(page: KeptPage, status: 'hit' | 'miss' | null): Response {
  const nonce = newNonce();
  const headers = new Headers(page.headers.map(([k, v]): [string, string] => [k, k === 'content-security-policy' ? v.replace(`'nonce-${page.nonce}'`, `'nonce-${nonce}'`) : v]));
  if (status) headers.set(CACHE_STATUS_HEADER, status);
  return new Response(withNonce(page, Buffer.from(nonce, 'latin1')), { status: 200, headers });
}

/**
 * The kept page as it is sent: a copy with the fresh nonce written where the render's stood, handed to the Response
 * as a stream of that one chunk. Not the buffer itself as the body: Response copies a buffer body again, and two
 * copies of a 600 kB page for every reader kept V8's collector marking the whole heap every few requests (3–4 ms of
 * a request's CPU). One chunk, not views of the kept bytes between the nonces: Next.js flushes the compressor after
 * every chunk it writes, which costs more than the copy (and compresses worse). A plain stream, not a byte stream,
 * which would take over the buffer it is given.
 */
export function withNonce(page: Pick<KeptPage, 'html' | 'nonce' | 'nonceAt'>, nonce: Buffer): ReadableStream<Uint8Array> {
  const html = Buffer.allocUnsafeSlow(page.html.length + page.nonceAt.length * (nonce.length - page.nonce.length));
  let from = 0;
  let to = 0;
  for (const at of page.nonceAt) {
    to += page.html.copy(html, to, from, at);
    to += nonce.copy(html, to);
    from = at + page.nonce.length;
  }
  page.html.copy(html, to, from);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(html);
      controller.close();
    },
  });
}
