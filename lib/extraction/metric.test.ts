import { describe, expect, it } from 'vitest';
import { aboutOneOperation, inheritMetrics, refineWithAntecedent, rememberFigures, repeatsKnownCount, selectFigures } from './metric';
import { readSentence } from './stage-fixture';

/** The figures of one sentence after the metric stage: "value metric". */
function figures(s: string) {
  const r = readSentence(s);
  const cands = r.candidates();
  inheritMetrics(r.cues, r.st, r.tokens, cands);
  return selectFigures(r.cues, r.st, r.text, r.tokens, r.smask, r.times, cands).map((c) => `${c.num.value} ${c.metric}`);
}

describe('metric', () => {
  it('gives an elliptic number the metric of the figure before it', () => {
    expect(figures('Police dismantled 12 cells in 2018 and 19 in 2017.')).toEqual(['12 cells_dismantled', '19 cells_dismantled']);
  });

  it('refines a subset through the metrics table', () => {
    const { cues } = readSentence('x');
    expect(refineWithAntecedent(cues, 'arrests', 'returnees')).toBe('returnees_prosecuted');
    expect(refineWithAntecedent(cues, 'arrests', 'foreign_fighters')).toBe('foreign_fighters');
    expect(refineWithAntecedent(cues, 'cells_dismantled', 'returnees')).toBe('cells_dismantled');
    expect(figures('In all, 270 fighters have returned, of whom 92 were arrested.')).toEqual(['270 returnees', '92 returnees_prosecuted']);
  });

  it('drops people counted in one operation, but not a total stated in the same words', () => {
    const one = readSentence('Police dismantled a cell in Fez on Thursday, arresting 5 suspects.');
    expect(aboutOneOperation(one.cues, one.text, one.tokens, one.smask, one.times)).toBe(true);
    expect(figures('Police dismantled a cell in Fez on Thursday, arresting 5 suspects.')).toEqual([]);
    expect(figures('Since 2002, police have arrested 3,000 suspects.')).toEqual(['3000 arrests']);
  });

  it('recognises a back-reference to a count this document already gave', () => {
    const first = readSentence('Police dismantled 2,009 cells since 2002.');
    const cands = first.candidates();
    inheritMetrics(first.cues, first.st, first.tokens, cands);
    rememberFigures(first.st, selectFigures(first.cues, first.st, first.text, first.tokens, first.smask, first.times, cands));
    const again = readSentence('The 2,009 cells included 40 linked to ISIS.', '2019-03-01', first.st);
    const c = again.candidates()[0]!;
    expect(c.num.value).toBe(2009);
    expect(repeatsKnownCount(again.cues, again.st, again.tokens, c)).toBe(true);
  });
});
