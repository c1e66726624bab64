/**
 * A link that opens the original article scrolled to a quote and highlighted, by the URL text-fragment syntax
 * (`#:~:text=`), which browsers that do not support it simply ignore. A quote longer than a few words is linked
 * by its first and last words (`text=start,end`), which is how the syntax tolerates markup and line breaks inside
 * a long passage. The page's own fragment is dropped: a text directive replaces it.
 */
const EDGE_WORDS = 4;

export function textFragmentUrl(url: string, quote: string): string {
  const base = url.replace(/#.*$/, '');
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  const directive =
    words.length <= EDGE_WORDS * 2 + 1
      ? encodeFragmentText(words.join(' '))
      : `${encodeFragmentText(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentText(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}

/** Percent-encodes everything but unreserved characters, and also "-", which the syntax reserves (with "," and "&"). */
function encodeFragmentText(s: string): string {
  return encodeURIComponent(s).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
