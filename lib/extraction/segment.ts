/**
 * Sentence boundaries inside the body, found in one pass. A sentence ends at . ! ? … (plus closing quotes)
 * before whitespace, or at a line break; a period after an initial or a short title ("M.", "U.S.", "Dr.")
 * does not end one.
 */
export interface Span {
  start: number;
  end: number;
}

const BOUNDARY_RE = /[.!?…]+["”»’)\]]*(?=\s)|\n/g;
const ABBREV = new Set(['m', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'mme', 'mlle', 'no', 'vs', 'etc', 'jr', 'sr', 'prof', 'u.s', 'u.n', 'e.g', 'i.e']);

export function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  BOUNDARY_RE.lastIndex = from;
  for (;;) {
    const m = BOUNDARY_RE.exec(text);
    if (!m || m.index >= to) break;
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(text, m.index, start)) continue;
    if (m[0] === '\n' && isWrappedLine(text, m.index, to)) continue;
    push(out, text, start, Math.min(end, to));
    start = end;
  }
  push(out, text, start, to);
  return out;
}

/**
 * A hard-wrapped line (wire copy, cables): the line break falls mid-sentence when the line before does not end a
 * sentence and the next one starts with a lowercase letter or a digit. A blank line always ends a paragraph.
 */
function isWrappedLine(text: string, nl: number, to: number): boolean {
  let p = nl - 1;
  while (p >= 0 && nl - p < 8 && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p--;
  if (p < 0 || ENDS_LINE.has(text.charCodeAt(p))) return false;
  let q = nl + 1;
  while (q < to && q - nl < 8 && (text[q] === ' ' || text[q] === '\t')) q++;
  if (q >= text.length) return false;
  const c = text.charCodeAt(q);
  // ASCII answered directly (this runs at every line break); the rest by the Unicode lowercase class.
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return /[\p{Ll}]/u.test(text[q]!);
}

const ENDS_LINE = new Set([...'.!?…:;'].map((ch) => ch.charCodeAt(0)));

/** JavaScript's `\s`, by code: the sentence trimming asks it twice per sentence, a regex per character cost more. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  // The word before the dot, at most 6 chars back (bounded look-back).
  let i = dot;
  while (i > floor && dot - i < 6 && isLetterOrDot(text.charCodeAt(i - 1), text[i - 1]!)) i--;
  if (dot - i > 5 || i === dot) return false;
  const word = text.slice(i, dot).toLowerCase();
  if (ABBREV.has(word)) return true;
  // A single capital letter: an initial ("Nathan A. Sales").
  return word.length === 1 && text[i] !== word;
}

function isLetterOrDot(c: number, ch: string): boolean {
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(ch);
}

/**
 * Real sentences are rarely longer than a few hundred characters; a run-on "sentence" (a list, a table flattened
 * to text, adversarial input) is cut into pieces so that per-sentence work stays bounded and the whole pass linear.
 */
export const MAX_SENTENCE = 1200;

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE) {
    // Prefer a clause boundary in the last third of the window, else a space, else a hard cut.
    let cut = -1;
    for (let i = start + MAX_SENTENCE; i > start + (MAX_SENTENCE * 2) / 3; i--) {
      const ch = text[i];
      if (ch === ';' || ch === ',' || ch === ':') {
        cut = i + 1;
        break;
      }
      if (cut < 0 && ch === ' ') cut = i + 1;
    }
    if (cut < 0 || cut <= start) cut = start + MAX_SENTENCE;
    // Never cut inside a surrogate pair.
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut++;
    out.push({ start, end: cut });
    start = cut;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end });
}
