import { describe, expect, it } from 'vitest';
import { toFigureView, type FigureRecord, type FigureView, type StatementView } from '@/lib/data/dto';
import { intervalFor } from '@/lib/domain/qualifiers';
import { comparisonKey } from '@/lib/domain/compare';
import type { Qualifier } from '@/lib/domain/figure';
import { buildMetricChartData, NATIONAL, UNKNOWN_DATE } from './chart-points';

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
    const p = buildMetricChartData([{ ...single(f), figureCount: 3, sourceCount: 2, minValue: 25, maxValue: 40, verdict: 'agree' }]).annual.points[0]!;
    expect(p).toMatchObject({ mark: 'range', y: 25, error: [0, 15], reports: 3, sourceCount: 2, rangeText: '25–40', verdict: 'agree' });
    expect(p.href).toBe(`/compare?key=${encodeURIComponent(f.comparisonKey)}`);
  });

  it('several reports printing one value keep the mark of the first (a bound stays a bound)', () => {
    const f = view({ value: 25, qualifier: 'more_than' });
    const p = buildMetricChartData([{ ...single(f), figureCount: 2, sourceCount: 2, verdict: 'agree' }]).annual.points[0]!;
    expect(p).toMatchObject({ mark: 'lower', strict: true, y: 25, rangeText: null, reports: 2 });
  });

  it('one report opens its figure', () => {
    const f = view({ value: 9 });
    expect(chart([f]).annual.points[0]!.href).toBe(`/figures/${f.id}`);
  });
});

describe('buildMetricChartData: marks', () => {
  const points = (f: FigureView) => chart([f]).annual.points;

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

describe('buildMetricChartData: annual vs cumulative', () => {
  it('splits flow figures from running totals', () => {
    const annual = view({ value: 25, qualifier: 'more_than' });
    const cum = view({ value: 168, periodStart: '2001-09-11', periodEnd: '2018-10-15', asOf: '2018-10-15', cumulative: true });
    const data = chart([cum, annual]);
    expect(data.annual.points.map((p) => p.id)).toEqual([annual.id]);
    expect(data.cumulative.points.map((p) => p.id)).toEqual([cum.id]);
    expect(data.annual.categories).toEqual(['2019']);
    expect(data.cumulative.categories).toEqual(['as of 15 Oct 2018']);
  });

  it('annual categories are sorted, ranges labelled, unknown last', () => {
    const data = chart([
      view({ value: 1, periodStart: '2020', periodEnd: '2020' }),
      view({ value: 2, periodStart: null, periodEnd: null }),
      view({ value: 3, periodStart: '2011', periodEnd: '2013' }),
      view({ value: 4, periodStart: '2019', periodEnd: '2019' }),
      view({ value: 5, periodStart: '2020-01-01', periodEnd: '2020-10-22' }), // year to date → its year
      view({ value: 6, periodStart: '2019', periodEnd: '2019' }),
    ]);
    expect(data.annual.categories).toEqual(['2011–2013', '2019', '2020', UNKNOWN_DATE]);
    expect(data.annual.points.find((p) => p.y === 5)?.x).toBe('2020');
  });

  it('cumulative points are ordered by as-of date; undated ones go to "date unknown", placed last', () => {
    const undated = view({ value: 168, cumulative: true, periodStart: '2001-09-11', periodEnd: null, asOf: null });
    const late = view({ value: 210, cumulative: true, periodStart: '2002', periodEnd: '2021-05-17', asOf: '2021-05-17' });
    const early = view({ value: 132, cumulative: true, periodStart: '2002', periodEnd: '2015-03-24', asOf: '2015-03-24' });
    const stock = view({ value: 1600, qualifier: 'more_than', cumulative: true, periodStart: null, periodEnd: null, asOf: null });
    const data = chart([undated, late, stock, early]);
    expect(data.cumulative.categories).toEqual(['as of 24 Mar 2015', 'as of 17 May 2021', UNKNOWN_DATE]);
    expect(data.cumulative.points.map((p) => p.id)).toEqual([early.id, late.id, undated.id, stock.id]);
    expect(data.cumulative.points.at(-1)!.x).toBe(UNKNOWN_DATE);
    expect(data.annual.points).toEqual([]);
  });

  it('scopes become series, the national total first', () => {
    const data = chart([
      view({ value: 40, scope: 'linked to ISIS' }),
      view({ value: 25 }),
      view({ value: 7, scope: 'BCIJ operations' }),
    ]);
    expect(data.annual.series).toEqual([NATIONAL, 'BCIJ operations', 'linked to ISIS']);
  });

  it('an empty list gives empty charts', () => {
    expect(chart([])).toEqual({
      annual: { categories: [], points: [], series: [] },
      cumulative: { categories: [], points: [], series: [] },
    });
  });
});
