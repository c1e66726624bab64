import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_METRICS } from '@/lib/domain/metrics';
import { loadTestCorpus, BULK_FIGURES, type TestCorpus } from '@/lib/test/corpus';
import { createTestDatabase, testDatabaseProvider, useAsAppDatabase, type TestDatabase } from '@/lib/test/database';
import {
  COMPARE_PAGE_SIZE,
  FIGURES_PER_KEY,
  PAGE_SIZE,
  countFigures,
  getFigureApiPage,
  getComparisonSections,
  getFigure,
  getFigureComparisons,
  getFigurePage,
  getFilterOptions,
  iterateFigures,
  type ComparisonSection,
} from './figures';
import { FIGURE_SORTS, type FigureFilters } from './schemas';

/**
 * The figure reads against a real database: SQLite by default, PostgreSQL when TEST_DATABASE_URL names one
 * (see lib/test/database.ts). Same data, same expectations, both providers.
 */
let t: TestDatabase;
let corpus: TestCorpus;

/** Every visible figure (not rejected, not deleted), read straight from the database, as the reference. */
interface Ref {
  id: number;
  metricKey: string;
  sortOrder: number;
  value: number;
  asOf: string | null;
  periodStartYear: number | null;
  periodEndYear: number | null;
  sourceId: number;
  outlet: string | null;
  comparisonKey: string;
  attributedTo: string | null;
}
let visible: Ref[];

beforeAll(async () => {
  t = await createTestDatabase();
  useAsAppDatabase(t);
  corpus = await loadTestCorpus(t.db);
  const rows = await t.db.figure.findMany({
    where: { deletedAt: null, reviewStatus: { not: 'rejected' } },
    include: { metric: { select: { sortOrder: true } }, source: { select: { outlet: true } } },
    orderBy: { id: 'asc' },
  });
  visible = rows.map((r) => ({
    id: r.id,
    metricKey: r.metricKey,
    sortOrder: r.metric.sortOrder,
    value: r.value,
    asOf: r.asOf,
    periodStartYear: r.periodStartYear,
    periodEndYear: r.periodEndYear,
    sourceId: r.sourceId,
    outlet: r.source.outlet,
    comparisonKey: r.comparisonKey,
    attributedTo: r.attributedTo,
  }));
});

afterAll(async () => {
  await t?.close();
});

const SEED_FIGURES = 15;
// wire: 3 pending (one more deleted); daily: 2 reviewed (one more rejected); yearly: 12; bulk: BULK_FIGURES.
const VISIBLE = SEED_FIGURES + 3 + 2 + 12 + BULK_FIGURES;

/** All rows of every page, in page order. */
async function allPages(filters: FigureFilters): Promise<number[]> {
  const first = await getFigurePage(filters);
  const ids = first.rows.map((r) => r.id);
  for (let page = 2; page <= first.pageCount; page++) ids.push(...(await getFigurePage({ ...filters, page })).rows.map((r) => r.id));
  return ids;
}

async function idsWhere(filters: FigureFilters): Promise<number[]> {
  return (await allPages(filters)).sort((a, b) => a - b);
}

async function seedId(where: { value: number; metricKey?: string; fileName: string }): Promise<number[]> {
  const rows = await t.db.figure.findMany({ where: { value: where.value, metricKey: where.metricKey, source: { fileName: { startsWith: where.fileName } } }, select: { id: true }, orderBy: { id: 'asc' } });
  return rows.map((r) => r.id);
}

const byId = (ids: number[]) => [...ids].sort((a, b) => a - b);

/** Unknown (null) last in either direction, as the data layer orders. */
function nullsLast<T extends string | number>(a: T | null, b: T | null, dir: 'asc' | 'desc'): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return (a < b ? -1 : 1) * (dir === 'asc' ? 1 : -1);
}

it(`runs on ${testDatabaseProvider()}`, async () => {
  expect(t.provider).toBe(testDatabaseProvider());
  expect(t.url.startsWith(t.provider === 'sqlite' ? 'file:' : 'postgresql://')).toBe(true);
  expect(process.env.DATABASE_URL).toBe(t.url);
});

describe('getFigurePage', () => {
  it('counts only visible figures: rejected and soft-deleted ones never appear', async () => {
    expect(visible).toHaveLength(VISIBLE);
    const page = await getFigurePage({});
    expect(page.total).toBe(VISIBLE);
    expect(page.pageCount).toBe(Math.ceil(VISIBLE / PAGE_SIZE));
    const ids = await allPages({});
    expect(ids).toHaveLength(VISIBLE);
    expect(new Set(ids).size).toBe(VISIBLE);
    expect(byId(ids)).toEqual(visible.map((r) => r.id));
    for (const filters of [{}, { status: 'current' }, { status: 'pending' }, { status: 'reviewed' }, { q: '99' }, { attributedTo: 'Deleted Agency' }] satisfies FigureFilters[]) {
      const all = await allPages(filters);
      expect(all, JSON.stringify(filters)).not.toContain(corpus.figures.deleted);
      expect(all, JSON.stringify(filters)).not.toContain(corpus.figures.rejected);
    }
  });

  it('paginates by PAGE_SIZE; a page beyond the end is reported as such (with the last page in rows)', async () => {
    const pageCount = Math.ceil(VISIBLE / PAGE_SIZE);
    expect(pageCount).toBeGreaterThan(2);
    const first = await getFigurePage({ page: 1 });
    expect(first).toMatchObject({ page: 1, pageCount, total: VISIBLE });
    expect(first.rows).toHaveLength(PAGE_SIZE);
    const last = await getFigurePage({ page: pageCount });
    expect(last.rows).toHaveLength(VISIBLE - (pageCount - 1) * PAGE_SIZE);
    const beyond = await getFigurePage({ page: pageCount + 50 });
    expect(beyond).toMatchObject({ page: pageCount, pageCount, total: VISIBLE, pastEnd: { requested: pageCount + 50 } });
    expect(beyond.rows.map((r) => r.id)).toEqual(last.rows.map((r) => r.id));
    expect(first.pastEnd).toBeNull();
    expect(last.pastEnd).toBeNull();
    // An empty result is one empty page, not page 0, and no page is "past" it: nothing matches at all.
    const none = await getFigurePage({ metric: 'no_such_metric', page: 3 });
    expect(none).toMatchObject({ rows: [], total: 0, page: 1, pageCount: 1, pastEnd: null });
  });

  it('filters by metric, source and attribution', async () => {
    for (const metric of CORE_METRICS.map((m) => m.key)) {
      const page = await getFigurePage({ metric });
      expect(page.total, metric).toBe(visible.filter((r) => r.metricKey === metric).length);
      expect(page.rows.every((r) => r.metricKey === metric)).toBe(true);
    }
    expect((await getFigurePage({ metric: 'cells_dismantled' })).total).toBe(8);
    expect(await idsWhere({ source: corpus.sources.yearly })).toEqual(visible.filter((r) => r.sourceId === corpus.sources.yearly).map((r) => r.id));
    expect((await getFigurePage({ source: corpus.sources.yearly })).total).toBe(12);
    expect((await getFigurePage({ source: 999_999 })).total).toBe(0);
    expect(await idsWhere({ attributedTo: 'DGSN' })).toEqual(byId([corpus.figures.runningLater, corpus.figures.isisArrests, corpus.figures.runningEarlier, corpus.figures.standing]));
    expect((await getFigurePage({ attributedTo: 'US State Department' })).total).toBe(6);
    expect((await getFigurePage({ attributedTo: 'Rejected Only Agency' })).total).toBe(0);
    expect((await getFigurePage({ attributedTo: 'Deleted Agency' })).total).toBe(0);
    // Filters combine.
    expect(await idsWhere({ attributedTo: 'DGSN', metric: 'cells_dismantled' })).toEqual(byId([corpus.figures.runningLater, corpus.figures.runningEarlier]));
  });

  it('filters by review status: current is everything visible, reviewed and pending split it', async () => {
    const reviewed = await getFigurePage({ status: 'reviewed' });
    const pending = await getFigurePage({ status: 'pending' });
    expect(reviewed.total).toBe(SEED_FIGURES + 2);
    expect(pending.total).toBe(3 + 12 + BULK_FIGURES);
    expect((await getFigurePage({ status: 'current' })).total).toBe(VISIBLE);
    expect(reviewed.rows.every((r) => r.reviewStatus === 'reviewed')).toBe(true);
    expect(pending.rows.every((r) => r.reviewStatus === 'pending')).toBe(true);
  });

  it('year range: a flow figure by its period; a running total by its span up to its as-of date; a standing total by its as-of year', async () => {
    const seed2019Cells = [...(await seedId({ value: 25, metricKey: 'cells_dismantled', fileName: '001' })), ...(await seedId({ value: 25, metricKey: 'cells_dismantled', fileName: '004' }))];
    // 2019: both outlets' "more than 25", the conflicting 10, "183 since 2002" stated in 2019 and "210 since 2002"
    // stated in 2021 (its span 2002–2021 covers 2019). Not the 2001-09-11 totals of unknown date.
    expect(await idsWhere({ metric: 'cells_dismantled', from: 2019, to: 2019 })).toEqual(
      byId([...seed2019Cells, corpus.figures.conflict, corpus.figures.runningEarlier, corpus.figures.runningLater]),
    );
    expect(await idsWhere({ metric: 'cells_dismantled', from: 2021, to: 2021 })).toEqual([corpus.figures.runningLater]);
    expect(await idsWhere({ metric: 'cells_dismantled', from: 2022 })).toEqual([]);
    expect(await idsWhere({ metric: 'cells_dismantled', to: 2001 })).toEqual(byId(await seedId({ value: 168, fileName: '003' }).then(async (a) => [...a, ...(await seedId({ value: 50, fileName: '003' })), ...(await seedId({ value: 45, fileName: '003' }))])));
    // A standing total counts in the year it was stated; one of unknown date in no year range.
    expect(await idsWhere({ metric: 'foreign_fighters', from: 2019, to: 2019 })).toEqual([corpus.figures.standing]);
    expect(await idsWhere({ metric: 'foreign_fighters', from: 2020 })).toEqual([]);
    expect(await idsWhere({ metric: 'foreign_fighters', to: 2018 })).toEqual([]);
    expect((await getFigurePage({ metric: 'foreign_fighters' })).total).toBe(2);
    // Flow figures: from and to are inclusive.
    const yearly = visible.filter((r) => r.sourceId === corpus.sources.yearly);
    const yearlyIn = (from: number, to: number) => yearly.filter((r) => r.periodStartYear! >= from && r.periodEndYear! <= to).map((r) => r.id);
    expect(await idsWhere({ source: corpus.sources.yearly, from: 2010, to: 2012 })).toEqual(yearlyIn(2010, 2012));
    expect(yearlyIn(2010, 2012)).toHaveLength(3);
    expect(await idsWhere({ source: corpus.sources.yearly, from: 2019 })).toEqual(yearlyIn(2019, 2019));
    // "since 2001-09-11" of unknown date starts before 2008: within "up to 2008"; the stock "6" of unknown date is not.
    expect(await idsWhere({ metric: 'arrests', to: 2008 })).toEqual(byId([...yearlyIn(2008, 2008), ...(await seedId({ value: 2963, fileName: '003' }))]));
  });

  it('search is case-insensitive over quote, scope, attribution and printed value, and never finds hidden figures', async () => {
    const isis = [...(await seedId({ value: 125, fileName: '001' })), ...(await seedId({ value: 125, fileName: '004' })), corpus.figures.isisArrests];
    expect(await idsWhere({ q: 'isis' })).toEqual(byId(isis));
    expect(await idsWhere({ q: 'ISIS' })).toEqual(byId(isis));
    expect(await idsWhere({ q: 'IsIs' })).toEqual(byId(isis));
    // Quote text: "Plot number 1 was foiled", "Plot number 10…19 was foiled".
    expect((await getFigurePage({ q: 'plot number 1' })).total).toBe(11);
    // Attribution and printed value.
    expect((await getFigurePage({ q: 'yearly review' })).total).toBe(12);
    expect(await idsWhere({ q: 'some 40' })).toEqual([corpus.figures.isisArrests]);
    // The rejected "99 plots" and the deleted "999 returnees" are not found.
    expect((await getFigurePage({ q: '99 plots' })).total).toBe(0);
    expect((await getFigurePage({ q: '999 returnees' })).total).toBe(0);
    // Search combines with the other filters.
    expect(await idsWhere({ q: 'isis', from: 2020 })).toEqual([corpus.figures.isisArrests]);
  });

  it('search text is literal: "%", "_" and "\\" are not wildcards', async () => {
    const visibleTexts = await t.db.figure.findMany({ where: { deletedAt: null, reviewStatus: { not: 'rejected' } }, select: { quote: true, scope: true, attributedTo: true, valueText: true } });
    const containing = (q: string) => visibleTexts.filter((f) => [f.quote, f.scope, f.attributedTo, f.valueText].some((v) => v?.includes(q))).length;
    expect(visibleTexts.length).toBeGreaterThan(10);
    for (const q of ['%', '_', '\\', '%%', '4_', '1%']) expect((await getFigurePage({ q })).total).toBe(containing(q));
  });

  const signed = (a: number, b: number, dir: 'asc' | 'desc') => (a - b) * (dir === 'asc' ? 1 : -1);
  const expectedOrder: Record<(typeof FIGURE_SORTS)[number], (a: Ref, b: Ref, dir: 'asc' | 'desc') => number> = {
    // Date and value ties follow the direction (one index walk each way); the other orders break ties by id.
    asOf: (a, b, dir) => nullsLast(a.asOf, b.asOf, dir) || signed(a.id, b.id, dir),
    period: (a, b, dir) => nullsLast(a.periodEndYear, b.periodEndYear, dir) || nullsLast(a.periodStartYear, b.periodStartYear, dir) || a.id - b.id,
    metric: (a, b, dir) => signed(a.sortOrder, b.sortOrder, dir) || a.id - b.id,
    value: (a, b, dir) => signed(a.value, b.value, dir) || signed(a.id, b.id, dir),
    source: (a, b, dir) => nullsLast(a.outlet, b.outlet, dir) || signed(a.sourceId, b.sourceId, dir) || a.id - b.id,
  };

  for (const sort of FIGURE_SORTS) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`sorts by ${sort} ${dir}, unknowns last, ties by id, stable across pages`, async () => {
        const ids = await allPages({ sort, dir });
        expect(ids).toEqual([...visible].sort((a, b) => expectedOrder[sort](a, b, dir)).map((r) => r.id));
        expect(await allPages({ sort, dir })).toEqual(ids);
      });
    }
  }

  it('keyset: following each Next link (after = last row) reads exactly the pages that page numbers read', async () => {
    for (const sort of ['asOf', 'value'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const byNumber = await allPages({ sort, dir });
        const walked: number[] = [];
        let page = await getFigurePage({ sort, dir });
        walked.push(...page.rows.map((r) => r.id));
        while (page.nextAfter !== undefined) {
          page = await getFigurePage({ sort, dir, page: page.page + 1, after: page.nextAfter });
          walked.push(...page.rows.map((r) => r.id));
        }
        expect(walked, `${sort} ${dir}`).toEqual(byNumber);
        // Combined with a filter, too.
        const filtered = await allPages({ sort, dir, metric: 'plots_foiled' });
        const first = await getFigurePage({ sort, dir, metric: 'plots_foiled' });
        expect(first.nextAfter).toBeDefined();
        const second = await getFigurePage({ sort, dir, metric: 'plots_foiled', page: 2, after: first.nextAfter });
        expect(second.rows.map((r) => r.id)).toEqual(filtered.slice(PAGE_SIZE, 2 * PAGE_SIZE));
      }
    }
  });

  it('counts: exact from the summaries for metric/status/source/attribution views, capped otherwise', async () => {
    const visibleCount = (pred: (r: Ref) => boolean) => visible.filter(pred).length;
    expect(await countFigures({})).toEqual({ total: visible.length, lowerBound: false });
    expect(await countFigures({ metric: 'plots_foiled' })).toEqual({ total: visibleCount((r) => r.metricKey === 'plots_foiled'), lowerBound: false });
    expect(await countFigures({ source: corpus.sources.yearly })).toEqual({ total: 12, lowerBound: false });
    expect(await countFigures({ source: corpus.sources.yearly, status: 'reviewed' })).toEqual({ total: 0, lowerBound: false });
    expect(await countFigures({ attributedTo: 'Yearly Review' })).toEqual({ total: 12, lowerBound: false });
    expect(await countFigures({ metric: 'arrests', from: 2010, to: 2012 })).toEqual({ total: (await idsWhere({ metric: 'arrests', from: 2010, to: 2012 })).length, lowerBound: false });
    // A search is counted by its matches (the filters but the years are applied inside it), as many as are listed.
    const isisIds = [...(await seedId({ value: 125, fileName: '001' })), ...(await seedId({ value: 125, fileName: '004' })), corpus.figures.isisArrests];
    const isis = visible.filter((r) => isisIds.includes(r.id));
    expect(await countFigures({ q: 'isis' })).toEqual({ total: 3, lowerBound: false });
    for (const metric of new Set(isis.map((r) => r.metricKey))) {
      expect(await countFigures({ q: 'isis', metric })).toEqual({ total: isis.filter((r) => r.metricKey === metric).length, lowerBound: false });
    }
    expect(await countFigures({ q: 'isis', source: isis[0]!.sourceId })).toEqual({ total: isis.filter((r) => r.sourceId === isis[0]!.sourceId).length, lowerBound: false });
    expect(await countFigures({ q: 'isis', from: 2020 })).toEqual({ total: 1, lowerBound: false });
  });

  it('default directions: newest first for dates, periods and values; A→Z for metric and source', async () => {
    const firstPage = async (filters: FigureFilters) => (await getFigurePage(filters)).rows.map((r) => r.id);
    const defaults = { asOf: 'desc', period: 'desc', value: 'desc', metric: 'asc', source: 'asc' } as const;
    for (const sort of FIGURE_SORTS) expect(await firstPage({ sort }), sort).toEqual(await firstPage({ sort, dir: defaults[sort] }));
    expect(await firstPage({})).toEqual(await firstPage({ sort: 'asOf', dir: 'desc' }));
  });

  it('rows are complete views: source label, metric label, interval', async () => {
    const [row] = (await getFigurePage({ q: 'some 40' })).rows;
    expect(row).toMatchObject({
      metricKey: 'arrests',
      metricLabel: 'Arrests',
      valueText: 'Some 40',
      qualifier: 'about',
      interval: { lower: 36, upper: 44, lowerInclusive: true, upperInclusive: true },
      scope: 'linked to isis',
      asOf: '2021-03-01',
      reviewStatus: 'pending',
      sourceId: corpus.sources.wire,
      source: { id: corpus.sources.wire, outlet: 'Synthetic Wire', label: 'Synthetic Wire', publishedAt: '2021-03-01' },
    });
  });
});

describe('getComparisonSections', () => {
  const CELLS_2019 = 'cells_dismantled|MA||2019..2019';
  const section = (sections: ComparisonSection[], key: string) => {
    const s = sections.find((x) => x.key === key);
    if (!s) throw new Error(`no section ${key} among ${sections.map((x) => x.key).join(', ')}`);
    return s;
  };

  it('the two seed outlets relaying the State Department\'s 2019 "more than 25 cells" are one claim in 2 sources, not agreement', async () => {
    const { sections } = await getComparisonSections({ metric: 'cells_dismantled', status: 'reviewed' });
    const s = section(sections, CELLS_2019);
    expect(s).toMatchObject({ metricKey: 'cells_dismantled', metricLabel: 'Cells dismantled', scope: null, cumulative: false, total: 2 });
    expect(s.groups).toHaveLength(1);
    expect(s.groups[0]).toMatchObject({ verdict: 'single_claim', sourceCount: 2, transcriptionConflict: false });
    expect(s.groups[0]!.claims).toHaveLength(1);
    expect(s.groups[0]!.figures.map((f) => f.value)).toEqual([25, 25]);
  });

  it('an exact 10 from a third source is an independent claim that disagrees with the relayed one', async () => {
    const { sections } = await getComparisonSections({ metric: 'cells_dismantled' });
    const s = section(sections, CELLS_2019);
    expect(s.total).toBe(3);
    expect(s.groups).toHaveLength(1);
    const g = s.groups[0]!;
    expect(g).toMatchObject({ verdict: 'disagree', sourceCount: 3 });
    const seed = g.figures.filter((f) => f.value === 25).map((f) => f.id);
    expect(g.claims.map((c) => c.figures.map((f) => f.id))).toEqual([seed, [corpus.figures.conflict]]);
  });

  it('different scopes are separate sections, never merged', async () => {
    const { sections } = await getComparisonSections({ metric: 'cells_dismantled', status: 'reviewed' });
    const since911 = sections.filter((s) => s.cumulative && s.key.endsWith('|since:2001-09-11'));
    expect(since911.map((s) => s.scope).sort()).toEqual(['connected to foreign hotbeds of terrorism', 'direct links with groups in conflict zones (Syria, Iraq)', null].sort());
    for (const s of since911) expect(s.groups.every((g) => g.verdict === 'single_claim')).toBe(true);
  });

  it('a running total restated at two dates: two statements and the derived increase between them', async () => {
    const { sections } = await getComparisonSections({ metric: 'cells_dismantled' });
    const s = section(sections, 'cells_dismantled|MA||since:2002');
    expect(s.cumulative).toBe(true);
    expect(s.groups.map((g) => g.figures.map((f) => f.id))).toEqual([[corpus.figures.runningEarlier], [corpus.figures.runningLater]]);
    expect(s.derived).toEqual([{ from: '2019-11-15', to: '2021-03-01', lower: 27, upper: 27 }]);
    expect(s.decreases).toEqual([]);
  });

  it('paginates over comparison keys, most-reported first; a page beyond the end shows the last page', async () => {
    const keyCounts = new Map<string, number>();
    for (const r of visible) keyCounts.set(r.comparisonKey, (keyCounts.get(r.comparisonKey) ?? 0) + 1);
    const first = await getComparisonSections({});
    expect(first.total).toBe(keyCounts.size);
    expect(keyCounts.size).toBeGreaterThan(COMPARE_PAGE_SIZE);
    const pageCount = Math.ceil(keyCounts.size / COMPARE_PAGE_SIZE);
    expect(first).toMatchObject({ page: 1, pageCount });
    expect(first.sections).toHaveLength(COMPARE_PAGE_SIZE);
    const keys = first.sections.map((s) => s.key);
    for (let page = 2; page <= pageCount; page++) keys.push(...(await getComparisonSections({ page })).sections.map((s) => s.key));
    expect(keys).toHaveLength(keyCounts.size);
    expect(new Set(keys)).toEqual(new Set(keyCounts.keys()));
    const counts = keys.map((k) => keyCounts.get(k)!);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const s of first.sections) expect(s.total).toBe(keyCounts.get(s.key));
    const beyond = await getComparisonSections({ page: pageCount + 10 });
    expect(beyond.page).toBe(pageCount);
    expect(beyond.sections.map((s) => s.key)).toEqual(keys.slice((pageCount - 1) * COMPARE_PAGE_SIZE));
  });

  it(`compares at most FIGURES_PER_KEY figures of one key and says how many there are`, async () => {
    const { sections } = await getComparisonSections({});
    const bulk = sections[0]!;
    expect(bulk.key).toBe('plots_foiled|MA||2015..2015');
    expect(bulk.total).toBe(BULK_FIGURES);
    const compared = bulk.groups.flatMap((g) => g.figures);
    expect(BULK_FIGURES).toBeGreaterThan(FIGURES_PER_KEY);
    expect(compared).toHaveLength(FIGURES_PER_KEY);
    expect(new Set(compared.map((f) => f.id)).size).toBe(FIGURES_PER_KEY);
    // The most recent ones (newest as-of first, then newest id), read the same way with or without a filter the
    // summaries do not hold (2015 holds every figure of this key).
    const latest = visible.filter((r) => r.comparisonKey === bulk.key).sort((a, b) => nullsLast(a.asOf, b.asOf, 'desc') || b.id - a.id).slice(0, FIGURES_PER_KEY).map((r) => r.id);
    expect(compared.map((f) => f.id).sort((a, b) => a - b)).toEqual(latest.sort((a, b) => a - b));
    const filtered = section((await getComparisonSections({ from: 2015 })).sections, bulk.key).groups.flatMap((g) => g.figures);
    expect(filtered.map((f) => f.id)).toEqual(compared.map((f) => f.id));
  });
});

describe('getFigure and getFigureComparisons', () => {
  it('getFigure: a visible figure; null for a soft-deleted or unknown one', async () => {
    expect((await getFigure(corpus.figures.conflict))?.id).toBe(corpus.figures.conflict);
    expect(await getFigure(corpus.figures.deleted)).toBeNull();
    expect(await getFigure(999_999)).toBeNull();
  });

  it('a running total stated at two dates more than 45 days apart: its own statement, and the other one', async () => {
    const later = (await getFigure(corpus.figures.runningLater))!;
    const { group, otherStatements } = await getFigureComparisons(later);
    expect(group?.figures.map((f) => f.id)).toEqual([corpus.figures.runningLater]);
    expect(group?.verdict).toBe('single_claim');
    expect(otherStatements.map((f) => f.id)).toEqual([corpus.figures.runningEarlier]);

    const earlier = (await getFigure(corpus.figures.runningEarlier))!;
    const back = await getFigureComparisons(earlier);
    expect(back.group?.figures.map((f) => f.id)).toEqual([corpus.figures.runningEarlier]);
    expect(back.otherStatements.map((f) => f.id)).toEqual([corpus.figures.runningLater]);
  });

  it('a flow figure: the comparable group across sources, no other statements', async () => {
    const conflict = (await getFigure(corpus.figures.conflict))!;
    const { group, otherStatements } = await getFigureComparisons(conflict);
    expect(group).toMatchObject({ verdict: 'disagree', sourceCount: 3 });
    expect(group!.figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([10, 25, 25]);
    expect(otherStatements).toEqual([]);
  });
});

describe('getFilterOptions', () => {
  it('metrics in catalogue order, visible attributions only, the year range (sources are searched, not listed)', async () => {
    const options = await getFilterOptions();
    expect(options.metrics.map((m) => m.key)).toEqual([...CORE_METRICS].sort((a, b) => a.sortOrder - b.sortOrder).map((m) => m.key));
    expect(options.metrics[0]).toEqual({ key: 'cells_dismantled', label: 'Cells dismantled', kind: 'flow' });

    expect(options).not.toHaveProperty('sources');

    expect(options.attributions).toEqual(['BCIJ', 'Bulk Desk', 'DGSN', 'Mohamed Moufakir, Ministry of Foreign Affairs', 'US State Department', 'Yearly Review']);
    expect(options.years).toEqual({ min: 2001, max: 2020 });
  });
});

describe('getFigureApiPage', () => {
  it('pages every visible figure once, in id order, by cursor; the limit is capped at 100', async () => {
    const ids: number[] = [];
    let cursor: number | undefined;
    for (;;) {
      const page = await getFigureApiPage({}, { limit: 7, cursor });
      expect(page.figures.length).toBeLessThanOrEqual(7);
      ids.push(...page.figures.map((f) => f.id));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(ids).toEqual(visible.map((r) => r.id));
    expect((await getFigureApiPage({}, { limit: 1000 })).figures).toHaveLength(Math.min(100, visible.length));
    expect((await getFigureApiPage({ metric: 'plots_foiled' }, { limit: 100 })).figures.every((f) => f.metricKey === 'plots_foiled')).toBe(true);
  });
});

describe('iterateFigures', () => {
  async function collect(filters: FigureFilters, batchSize: number): Promise<{ ids: number[]; sizes: number[] }> {
    const ids: number[] = [];
    const sizes: number[] = [];
    for await (const batch of iterateFigures(filters, batchSize)) {
      ids.push(...batch.map((f) => f.id));
      sizes.push(batch.length);
    }
    return { ids, sizes };
  }

  it('yields every visible figure once, in id order, across batch boundaries', async () => {
    const { ids, sizes } = await collect({}, 7);
    expect(ids).toEqual(visible.map((r) => r.id));
    expect(sizes).toEqual([...Array<number>(Math.floor(VISIBLE / 7)).fill(7), VISIBLE % 7].filter((n) => n > 0));
  });

  it('an exact multiple of the batch size ends cleanly; filters apply', async () => {
    const { ids, sizes } = await collect({ source: corpus.sources.yearly }, 6);
    expect(sizes).toEqual([6, 6]);
    expect(ids).toEqual(visible.filter((r) => r.sourceId === corpus.sources.yearly).map((r) => r.id));
    expect((await collect({ q: 'isis', status: 'pending' }, 1)).ids).toEqual([corpus.figures.isisArrests]);
    expect((await collect({ metric: 'no_such_metric' }, 5)).sizes).toEqual([]);
  });
});
