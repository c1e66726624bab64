/**
 * Which language a stretch of text is in, by counting each language's function words (`functionWords` in its
 * lexicon file). The engine reads each sentence with the lexicon of its language: a French quote inside an
 * English article is read with the French words, so a word of one language ("a", "an") is never read with the
 * meaning it has in the other.
 */
import type { LanguageLexicon } from './lexicon';
import { registerExactWords, tokenize, type Token } from './tokens';

/** Fewer function words than this, or a tie, says nothing about a sentence: it keeps the document's language. */
const MIN_WORDS = 2;
/** Function words are dense: this much text decides a document's language as well as the whole of it. */
const SAMPLE_CHARS = 1_200;

export interface LanguageGuesser {
  readonly languages: readonly string[];
  /** Each language's function words carry a token mask bit (so counting them is a bit test per token). */
  readonly byMask: boolean;
  /** The language of most function words among `tokens`, if it has at least MIN_WORDS and more than any other. */
  ofTokens(tokens: readonly Token[]): string | null;
  /**
   * The language of text[from, to), from its first SAMPLE_CHARS characters; ties go to the first language.
   * Offsets rather than a slice: see `tokenize` on why the scanner should only ever see whole strings.
   */
  ofText(text: string, from?: number, to?: number): string;
}

export function compileLanguageGuesser(languages: readonly LanguageLexicon[]): LanguageGuesser {
  const codes = languages.map((l) => l.language);
  // A word listed by two languages decides nothing: each language keeps the words only it lists.
  const listedBy = new Map<string, number>();
  for (const l of languages) for (const w of new Set(l.functionWords)) listedBy.set(w, (listedBy.get(w) ?? 0) + 1);
  const own = languages.map((l) => new Set(l.functionWords.filter((w) => listedBy.get(w) === 1)));
  const bits = own.map((words) => registerExactWords(words));
  const byMask = bits.every((b) => b !== 0);
  const count = (tokens: readonly Token[]): number[] => {
    const counts = codes.map(() => 0);
    for (const t of tokens) {
      for (let i = 0; i < counts.length; i++) {
        if (byMask ? (t.mask & bits[i]!) !== 0 : own[i]!.has(t.lower)) counts[i]!++;
      }
    }
    return counts;
  };
  const best = (counts: readonly number[], min: number): number | null => {
    let top = -1;
    let tie = false;
    counts.forEach((n, i) => {
      if (top < 0 || n > counts[top]!) {
        top = i;
        tie = false;
      } else if (n === counts[top]) tie = true;
    });
    return top < 0 || tie || counts[top]! < min ? null : top;
  };
  return {
    languages: codes,
    byMask,
    ofTokens(tokens) {
      const i = best(count(tokens), MIN_WORDS);
      return i === null ? null : codes[i]!;
    },
    ofText(text, from = 0, to = text.length) {
      const start = Math.max(0, from);
      // A tie (or no function word at all) goes to the first language.
      return codes[best(count(tokenize(text, start, Math.min(to, text.length, start + SAMPLE_CHARS))), 1) ?? 0] ?? '';
    },
  };
}
