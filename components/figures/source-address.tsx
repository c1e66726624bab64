import { isLinkableUrl } from '@/lib/domain/urls';

/** A source's address: a link only for http(s) URLs; any other stored value is shown as plain text. */
export function SourceAddress({ url }: { url: string | null }) {
  if (!url) return <>Not recorded</>;
  if (!isLinkableUrl(url)) return <span title="Not an http(s) address, so not a link">{url}</span>;
  return <a href={url} rel="noopener noreferrer nofollow" target="_blank" className="text-accent underline">{url}</a>;
}
