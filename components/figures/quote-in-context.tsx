import { locateQuote, paragraphAround } from '@/lib/view/text-segments';
import { Notice } from '@/components/ui/primitives';

/**
 * The quote highlighted inside its paragraph of the verbatim source text. Text is rendered as React text nodes,
 * so untrusted article content is always escaped. A quote that no longer matches the stored text is flagged.
 */
export function QuoteInContext({ text, quote, start, end, prefix }: { text: string; quote: string; start: number; end: number; prefix?: string }) {
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
  const para = paragraphAround(text, at.start, at.end);
  return (
    <>
      {at.status === 'moved' ? (
        <Notice tone="warning" title="Quote re-anchored">
          The quote was found at a different position than recorded (characters {at.start}–{at.end} instead of {start}–{end}).
        </Notice>
      ) : null}
      <blockquote className="rounded-md border-l-4 border-[var(--mark-strong)] bg-bg px-4 py-3 leading-relaxed" data-testid="quote-context">
        {text.slice(para.start, at.start)}
        <mark className="quote-mark is-current" data-testid="quote-mark">{text.slice(at.start, at.end)}</mark>
        {text.slice(at.end, para.end)}
      </blockquote>
      <p className="mt-1 text-xs text-muted">Characters {at.start}–{at.end} of the source text.</p>
    </>
  );
}
