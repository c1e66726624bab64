import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { NextConfig } from 'next';
import { isBot } from 'next/dist/shared/lib/router/utils/is-bot';
import { pageCacheKey, RENDER_HEADER, RENDER_USER_AGENT, withNonce } from './page-cache';

const nextConfig: NextConfig = createRequire(import.meta.url)('../../next.config.js');
const req = (path: string, headers: Record<string, string> = {}, method = 'GET') => new NextRequest(new URL(path, 'http://127.0.0.1:3000'), { headers, method });
const day = new Date().toISOString().slice(0, 10);

describe('which requests the page cache may answer', () => {
  it('the public pages and the API’s bounded answers, by address and day', () => {
    for (const path of ['/', '/figures', '/figures?metric=arrests&page=2', '/figures/12', '/compare?key=x', '/sources', '/sources/7', '/search', '/about', '/metrics/arrests', '/embed/metrics/arrests', '/api/figures?format=json&limit=20', '/api/sources']) {
      expect(pageCacheKey(req(path)), path).toEqual({ key: `${day} ${path}`, search: false });
    }
  });

  it('searches of the table and the site, apart from the pages; not the source suggestions typed letter by letter', () => {
    for (const path of ['/search?q=isis', '/figures?q=cells&metric=arrests']) expect(pageCacheKey(req(path)), path).toEqual({ key: `${day} ${path}`, search: true });
    expect(pageCacheKey(req('/api/sources?q=map'))).toBeNull();
    expect(pageCacheKey(req('/sources/7?q=map'))).toBeNull();
  });

  it('not an address with a parameter its page does not read: made-up ones cannot crowd the kept pages out', () => {
    for (const path of ['/figures?x=1', '/?utm_source=news', '/figures?metric=arrests&nonce=abc', '/sources/7?status=reviewed&junk=', '/api/figures?format=json&limit=20&z=1', '/about?view=a', '/figures/7?after=9', '/sources?metric=arrests', '/search?q=isis&metric=arrests', '/metrics/arrests?chart=x']) {
      expect(pageCacheKey(req(path)), path).toBeNull();
    }
    for (const path of ['/metrics/arrests?view=parts', '/embed/metrics/arrests?chart=running', '/sources/7?status=reviewed&added=1', '/sources?page=2', '/api/figures?format=json&limit=20&cursor=9', '/figures?after=12&page=3&sort=value&dir=asc', '/?metric=arrests&from=2015', '/compare?key=x&status=pending']) {
      expect(pageCacheKey(req(path)), path).not.toBeNull();
    }
  });

  it('nothing else: analysts’ pages, sign-in, images, the streamed export, other methods', () => {
    for (const path of ['/review', '/review/quality', '/sources/new', '/sources/7/figures/new', '/admin/users', '/signin', '/figures/12/opengraph-image', '/api/figures?format=csv', '/api/figures?format=json', '/figures/abc', '/_next/static/x.js']) {
      expect(pageCacheKey(req(path)), path).toBeNull();
    }
    expect(pageCacheKey(req('/figures', {}, 'POST'))).toBeNull();
    expect(pageCacheKey(req('/figures', {}, 'HEAD'))).toBeNull();
  });

  it('never for a signed-in reader, a client-side navigation, a crawler, or the cache’s own render', () => {
    expect(pageCacheKey(req('/figures', { cookie: 'ctstats_session=abc' }))).toBeNull();
    expect(pageCacheKey(req('/figures', { cookie: 'theme=dark' }))).not.toBeNull();
    expect(pageCacheKey(req('/figures', { rsc: '1' }))).toBeNull();
    expect(pageCacheKey(req('/figures', { 'next-router-prefetch': '1' }))).toBeNull();
    expect(pageCacheKey(req('/figures?_rsc=abc'))).toBeNull();
    expect(pageCacheKey(req('/figures', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' }))).toBeNull();
    expect(pageCacheKey(req('/figures', { 'user-agent': 'facebookexternalhit/1.1' }))).toBeNull();
    expect(pageCacheKey(req('/figures', { 'user-agent': 'Mediapartners-Google' }))).toBeNull();
    expect(pageCacheKey(req('/figures', { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36' }))).not.toBeNull();
    // Only the process's own secret marks its render; a client sending the header is still answered from the cache.
    expect(pageCacheKey(req('/figures', { [RENDER_HEADER]: 'guess' }))).not.toBeNull();
  });
});

describe('the render that is kept', () => {
  it('gets its metadata in the head (never a pending boundary for it), as the crawlers still do; readers get it streamed', () => {
    const blocking = new RegExp(nextConfig.htmlLimitedBots!);
    expect(blocking.test(RENDER_USER_AGENT)).toBe(true);
    for (const crawler of ['Twitterbot/1.0', 'Mozilla/5.0 (compatible; bingbot/2.0)', 'facebookexternalhit/1.1', 'Slackbot-LinkExpanding 1.0']) expect(blocking.test(crawler), crawler).toBe(true);
    expect(blocking.test('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36')).toBe(false);
    // Yet it is no crawler to the page cache: it is the one browser every kept page is rendered for.
    expect(isBot(RENDER_USER_AGENT)).toBe(false);
  });
});

describe('withNonce: the kept page with a fresh nonce in every place the render’s stood', () => {
  const read = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer()).toString('latin1');
  const page = (html: string, nonce: string) => {
    const bytes = Buffer.from(html, 'latin1');
    const nonceAt: number[] = [];
    for (let at = bytes.indexOf(nonce); at >= 0; at = bytes.indexOf(nonce, at + nonce.length)) nonceAt.push(at);
    return { html: bytes, nonce, nonceAt };
  };

  it('writes it in every place, leaves the kept page as it was, and handles a nonce of another length or none', async () => {
    const kept = page('<script nonce="AAAA">a</script><p>é</p><script nonce="AAAA">b</script>', 'AAAA');
    expect(await read(withNonce(kept, Buffer.from('BBBB')))).toBe('<script nonce="BBBB">a</script><p>é</p><script nonce="BBBB">b</script>');
    expect(await read(withNonce(kept, Buffer.from('CCCCCC')))).toBe('<script nonce="CCCCCC">a</script><p>é</p><script nonce="CCCCCC">b</script>');
    expect(await read(withNonce(kept, Buffer.from('D')))).toBe('<script nonce="D">a</script><p>é</p><script nonce="D">b</script>');
    expect(kept.html.toString('latin1')).toBe('<script nonce="AAAA">a</script><p>é</p><script nonce="AAAA">b</script>');
    expect(await read(withNonce(page('{"a":1}', 'AAAA'), Buffer.from('BBBB')))).toBe('{"a":1}');
    expect(await read(withNonce(page('AAAA', 'AAAA'), Buffer.from('BB')))).toBe('BB');
  });
});
