import type { Lexicon } from './lexicon';
import { PhraseSet, registerWordFlag, type Token } from './tokens';

/** A number as printed in the text, before we know whether it counts anything. */
export interface NumberMention {
  /** Token range [tok, tokEnd). */
  tok: number;
  tokEnd: number;
  start: number;
  end: number;
  value: number;
  kind: 'digits' | 'word' | 'approx' | 'zero' | 'one';
  flags: string[];
  /** A bare four-digit 1900–2099: a year unless a counted noun follows. */
  yearLike: boolean;
  /** Char offset where glued qualifier letters begin ("over125"), when glued. */
  glueStart: number | null;
  glueWord: string | null;
}

// "no more than 100": a zero word before a comparative is part of a qualifier.
const COMPARATIVES = new Set(['more', 'fewer', 'less', 'plus', 'moins']);
// "cent" alone is mostly "pour cent"; "hundred" alone is rare. They only count inside compounds.
const NOT_ALONE = new Set(['cent', 'cents', 'hundred', 'vingts']);
const GLUED_RE = /^(\p{L}+)(\d+)$/u;
const lastIsDigit = (w: string) => {
  const c = w.charCodeAt(w.length - 1);
  return c >= 48 && c <= 57;
};

/** The value of a digit token (separators ignored) and whether it is digits only, without regexes. */
function digitsValue(s: string): { value: number; plain: boolean } {
  let v = 0;
  let n = 0;
  let plain = true;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      n++;
    } else plain = false;
  }
  // Beyond 15 digits the running product can round differently from Number(): let Number() parse those.
  if (n > 15) v = Number(s.replace(/[^\d]/g, ''));
  return { value: v, plain };
}

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 256) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  return /\p{L}/u.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** The number reader for a lexicon: its phrase sets and word flag are made here, once. */
export interface NumberReader {
  /** Parses "dix-huit", "fifty-one", "quatre-vingt-dix"; null when any part is not a number word. */
  parseNumberWord(word: string): number | null;
  /** The number mentions of a token run, in order. */
  findNumbers(text: string, tokens: readonly Token[]): NumberMention[];
}

export function compileNumberReader(lex: Lexicon): NumberReader {
  const approx = new PhraseSet<number>();
  for (const [p, v] of Object.entries(lex.approxWords)) approx.add(p, v);
  const single = new PhraseSet<number>();
  for (const p of lex.singleOne) single.add(p, 1);
  const zeroWords = new Set(lex.zeroWords);
  const negations = new Set(lex.negations);
  const glueWords = new Set(lex.glueWords);
  const numberWords = new Map(Object.entries(lex.numberWords));

  // One bit for every word that could start a number mention, so most tokens are skipped with a bit test.
  const NUMBER_BIT = registerWordFlag(
    (w) => zeroWords.has(w) || w === 'any' || (lastIsDigit(w) && GLUED_RE.test(w)) || parseNumberWord(w) !== null,
  );

  /* parseNumberWord is pure and asked about the same few words (articles such as "une", "one") over and over:
     remember its answers, within a bound. */
  const numberWordCache = new Map<string, number | null>();
  const NUMBER_WORD_CACHE_LIMIT = 50_000;

  /** Parses "dix-huit", "fifty-one", "quatre-vingt-dix"; null when any part is not a number word. */
  function parseNumberWord(word: string): number | null {
    const hit = numberWordCache.get(word);
    if (hit !== undefined) return hit;
    const v = parseNumberWordUncached(word);
    if (numberWordCache.size < NUMBER_WORD_CACHE_LIMIT) numberWordCache.set(word, v);
    return v;
  }

  function parseNumberWordUncached(word: string): number | null {
    const parts = word.split('-').filter((p) => p !== 'et' && p !== 'and');
    if (parts.length === 0) return null;
    if (parts.length === 1 && NOT_ALONE.has(parts[0]!)) return null;
    let total = 0;
    let current = 0;
    let prev = -1;
    for (const p of parts) {
      const v = numberWords.get(p) ?? (parts.length > 1 && (p === 'one' || p === 'un' || p === 'une') ? 1 : undefined);
      if (v === undefined) return null;
      if (v === 100) current = (current || 1) * 100;
      else if (v === 1000) {
        total += (current || 1) * 1000;
        current = 0;
      } else if (v === 20 && prev === 4 && (p === 'vingt' || p === 'vingts')) current = current - 4 + 80;
      else current += v;
      prev = v;
    }
    return total + current;
  }

  /**
   * Finds the numbers in a token run. Digits glued to other symbols (law numbers 03-03, dates 16.05.2003,
   * ordinals 27th/36e, compounds 13-person, phone numbers) are not counts and are dropped here.
   */
  function findNumbers(text: string, tokens: readonly Token[]): NumberMention[] {
    const out: NumberMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.digits && NUMBER_BIT !== 0 && (t.mask & NUMBER_BIT) === 0 && !approx.canStart(t) && !single.canStart(t)) continue;
      if (t.digits) {
        const before = text[t.start - 1];
        const after = text[t.end];
        const after2 = text[t.end + 1];
        if (isLetter(after) || isDigit(after)) continue; // 27th, 36e, 1er
        if ((after === '-' || after === '/' || after === '–') && (isDigit(after2) || isLetter(after2))) continue;
        if ((after === '.' || after === ',' || after === ':') && isDigit(after2)) continue; // decimals, times
        if (before === '-' || before === '/' || before === '+' || before === '–' || before === '#') {
          if (isDigit(text[t.start - 2]) || isLetter(text[t.start - 2]) || before === '+' || before === '#') continue;
        }
        if ((before === '.' || before === ',' || before === ':') && isDigit(text[t.start - 2])) continue;
        if (t.lower.length > 1 && t.lower.startsWith('0')) continue; // phone-like "05 22"
        // No-break thousands separators are ordinary in French typography; the value is the digits alone.
        const { value, plain } = digitsValue(t.lower);
        if (!Number.isFinite(value)) continue;
        out.push({
          tok: i, tokEnd: i + 1, start: t.start, end: t.end, value, kind: 'digits', flags: [],
          yearLike: plain && t.lower.length === 4 && value >= 1900 && value <= 2099,
          glueStart: null, glueWord: null,
        });
        continue;
      }
      // Glued qualifier typo: "over125", "de500".
      const g = lastIsDigit(t.lower) ? GLUED_RE.exec(t.lower) : null;
      if (g) {
        const word = g[1]!;
        const digits = g[2]!;
        const after = text[t.end];
        if (glueWords.has(word) && !(after === '-' && isLetter(text[t.end + 1]))) {
          out.push({
            tok: i, tokEnd: i + 1, start: t.end - digits.length, end: t.end, value: Number(digits), kind: 'digits',
            flags: ['glued_number'], yearLike: false, glueStart: t.start, glueWord: word,
          });
        }
        continue;
      }
      const ap = approx.longestAt(tokens, i);
      if (ap) {
        const last = tokens[ap.to - 1]!;
        out.push({
          tok: i, tokEnd: ap.to, start: t.start, end: last.end, value: ap.data, kind: 'approx', flags: ['approximate_word'],
          yearLike: false, glueStart: null, glueWord: null,
        });
        i = ap.to - 1;
        continue;
      }
      const one = single.longestAt(tokens, i);
      if (one) {
        const last = tokens[one.to - 1]!;
        out.push({
          tok: i, tokEnd: one.to, start: t.start, end: last.end, value: 1, kind: 'one', flags: ['number_word'],
          yearLike: false, glueStart: null, glueWord: null,
        });
        i = one.to - 1;
        continue;
      }
      // "no more than 100", "no fewer than 40": part of a qualifier, not zero.
      if (zeroWords.has(t.lower) && text[t.end] !== '.' && !COMPARATIVES.has(tokens[i + 1]?.lower ?? '')) {
        out.push({
          tok: i, tokEnd: i + 1, start: t.start, end: t.end, value: 0, kind: 'zero', flags: ['zero'],
          yearLike: false, glueStart: null, glueWord: null,
        });
        continue;
      }
      if (t.lower === 'any') {
        let negStart = -1;
        for (let k = Math.max(0, i - 4); k < i; k++) {
          const w = tokens[k]!.lower;
          if (negStart < 0 && (negations.has(w) || w.endsWith("n't"))) negStart = tokens[k]!.start;
        }
        if (negStart >= 0) {
          // The quote starts at the negation: "did not witness any incidents".
          out.push({
            tok: i, tokEnd: i + 1, start: negStart, end: t.end, value: 0, kind: 'zero', flags: ['zero', 'negated_any'],
            yearLike: false, glueStart: null, glueWord: null,
          });
        }
        continue;
      }
      const w = parseNumberWord(t.lower);
      if (w !== null) {
        out.push({
          tok: i, tokEnd: i + 1, start: t.start, end: t.end, value: w, kind: 'word', flags: ['number_word'],
          yearLike: false, glueStart: null, glueWord: null,
        });
      }
    }
    return out;
  }

  return { parseNumberWord, findNumbers };
}
