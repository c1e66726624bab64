/**
 * The address the site is served at, for links that leave the page (citations, social cards). Set
 * CTSTATS_PUBLIC_URL behind a proxy or a domain; the default is what `next start` listens on.
 */
export function publicUrl(path: string): string {
  const base = process.env.CTSTATS_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
