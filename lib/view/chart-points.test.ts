import { describe, expect, it } from 'vitest';
import { toFigureView, type FigureRecord, type FigureView, type StatementView } from '@/lib/data/dto';
import { intervalFor } from '@/lib/domain/qualifiers';
import { comparisonKey } from '@/lib/domain/compare';
import type { Qualifier } from '@/lib/domain/figure';
import { buildMetricChartData, describeSeries, markLabel, UNKNOWN_DATE } from './chart-points';

let nextId = 1;

/** A FigureView built the way the data layer builds one, from a record with the interval its qualifier implies. */
function view(p: {
  value: number;
  qualifier?: Qualifier;
  periodStart?: string | null;
  periodEnd?: string | null;
  cumulative?: boolean;
  asOf?: string | null;
  scope?: string | null;
  reviewStatus?: 'pending' | 'reviewed';
  quote?: string;
  source?: Partial<FigureRecord['source']>;
  id?: number;
}): FigureView {
  const qualifier = p.qualifier ?? 'exact';
  const i = intervalFor(qualifier, p.value);
  const periodStart = p.periodStart === undefined ? '2019' : p.periodStart;
  const periodEnd = p.periodEnd === undefined ? '2019' : p.periodEnd;
  const cumulative = p.cumulative ?? false;
  const record: FigureRecord = {
    id: p.id ?? nextId++,
    metricKey: 'cells_dismantled',
    metric: { label: 'Cells dismantled' },
    value: p.value,
    valueText: String(p.value),
    qualifier,
    lower: i.lower,
    upper: i.upper,
    lowerInclusive: i.lowerInclusive,
    upperInclusive: i.upperInclusive,
    periodStart,
    periodEnd,
    cumulative,
    asOf: p.asOf === undefined ? '2020-06-24' : p.asOf,
    scope: p.scope ?? null,
    geography: 'MA',
    attributedTo: 'US State Department',
    citedReport: null,
    quote: p.quote ?? `dismantled ${p.value} cells`,
    quoteStart: 0,
    quoteEnd: 10,
    flags: '',
    reviewStatus: p.reviewStatus ?? 'reviewed',
    origin: 'analyst',
    comparisonKey: comparisonKey({ metricKey: 'cells_dismantled', geography: 'MA', scope: p.scope ?? null, periodStart, periodEnd, cumulative }),
    source: { id: 1, title: 'A title', headline: 'A title', outlet: 'Morocco World News', publishedAt: '2020-06-24', url: null, kind: 'full', ...p.source },
  };
  return toFigureView(record);
}

/** A statement one report makes (the seed's usual case): drawn exactly as its figure. */
function single(f: FigureView): StatementView {
  return { comparisonKey: f.comparisonKey, statementIndex: 0, metricKey: f.metricKey, cumulative: f.cumulative, scope: f.scope, asOf: f.asOf, lastAsOf: f.asOf, figureCount: 1, sourceCount: 1, pendingCount: f.reviewStatus === 'pending' ? 1 : 0, minValue: f.value, maxValue: f.value, verdict: 'single_claim', claimCount: 1, transcriptionConflict: false, claimLines: [], summary: `One source gives ${f.metricLabel}: ${f.display}.`, first: f };
}
const chart = (figures: FigureView[]) => buildMetricChartData(figures.map(single));

describe('buildMetricChartData: statements of several reports', () => {
  it('is drawn as the range of the printed values, says how many reports, and opens the comparison', () => {
    const f = view({ value: 25, qualifier: 'more_than' });
    const p = buildMetricChartData([{ ...single(f), figureCount: 3, sourceCount: 2, minValue: 25, maxValue: 40, verdict: 'agree' }]).annual[0]!;
    expect(p).toMatchObject({ mark: 'range', y: 25, error: [0, 15], reports: 3, sourceCount: 2, rangeText: '25–40', verdict: 'agree' });
    expect(p.href).toBe(`/compare?key=${encodeURIComponent(f.comparisonKey)}`);
  });

  it('several reports printing one value keep the mark of the first (a bound stays a bound)', () => {
    const f = view({ value: 25, qualifier: 'more_than' });
    const p = buildMetricChartData([{ ...single(f), figureCount: 2, sourceCount: 2, verdict: 'agree' }]).annual[0]!;
    expect(p).toMatchObject({ mark: 'lower', strict: true, y: 25, rangeText: null, reports: 2 });
  });

  it('a mark is named as its tooltip reads: how the reports relate and what they print, not the whole summary', () => {
    const f = view({ value: 25, qualifier: 'more_than' });
    const [p] = buildMetricChartData([{ ...single(f), figureCount: 3, sourceCount: 2, minValue: 25, maxValue: 40, verdict: 'disagree', claimCount: 2, transcriptionConflict: true, summary: 'A long summary naming who said what.' }]).annual;
    expect(markLabel(p!)).toBe(`${p!.periodText}: 3 reports, 2 independent claims that disagree, printing 25–40, with a transcription conflict; the first says >25. Open the comparison.`);
    const [one] = chart([view({ value: 9 })]).annual;
    expect(markLabel(one!)).toBe(`9 (${one!.valueText}) — ${one!.periodText}, ${one!.source}. Open figure.`);
  });

  it('one report opens its figure', () => {
    const f = view({ value: 9 });
    expect(chart([f]).annual[0]!.href).toBe(`/figures/${f.id}`);
  });
});

describe('buildMetricChartData: marks', () => {
  const points = (f: FigureView) => chart([f]).annual;

  it('"more than" is a strict lower bound, drawn at its value', () => {
    expect(points(view({ value: 25, qualifier: 'more_than' }))[0]).toMatchObject({ y: 25, mark: 'lower', strict: true, error: null, display: '>25' });
  });

  it('"at least" is a non-strict lower bound', () => {
    expect(points(view({ value: 40, qualifier: 'at_least' }))[0]).toMatchObject({ mark: 'lower', strict: false, error: null });
  });

  it('"up to" and "fewer than" are upper bounds, strict only for "fewer than"', () => {
    expect(points(view({ value: 10, qualifier: 'up_to' }))[0]).toMatchObject({ mark: 'upper', strict: false });
    expect(points(view({ value: 10, qualifier: 'fewer_than' }))[0]).toMatchObject({ mark: 'upper', strict: true });
  });

  it('"about" is a range with error bars from its interval', () => {
    expect(points(view({ value: 1600, qualifier: 'about' }))[0]).toMatchObject({ y: 1600, mark: 'range', strict: false, error: [160, 160] });
    // Near zero the interval is clipped at 0, so the bars are asymmetric.
    expect(points(view({ value: 0, qualifier: 'about' }))[0]).toMatchObject({ mark: 'range', error: [0, 1] });
  });

  it('exact is an exact mark', () => {
    expect(points(view({ value: 168 }))[0]).toMatchObject({ y: 168, mark: 'exact', strict: false, error: null });
  });

  it('carries source, period, excerpt and pending state for the tooltip', () => {
    const long = 'x'.repeat(300);
    const p = points(view({ value: 25, reviewStatus: 'pending', quote: long }))[0]!;
    expect(p.source).toBe('Morocco World News, 24 Jun 2020');
    expect(p.periodText).toBe('2019');
    expect(p.pending).toBe(true);
    expect(p.quoteExcerpt.length).toBe(140);
    expect(p.quoteExcerpt.endsWith('…')).toBe(true);
    const undated = points(view({ value: 25, source: { publishedAt: null, outlet: null, title: null, headline: '', id: 7 } }))[0]!;
    expect(undated.source).toBe('Source #7');
    expect(undated.pending).toBe(false);
  });
});

describe('buildMetricChartData: what goes on which axis', () => {
  it('splits annual figures from running totals, each at its place on a numeric axis', () => {
    const annual = view({ value: 25, qualifier: 'more_than' });
    const cum = view({ value: 168, periodStart: '2001-09-11', periodEnd: '2018-10-15', asOf: '2018-10-15', cumulative: true });
    const data = chart([cum, annual]);
    expect(data.annual.map((p) => [p.id, p.t])).toEqual([[annual.id, 2019]]);
    expect(data.running.map((p) => [p.id, p.t, p.series])).toEqual([[cum.id, Date.UTC(2018, 9, 15), 'since 11 Sep 2001']]);
  });

  it('annual figures sort by year; part of a year is at its year; several years or none have no place on the axis', () => {
    const data = chart([
      view({ value: 1, periodStart: '2020', periodEnd: '2020' }),
      view({ value: 2, periodStart: null, periodEnd: null }),
      view({ value: 3, periodStart: '2011', periodEnd: '2013' }),
      view({ value: 4, periodStart: '2019', periodEnd: '2019' }),
      view({ value: 5, periodStart: '2020-01-01', periodEnd: '2020-10-22' }), // year to date → its year
    ]);
    expect(data.annual.map((p) => [p.y, p.t])).toEqual([[4, 2019], [1, 2020], [5, 2020]]);
    expect(data.unplaced.map((p) => p.y).sort()).toEqual([2, 3]);
    expect(data.unplaced.find((p) => p.y === 2)!.x).toBe(UNKNOWN_DATE);
  });

  it('running totals are ordered by as-of date, one series per start; undated ones have no place on the axis', () => {
    const undated = view({ value: 168, cumulative: true, periodStart: '2001-09-11', periodEnd: null, asOf: null });
    const late = view({ value: 210, cumulative: true, periodStart: '2002', periodEnd: '2021-05-17', asOf: '2021-05-17' });
    const early = view({ value: 132, cumulative: true, periodStart: '2002', periodEnd: '2015-03-24', asOf: '2015-03-24' });
    const stock = view({ value: 1600, qualifier: 'more_than', cumulative: true, periodStart: null, periodEnd: '2016', asOf: '2016' });
    const data = chart([undated, late, stock, early]);
    expect(data.running.map((p) => p.id)).toEqual([early.id, stock.id, late.id]);
    expect(data.running.map((p) => p.series)).toEqual(['since 2002', 'standing total', 'since 2002']);
    expect(data.unplaced.map((p) => p.id)).toEqual([undated.id]);
    expect(data.annual).toEqual([]);
  });

  it('a narrower scope is never on the totals\' axis: 6 arrested while leaving is a part, not a point beside 2,963', () => {
    const data = chart([
      view({ value: 2963, cumulative: true, periodStart: '2001-09-11', periodEnd: null, asOf: '2018-10-15' }),
      view({ value: 6, cumulative: true, periodStart: null, periodEnd: null, asOf: '2018-10-15', scope: 'attempting to leave Morocco' }),
      view({ value: 40, scope: 'linked to ISIS' }),
    ]);
    expect(data.running.map((p) => p.y)).toEqual([2963]);
    expect(data.subsets.map((s) => [s.scope, s.points.map((p) => p.y)])).toEqual([['attempting to leave Morocco', [6]], ['linked to ISIS', [40]]]);
  });

  it('an empty list gives empty charts', () => {
    expect(chart([])).toEqual({ annual: [], running: [], unplaced: [], subsets: [] });
  });
});

describe('describeSeries', () => {
  it('says how many statements over which span, and the latest in words', () => {
    const data = chart([view({ value: 21, periodStart: '2015', periodEnd: '2015' }), view({ value: 25, qualifier: 'more_than' })]);
    expect(describeSeries('Cells dismantled by year, national total', 'annual', data.annual, 'cells')).toBe(
      'Cells dismantled by year, national total, in cells: 2 statements, 2015 to 2019. Latest, 2019: >25 cells (25), Morocco World News, 24 Jun 2020, attributed to US State Department.',
    );
  });
});
