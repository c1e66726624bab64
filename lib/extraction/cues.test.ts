import { describe, expect, it } from 'vitest';
import { CORE_METRICS } from '@/lib/domain/metrics';
import { compileCues, hasPunct, isAllCaps, isCapitalized, onlyQuotes } from './cues';
import { DEFAULT_CUES } from './stage-fixture';
import { LEXICON } from './lexicon';
import { tokenize } from './tokens';

describe('cues: character helpers', () => {
  it('finds clause punctuation between tokens, but not in plain spaces or hyphens', () => {
    expect(hasPunct('12 cells, 40 arrests', 8, 10)).toBe(true);
    expect(hasPunct('12 cells and', 8, 9)).toBe(false);
    expect(hasPunct('a – b', 1, 4)).toBe(true);
    expect(hasPunct('one-two', 3, 4)).toBe(false);
  });

  it('treats scare quotes as no break and tells capitals, names and acronyms apart', () => {
    const text = 'more than 150 "terrorist cells" BCIJ Rabat';
    expect(onlyQuotes(text, 13, 15)).toBe(true);
    const t = tokenize(text, 0, text.length);
    const bcij = t.find((x) => x.lower === 'bcij')!;
    const rabat = t.find((x) => x.lower === 'rabat')!;
    expect(isCapitalized(text, bcij)).toBe(true);
    expect(isAllCaps(text, bcij)).toBe(true);
    expect(isAllCaps(text, rabat)).toBe(false);
    expect(isCapitalized(text, t[0])).toBe(false);
  });
});

describe('cues: compiled from the lexicon', () => {
  it('derives the people and stock metric sets from the metrics table, stocks from the metric catalogue', () => {
    expect([...DEFAULT_CUES.stockMetrics].sort()).toEqual(CORE_METRICS.filter((m) => m.kind === 'stock').map((m) => m.key).sort());
    expect([...DEFAULT_CUES.personMetrics].sort()).toEqual(['arrests', 'foreign_fighters', 'returnees', 'returnees_prosecuted']);
    expect(DEFAULT_CUES.personFeatureMetric).toEqual({ arrest: 'arrests', fight: 'foreign_fighters', return: 'returnees' });
    expect(DEFAULT_CUES.refinements.get('returnees')?.get('arrests')).toBe('returnees_prosecuted');
  });

  it('looks up head nouns of both languages in one phrase set', () => {
    const text = '12 cellules et 30 cells';
    const t = tokenize(text, 0, text.length);
    expect(DEFAULT_CUES.heads.longestAt(t, 1)?.data).toEqual({ type: 'metric', metric: 'cells_dismantled' });
    expect(DEFAULT_CUES.heads.longestAt(t, 4)?.data).toEqual({ type: 'metric', metric: 'cells_dismantled' });
  });

  it('compiles a different lexicon into its own sets', () => {
    const cues = compileCues({ ...LEXICON, metrics: LEXICON.metrics.filter((m) => m.metric !== 'arrests') });
    expect(cues.personMetrics.has('arrests')).toBe(false);
    const text = '40 arrests';
    expect(cues.heads.longestAt(tokenize(text, 0, text.length), 1)).toBeNull();
  });
});
