/**
 * A source's URL as this project keeps it: only absolute http(s) URLs are stored and rendered as links. Anything
 * else ("javascript:…", "data:…", "file:…", relative paths, garbage) is dropped at ingest, and a stored value that
 * is not http(s) (written before this rule, or by another tool) is shown as text, never as a link.
 */
export function storableUrl(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text || text.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  return text; // as printed in the document (URL.href would rewrite it)
}

/** True when a stored URL may be rendered as a link. */
export function isLinkableUrl(raw: string | null | undefined): raw is string {
  return storableUrl(raw) !== null;
}
