/**
 * Splits a text into runs by the quotes that cover it, so a page can highlight every figure in a source
 * without nesting marks. Pure: tested on its own.
 */
export interface Span {
  id: number;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Figures whose quote covers this run, shortest quote first (the most specific link). */
  ids: number[];
}

export function segmentText(text: string, spans: Span[], from = 0, to = text.length): Segment[] {
  // A span crossing the edge of the range is clipped to it, so its figure stays linked; spans wholly outside are dropped.
  const valid = spans
    .map((s) => ({ id: s.id, start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.start < s.end);
  const cuts = new Set<number>([from, to]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const ids = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.id - b.id)
      .map((s) => s.id);
    out.push({ start, end, text: text.slice(start, end), ids });
  }
  return out;
}

/** Where a stored quote is in the text now: at its offsets, or re-anchored by content if the text moved. */
export function locateQuote(text: string, quote: string, start: number, end: number, prefix = ''): { start: number; end: number; status: 'exact' | 'moved' | 'missing' } {
  if (text.slice(start, end) === quote) return { start, end, status: 'exact' };
  const withPrefix = prefix ? text.indexOf(prefix + quote) : -1;
  const at = withPrefix !== -1 ? withPrefix + prefix.length : text.indexOf(quote);
  if (at !== -1) return { start: at, end: at + quote.length, status: 'moved' };
  return { start, end, status: 'missing' };
}

/** The paragraph (between blank or line breaks) that holds [start, end). */
export function paragraphAround(text: string, start: number, end: number): { start: number; end: number } {
  const before = start > 0 ? text.lastIndexOf('\n', start - 1) : -1;
  const after = text.indexOf('\n', end);
  return { start: before === -1 ? 0 : before + 1, end: after === -1 ? text.length : after };
}
