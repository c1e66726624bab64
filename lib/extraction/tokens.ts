/**
 * Word tokens with offsets, and a phrase matcher over them. Everything here is a single left-to-right pass
 * with regexes that cannot backtrack badly, so the engine stays linear in the input size.
 */

export interface Token {
  start: number;
  end: number;
  /** Lowercased, curly apostrophes straightened. */
  lower: string;
  /** Digit run (with thousands separators) rather than a word. */
  digits: boolean;
}

// Numbers with thousands groups ("1,600", "1 600", "2.720"), plain digit runs, words (hyphen and apostrophe
// compounds), and a few symbols the lexicon names. Each branch consumes at least one character and the groups
// are fixed-width, so matching is linear.
const TOKEN_RE = /\d{1,3}(?:[.,\u00A0\u202F ]\d{3})+(?!\d)|\d+|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[%°§]/gu;
// French elisions become their own token so "d'attentats" reads as "d'" + "attentats".
const ELISION_RE = /^(l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu|quelqu)['’](?=\p{L})/iu;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  for (;;) {
    const m = TOKEN_RE.exec(text);
    if (!m || m.index >= to) break;
    let start = m.index;
    const end = Math.min(m.index + m[0].length, to);
    const raw = text.slice(start, end);
    const first = raw.charCodeAt(0);
    const digits = first >= 48 && first <= 57;
    if (!digits) {
      const el = ELISION_RE.exec(raw);
      if (el) {
        const len = el[0].length;
        out.push({ start, end: start + len, lower: el[0].toLowerCase().replace('’', "'"), digits: false });
        start += len;
      }
    }
    if (start < end) {
      out.push({ start, end, lower: text.slice(start, end).toLowerCase().replace(/’/g, "'"), digits });
    }
  }
  return out;
}

interface WordPattern {
  w: string;
  prefix: boolean;
}

export interface PhraseMatch<T> {
  data: T;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

/** Splits a lexicon phrase the way `tokenize` splits text, so both sides agree on elisions and hyphens. */
export function phraseWords(phrase: string): WordPattern[] {
  const toks = tokenize(phrase.replace(/\*/g, '\u0001'), 0, phrase.length);
  // The star was replaced by a control char so the tokenizer drops it; recover which words had one.
  const words: WordPattern[] = [];
  const parts = phrase.toLowerCase().replace(/’/g, "'");
  for (const t of toks) {
    const after = parts.charAt(t.end);
    words.push({ w: t.lower, prefix: after === '*' });
  }
  return words;
}

/** A set of phrases indexed by their first word so matching at a token costs one or two map lookups. */
export class PhraseSet<T> {
  private readonly exact = new Map<string, { words: WordPattern[]; data: T }[]>();
  private readonly byPrefix = new Map<string, { words: WordPattern[]; data: T }[]>();
  maxLen = 0;

  add(phrase: string, data: T): void {
    const words = phraseWords(phrase);
    const head = words[0];
    if (!head) return;
    this.maxLen = Math.max(this.maxLen, words.length);
    const entry = { words, data };
    if (head.prefix) {
      const key = head.w.slice(0, 3);
      const list = this.byPrefix.get(key) ?? [];
      list.push(entry);
      this.byPrefix.set(key, list);
    } else {
      const list = this.exact.get(head.w) ?? [];
      list.push(entry);
      this.exact.set(head.w, list);
    }
  }

  /** All phrases that start at token `i`, longest first. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T>[] {
    const t = tokens[i];
    if (!t) return [];
    const found: PhraseMatch<T>[] = [];
    const tryList = (list: { words: WordPattern[]; data: T }[] | undefined) => {
      if (!list) return;
      for (const e of list) {
        let ok = true;
        for (let k = 0; k < e.words.length; k++) {
          const tok = tokens[i + k];
          const w = e.words[k]!;
          if (!tok || !(w.prefix ? tok.lower.startsWith(w.w) : tok.lower === w.w)) {
            ok = false;
            break;
          }
        }
        if (ok) found.push({ data: e.data, from: i, to: i + e.words.length });
      }
    };
    tryList(this.exact.get(t.lower));
    if (t.lower.length >= 1) tryList(this.byPrefix.get(t.lower.slice(0, 3)));
    found.sort((a, b) => b.to - a.to);
    return found;
  }

  /** Longest match starting at `i`, or null. */
  longestAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    return this.matchAt(tokens, i)[0] ?? null;
  }

  /** A phrase that ends exactly at token index `end` (exclusive), scanning back at most maxLen tokens. */
  endingAt(tokens: readonly Token[], end: number, floor = 0): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    for (let i = Math.max(floor, end - this.maxLen); i < end; i++) {
      for (const m of this.matchAt(tokens, i)) {
        if (m.to === end && (!best || m.from < best.from)) best = m;
      }
    }
    return best;
  }
}

export function phraseSet<T>(phrases: readonly string[], data: T): PhraseSet<T> {
  const s = new PhraseSet<T>();
  for (const p of phrases) s.add(p, data);
  return s;
}
