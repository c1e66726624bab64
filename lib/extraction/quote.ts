/**
 * Quote: the verbatim span that states a figure (number, qualifier, head noun and the cues that name what it
 * counts, widened to its own time phrases, never past its sentence), and the figure as the engine returns it.
 */
import type { ExtractedFigure, ParsedDocument } from '@/lib/domain/figure';
import { intervalFor } from '@/lib/domain/qualifiers';
import type { Span } from './segment';
import type { Candidate } from './types';

/** Widens a figure's quote to the time phrases that are its own (within 120 characters), inside sentence `s`. */
export function extendQuote(c: Candidate, s: Span): void {
  for (const t of c.ownTimes) {
    if (t.kind === 'publication' || t.kind === 'ignored') continue;
    if (t.start < c.quoteStart && c.quoteStart - t.start < 120) c.quoteStart = t.start;
    if (t.end > c.quoteEnd && t.end - c.quoteEnd < 120) c.quoteEnd = t.end;
  }
  c.quoteStart = Math.max(s.start, c.quoteStart);
  c.quoteEnd = Math.min(s.end, c.quoteEnd);
}

/** The engine's output for a candidate: value, interval, period, quote and its offsets, context, flags. */
export function toFigure(doc: ParsedDocument, c: Candidate): ExtractedFigure {
  const text = doc.text;
  const interval = intervalFor(c.qualifier, c.num.value);
  const start = c.quoteStart;
  const end = c.quoteEnd;
  const p = c.period ?? { start: null, end: doc.publishedAt, cumulative: true };
  return {
    metric: c.metric ?? 'unknown',
    value: c.num.value,
    valueText: text.slice(Math.min(c.qStart, c.num.glueStart ?? c.num.start), c.num.end),
    qualifier: c.qualifier,
    lower: interval.lower,
    upper: interval.upper,
    periodStart: p.start,
    periodEnd: p.end,
    cumulative: p.cumulative,
    asOf: doc.publishedAt,
    scope: c.scopes.length > 0 ? c.scopes.join('; ') : null,
    attributedTo: c.attribution,
    quote: text.slice(start, end),
    start,
    end,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    flags: [...new Set([...c.num.flags, ...c.flags])],
  };
}
