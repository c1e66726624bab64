import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newNonce } from './security-headers';

/**
 * What the page cache keeps and sends (lib/http/page-cache.ts `keptPage`), with the server's own render (a fetch
 * over loopback) and the database's version stubbed: how often a page is rendered is what is counted.
 */
let version = 1;
vi.mock('@/lib/db/version', () => ({ createVersionProbe: () => async () => version }));
const { CACHE_STATUS_HEADER, keptPage, searchCacheLimits } = await import('./page-cache');

const rendered: string[] = [];
beforeEach(() => {
  rendered.length = 0;
  vi.stubGlobal('fetch', async (url: URL) => {
    rendered.push(url.pathname + url.search);
    const nonce = newNonce();
    return new Response(`<html><script nonce="${nonce}">start()</script><p>${url.pathname}${url.search}</p></html>`, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': `script-src 'nonce-${nonce}'` },
    });
  });
});
afterEach(() => vi.unstubAllGlobals());

const get = async (path: string) => {
  const response = await keptPage(new NextRequest(new URL(path, 'http://127.0.0.1:3000')));
  if (!response) throw new Error(`${path}: not answered from the cache`);
  const html = await response.text();
  return { status: response.headers.get(CACHE_STATUS_HEADER), html, nonce: /nonce="([^"]+)"/.exec(html)?.[1], csp: response.headers.get('content-security-policy') };
};

describe('pages and searches kept until the database changes', () => {
  it('a page is rendered once, then sent as kept, each time with a nonce of its own', async () => {
    const first = await get('/compare?key=a');
    const second = await get('/compare?key=a');
    expect(rendered).toEqual(['/compare?key=a']);
    expect([first.status, second.status]).toEqual(['miss', 'hit']);
    expect(second.html).toContain('<p>/compare?key=a</p>');
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.csp).toBe(`script-src 'nonce-${second.nonce}'`);
  });

  it('a search is kept too, and its answer never says whether it was', async () => {
    const first = await get('/figures?q=isis');
    const second = await get('/figures?q=isis');
    await get('/search?q=isis');
    expect(rendered).toEqual(['/figures?q=isis', '/search?q=isis']);
    expect([first.status, second.status]).toEqual([null, null]);
    expect(second.html).toContain('<p>/figures?q=isis</p>');
    expect(second.nonce).not.toBe(first.nonce);
  });

  it('searches for ever new words push out other searches, never the pages', async () => {
    const entries = searchCacheLimits.entries;
    searchCacheLimits.entries = 2;
    try {
      await get('/about');
      for (const word of ['one', 'two', 'three']) await get(`/search?q=${word}`);
      expect((await get('/about')).status).toBe('hit');
      await get('/search?q=three');
      await get('/search?q=one');
      expect(rendered).toEqual(['/about', '/search?q=one', '/search?q=two', '/search?q=three', '/search?q=one']);
    } finally {
      searchCacheLimits.entries = entries;
    }
  });

  it('when the database changes, pages and searches are rendered anew', async () => {
    await get('/sources');
    await get('/figures?q=cells');
    version++;
    expect((await get('/sources')).status).toBe('miss');
    await get('/figures?q=cells');
    expect(rendered).toEqual(['/sources', '/figures?q=cells', '/sources', '/figures?q=cells']);
  });
});
