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

describe('errors by cause', () => {
  const causes = (predictions: ScoredFigure[]) =>
    score([{ file: 'a.txt', text, answers, predictions }]).errors.map((e) => [e.cause, e.answer?.quote ?? null, e.prediction?.quote ?? null]);

  it('an answer with no prediction on its quote is missed entirely; a prediction on no answer is a false figure', () => {
    expect(causes([pred({ quote: 'Police' })])).toEqual([
      ['missed', 'dismantled more than 25 cells in 2019', null],
      ['missed', 'arrested over 125 people', null],
      ['false_figure', null, 'Police'],
    ]);
  });

  it('names the first field that differs for a prediction on the answer quote: metric, value, qualifier, period', () => {
    const one = (p: ScoredFigure) => causes([p, pred({ metric: 'arrests', value: 125, quote: 'over 125 people' })]);
    expect(one(pred({ metric: 'arrests', quote: 'more than 25 cells' }))).toEqual([['wrong_metric', 'dismantled more than 25 cells in 2019', 'more than 25 cells']]);
    expect(one(pred({ value: 26, quote: 'more than 25 cells' }))).toEqual([['wrong_value', 'dismantled more than 25 cells in 2019', 'more than 25 cells']]);
    expect(one(pred({ qualifier: 'exact', quote: 'more than 25 cells' }))).toEqual([['wrong_qualifier', 'dismantled more than 25 cells in 2019', 'more than 25 cells']]);
    expect(one(pred({ periodStart: '2018', quote: 'more than 25 cells' }))).toEqual([['wrong_period', 'dismantled more than 25 cells in 2019', 'more than 25 cells']]);
    expect(one(pred({ cumulative: true, periodStart: null, quote: 'more than 25 cells' }))).toEqual([['wrong_period', 'dismantled more than 25 cells in 2019', 'more than 25 cells']]);
    // The metric comes first when several fields differ but the value still ties them.
    expect(one(pred({ metric: 'arrests', qualifier: 'exact', quote: 'more than 25 cells' }))).toEqual([['wrong_metric', 'dismantled more than 25 cells in 2019', 'more than 25 cells']]);
  });

  it('a prediction that differs in both metric and value is another figure of the sentence, not a near miss', () => {
    expect(causes([pred({ metric: 'arrests', value: 2019, quote: '2019' }), pred({ metric: 'arrests', value: 125, quote: 'over 125 people' })])).toEqual([
      ['missed', 'dismantled more than 25 cells in 2019', null],
      ['false_figure', null, '2019'],
    ]);
  });

  it('pairs a miss with the nearest overlapping prediction and counts each error once', () => {
    const r = score([
      {
        file: 'a.txt',
        text,
        answers,
        predictions: [
          pred({ value: 26, qualifier: 'exact', quote: 'more than 25 cells' }), // two fields off
          pred({ qualifier: 'exact', quote: 'dismantled' }), // one field off: the nearest
          pred({ metric: 'arrests', value: 125, qualifier: 'exact', quote: 'over 125 people' }),
        ],
      },
    ]);
    expect(r.errors.map((e) => [e.cause, e.prediction?.quote])).toEqual([
      ['wrong_qualifier', 'dismantled'],
      ['wrong_qualifier', 'over 125 people'],
      ['false_figure', 'more than 25 cells'],
    ]);
    expect(r.overall).toMatchObject({ fp: 3, fn: 2 });
    expect(r.errors).toHaveLength(3);
  });

  it('scores per language from the answers entry, else the file language', () => {
    const r = score([
      { file: 'a.txt', text, answers: { ...answers, language: 'fr' }, predictions: [pred({ quote: 'more than 25 cells' })] },
      { file: 'b.txt', text, answers, predictions: [], language: 'en' },
      { file: 'c.txt', text, answers, predictions: [] },
    ]);
    expect(r.perLanguage.fr).toMatchObject({ tp: 1, fn: 1 });
    expect(r.perLanguage.en).toMatchObject({ tp: 0, fn: 2 });
    expect(r.perLanguage.unknown).toMatchObject({ fn: 2 });
  });
});
