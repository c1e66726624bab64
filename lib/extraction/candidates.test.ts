import { describe, expect, it } from 'vitest';
import { featuresIn, headAfter } from './candidates';
import { readSentence } from './stage-fixture';

const cands = (s: string) =>
  readSentence(s)
    .candidates()
    .map((c) => `${c.num.value} ${c.qualifier} ${c.veto ? 'veto' : c.metric ?? '?'}${c.isSubset ? ' subset' : ''}${c.isElliptic ? ' elliptic' : ''}`);

describe('candidates', () => {
  it('finds the head noun after a number, skipping modifiers and scare quotes', () => {
    const r = readSentence('They dismantled more than 150 "terrorist cells", 276 planned attacks and 3 foiled bombings.');
    const head = (i: number) => headAfter(r.cues, r.tokens, r.live[i]!.tokEnd, r.text);
    expect(head(0)?.kind).toEqual({ type: 'metric', metric: 'cells_dismantled' });
    expect(head(1)?.kind).toEqual({ type: 'metric', metric: 'plots_foiled' });
    expect(head(2)).toMatchObject({ kind: { type: 'attack' }, plotMod: true });
  });

  it('reads the qualifier and the metric from the head noun, the verbs around people, or neither', () => {
    expect(cands('They dismantled more than 150 terrorist cells.')).toEqual(['150 more_than cells_dismantled']);
    expect(cands('Police arrested 62 suspects in 2019.')).toEqual(['62 exact arrests']);
    expect(cands('Some 1,600 Moroccans went to fight in Syria.')).toEqual(['1600 about foreign_fighters']);
    expect(cands('246 Moroccan fighters have been killed.')).toEqual(['246 exact veto']);
  });

  it('marks subsets and ellipses for inheritance, and skips a reference number', () => {
    expect(cands('Police dismantled 12 cells in 2018 and 19 in 2017.')).toEqual(['12 exact cells_dismantled', '19 exact ? elliptic']);
    expect(cands('Of those cells, 36 were linked to ISIS.')).toEqual(['36 exact cells_dismantled subset']);
    expect(cands('50 of the 168 cells had links to ISIS.').map((c) => c.split(' ')[0])).toEqual(['50']);
  });

  it('gives no candidate to numbers that count something else', () => {
    expect(cands('Raids took place across 9 provinces.')).toEqual([]);
    expect(cands('The trial lasted 3 days.')).toEqual([]);
    // A ratio: "neuf cellules sur dix" is not nine cells.
    expect(cands('Neuf cellules sur dix ont été démantelées.').map((c) => c.split(' ')[0])).not.toContain('9');
  });

  it('reads feature verbs rightwards only up to the end of the clause', () => {
    const r = readSentence('270 returned, most of whom were prosecuted.');
    expect(featuresIn(r.cues, r.tokens, 1, r.tokens.length, r.text).map((f) => f.kind)).toEqual(['return']);
  });
});
