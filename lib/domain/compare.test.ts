import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  analyseSeries,
  compareAsOf,
  comparisonKey,
  groupComparable,
  normalizeScope,
  SAME_STATEMENT_DAYS,
  statementsOf,
  type ComparableFigure,
  type Snapshot,
} from './compare';
import { intervalFor } from './qualifiers';
import type { Qualifier } from './figure';

let nextId = 1;
function fig(p: Partial<ComparableFigure> & Pick<ComparableFigure, 'sourceId' | 'value'>): ComparableFigure {
  return {
    id: nextId++,
    metricKey: 'cells_dismantled',
    geography: 'MA',
    scope: null,
    qualifier: 'exact',
    periodStart: '2019',
    periodEnd: '2019',
    cumulative: false,
    asOf: '2020-06-24',
    // Unattributed by default: each source is then its own claim (claims.test.ts covers relays of one claim).
    attributedTo: null,
    ...p,
  };
}

function snap(asOf: string, qualifier: Qualifier, value: number): Snapshot {
  const { lower, upper } = intervalFor(qualifier, value);
  return { asOf, lower, upper };
}

describe('normalizeScope / comparisonKey', () => {
  it('normalizes case and whitespace of the scope, and treats null as empty', () => {
    expect(normalizeScope('  Linked  to\tISIS ')).toBe('linked to isis');
    expect(normalizeScope(null)).toBe('');
  });

  it('annual figures key on metric, geography, scope and period', () => {
    expect(comparisonKey(fig({ sourceId: 1, value: 25 }))).toBe('cells_dismantled|MA||2019..2019');
    expect(comparisonKey(fig({ sourceId: 1, value: 25, scope: 'Linked to ISIS' }))).toBe('cells_dismantled|MA|linked to isis|2019..2019');
  });

  it('scopes differing only in case or spacing share a key', () => {
    expect(comparisonKey(fig({ sourceId: 1, value: 1, scope: 'linked to ISIS' }))).toBe(comparisonKey(fig({ sourceId: 2, value: 1, scope: 'Linked to  isis' })));
  });

  it('cumulative keys leave the as-of date out; stocks key as "since:stock"', () => {
    const a = fig({ sourceId: 1, value: 132, cumulative: true, periodStart: '2002', periodEnd: '2015-03-24', asOf: '2015-03-24' });
    const b = fig({ sourceId: 2, value: 210, cumulative: true, periodStart: '2002', periodEnd: '2021-05-17', asOf: '2021-05-17' });
    expect(comparisonKey(a)).toBe('cells_dismantled|MA||since:2002');
    expect(comparisonKey(a)).toBe(comparisonKey(b));
    expect(comparisonKey(fig({ sourceId: 1, value: 1600, metricKey: 'foreign_fighters', cumulative: true, periodStart: null, periodEnd: '2015' }))).toBe(
      'foreign_fighters|MA||since:stock',
    );
  });

  it('different period, metric, scope or geography give different keys', () => {
    const base = fig({ sourceId: 1, value: 25 });
    const k = comparisonKey(base);
    expect(comparisonKey({ ...base, periodStart: '2018', periodEnd: '2018' })).not.toBe(k);
    expect(comparisonKey({ ...base, metricKey: 'arrests' })).not.toBe(k);
    expect(comparisonKey({ ...base, scope: 'BCIJ operations' })).not.toBe(k);
    expect(comparisonKey({ ...base, geography: 'ES' })).not.toBe(k);
    expect(comparisonKey({ ...base, cumulative: true, periodStart: '2019' })).not.toBe(k);
  });
});

describe('groupComparable', () => {
  it('the 2019 case: articles 001 and 004 both relay the State Department\'s more than 25 cells → one group, one claim in two sources', () => {
    const sd = { attributedTo: 'US State Department', citedReport: '2019 Country Report on Terrorism' };
    const f001 = fig({ sourceId: 1, value: 25, qualifier: 'more_than', asOf: '2020-06-24', ...sd });
    const f004 = fig({ sourceId: 4, value: 25, qualifier: 'more_than', asOf: '2020-09-24', ...sd });
    const groups = groupComparable([f001, f004]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ verdict: 'single_claim', sourceCount: 2, transcriptionConflict: false, key: 'cells_dismantled|MA||2019..2019' });
    expect(groups[0]!.claims.map((c) => c.figures)).toEqual([[f001, f004]]);
    expect(groups[0]!.figures).toEqual([f001, f004]);
  });

  it('200 vs 220 exact from two sources → one group that disagrees', () => {
    const groups = groupComparable([
      fig({ sourceId: 3, metricKey: 'foreign_fighters', value: 200, cumulative: true, periodStart: null, periodEnd: '2015-03-21', asOf: '2015-03-21' }),
      fig({ sourceId: 6, metricKey: 'foreign_fighters', value: 220, cumulative: true, periodStart: null, periodEnd: '2015-03-24', asOf: '2015-03-24' }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.verdict).toBe('disagree');
    expect(groups[0]!.sourceCount).toBe(2);
  });

  it('a lone figure is its own single-claim group', () => {
    const groups = groupComparable([fig({ sourceId: 1, value: 0, metricKey: 'terrorist_incidents' })]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.verdict).toBe('single_claim');
  });

  it('never puts different scopes in one group (national vs BCIJ totals)', () => {
    const national = fig({ sourceId: 1, value: 183, cumulative: true, periodStart: '2002', periodEnd: '2019-01-10', asOf: '2019-01-10' });
    const bcij = fig({ sourceId: 1, value: 57, cumulative: true, periodStart: '2002', periodEnd: '2019-01-10', asOf: '2019-01-10', scope: 'BCIJ operations' });
    const isis = fig({ sourceId: 2, value: 25, scope: 'linked to ISIS' });
    const plain = fig({ sourceId: 3, value: 25 });
    const groups = groupComparable([national, bcij, isis, plain]);
    expect(groups).toHaveLength(4);
    for (const g of groups) expect(new Set(g.figures.map((f) => normalizeScope(f.scope))).size).toBe(1);
  });

  it('splits cumulative figures with the same start by as-of date beyond SAME_STATEMENT_DAYS', () => {
    const mk = (sourceId: number, value: number, asOf: string | null) =>
      fig({ sourceId, value, cumulative: true, periodStart: '2002', periodEnd: asOf, asOf });
    const a = mk(1, 132, '2015-03-24');
    const b = mk(2, 132, '2015-04-20'); // 27 days later: the same statement restated
    const c = mk(3, 167, '2017-01-25');
    const d = mk(4, 183, '2019-01-10');
    const e = mk(5, 168, null);
    const f = mk(6, 170, null);
    const groups = groupComparable([d, c, b, a, e, f]);
    // Two undated totals from different sources are two statements at unknown dates (see the next test).
    expect(groups.map((g) => g.figures.map((x) => x.id))).toEqual([[a.id, b.id], [c.id], [d.id], [e.id], [f.id]]);
    expect(groups.map((g) => g.verdict)).toEqual(['agree', 'single_claim', 'single_claim', 'single_claim', 'single_claim']);
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
    expect(groups[0]!.key).toBe('cells_dismantled|MA||since:2002@2015-03-24#0');
  });

  it('joins at exactly SAME_STATEMENT_DAYS and splits one day later, measured from the first statement', () => {
    const mk = (sourceId: number, asOf: string) => fig({ sourceId, value: 100, cumulative: true, periodStart: '2015', periodEnd: asOf, asOf });
    const start = '2020-01-01';
    const at = new Date(Date.UTC(2020, 0, 1 + SAME_STATEMENT_DAYS)).toISOString().slice(0, 10);
    const after = new Date(Date.UTC(2020, 0, 2 + SAME_STATEMENT_DAYS)).toISOString().slice(0, 10);
    expect(groupComparable([mk(1, start), mk(2, at)])).toHaveLength(1);
    expect(groupComparable([mk(1, start), mk(2, after)])).toHaveLength(2);
    // A chain of restatements 30 days apart does not drift: the third is 60 days from the first.
    const chain = groupComparable([mk(1, '2020-01-01'), mk(2, '2020-01-31'), mk(3, '2020-03-01')]);
    expect(chain.map((g) => g.figures.length)).toEqual([2, 1]);
  });

  it('undated running totals are one statement only within one source', () => {
    const undated = (id: number, sourceId: number, value: number) => fig({ id, sourceId, value, cumulative: true, periodStart: '2002', asOf: null, periodEnd: null });
    const groups = groupComparable([undated(1, 7, 207), undated(2, 8, 127), undated(3, 7, 207), undated(4, 9, 150)]);
    expect(groups.map((g) => g.figures.map((f) => f.id))).toEqual([[1, 3], [2], [4]]);
    expect(groups.map((g) => g.verdict)).toEqual(['single_claim', 'single_claim', 'single_claim']);
  });

  it('does not split annual figures by as-of date', () => {
    const groups = groupComparable([fig({ sourceId: 1, value: 25, asOf: '2020-06-24' }), fig({ sourceId: 2, value: 25, asOf: '2023-01-01' })]);
    expect(groups).toHaveLength(1);
  });

  it('keeps every input figure exactly once', () => {
    const input = [
      fig({ sourceId: 1, value: 25 }),
      fig({ sourceId: 2, value: 26, metricKey: 'arrests' }),
      fig({ sourceId: 3, value: 10, cumulative: true, periodStart: '2002', asOf: '2019-01-01', periodEnd: '2019-01-01' }),
      fig({ sourceId: 4, value: 11, cumulative: true, periodStart: '2002', asOf: null, periodEnd: null }),
    ];
    const ids = groupComparable(input).flatMap((g) => g.figures.map((f) => f.id));
    expect(ids.sort((x, y) => x - y)).toEqual(input.map((f) => f.id).sort((x, y) => x - y));
  });
});

describe('compareAsOf', () => {
  it('orders dates and puts unknown last', () => {
    const dates: Array<string | null> = [null, '2020-06-24', '2019', null, '2019-06'];
    expect([...dates].sort(compareAsOf)).toEqual(['2019', '2019-06', '2020-06-24', null, null]);
  });
});

describe('analyseSeries', () => {
  it('132 → 167 → 183 → 210 cells since 2002 never decreases; differences are derived', () => {
    const series = [snap('2021-05-17', 'exact', 210), snap('2015-03-24', 'exact', 132), snap('2019-01-10', 'exact', 183), snap('2017-01-25', 'exact', 167)];
    const { derived, decreases } = analyseSeries(series);
    expect(decreases).toEqual([]);
    expect(derived).toEqual([
      { from: '2015-03-24', to: '2017-01-25', lower: 35, upper: 35 },
      { from: '2017-01-25', to: '2019-01-10', lower: 16, upper: 16 },
      { from: '2019-01-10', to: '2021-05-17', lower: 27, upper: 27 },
    ]);
  });

  it('reports a later snapshot that is surely smaller', () => {
    const { decreases, derived } = analyseSeries([snap('2018-10-15', 'exact', 183), snap('2019-06-01', 'exact', 168)]);
    expect(decreases).toEqual([['2018-10-15', '2019-06-01']]);
    expect(derived).toEqual([]);
  });

  it('a "more than" snapshot that may be larger is not a decrease, and its derived upper bound is open', () => {
    const { decreases, derived } = analyseSeries([snap('2015', 'exact', 132), snap('2016', 'more_than', 100)]);
    expect(decreases).toEqual([]);
    expect(derived).toEqual([{ from: '2015', to: '2016', lower: 0, upper: null }]);
  });

  it('uses interval bounds for approximate snapshots', () => {
    const { derived } = analyseSeries([snap('2015', 'about', 100), snap('2016', 'exact', 150)]);
    expect(derived).toEqual([{ from: '2015', to: '2016', lower: 40, upper: 60 }]);
  });

  it('skips pairs with the same as-of date and handles short series', () => {
    expect(analyseSeries([])).toEqual({ derived: [], decreases: [] });
    expect(analyseSeries([snap('2015', 'exact', 1)])).toEqual({ derived: [], decreases: [] });
    const { derived } = analyseSeries([snap('2015', 'exact', 100), snap('2015', 'exact', 101), snap('2016', 'exact', 120)]);
    expect(derived).toHaveLength(1);
    expect(derived[0]).toMatchObject({ from: '2015', to: '2016' });
  });
});

describe('statementsOf', () => {
  it('groups exactly as groupComparable does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ sourceId: fc.integer({ min: 1, max: 3 }), value: fc.integer({ min: 0, max: 9 }), cumulative: fc.boolean(), day: fc.integer({ min: 0, max: 200 }) }), { maxLength: 15 }),
        (ps) => {
          const fs = ps.map((p) => fig({ sourceId: p.sourceId, value: p.value, cumulative: p.cumulative, periodStart: p.cumulative ? '2002' : '2019', periodEnd: p.cumulative ? null : '2019', asOf: new Date(Date.UTC(2020, 0, 1 + p.day)).toISOString().slice(0, 10) }));
          expect(statementsOf(fs)).toEqual(groupComparable(fs).map((g) => ({ key: g.key, figures: g.figures })));
        },
      ),
    );
  });
});
