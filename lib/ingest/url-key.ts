/**
 * The key by which two addresses of one article are recognised as the same: how a full article arriving later
 * finds the excerpt stored for it. The scheme, a leading "www.", a trailing dot on the host, a trailing slash, the
 * fragment and tracking or comment-form parameters do not change which article a URL names; any other query
 * parameter may (`index.php?id=…`), so it is kept, sorted.
 */
const IGNORED_PARAMS = [/^utm_/i, /^(fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|amp|output)$/i, /^(unapproved|moderation-hash|bs-comment-added|replytocom)$/i];

export function urlKey(url: string | null | undefined): string | null {
  if (!url?.trim()) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  const pathname = parsed.pathname.replace(/\/+$/, '') || '';
  const params = [...parsed.searchParams.entries()]
    .filter(([k]) => !IGNORED_PARAMS.some((re) => re.test(k)))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${parsed.port ? `:${parsed.port}` : ''}${pathname}${query}`;
}
