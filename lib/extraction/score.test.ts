import { describe, expect, it } from 'vitest';
import { locate, looselyAgrees, periodAgrees, score, type AnswerFile, type ScoredFigure } from './score';

const text = 'Police dismantled more than 25 cells in 2019 and arrested over 125 people. Also 25 cells in 2018.';
const answers: AnswerFile = {
  file: 'a.txt',
  figures: [
    { metric: 'cells_dismantled', value: 25, qualifier: 'more_than', periodStart: '2019', periodEnd: '2019', cumulative: false, quote: 'dismantled more than 25 cells in 2019' },
    { metric: 'arrests', value: 125, qualifier: 'more_than', periodStart: '2019', periodEnd: '2019', cumulative: false, quote: 'arrested over 125 people', attributedTo: 'US State Department' },
  ],
  optional: [{ quote: 'Also 25 cells in 2018' }],
};

function pred(over: Partial<ScoredFigure> & { quote: string }): ScoredFigure {
  const start = text.indexOf(over.quote);
  return {
    metric: 'cells_dismantled', value: 25, qualifier: 'more_than', periodStart: '2019', periodEnd: '2019', cumulative: false,
    start, end: start + over.quote.length, ...over,
  };
}

describe('score', () => {
  it('matches on metric, value, qualifier, year-precision period and overlapping quotes', () => {
    const r = score([{ file: 'a.txt', text, answers, predictions: [pred({ quote: 'more than 25 cells' }), pred({ metric: 'arrests', value: 125, quote: 'over 125 people' })] }]);
    expect(r.overall).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
  });

  it('a wrong qualifier, value, period or a non-overlapping quote does not match', () => {
    const wrong = [
      pred({ qualifier: 'exact', quote: 'more than 25 cells' }),
      pred({ value: 26, quote: 'more than 25 cells' }),
      pred({ periodStart: '2018', quote: 'more than 25 cells' }),
      pred({ quote: 'Police' }),
    ];
    const r = score([{ file: 'a.txt', text, answers, predictions: wrong }]);
    expect(r.overall.tp).toBe(0);
    expect(r.overall.fp).toBe(4);
    expect(r.overall.fn).toBe(2);
    expect(r.misses).toHaveLength(2);
  });

  it('is one-to-one: a duplicate prediction is a false figure', () => {
    const r = score([{ file: 'a.txt', text, answers, predictions: [pred({ quote: 'more than 25 cells' }), pred({ quote: '25 cells in 2019' })] }]);
    expect(r.overall).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('ignores predictions inside optional items', () => {
    const r = score([{ file: 'a.txt', text, answers, predictions: [pred({ periodStart: '2018', periodEnd: '2018', quote: '25 cells in 2018' })] }]);
    expect(r.overall.fp).toBe(0);
    expect(r.ignored).toBe(1);
  });

  it('per-metric counts and attribution agreement', () => {
    const r = score([{ file: 'a.txt', text, answers, predictions: [pred({ metric: 'arrests', value: 125, quote: 'over 125 people', attributedTo: 'State Department' })] }]);
    expect(r.perMetric.arrests).toMatchObject({ tp: 1 });
    expect(r.perMetric.cells_dismantled).toMatchObject({ fn: 1 });
    expect(r.attributionAgreement).toEqual({ agree: 1, total: 1 });
  });

  it('helpers', () => {
    expect(periodAgrees({ periodStart: '2002', periodEnd: '2018-10-15', cumulative: true }, { periodStart: '2002', periodEnd: '2018', cumulative: true })).toBe(true);
    expect(periodAgrees({ periodStart: null, periodEnd: null, cumulative: true }, { periodStart: null, periodEnd: null, cumulative: false })).toBe(false);
    expect(locate('abcabc', 'bc')).toEqual([{ start: 1, end: 3 }, { start: 4, end: 6 }]);
    expect(locate('abc', '')).toEqual([]);
    expect(looselyAgrees(null, null)).toBe(true);
    expect(looselyAgrees('linked to ISIS', 'alleged involvement with ISIS')).toBe(true);
    expect(looselyAgrees('women', null)).toBe(false);
  });
});
