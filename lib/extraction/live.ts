/**
 * Live numbers: the numbers of a sentence that may be counts. Years and dates read as times, article and law
 * numbers, day-of-month numbers and ages are dropped first, so they do not cut the zones of real counts.
 */
import { headAfter } from './candidates';
import { hasPunct, type Cues } from './cues';
import type { NumberMention } from './numbers';
import type { TimeExpr } from './time';
import type { Token } from './tokens';

/** A year-like number followed by a counted noun ("2000 Moroccan nationals") is a count, not a year. */
export function isCountedYear(cues: Cues, text: string, tokens: readonly Token[], tok: number): boolean {
  const h = headAfter(cues, tokens, tok + 1, text, 0);
  return h !== null && (h.kind.type === 'person' || h.kind.type === 'metric');
}

/** "aged between 18 and 35", "âgées de 24 et 28 ans": a few tokens back, without crossing punctuation. */
export function nearAgeWord(cues: Cues, text: string, tokens: readonly Token[], tok: number): boolean {
  for (let k = tok - 1; k >= Math.max(0, tok - 5); k--) {
    const t = tokens[k]!;
    if (cues.ageWords.has(t.lower) && t.lower !== 'ans') return true;
    const next = tokens[k + 1]!;
    if (hasPunct(text, t.end, next.start)) return false;
  }
  return false;
}

/** "on 16 May", "le 3 mars": a day of the month next to a month name. */
export function isDatePart(cues: Cues, tokens: readonly Token[], n: NumberMention): boolean {
  if (n.kind !== 'digits' || n.value < 1 || n.value > 31) return false;
  const prev = tokens[n.tok - 1];
  const next = tokens[n.tokEnd];
  return (prev !== undefined && cues.months.has(prev.lower)) || (next !== undefined && cues.months.has(next.lower));
}

/** The numbers of a sentence that may be counts, in text order. */
export function liveNumbers(
  cues: Cues,
  text: string,
  tokens: readonly Token[],
  nums: readonly NumberMention[],
  times: readonly TimeExpr[],
): NumberMention[] {
  const consumed = new Uint8Array(tokens.length);
  for (const t of times) for (let k = t.tokFrom; k < t.tokTo; k++) consumed[k] = 1;
  const live: NumberMention[] = [];
  for (const n of nums) {
    if (consumed[n.tok] === 1 && !(n.yearLike && isCountedYear(cues, text, tokens, n.tok))) continue;
    if (isDatePart(cues, tokens, n)) continue;
    const prev = tokens[n.tok - 1];
    if (prev && cues.blocking.has(prev.lower) && n.kind === 'digits') continue;
    if (nearAgeWord(cues, text, tokens, n.tok)) continue;
    live.push(n);
  }
  return live;
}
