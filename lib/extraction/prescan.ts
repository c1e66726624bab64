/**
 * Sentence filters run before tokenizing. A sentence with no digit, no number word and no word of an attribution
 * cue, source or agency can state no figure and change no context, so it is skipped. Words are hashed in place
 * (no strings, no objects); a hash collision only costs a needless full read, never a missed figure.
 */
import type { Cues } from './cues';
import type { Span } from './segment';

/** What the filters read, for a reader of several languages: a sentence is worth reading in any of them. */
export type Screen = Pick<Cues, 'prescan' | 'crossLink'>;

export function joinScreens(cues: readonly Screen[]): Screen {
  return {
    prescan: new Set(cues.flatMap((c) => [...c.prescan])),
    crossLink: new RegExp(cues.map((c) => `(?:${c.crossLink.source})`).join('|'), 'i'),
  };
}

/** "Read also: Morocco dismantles 3 cells" — a link to another article, on its own line. */
export function isCrossLink(cues: Pick<Cues, 'crossLink'>, text: string, s: Span): boolean {
  // Only at the start of a line; the look-back is bounded to keep the pass linear.
  let i = s.start;
  while (i > 0 && s.start - i < 4 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i > 0 && text[i - 1] !== '\n') return false;
  return cues.crossLink.test(text.slice(s.start, Math.min(s.end, s.start + 40)));
}

function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  return c;
}

function isPrescanWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 256) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  // Beyond Latin-1: treat as part of a word; such words are then compared by hash like any other.
  return !(c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0x202f || c === 0x2009);
}

/** Can text[from, to) state a figure or change the context (a digit, or a word the pre-scan knows)? */
export function worthReading(cues: Pick<Cues, 'prescan'>, text: string, from: number, to: number): boolean {
  const prescan = cues.prescan;
  let h = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (isPrescanWordCode(c)) {
      if (!inWord) {
        h = 2166136261;
        inWord = true;
      }
      h = Math.imul(h ^ lowerCode(c), 16777619);
    } else if (inWord) {
      if (prescan.has(h)) return true;
      inWord = false;
    }
  }
  return inWord && prescan.has(h);
}
