import { locateQuote, paragraphAround } from '@/lib/view/text-segments';
import { Notice } from '@/components/ui/primitives';

/**
 * The quote highlighted inside its paragraph of the verbatim source text. Text is rendered as React text nodes,
 * so untrusted article content is always escaped. A quote that no longer matches the stored text is flagged.
 */
export function QuoteInContext({ text, quote, start, end, prefix, body }: { text: string; quote: string; start: number; end: number; prefix?: string; body?: { start: number; end: number } }) {
  const at = locateQuote(text, quote, start, end, prefix);
  if (at.status === 'missing') {
    return (
      <>
        <Notice tone="warning" title="This quote no longer matches its source text">
          The stored quote was not found in the source. It is shown as recorded; check the source before citing it.
        </Notice>
        <blockquote className="border-l-4 border-[var(--pending)] pl-4 italic">“{quote}”</blockquote>
      </>
    );
  }
  const around = paragraphAround(text, at.start, at.end);
  // The paragraph stops at the article's edges: an import header on the first line is not shown as its context.
  const inBody = body && at.start >= body.start && at.end <= body.end;
  const para = inBody ? { start: Math.max(around.start, body.start), end: Math.min(around.end, body.end) } : around;
  return (
    <>
      {at.status === 'moved' ? (
        <Notice tone="warning" title="The quote moved in its source">
          The words are the same, found in a different place in the text than when the figure was recorded.
        </Notice>
      ) : null}
      <blockquote className="rounded-md border-l-4 border-[var(--mark-strong)] bg-bg px-4 py-3 leading-relaxed" data-testid="quote-context">
        {text.slice(para.start, at.start)}
        <mark className="quote-mark is-current" data-testid="quote-mark">{text.slice(at.start, at.end)}</mark>
        {text.slice(at.end, para.end)}
      </blockquote>
    </>
  );
}
