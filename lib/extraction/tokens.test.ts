import { describe, expect, it } from 'vitest';
import { LEXICON } from './lexicon';
import { compileCues } from './cues';
import { maskOf, tokenize } from './tokens';

// The default lexicon's phrase sets, so that masks carry real bits.
compileCues(LEXICON);

/** Words of 3 to 14 letters, distinct for distinct n (short and long keys, a few capitalised). */
function word(n: number): string {
  let w = '';
  for (let k = n; w.length < 3 || k > 0; k = Math.floor(k / 26)) w += String.fromCharCode(97 + (k % 26));
  w = n % 7 === 0 ? `${w}ations` : w;
  return n % 5 === 0 ? w[0]!.toUpperCase() + w.slice(1) : w;
}

describe('the scanner', () => {
  it('gives every word its lowercase form and its phrase-set mask, however many distinct words it has seen', () => {
    // Enough distinct words to make the intern table grow several times, then the first ones again.
    const words = Array.from({ length: 12_000 }, (_, n) => word(n));
    const text = [...words, 'Cells', 'arrested', 'démantelé', ...words.slice(0, 500)].join(' ');
    const tokens = tokenize(text, 0, text.length);
    expect(tokens).toHaveLength(words.length + 3 + 500);
    for (const t of tokens) {
      const raw = text.slice(t.start, t.end);
      expect(t.lower).toBe(raw.toLowerCase());
      expect(t.mask).toBe(maskOf(t.lower));
    }
    expect(tokens[words.length]!.mask).not.toBe(0); // "cells" starts phrases
  });
});
