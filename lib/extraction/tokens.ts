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
  /** Bit i set when phrase set i has a phrase that can start with this word (see `maskOf`). */
  mask: number;
}

/* Every PhraseSet and word flag gets one bit; a token's mask is computed once per distinct word and cached, so
   the engine's many "does a phrase start here?" questions cost a bit test instead of map lookups.
   Bits are handed out by position within one compilation (`beginCompile`): the k-th set of every compiled lexicon
   (one per language, a test's own lexicon) shares bit k, whose test is the OR of theirs. A bit is only ever a
   necessary condition ("a phrase of this set *may* start here"), so a shared bit stays correct; it just skips a
   little less. Without sharing, a second lexicon would find the bits spent and fall back to full lookups.
   Flags that must be exact (a count of words, not a pre-test: `registerExactWords`) cannot share: they take bits
   from the top (31, 30, …), one per distinct word set, while the shared bits leave room. */
const MAX_BITS = 32;
const shared: { bit: number; tests: ((w: string) => boolean)[] }[] = [];
const exact: { bit: number; words: ReadonlySet<string> }[] = [];
const exactByKey = new Map<string, number>();
let nextSlot = 0;
let maskCache = new Map<string, number>();
const MASK_CACHE_LIMIT = 200_000;

let refused = 0;

/** How many sets asked for a bit and got none (tests keep this at 0: every scanned set has its bit). */
export function maskBitsRefused(): number {
  return refused;
}

/** Starts a lexicon's compilation: its sets take bits from the first again (see above). */
export function beginCompile(): void {
  nextSlot = 0;
}

export function registerWordFlag(test: (w: string) => boolean): number {
  const k = nextSlot++;
  if (k >= MAX_BITS - exact.length) {
    // Out of bits: the set still works, with a full lookup at every token. Worth knowing when adding sets.
    refused++;
    return 0;
  }
  let slot = shared[k];
  if (!slot) {
    slot = { bit: 1 << k, tests: [] };
    shared.push(slot);
  }
  slot.tests.push(test);
  resetCaches();
  return slot.bit;
}

/** A bit set on exactly the words of `words` (the same set asked twice gets the same bit), or 0 if none is free. */
export function registerExactWords(words: ReadonlySet<string>): number {
  const key = [...words].sort().join('\u0000');
  const known = exactByKey.get(key);
  if (known !== undefined) return known;
  const k = MAX_BITS - 1 - exact.length;
  if (k < Math.max(shared.length, nextSlot)) return 0;
  const bit = 1 << k;
  exactByKey.set(key, bit);
  exact.push({ bit, words });
  resetCaches();
  return bit;
}

/* Intern table for Latin-1 words: while reading a word the scanner packs its first 12 lowercased characters into
   three integers (4 × 8 bits each), so for words of up to 12 characters the packed key and the length *are* the
   word: a hit gives back one canonical lowercase string and its mask with no allocation, no Map lookup and no
   second pass over the characters. Longer words also compare their characters. Open addressing, bounded probing,
   and it stops taking words at INTERN_MAX / 2, so hostile input cannot make it slow.
   It starts small and doubles when half full: it is probed at every word, and at its largest (2 MB) the few
   thousand words of a corpus would sit on as many scattered cache lines, competing with the rest of the engine. */
const INTERN_MIN = 1 << 12;
const INTERN_MAX = 1 << 16;
const INTERN_PROBES = 8;
const KEY_CHARS = 12;
/* Per slot, side by side so a probe touches one cache line: [length (0 = free), key0, key1, key2, mask, -, -, -]. */
const SLOT = 8;
let internSize = INTERN_MIN;
let internWords: string[] = new Array<string>(internSize).fill('');
let internData = new Int32Array(internSize * SLOT);
let internCount = 0;

// Registering a phrase invalidates cached masks; the clearing itself waits for the next tokenize so that loading
// the lexicon (hundreds of phrases) costs one clear, not hundreds.
let cachesDirty = false;
function resetCaches(): void {
  cachesDirty = true;
}

function clearCachesIfDirty(): void {
  if (!cachesDirty) return;
  cachesDirty = false;
  maskCache = new Map();
  internSize = INTERN_MIN;
  internWords = new Array<string>(internSize).fill('');
  internData = new Int32Array(internSize * SLOT);
  internCount = 0;
}

// Lowercase for Latin-1, as String.prototype.toLowerCase does: A–Z and À–Þ (except ×) move up by 32.
const LOWER = new Uint16Array(256);
for (let c = 0; c < 256; c++) LOWER[c] = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;

function equalsLower(text: string, start: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    if (LOWER[text.charCodeAt(start + k)] !== w.charCodeAt(k)) return false;
  }
  return true;
}

export function maskOf(lower: string): number {
  clearCachesIfDirty();
  const hit = maskCache.get(lower);
  if (hit !== undefined) return hit;
  let m = 0;
  for (const r of shared) if (r.tests.some((t) => t(lower))) m |= r.bit;
  for (const r of exact) if (r.words.has(lower)) m |= r.bit;
  if (maskCache.size < MASK_CACHE_LIMIT) maskCache.set(lower, m);
  return m;
}

const LETTER_RE = /[\p{L}\p{M}\p{N}]/u;
// French elisions become their own token so "d'attentats" reads as "d'" + "attentats".
const ELISIONS = new Set(['l', 'd', 'qu', 'n', 's', 'j', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quelqu']);

// Character classes for Latin-1 (covers English and French); anything above asks the Unicode regex.
const WORD = 1;
const DIGIT = 2;
const UPPER_OR_SPECIAL = 4;
const CLASS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  if (c >= 48 && c <= 57) CLASS[c] = WORD | DIGIT;
  else if (c >= 97 && c <= 122) CLASS[c] = WORD;
  else if (c >= 65 && c <= 90) CLASS[c] = WORD | UPPER_OR_SPECIAL;
  else if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) CLASS[c] = WORD | UPPER_OR_SPECIAL;
  else if (c === 0xaa || c === 0xb5 || c === 0xba) CLASS[c] = WORD | UPPER_OR_SPECIAL;
  void ch;
}

function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 256) return (CLASS[c]! & WORD) !== 0;
  if (c === 0x202f || c === 0x2019 || c === 0x2013 || c === 0x2014 || c === 0x2018 || c === 0x201c || c === 0x201d) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER_RE.test(text[i]!);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSepCode(c: number): boolean {
  return c === 44 || c === 46 || c === 32 || c === 0xa0 || c === 0x202f;
}

/**
 * A hand-written scanner (one pass, no backtracking): numbers with thousands groups ("1,600", "1 600",
 * "2.720"), plain digit runs, words joined by hyphens or apostrophes, and the symbols % ° §.
 *
 * Pass the whole text and the bounds, never a `slice` of it: a slice (or a regex capture) is a *sliced* string in
 * V8, a view into its parent, and once the scanner has read one V8 compiles its character reads for every string
 * representation, which halves its speed for the rest of the process (4 MB of sentences: 30 ms, then 55 ms).
 * A short string from elsewhere (a title) goes through `sequentialCopy` first.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  clearCachesIfDirty();
  return scan(text, from, to, false);
}

/**
 * `bare`: words and offsets only (mask 0, no intern table), for splitting lexicon phrases while the lexicon loads:
 * every `add` invalidates the caches, so filling them there only to clear them again made loading slow.
 */
function scan(text: string, from: number, to: number, bare: boolean): Token[] {
  const out: Token[] = [];
  const end = Math.min(to, text.length);
  let i = Math.max(0, from);
  while (i < end) {
    const c = text.charCodeAt(i);
    // Spaces and ASCII punctuation are most of what lies between words: skip them with one table lookup.
    if (c < 128 && CLASS[c] === 0 && c !== 37) {
      i++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && isDigitCode(text.charCodeAt(j))) j++;
      if (j - i <= 3) {
        // Thousands groups: a separator then exactly three digits not followed by a fourth.
        while (
          j + 3 < end &&
          isSepCode(text.charCodeAt(j)) &&
          isDigitCode(text.charCodeAt(j + 1)) &&
          isDigitCode(text.charCodeAt(j + 2)) &&
          isDigitCode(text.charCodeAt(j + 3)) &&
          !(j + 4 < end && isDigitCode(text.charCodeAt(j + 4)))
        ) {
          j += 4;
        }
      }
      out.push({ start: i, end: j, lower: text.slice(i, j), digits: true, mask: 0 });
      i = j;
      continue;
    }
    if (c === 37 || c === 0xb0 || c === 0xa7) {
      const sym = text[i]!;
      out.push({ start: i, end: i + 1, lower: sym, digits: false, mask: bare ? 0 : maskOf(sym) });
      i++;
      continue;
    }
    if (!isWordCode(text, i, c)) {
      i++;
      continue;
    }
    // Latin-1 words (English and French) go through the intern table; other scripts take the general path.
    let latin1 = c < 256;
    let joined = false;
    // The intern key: the first KEY_CHARS lowercased characters, 8 bits each (only used when the word is Latin-1).
    let k0 = c < 256 ? LOWER[c]! : 0;
    let k1 = 0;
    let k2 = 0;
    let j = i + 1;
    for (;;) {
      while (j < end) {
        const d = text.charCodeAt(j);
        if (d < 256) {
          const k = CLASS[d]!;
          if ((k & WORD) === 0) break;
          const p = j - i;
          if (p < 4) k0 = (k0 << 8) | LOWER[d]!;
          else if (p < 8) k1 = (k1 << 8) | LOWER[d]!;
          else if (p < KEY_CHARS) k2 = (k2 << 8) | LOWER[d]!;
        } else {
          if (!isWordCode(text, j, d)) break;
          latin1 = false;
        }
        j++;
      }
      if (j + 1 < end) {
        const jc = text.charCodeAt(j);
        if ((jc === 45 || jc === 39 || jc === 0x2019) && isWordCode(text, j + 1, text.charCodeAt(j + 1))) {
          if (jc !== 45) joined = true;
          const p = j - i;
          if (p < 4) k0 = (k0 << 8) | jc;
          else if (p < 8) k1 = (k1 << 8) | jc;
          else if (p < KEY_CHARS) k2 = (k2 << 8) | jc;
          j += 1;
          continue;
        }
      }
      break;
    }
    if (latin1 && !joined && !bare) {
      i = internToken(text, i, j, k0, k1, k2, out);
      continue;
    }
    let start = i;
    let lower = text.slice(i, j);
    // toLowerCase hands back an equal string when there is nothing to lower, so no need to track capitals.
    lower = lower.toLowerCase();
    if (joined) {
      if (lower.includes('\u2019')) lower = lower.replace(/\u2019/g, "'");
      // English possessive: "Ministry's" reads as "ministry" + "'s" so phrases still match.
      if (lower.length > 2 && lower.endsWith("'s") && lower.indexOf("'") === lower.length - 2) {
        const base = lower.slice(0, -2);
        out.push({ start, end: j - 2, lower: base, digits: false, mask: bare ? 0 : maskOf(base) });
        out.push({ start: j - 2, end: j, lower: "'s", digits: false, mask: bare ? 0 : maskOf("'s") });
        i = j;
        continue;
      }
      const apos = lower.indexOf("'");
      if (apos > 0 && ELISIONS.has(lower.slice(0, apos)) && !isDigitCode(lower.charCodeAt(apos + 1))) {
        const el = lower.slice(0, apos + 1);
        out.push({ start, end: start + apos + 1, lower: el, digits: false, mask: bare ? 0 : maskOf(el) });
        start += apos + 1;
        lower = lower.slice(apos + 1);
      }
    }
    out.push({ start, end: j, lower, digits: false, mask: bare ? 0 : maskOf(lower) });
    i = j;
  }
  return out;
}

/**
 * `s` in V8's sequential (flat, self-contained) representation, so a title cut out of a page or a file can be
 * read by the scanner and the stages without slowing them down for every other text (see `tokenize`).
 * Linear in its length: meant for short strings, not a document's text.
 */
export function sequentialCopy(s: string): string {
  return s.split('').join('');
}

function internSlot(k0: number, k1: number, k2: number, len: number): number {
  const h = Math.imul(k0 ^ Math.imul(k1, 0x9e3779b1) ^ Math.imul(k2 ^ len, 0x85ebca6b), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & (internSize - 1);
}

function internToken(text: string, i: number, j: number, k0: number, k1: number, k2: number, out: Token[]): number {
  const len = j - i;
  const wrap = internSize - 1;
  let slot = internSlot(k0, k1, k2, len);
  for (let p = 0; p < INTERN_PROBES; p++) {
    const at = slot * SLOT;
    const l = internData[at]!;
    if (l === 0) break;
    if (
      l === len &&
      internData[at + 1] === k0 &&
      internData[at + 2] === k1 &&
      internData[at + 3] === k2 &&
      (len <= KEY_CHARS || equalsLower(text, i, internWords[slot]!))
    ) {
      out.push({ start: i, end: j, lower: internWords[slot]!, digits: false, mask: internData[at + 4]! });
      return j;
    }
    slot = (slot + 1) & wrap;
  }
  const raw = text.slice(i, j);
  const lower = raw.toLowerCase();
  const mask = maskOf(lower);
  if (internCount < INTERN_MAX / 2) {
    if (internCount >= internSize / 2) growIntern();
    if (internInsert(lower, len, k0, k1, k2, mask)) internCount++;
  }
  out.push({ start: i, end: j, lower, digits: false, mask });
  return j;
}

/** Puts a word known to be absent in the first free slot of its probe run; false when the run is full. */
function internInsert(lower: string, len: number, k0: number, k1: number, k2: number, mask: number): boolean {
  let slot = internSlot(k0, k1, k2, len);
  for (let p = 0; p < INTERN_PROBES; p++) {
    const at = slot * SLOT;
    if (internData[at] === 0) {
      internWords[slot] = lower;
      internData[at] = len;
      internData[at + 1] = k0;
      internData[at + 2] = k1;
      internData[at + 3] = k2;
      internData[at + 4] = mask;
      return true;
    }
    slot = (slot + 1) & (internSize - 1);
  }
  return false;
}

/** Doubles the table and puts every word back (a word whose probe run is full is dropped: it is only a cache). */
function growIntern(): void {
  const words = internWords;
  const data = internData;
  const size = internSize;
  internSize = size * 2;
  internWords = new Array<string>(internSize).fill('');
  internData = new Int32Array(internSize * SLOT);
  internCount = 0;
  for (let s = 0; s < size; s++) {
    const at = s * SLOT;
    const len = data[at]!;
    if (len !== 0 && internInsert(words[s]!, len, data[at + 1]!, data[at + 2]!, data[at + 3]!, data[at + 4]!)) internCount++;
  }
}

interface WordPattern {
  w: string;
  prefix: boolean;
}

const NO_ENTRIES: readonly never[] = [];

export interface PhraseMatch<T> {
  data: T;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

/** Splits a lexicon phrase the way `tokenize` splits text, so both sides agree on elisions and hyphens. */
export function phraseWords(phrase: string): WordPattern[] {
  const toks = scan(phrase.replace(/\*/g, '\u0001'), 0, phrase.length, true);
  // The star was replaced by a control char so the tokenizer drops it; recover which words had one.
  const words: WordPattern[] = [];
  const parts = phrase.toLowerCase().replace(/’/g, "'");
  for (const t of toks) {
    const after = parts.charAt(t.end);
    // A phrase word written with its elision ("l'", "plus d'") matches the elided token the scanner produces.
    if ((after === "'" || after === '’') && !t.lower.endsWith("'")) words.push({ w: `${t.lower}'`, prefix: false });
    else words.push({ w: t.lower, prefix: after === '*' });
  }
  return words;
}

interface PhraseEntry<T> {
  words: WordPattern[];
  data: T;
}

/* Per word, the phrases of a set that can start at it (exact-first-word ones, then prefix ones), so a lookup is
   one Map hit on the token's interned string instead of two lookups and a `slice` per call. Bounded, so hostile
   input with endless distinct words falls back to the direct lookup. */
const CANDIDATE_CACHE_LIMIT = 20_000;

/** A set of phrases indexed by their first word so matching at a token costs one or two map lookups. */
export class PhraseSet<T> {
  private readonly exact = new Map<string, PhraseEntry<T>[]>();
  private readonly byPrefix = new Map<string, PhraseEntry<T>[]>();
  private candidateCache = new Map<string, readonly PhraseEntry<T>[]>();
  maxLen = 0;
  /** This set's bit in token masks; 0 means "no bit, always look up". */
  private readonly bit: number;

  /**
   * `indexed`: give the set a mask bit, for sets scanned over every token of a sentence. Sets consulted only at a
   * few known positions pass false, so the 30 bits go where they pay.
   */
  constructor(indexed = true) {
    this.bit = indexed ? registerWordFlag((w) => this.couldStart(w)) : 0;
  }

  private couldStart(w: string): boolean {
    if (this.exact.has(w)) return true;
    const px = this.byPrefix.get(w.slice(0, 3));
    return px !== undefined && px.some((e) => w.startsWith(e.words[0]!.w));
  }

  /** Can any phrase of this set start in a sentence whose token masks OR to `sentenceMask`? */
  presentIn(sentenceMask: number): boolean {
    return this.bit === 0 || (sentenceMask & this.bit) !== 0;
  }

  /** Cheap pre-test: can any phrase of this set start at this token? */
  canStart(t: Token): boolean {
    return this.bit === 0 || (t.mask & this.bit) !== 0;
  }

  add(phrase: string, data: T): void {
    resetCaches();
    this.candidateCache = new Map();
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

  private static matches(tokens: readonly Token[], i: number, words: readonly WordPattern[]): boolean {
    for (let k = 0; k < words.length; k++) {
      const tok = tokens[i + k];
      const w = words[k]!;
      if (!tok || !(w.prefix ? tok.lower.startsWith(w.w) : tok.lower === w.w)) return false;
    }
    return true;
  }

  /** All phrases that start at token `i`, longest first. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T>[] {
    const t = tokens[i];
    if (!t || (this.bit !== 0 && (t.mask & this.bit) === 0)) return [];
    const found: PhraseMatch<T>[] = [];
    const lists = [this.exact.get(t.lower), this.byPrefix.get(t.lower.slice(0, 3))];
    for (const list of lists) {
      if (!list) continue;
      for (const e of list) if (PhraseSet.matches(tokens, i, e.words)) found.push({ data: e.data, from: i, to: i + e.words.length });
    }
    found.sort((a, b) => b.to - a.to);
    return found;
  }

  /** Longest match starting at `i`, or null. Allocation-free unless something matches: this is the hot path. */
  longestAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    // Small on purpose so the engine inlines the bit test; the lookup itself is out of line.
    const t = tokens[i];
    if (t === undefined || (this.bit !== 0 && (t.mask & this.bit) === 0)) return null;
    return this.longestFrom(t, tokens, i);
  }

  /** The phrases whose first word can match `w`, in the order the direct lookup visits them (exact, then prefix). */
  private candidates(w: string): readonly PhraseEntry<T>[] {
    const hit = this.candidateCache.get(w);
    if (hit !== undefined) return hit;
    const ex = this.exact.get(w);
    const px = w.length >= 3 && this.byPrefix.size > 0 ? this.byPrefix.get(w.slice(0, 3)) : undefined;
    const list = ex && px ? [...ex, ...px] : ex ?? px ?? NO_ENTRIES;
    if (this.candidateCache.size < CANDIDATE_CACHE_LIMIT) this.candidateCache.set(w, list);
    return list;
  }

  private longestFrom(t: Token, tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    let best: PhraseEntry<T> | null = null;
    const list = this.candidates(t.lower);
    for (let k = 0; k < list.length; k++) {
      const e = list[k]!;
      if ((best === null || e.words.length > best.words.length) && PhraseSet.matches(tokens, i, e.words)) best = e;
    }
    return best ? { data: best.data, from: i, to: i + best.words.length } : null;
  }

  /** A phrase that ends exactly at token index `end` (exclusive), scanning back at most maxLen tokens. */
  endingAt(tokens: readonly Token[], end: number, floor = 0): PhraseMatch<T> | null {
    for (let i = Math.max(floor, end - this.maxLen); i < end; i++) {
      const t = tokens[i];
      if (!t || (this.bit !== 0 && (t.mask & this.bit) === 0)) continue;
      const len = end - i;
      const list = this.candidates(t.lower);
      for (let k = 0; k < list.length; k++) {
        const e = list[k]!;
        if (e.words.length === len && PhraseSet.matches(tokens, i, e.words)) return { data: e.data, from: i, to: end };
      }
    }
    return null;
  }
}

/** OR of the token masks: lets a caller skip a whole scan when no phrase of a set can start anywhere. */
export function maskUnion(tokens: readonly Token[]): number {
  let m = 0;
  for (const t of tokens) m |= t.mask;
  return m;
}

export function phraseSet<T>(phrases: readonly string[], data: T, indexed = true): PhraseSet<T> {
  const s = new PhraseSet<T>(indexed);
  for (const p of phrases) s.add(p, data);
  return s;
}
