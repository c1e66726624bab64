import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ensureMetrics } from '@/lib/ingest/seed';
import { ingestPending, type Spec } from '@/lib/test/corpus';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from '@/lib/test/database';
import { applyReviewAction, REVIEW_ACTIONS, ReviewRefused } from './review';
import { checkSummaries, rebuildSummaries } from './summaries';
import { correctFigure, getFigureEditState } from './corrections';
import { editSourceDetails, setSourceWithdrawn } from './source-edits';
import { acceptRestOfSource } from './review-queue';

/**
 * The maintained summaries equal a rebuild from the figures after any sequence of writes through the real write
 * paths (ingest, every review action, a correction that moves a figure to another key, year or attribution, a
 * source withdrawn or restored, accepting the rest of a source). A write the domain refuses (accepting an accepted figure) changes nothing,
 * and must leave the summaries right too.
 */

const METRICS = ['cells_dismantled', 'arrests', 'foreign_fighters'] as const;
const SCOPES = [null, 'linked to ISIS', 'Women'] as const;
const QUALIFIERS = ['exact', 'more_than', 'at_least', 'about', 'fewer_than', 'up_to'] as const;
const ATTRIBUTIONS = [null, 'BCIJ', 'DGSN'] as const;

const figureSpec = fc.record({
  metric: fc.constantFrom(...METRICS),
  scope: fc.constantFrom(...SCOPES),
  qualifier: fc.constantFrom(...QUALIFIERS),
  value: fc.integer({ min: 0, max: 60 }),
  cumulative: fc.boolean(),
  year: fc.integer({ min: 2015, max: 2017 }),
  attributedTo: fc.constantFrom(...ATTRIBUTIONS),
});

const dateOf = (k: number) => new Date(Date.UTC(2020, 0, 1 + k * 20)).toISOString().slice(0, 10);

const write = fc.oneof(
  fc.record({
    kind: fc.constant('ingest' as const),
    // Dates a few weeks apart, so running totals split into statements (45-day window) and join them; now and
    // then an undated article (its running totals are one statement per source, after the dated ones).
    date: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 30 }).map(dateOf) }, { weight: 2, arbitrary: fc.constant('') }),
    figures: fc.array(figureSpec, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('review' as const), pick: fc.nat(), action: fc.constantFrom(...REVIEW_ACTIONS) }),
  fc.record({ kind: fc.constant('correct' as const), pick: fc.nat(), to: figureSpec }),
  fc.record({ kind: fc.constant('withdraw' as const), pick: fc.nat() }),
  // A new publication date moves the source's figures that took theirs from it to other statements.
  fc.record({ kind: fc.constant('redate' as const), pick: fc.nat(), date: fc.integer({ min: 0, max: 30 }).map(dateOf) }),
  fc.record({ kind: fc.constant('acceptRest' as const), pick: fc.nat() }),
  // A renamed source renames the unattributed claims a statement's summary names after it.
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat() }),
);

let article = 0;

type FigureSpec = typeof figureSpec extends fc.Arbitrary<infer T> ? T : never;

function specsOf(figures: FigureSpec[], n: number): Spec[] {
  return figures.map((f, i) => ({
    sentence: `Statement ${n}-${i}: the count was ${f.value} figures.`,
    quote: `the count was ${f.value}`,
    metric: f.metric,
    scope: f.scope,
    qualifier: f.qualifier,
    value: f.value,
    cumulative: f.cumulative,
    periodStart: f.cumulative ? '2002' : String(f.year),
    periodEnd: f.cumulative ? null : String(f.year),
    attributedTo: f.attributedTo,
  }));
}

const open: TestDatabase[] = [];
afterAll(async () => {
  for (const t of open) await t.close();
});

describe('summaries maintained on write', () => {
  it('equal a rebuild from the figures after any sequence of ingests, review actions, corrections and withdrawals', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 12 }), async (writes) => {
        const t = await createTestDatabase();
        open.push(t);
        useAsAppDatabase(t);
        await ensureMetrics(t.db);
        for (const w of writes) {
          if (w.kind === 'ingest') {
            const n = ++article;
            await ingestPending(t.db, { date: w.date, title: `Article ${n}`, outlet: `Outlet ${n % 3}` }, specsOf(w.figures, n));
          } else if (w.kind === 'correct') {
            const ids = (await t.db.figure.findMany({ where: { deletedAt: null }, select: { id: true }, orderBy: { id: 'asc' } })).map((f) => f.id);
            if (!ids.length) continue;
            const id = ids[w.pick % ids.length]!;
            const state = (await getFigureEditState(id))!;
            const to = w.to;
            await correctFigure(id, state.version, {
              ...state.fields,
              metricKey: to.metric,
              value: to.value,
              qualifier: to.qualifier,
              periodStart: to.cumulative ? '2002' : String(to.year),
              periodEnd: to.cumulative ? null : String(to.year),
              cumulative: to.cumulative,
              scope: to.scope,
              attributedTo: to.attributedTo,
            }, 'tester', null);
          } else if (w.kind === 'redate') {
            const sources = await t.db.source.findMany({ orderBy: { id: 'asc' } });
            if (!sources.length) continue;
            const s = sources[w.pick % sources.length]!;
            const details = { title: s.title, outlet: s.outlet, url: s.url, publishedAt: w.date, language: s.language as 'en' | 'fr' | null, isPublic: s.isPublic };
            await editSourceDetails(s.id, s.version, details, 'tester', null);
          } else if (w.kind === 'rename') {
            const sources = await t.db.source.findMany({ orderBy: { id: 'asc' } });
            if (!sources.length) continue;
            const s = sources[w.pick % sources.length]!;
            const { title, url, publishedAt, language, isPublic } = s;
            await editSourceDetails(s.id, s.version, { title, url, publishedAt, language: language as 'en' | 'fr', isPublic, outlet: `Renamed ${w.pick % 5}` }, 'tester', null);
          } else if (w.kind === 'withdraw' || w.kind === 'acceptRest') {
            const sources = await t.db.source.findMany({ select: { id: true, withdrawnAt: true }, orderBy: { id: 'asc' } });
            if (!sources.length) continue;
            const s = sources[w.pick % sources.length]!;
            if (w.kind === 'withdraw') await setSourceWithdrawn(s.id, s.withdrawnAt === null, 'tester', null);
            else await acceptRestOfSource(s.id, 'tester');
          } else {
            const ids = (await t.db.figure.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((f) => f.id);
            if (!ids.length) continue;
            try {
              await applyReviewAction(ids[w.pick % ids.length]!, w.action, 'tester', null);
            } catch (err) {
              if (!(err instanceof ReviewRefused)) throw err;
            }
          }
        }
        expect(await checkSummaries(t.db)).toEqual([]);
        await t.close();
        open.pop();
      }),
      { numRuns: 40 },
    );
  }, 240_000);

  it('undated running totals: one statement per source, after the dated ones, kept right as sources come and go', async () => {
    const t = await createTestDatabase();
    open.push(t);
    useAsAppDatabase(t);
    await ensureMetrics(t.db);
    const total = (value: number): FigureSpec => ({ metric: 'cells_dismantled', scope: null, qualifier: 'more_than', value, cumulative: true, year: 2020, attributedTo: 'BCIJ' });
    for (const [i, date] of ['', '2020-01-01', '', '2020-06-01', ''].entries()) {
      await ingestPending(t.db, { date, title: `Undated ${i}`, outlet: 'X' }, specsOf([total(100 + i)], 1000 + i));
      expect(await checkSummaries(t.db)).toEqual([]);
    }
    const undated = await t.db.statementSummary.findMany({ where: { view: 'current', asOf: null }, orderBy: { statementIndex: 'asc' }, select: { statementIndex: true, firstFigureId: true } });
    expect(undated.map((r) => r.statementIndex)).toEqual([2, 3, 4]);
    const sources = await t.db.source.findMany({ orderBy: { id: 'asc' }, select: { id: true, withdrawnAt: true } });
    await setSourceWithdrawn(sources[0]!.id, true, 'tester', null);
    expect(await checkSummaries(t.db)).toEqual([]);
    await setSourceWithdrawn(sources[1]!.id, true, 'tester', null);
    expect(await checkSummaries(t.db)).toEqual([]);
  });

  it('checkSummaries reports a stale summary, and a rebuild repairs it', async () => {
    const t = await createTestDatabase();
    open.push(t);
    await ensureMetrics(t.db);
    await ingestPending(t.db, { date: '2020-01-01', title: 'One', outlet: 'X' }, specsOf([{ metric: 'arrests', scope: null, qualifier: 'exact', value: 7, cumulative: false, year: 2019, attributedTo: 'BCIJ' }], 0));
    expect(await checkSummaries(t.db)).toEqual([]);
    // A write that bypasses the hook: exactly what db:check is for.
    await t.db.figure.updateMany({ data: { deletedAt: new Date() } });
    const problems = await checkSummaries(t.db);
    expect(problems.some((p) => p.startsWith('statement: stale'))).toBe(true);
    expect(problems.some((p) => p.startsWith('source: stale'))).toBe(true);
    await rebuildSummaries(t.db);
    expect(await checkSummaries(t.db)).toEqual([]);
  });
});
