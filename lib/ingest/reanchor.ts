/**
 * Finding a reviewed quote again in a new copy of its article (the full text arriving after its excerpt). Web
 * copies of one page differ in invisible ways — no-break or doubled spaces, line breaks, straight or curly
 * apostrophes and quotation marks — so when the exact quote is absent it is looked for with those treated as
 * equal, and the new text's own wording is what the figure then quotes (offsets must point at verbatim text).
 */
const SPACE = '[\\s\\u00a0\\u202f]+';
const APOSTROPHE = "['’‘ʼ]";
const QUOTE_MARK = '["“”«»„]';

export function findQuote(text: string, quote: string, from = 0, to = text.length): { start: number; end: number } | null {
  const exact = text.indexOf(quote, from);
  if (exact !== -1 && exact + quote.length <= to) return { start: exact, end: exact + quote.length };
  const pattern = new RegExp(
    quote
      .trim()
      .split(/[\s\u00a0\u202f]+/)
      .map((word) => [...word].map((c) => (/['’‘ʼ]/.test(c) ? APOSTROPHE : /["“”«»„]/.test(c) ? QUOTE_MARK : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))).join(''))
      .join(SPACE),
    'gu',
  );
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m && m.index + m[0].length <= to ? { start: m.index, end: m.index + m[0].length } : null;
}
