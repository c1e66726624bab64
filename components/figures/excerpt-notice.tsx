import { textFragmentUrl } from '@/lib/view/text-fragment';

/**
 * Says that a source is an excerpt — the passages its figures quote, not the article — and links to the article.
 * With `quote`, the link opens the article at that quote (a text fragment; browsers without support open the page).
 */
export function ExcerptNotice({ url, quote }: { url: string | null; quote?: string }) {
  return (
    <p className="mb-3 rounded-md border border-line bg-bg px-3 py-2 text-sm" data-testid="excerpt-notice">
      <span className="font-medium">Excerpt</span> — the quoted passages only
      {url ? (
        <>
          ; full article at{' '}
          <a href={quote ? textFragmentUrl(url, quote) : url} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-accent underline">
            {hostOf(url)}
          </a>
        </>
      ) : null}
      .
    </p>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
