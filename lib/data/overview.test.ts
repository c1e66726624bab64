import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { groupComparable } from '@/lib/domain/compare';
import type { Qualifier } from '@/lib/domain/figure';
import { yearOf } from '@/lib/domain/periods';
import { loadTestCorpus } from '@/lib/test/corpus';
import { createTestDatabase, testDatabaseProvider, useAsAppDatabase, type TestDatabase } from '@/lib/test/database';
import { buildBenchDatabase } from '@/scripts/bench-data';
import { countFigures, getFigurePage, getFilterOptions } from './figures';
import { ANNUAL_MARKS, getHeadlines, getOverview, HEADLINE_METRICS, RUNNING_MARKS } from './overview';
import type { StatementView } from './dto';
import { getSources } from './sources';
import { SEARCH_LIMIT } from './search';
import type { FigureFilters } from './schemas';
import { checkSummaries, isShown, SUMMARY_FIGURE_SELECT, type SummaryFigure } from './summaries';
import { correctFigure, getFigureEditState } from './corrections';
import { setSourceWithdrawn } from './source-edits';

/**
 * Every view drawn from the summaries equals the same view computed from the raw figures, on the seed + test
 * corpus and on a generated database of a few thousand figures: the overview's statements and totals, the
 * sources' counts, the filter options, the table's counts.
 */

type Db = TestDatabase['db'];

const FILTERS: FigureFilters[] = [
  {},
  { metric: 'arrests' },
  { status: 'reviewed' },
  { status: 'pending' },
  { from: 2019, to: 2019 },
  { from: 2010 },
  { to: 2012, metric: 'cells_dismantled' },
];

/** What readers see: not deleted, not rejected, not from a withdrawn source. */
const visible = isShown;

/** The overview's statements, computed from the raw figures with the domain's own grouping. */
function referenceStatements(figures: SummaryFigure[], filters: FigureFilters) {
  const shown = figures.filter((f) => visible(f) && (!filters.status || filters.status === 'current' || f.reviewStatus === filters.status));
  return groupComparable(shown.map((f) => ({ ...f, qualifier: f.qualifier as Qualifier })))
    .map((g) => {
      const fs = g.figures;
      // The years a statement covers: each figure's period, a running total up to the date it was stated.
      const ends = fs.map((f) => f.periodEndYear ?? (f.cumulative ? yearOf(f.asOf) : null) ?? f.periodStartYear);
      const starts = fs.map((f, i) => f.periodStartYear ?? ends[i]!);
      const known = (xs: Array<number | null>) => xs.filter((x): x is number => x !== null);
      return {
        comparisonKey: fs[0]!.comparisonKey,
        metricKey: fs[0]!.metricKey,
        cumulative: fs[0]!.cumulative,
        figureCount: fs.length,
        sourceCount: g.sourceCount,
        pendingCount: fs.filter((f) => f.reviewStatus === 'pending').length,
        minValue: Math.min(...fs.map((f) => f.value)),
        maxValue: Math.max(...fs.map((f) => f.value)),
        verdict: g.verdict,
        claimCount: g.claims.length,
        transcriptionConflict: g.transcriptionConflict,
        firstId: Math.min(...fs.map((f) => f.id)),
        startYear: known(starts).length ? Math.min(...known(starts)) : null,
        endYear: known(ends).length ? Math.max(...known(ends)) : null,
      };
    })
    .filter((s) => (!filters.metric || s.metricKey === filters.metric) && (filters.from === undefined || (s.endYear !== null && s.endYear >= filters.from)) && (filters.to === undefined || (s.startYear !== null && s.startYear <= filters.to)));
}

/**
 * Each headline is the latest national statement of its kind among all the overview's statements: for a running
 * total the latest as-of date, for an annual figure the latest period end (ties: the latest statement).
 */
async function expectHeadlinesMatchOverview() {
  for (const filters of FILTERS) {
    const all = (await getOverview(filters, { annual: Infinity, running: Infinity })).metrics.flatMap((m) => [...m.annual.statements, ...m.running.statements]);
    const expected = HEADLINE_METRICS.filter((m) => !filters.metric || filters.metric === m).flatMap((metricKey) => {
      const national = all.filter((s) => s.metricKey === metricKey && s.scope === null);
      const running = national.filter((s) => s.cumulative && s.asOf !== null).map((s) => s.asOf!).sort().at(-1);
      const annualYears = national.filter((s) => !s.cumulative).map((s) => yearOf(s.first.periodEnd) ?? yearOf(s.first.periodStart)).filter((y): y is number => y !== null);
      const year = annualYears.length ? Math.max(...annualYears) : undefined;
      return [
        ...(running ? [`${metricKey}|running|${running}`] : []),
        ...(year !== undefined ? [`${metricKey}|annual|${year}`] : []),
      ];
    });
    const got = (await getHeadlines(filters)).map((h) => `${h.metricKey}|${h.kind}|${h.kind === 'running' ? h.statement.asOf : yearOf(h.statement.first.periodEnd) ?? yearOf(h.statement.first.periodStart)}`);
    expect(got, JSON.stringify(filters)).toEqual(expected);
  }
}

async function expectOverviewMatchesFigures(db: Db) {
  const figures = await db.figure.findMany({ select: SUMMARY_FIGURE_SELECT });
  for (const filters of FILTERS) {
    const expected = referenceStatements(figures, filters);
    const got = await getOverview(filters, { annual: Infinity, running: Infinity });
    const drawn = got.metrics.flatMap((m) => [...m.annual.statements, ...m.running.statements]).map((s) => ({
      comparisonKey: s.comparisonKey, metricKey: s.metricKey, cumulative: s.cumulative, figureCount: s.figureCount, sourceCount: s.sourceCount,
      pendingCount: s.pendingCount, minValue: s.minValue, maxValue: s.maxValue, verdict: s.verdict, claimCount: s.claimCount, transcriptionConflict: s.transcriptionConflict, firstId: s.first.id,
    }));
    const strip = expected.map(({ startYear: _s, endYear: _e, ...rest }) => (void _s, void _e, rest));
    const order = (a: { firstId: number }, b: { firstId: number }) => a.firstId - b.firstId;
    expect(drawn.sort(order), JSON.stringify(filters)).toEqual(strip.sort(order));
    expect(got.figureCount, JSON.stringify(filters)).toBe(expected.reduce((n, s) => n + s.figureCount, 0));
    // Awaiting review within the metric and years, whatever status is shown (a visitor's default is reviewed only).
    expect(got.pendingCount, JSON.stringify(filters)).toBe(referenceStatements(figures, { ...filters, status: 'pending' }).reduce((n, s) => n + s.figureCount, 0));
    for (const m of got.metrics) {
      expect(m.annual.total + m.running.total).toBe(expected.filter((s) => s.metricKey === m.metricKey).length);
      expect(m.figureCount).toBe(expected.filter((s) => s.metricKey === m.metricKey).reduce((n, s) => n + s.figureCount, 0));
    }
    // The capped overview draws the most recent statements of each series and says how many there are: the first
    // of the uncapped series, in the same order (running: newest as-of first; annual: newest end year first).
    const capped = await getOverview(filters);
    for (const m of capped.metrics) {
      const all = got.metrics.find((x) => x.metricKey === m.metricKey)!;
      const ref = (s: StatementView) => `${s.comparisonKey}#${s.statementIndex}`;
      expect(m.annual.statements.map(ref)).toEqual(all.annual.statements.slice(0, ANNUAL_MARKS).map(ref));
      expect(m.running.statements.map(ref)).toEqual(all.running.statements.slice(0, RUNNING_MARKS).map(ref));
      const ends = all.annual.statements.map((s) => yearOf(s.first.periodEnd) ?? -Infinity);
      expect(ends).toEqual([...ends].sort((a, b) => b - a));
      expect(m.annual.statements.length).toBe(Math.min(ANNUAL_MARKS, m.annual.total));
      expect(m.running.statements.length).toBe(Math.min(RUNNING_MARKS, m.running.total));
      const asOfs = m.running.statements.map((s) => s.asOf ?? '');
      expect(asOfs.filter(Boolean)).toEqual([...asOfs.filter(Boolean)].sort().reverse());
    }
  }
}

async function expectCountsMatchFigures(db: Db) {
  const figures = (await db.figure.findMany({ select: SUMMARY_FIGURE_SELECT })).filter(visible);
  const { sources } = await getSources();
  for (const s of sources) {
    const mine = figures.filter((f) => f.sourceId === s.id);
    expect({ id: s.id, figureCount: s.figureCount, pendingCount: s.pendingCount }).toEqual({ id: s.id, figureCount: mine.length, pendingCount: mine.filter((f) => f.reviewStatus === 'pending').length });
  }
  const options = await getFilterOptions();
  expect(options.attributions).toEqual([...new Set(figures.map((f) => f.attributedTo).filter((a): a is string => a !== null))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  const years = figures.flatMap((f) => [f.periodStartYear, f.periodEndYear]).filter((y): y is number => y !== null);
  expect(options.years).toEqual({ min: Math.min(...years), max: Math.max(...years) });
  const someSource = figures[0]!.sourceId;
  const someAttribution = figures.find((f) => f.attributedTo !== null)!.attributedTo!;
  for (const filters of [{}, { metric: 'arrests' }, { status: 'pending' }, { status: 'reviewed', metric: 'plots_foiled' }, { source: someSource }, { source: someSource, status: 'pending' }, { attributedTo: someAttribution }] as FigureFilters[]) {
    const raw = await db.figure.count({ where: { AND: [{ deletedAt: null, source: { withdrawnAt: null }, reviewStatus: filters.status && filters.status !== 'current' ? filters.status : { not: 'rejected' } }, filters.metric ? { metricKey: filters.metric } : {}, filters.source ? { sourceId: filters.source } : {}, filters.attributedTo ? { attributedTo: filters.attributedTo } : {}] } });
    expect(await countFigures(filters), JSON.stringify(filters)).toEqual({ total: raw, lowerBound: false });
    expect((await getFigurePage(filters)).total).toBe(raw);
  }
}

describe('summary-driven views equal the same views computed from the figures', () => {
  describe('seed and test corpus', () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase();
      useAsAppDatabase(t);
      await loadTestCorpus(t.db);
    });
    afterAll(() => t.close());
    it('overview', () => expectOverviewMatchesFigures(t.db));
    it('headlines', () => expectHeadlinesMatchOverview());
    it('sources, filter options and table counts', () => expectCountsMatchFigures(t.db));
    it('after a correction that moves a figure and a source withdrawn, then restored', async () => {
      // A correction moves a reviewed figure to another metric, year and attribution.
      const moved = (await t.db.figure.findFirst({ where: { reviewStatus: 'reviewed', deletedAt: null, metricKey: 'arrests', cumulative: false }, orderBy: { id: 'asc' }, select: { id: true } }))!;
      const state = (await getFigureEditState(moved.id))!;
      const saved = await correctFigure(moved.id, state.version, { ...state.fields, metricKey: 'cells_dismantled', value: state.fields.value + 3, periodStart: '2011', periodEnd: '2011', cumulative: false, attributedTo: 'Corrected Office' }, 'tester', null);
      expect(saved.status).toBe('saved');
      expect(await checkSummaries(t.db)).toEqual([]);
      await expectOverviewMatchesFigures(t.db);
      await expectCountsMatchFigures(t.db);
      // Withdrawing the source with the most figures takes them off the overview, the counts and the options.
      const [biggest] = await t.db.figure.groupBy({ by: ['sourceId'], where: { deletedAt: null }, _count: { _all: true }, orderBy: { _count: { sourceId: 'desc' } }, take: 1 });
      const before = (await getOverview({}, { annual: Infinity, running: Infinity })).figureCount;
      await setSourceWithdrawn(biggest!.sourceId, true, 'tester', null);
      expect(await checkSummaries(t.db)).toEqual([]);
      expect((await getOverview({}, { annual: Infinity, running: Infinity })).figureCount).toBeLessThan(before);
      expect(await countFigures({ source: biggest!.sourceId })).toEqual({ total: 0, lowerBound: false });
      await expectOverviewMatchesFigures(t.db);
      await expectCountsMatchFigures(t.db);
      await setSourceWithdrawn(biggest!.sourceId, false, 'tester', null);
      expect(await checkSummaries(t.db)).toEqual([]);
      expect((await getOverview({}, { annual: Infinity, running: Infinity })).figureCount).toBe(before);
    }, 60_000);
  });

  // The generator writes SQLite files; on PostgreSQL the seed and test corpus above still run.
  describe.skipIf(testDatabaseProvider() === 'postgresql')('a generated database (3,000 figures)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctstats-overview-'));
    const file = path.join(dir, 'generated.db');
    let db: Db;
    beforeAll(async () => {
      await buildBenchDatabase(file, 3_000);
      db = createDb(`file:${file}`);
      useAsAppDatabase({ db, url: `file:${file}`, provider: 'sqlite', close: async () => {} });
    }, 60_000);
    afterAll(async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    it('overview', () => expectOverviewMatchesFigures(db), 60_000);
    it('headlines', () => expectHeadlinesMatchOverview(), 60_000);
    it('sources, filter options and table counts', () => expectCountsMatchFigures(db), 60_000);
    it('a search matching more figures than it reads says "more than", and narrows by metric inside the search', async () => {
      const page = await getFigurePage({ q: 'dismantled' });
      expect(page.rows).toHaveLength(25);
      expect(page.totalIsLowerBound).toBe(true);
      const arrests = await db.figure.count({ where: { metricKey: 'arrests', deletedAt: null, reviewStatus: { not: 'rejected' } } });
      expect(arrests).toBeLessThan(SEARCH_LIMIT);
      expect(await getFigurePage({ q: 'dismantled', metric: 'arrests' })).toMatchObject({ total: arrests, totalIsLowerBound: false });
    }, 60_000);
  });
});
