// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS (module.exports below)
const { HTML_LIMITED_BOT_UA_RE } = require('next/dist/shared/lib/router/utils/html-bots');
/** Powerful browser features no page uses, switched off for the pages and anything they might embed. */
const PERMISSIONS_POLICY = ['accelerometer', 'autoplay', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb']
  .map((feature) => `${feature}=()`)
  .join(', ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 and pg are native/Node-only: keep them out of the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg'],
  poweredByHeader: false,
  typedRoutes: false,
  // /sources/new posts a document of up to 2 MB (lib/ingest MAX_DOCUMENT_BYTES) plus the form around it; the
  // default 1 MB would cut larger reports off before the action could explain the limit.
  // forbidden() from next/navigation: a signed-in analyst asking for an admin page gets app/forbidden.tsx with status 403.
  // inlineCss: the stylesheet travels in the HTML instead of a second request the first paint waits for. Next.js
  // 16.4 writes it three times (the <style> and twice in the RSC payload, vercel/next.js#98079 and #98110): 11 kB
  // compressed of a table page's 22 kB. As a file it would be fetched once and kept, but a reader's first page
  // waited for it: bench:web on Slow 4G measured LCP 1.5–1.9 s with the file against 0.65–0.8 s inlined, and most
  // readers arrive on one page from a link (an embed in an article always does). Kept pages (lib/http/page-cache.ts)
  // are not rendered again, so the copies cost a render only when a page is made.
  // The request proxy sees requests as they came: Next.js otherwise strips the RSC headers and `_rsc` parameter of a
  // client-side navigation before the proxy, which then could not tell it from a page request, and the page cache
  // (lib/http/page-cache.ts) would answer a navigation with HTML.
  skipProxyUrlNormalize: true,
  // The page cache's own render (lib/http/page-cache.ts, whose user agent ends in "ctstats-page-cache") gets its
  // metadata in the head, as Next.js's list of crawlers does, not streamed after the body: a page still waiting for
  // its metadata when the body went out has a pending boundary and is not kept (on PostgreSQL the first render after
  // a write often was, so its first readers were all rendered anew).
  htmlLimitedBots: new RegExp(`${HTML_LIMITED_BOT_UA_RE.source}|ctstats-page-cache`, 'i'),
  experimental: { serverActions: { bodySizeLimit: '3mb' }, authInterrupts: true, inlineCss: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          // The Content-Security-Policy needs a nonce per response, so proxy.ts sets it; these are the same for all.
          { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
      // Every page but the embeddable charts is unframable (the CSP's frame-ancestors says the same, proxy.ts).
      {
        source: '/((?!embed/).*)',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
        ],
      },
      { source: '/embed/:path*', headers: [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }] },
    ];
  },
};

module.exports = nextConfig;
