import 'server-only';
import { getDb } from '@/lib/db/client';
import { databaseUrl, isPostgresUrl } from '@/lib/db/url';
import type { Prisma } from '@/lib/generated/prisma/client';
import { analyseSeries, groupComparable, type ComparisonGroup, type DerivedCount } from '@/lib/domain/compare';
import { formatDate } from '@/lib/domain/periods';
import { sourceRefSelect, toFigureView, type FigureView } from './dto';
import type { FigureFilters } from './schemas';
import { searchFigureIds, SEARCH_LIMIT, VISIBLE_SOURCE } from './search';
import { ftsTerms } from './search-query';
import { escapeLike } from './like';
import { nullsLast } from './order';
import { describeFilters, withoutFilter, type ActiveFilter } from '@/lib/view/filter-words';
import { cachedRead } from './read-cache';

export const PAGE_SIZE = 25;

export const figureInclude = {
  metric: { select: { label: true } },
  source: { select: sourceRefSelect },
} satisfies Prisma.FigureInclude;

/** Figures a reader sees: not deleted, not rejected in review, from a source that is not withdrawn. */
const visible: Prisma.FigureWhereInput = { deletedAt: null, reviewStatus: { not: 'rejected' }, source: { withdrawnAt: null } };

/**
 * The filters as a Prisma condition. A search (`q`) is answered by the full-text index first (lib/data/search.ts):
 * the figures it matches (within the metric, status, source and attribution filters; the most recently stored
 * SEARCH_LIMIT when there are more) are the ones the year filters narrow and the table sorts.
 */
async function whereFor(f: FigureFilters): Promise<Prisma.FigureWhereInput> {
  return whereWith(f, await searchMatches(f));
}

/** The full-text matches of the search, or null when there is no search or it has no word the index knows. */
async function searchMatches(f: FigureFilters): Promise<number[] | null> {
  return f.q && ftsTerms(f.q).length ? searchFigureIds(f.q, SEARCH_LIMIT, f, 'recent') : null;
}

/** LIKE's wildcards and its escape character. */
const LIKE_SPECIAL = /[%_\\]/;

/**
 * The search text as a literal substring of the quote, scope, attribution or value as printed. The full-text index
 * splits words at punctuation, so "4_" would find every "4…"; a search with a "%", "_" or a backslash (or with no word at
 * all) also has to contain the text as typed. Escaped: "%" and "_" are never wildcards.
 */
function literalTextWhere(q: string): Prisma.FigureWhereInput {
  const literal = escapeLike(q);
  const text = isPostgresUrl(databaseUrl()) ? { contains: literal, mode: 'insensitive' as const } : { contains: literal };
  return { OR: [{ quote: text }, { scope: text }, { attributedTo: text }, { valueText: text }] };
}

function whereWith(f: FigureFilters, matches: number[] | null): Prisma.FigureWhereInput {
  const and: Prisma.FigureWhereInput[] = [visible];
  if (f.metric) and.push({ metricKey: f.metric });
  if (f.status === 'reviewed' || f.status === 'pending') and.push({ reviewStatus: f.status });
  if (f.source) and.push({ sourceId: f.source });
  if (f.attributedTo) and.push({ attributedTo: f.attributedTo });
  if (f.sourceKind) and.push({ source: { kind: f.sourceKind } });
  if (f.key) and.push({ comparisonKey: f.key });
  // A figure falls in a year range when its period touches the range. A running total ("since 2002") spans from its
  // start to its as-of date; a standing total (no start) counts in its as-of year. Partial ISO dates compare as
  // strings, so "asOf >= '2019'" is "stated in 2019 or later" on both databases. Of unknown date, a running total
  // is placed by its start year only.
  if (f.from !== undefined) {
    and.push({ OR: [{ periodEndYear: { gte: f.from } }, { periodEndYear: null, periodStartYear: { gte: f.from } }, { periodEndYear: null, cumulative: true, asOf: { gte: String(f.from) } }] });
  }
  if (f.to !== undefined) {
    and.push({ OR: [{ periodStartYear: { lte: f.to } }, { periodStartYear: null, periodEndYear: { lte: f.to } }, { periodStartYear: null, periodEndYear: null, cumulative: true, asOf: { lt: String(f.to + 1) } }] });
  }
  if (matches) and.push({ id: { in: matches } });
  if (f.q && (matches === null || LIKE_SPECIAL.test(f.q))) and.push(literalTextWhere(f.q));
  return { AND: and };
}

function orderFor(f: FigureFilters): Prisma.FigureOrderByWithRelationInput[] {
  const dir = f.dir ?? (f.sort === 'metric' || f.sort === 'source' ? 'asc' : 'desc');
  const unknownLast = nullsLast(dir);
  switch (f.sort) {
    case 'metric':
      return [{ metric: { sortOrder: dir } }, { id: 'asc' }];
    case 'value':
      // Ties follow the direction, so a descending read is one backward walk of the (value, id) index.
      return [{ value: dir }, { id: dir }];
    case 'source':
      return [{ source: { outlet: unknownLast } }, { sourceId: dir }, { id: 'asc' }];
    case 'period':
      return [{ periodEndYear: unknownLast }, { periodStartYear: unknownLast }, { id: 'asc' }];
    case 'asOf':
    default:
      // No join in the default order: sorting through Metric.sortOrder costs a full scan at scale. Ties follow the
      // direction, so newest first is one backward walk of the (asOf, id) index (unknown dates sort last either way).
      return [{ asOf: unknownLast }, { id: dir }];
  }
}

export interface FigurePage {
  rows: FigureView[];
  /** Matching figures; when `totalIsLowerBound`, at least this many (counting stopped there). */
  total: number;
  totalIsLowerBound: boolean;
  page: number;
  pageCount: number;
  /**
   * The page asked for lies past the last one (`?page=9` of 3): the page says so rather than passing off the
   * last page (in `rows`) as page 9. With a lower-bound count, a page number that finds no rows.
   */
  pastEnd: { requested: number } | null;
  /** The last row's id when the next page can be read by keyset (`after`), else undefined. */
  nextAfter?: number;
}

/** A count over more figures than this stops and says "more than": counting every match costs a scan of them all. */
export const COUNT_LIMIT = 1_000;

const KEYSET_SORTS = new Set(['asOf', 'value']);

/**
 * How many figures match, from the summaries when the filters are ones they hold (metric and review status, or
 * one source, or one attribution); otherwise a count that stops at COUNT_LIMIT.
 */
export async function countFigures(filters: FigureFilters, searched?: number[] | null): Promise<{ total: number; lowerBound: boolean }> {
  const db = getDb();
  const { metric, status, source, attributedTo } = filters;
  // Source kind is a property of the source the summaries do not hold: counted over the figures.
  const other = filters.from !== undefined || filters.to !== undefined || filters.q !== undefined || filters.key !== undefined || filters.sourceKind !== undefined;
  const view = status === 'reviewed' || status === 'pending' ? status : 'current';
  if (!other && source === undefined && attributedTo === undefined) {
    const sum = await db.metricYearSummary.aggregate({ where: { view, ...(metric ? { metricKey: metric } : {}) }, _sum: { figureCount: true } });
    return { total: sum._sum.figureCount ?? 0, lowerBound: false };
  }
  if (!other && metric === undefined && source !== undefined && attributedTo === undefined) {
    // A withdrawn source keeps its per-source counts (analysts see them on /sources), but none of its figures is listed.
    const [row, shown] = await Promise.all([db.sourceSummary.findUnique({ where: { sourceId: source } }), db.source.count({ where: { id: source, withdrawnAt: null } })]);
    const total = !row || shown === 0 ? 0 : view === 'current' ? row.figureCount : view === 'pending' ? row.pendingCount : row.figureCount - row.pendingCount;
    return { total, lowerBound: false };
  }
  if (!other && metric === undefined && source === undefined && attributedTo !== undefined && view === 'current') {
    const row = await db.attributionSummary.findUnique({ where: { attributedTo } });
    return { total: row?.figureCount ?? 0, lowerBound: false };
  }
  const matches = searched !== undefined ? searched : await searchMatches(filters);
  // The search already applied every filter but the years and the key (SearchNarrowing, visibility): unless one of
  // those or a literal match narrows further, its matches are the count, without a second read of up to
  // SEARCH_LIMIT ids.
  if (matches !== null && filters.from === undefined && filters.to === undefined && filters.key === undefined && !LIKE_SPECIAL.test(filters.q ?? '')) {
    return { total: matches.length, lowerBound: matches.length >= SEARCH_LIMIT };
  }
  const total = await db.figure.count({ where: whereWith(filters, matches), take: COUNT_LIMIT });
  return { total, lowerBound: total >= COUNT_LIMIT || (matches !== null && matches.length >= SEARCH_LIMIT) };
}

/** Rows after `anchor` in the asOf or value order (see orderFor): the keyset for reading deep pages. */
function afterAnchor(filters: FigureFilters, anchor: { id: number; asOf: string | null; value: number }): Prisma.FigureWhereInput {
  const sort = filters.sort ?? 'asOf';
  const dir = filters.dir ?? 'desc';
  const past = dir === 'desc' ? 'lt' : 'gt';
  const tie = { id: { [past]: anchor.id } };
  if (sort === 'value') return { OR: [{ value: { [past]: anchor.value } }, { value: anchor.value, ...tie }] };
  // Unknown dates come last in both directions.
  if (anchor.asOf === null) return { asOf: null, ...tie };
  return { OR: [{ asOf: { [past]: anchor.asOf } }, { asOf: anchor.asOf, ...tie }, { asOf: null }] };
}

/**
 * One page of the table. Page numbers always work (offset); the Next link also carries the last row's id
 * (`after`), and for the date and value orders that page is read from there by keyset, so a deep page costs
 * what the first does.
 */
async function readGetFigurePage(filters: FigureFilters): Promise<FigurePage> {
  const db = getDb();
  const matches = await searchMatches(filters);
  const where = whereWith(filters, matches);
  const { total, lowerBound } = await countFigures(filters, matches);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // With a lower-bound count the last page is unknown, so a page number beyond it is still read (and may be empty).
  const page = lowerBound ? (filters.page ?? 1) : Math.min(filters.page ?? 1, pageCount);
  const keyset = KEYSET_SORTS.has(filters.sort ?? 'asOf');
  const anchor = keyset && filters.after !== undefined && page > 1 ? await db.figure.findUnique({ where: { id: filters.after }, select: { id: true, asOf: true, value: true } }) : null;
  const records = await db.figure.findMany({
    where: anchor ? { AND: [where, afterAnchor(filters, anchor)] } : where,
    include: figureInclude,
    orderBy: orderFor(filters),
    ...(anchor ? {} : { skip: (page - 1) * PAGE_SIZE }),
    take: PAGE_SIZE,
  });
  const rows = records.map(toFigureView);
  const more = lowerBound ? rows.length === PAGE_SIZE : page < pageCount;
  const requested = filters.page ?? 1;
  const pastEnd = total > 0 && (lowerBound ? rows.length === 0 && requested > 1 : requested > pageCount) ? { requested } : null;
  return { rows, total, totalIsLowerBound: lowerBound, page, pageCount, pastEnd, ...(keyset && more && rows.length ? { nextAfter: rows[rows.length - 1]!.id } : {}) };
}
export const getFigurePage = cachedRead('getFigurePage', readGetFigurePage);

/**
 * For an empty result: how many figures each active filter hides, i.e. the count with that one filter removed
 * (at most COUNT_LIMIT; a few counts, asked only when nothing matched). The page names the filters that emptied
 * the list and offers to remove each.
 */
async function readCountWithoutEach(filters: FigureFilters): Promise<Array<ActiveFilter & { total: number; lowerBound: boolean }>> {
  return Promise.all(
    describeFilters(filters).map(async (f) => ({ ...f, ...(await countFigures(withoutFilter(filters, f.group)).then((c) => ({ total: c.total, lowerBound: c.lowerBound }))) })),
  );
}
export const countWithoutEach = cachedRead('countWithoutEach', readCountWithoutEach);

/** One figure; deleted ones only for analysts (who may restore them). */
async function readGetFigure(id: number, options: { includeDeleted?: boolean } = {}): Promise<FigureView | null> {
  const r = await getDb().figure.findFirst({ where: options.includeDeleted ? { id } : { id, deletedAt: null, source: { withdrawnAt: null } }, include: figureInclude });
  return r ? toFigureView(r) : null;
}
export const getFigure = cachedRead('getFigure', readGetFigure);

export interface FigureComparisons {
  /** The statement this figure belongs to: figures counting the same thing, stated at the same time. */
  group: ComparisonGroup<FigureView> | null;
  /** For running and standing totals: the same total stated at other dates (one figure per statement). */
  otherStatements: FigureView[];
}

/** What `figure` can be compared with: its own group, and other statements of the same running total. */
async function readGetFigureComparisons(figure: FigureView): Promise<FigureComparisons> {
  const records = await getDb().figure.findMany({
    where: { ...visible, comparisonKey: figure.comparisonKey },
    include: figureInclude,
    // Newest first, one backward walk of the (comparisonKey, asOf) index.
    orderBy: [{ asOf: nullsLast('desc') }, { id: 'desc' }],
    take: 200,
  });
  const views = records.map(toFigureView);
  // A pending or very old figure may fall outside the first 200; it still belongs in its own comparison.
  if (!views.some((f) => f.id === figure.id)) views.push(figure);
  const groups = groupComparable(views);
  const group = groups.find((g) => g.figures.some((f) => f.id === figure.id)) ?? null;
  const otherStatements = figure.cumulative ? groups.filter((g) => g !== group).map((g) => g.figures[0]!) : [];
  return { group, otherStatements };
}
export const getFigureComparisons = cachedRead('getFigureComparisons', readGetFigureComparisons);

export interface ComparisonSection {
  key: string;
  /** Figures with this key in all; at most FIGURES_PER_KEY (the most recent) are compared on the page. */
  total: number;
  metricKey: string;
  metricLabel: string;
  scope: string | null;
  periodText: string;
  cumulative: boolean;
  groups: ComparisonGroup<FigureView>[];
  /** For running totals restated over time: increases between snapshots, derived, never stated. */
  derived: DerivedCount[];
  decreases: Array<[string, string]>;
}

// Ten keys of at most 24 figures each: a page of quotes stays well under 100 kB compressed.
export const COMPARE_PAGE_SIZE = 10;
export const FIGURES_PER_KEY = 24;

/** Filters the statement summaries do not hold (they hold metric, review status and key). */
function isFigureLevel(filters: FigureFilters): boolean {
  return filters.from !== undefined || filters.to !== undefined || filters.source !== undefined || filters.attributedTo !== undefined || filters.sourceKind !== undefined || filters.q !== undefined;
}

/**
 * The ids of the FIGURES_PER_KEY most recent visible figures of each key (within the review status), in one read:
 * a UNION ALL of one limited walk of the (comparisonKey, reviewStatus, deletedAt, asOf, id) index per key, where
 * a Prisma read per key cost about a millisecond each (ten per compare page). For the filters the summaries hold;
 * the others go through the table's conditions.
 */
async function latestIdsPerKey(keys: string[], status: FigureFilters['status']): Promise<number[]> {
  if (!keys.length) return [];
  const pg = isPostgresUrl(databaseUrl());
  const values: Array<string | number> = [];
  const param = (v: string | number) => (values.push(v), pg ? `$${values.length}` : '?');
  // As orderFor's default: SQLite sorts NULL last descending by itself, so its index serves the order (order.ts).
  const order = `f."asOf" DESC${pg ? ' NULLS LAST' : ''}, f.id DESC`;
  const arms = keys.map((key, i) => {
    const and = [`f."comparisonKey" = ${param(key)}`, `f."deletedAt" IS NULL`, `f."reviewStatus" <> 'rejected'`, VISIBLE_SOURCE];
    if (status === 'reviewed' || status === 'pending') and.push(`f."reviewStatus" = ${param(status)}`);
    return `SELECT id FROM (SELECT f.id FROM "Figure" f WHERE ${and.join(' AND ')} ORDER BY ${order} LIMIT ${param(FIGURES_PER_KEY)}) AS k${i}`;
  });
  const rows = await getDb().$queryRawUnsafe<Array<{ id: number | bigint }>>(arms.join(' UNION ALL '), ...values);
  return rows.map((r) => Number(r.id));
}

/**
 * One page of comparison keys with how many figures match, most first, and how many keys there are. From the
 * statement summaries when the filters are ones they hold (metric, review status, one key): counted and paged in
 * the database, so only the page's ten keys are read (reading every key through Prisma cost ~5 ms for ~1,000 keys
 * at 200,000 figures); otherwise grouped over the matching figures.
 */
async function comparisonKeyPage(filters: FigureFilters, where: Prisma.FigureWhereInput): Promise<{ total: number; page: number; keys: Array<{ comparisonKey: string; count: number }> }> {
  const db = getDb();
  const clamp = (total: number) => Math.min(filters.page ?? 1, Math.max(1, Math.ceil(total / COMPARE_PAGE_SIZE)));
  if (!isFigureLevel(filters)) {
    const pg = isPostgresUrl(databaseUrl());
    const values: Array<string | number> = [];
    const param = (v: string | number) => (values.push(v), pg ? `$${values.length}` : '?');
    const and = [`"view" = ${param(filters.status === 'reviewed' || filters.status === 'pending' ? filters.status : 'current')}`];
    if (filters.metric) and.push(`"metricKey" = ${param(filters.metric)}`);
    if (filters.key) and.push(`"comparisonKey" = ${param(filters.key)}`);
    const whereSql = and.join(' AND ');
    const [{ n }] = await db.$queryRawUnsafe<[{ n: number | bigint }]>(`SELECT COUNT(DISTINCT "comparisonKey") AS n FROM "StatementSummary" WHERE ${whereSql}`, ...values);
    const total = Number(n);
    const page = clamp(total);
    const rows = await db.$queryRawUnsafe<Array<{ comparisonKey: string; count: number | bigint }>>(
      `SELECT "comparisonKey", SUM("figureCount") AS count FROM "StatementSummary" WHERE ${whereSql} GROUP BY "comparisonKey" ORDER BY SUM("figureCount") DESC, "comparisonKey" ASC LIMIT ${param(COMPARE_PAGE_SIZE)} OFFSET ${param((page - 1) * COMPARE_PAGE_SIZE)}`,
      ...values,
    );
    return { total, page, keys: rows.map((r) => ({ comparisonKey: r.comparisonKey, count: Number(r.count) })) };
  }
  const rows = await db.figure.groupBy({ by: ['comparisonKey'], where, _count: { _all: true }, orderBy: [{ _count: { comparisonKey: 'desc' } }, { comparisonKey: 'asc' }] });
  const page = clamp(rows.length);
  const keys = rows.slice((page - 1) * COMPARE_PAGE_SIZE, page * COMPARE_PAGE_SIZE).map((r) => ({ comparisonKey: r.comparisonKey, count: r._count._all }));
  return { total: rows.length, page, keys };
}

/**
 * Figures grouped by what they count. Paginates over comparison keys in the database, so the page stays small
 * however many figures there are; keys with more figures come first (that is where comparison is interesting).
 */
async function readGetComparisonSections(filters: FigureFilters): Promise<{ sections: ComparisonSection[]; total: number; page: number; pageCount: number }> {
  const db = getDb();
  const where = await whereFor(filters);
  const { total, page, keys } = await comparisonKeyPage(filters, where);
  const pageCount = Math.max(1, Math.ceil(total / COMPARE_PAGE_SIZE));
  const pageKeys = keys.map((k) => k.comparisonKey);
  const totalOf = new Map(keys.map((k) => [k.comparisonKey, k.count]));
  // Each key's ids are read separately and capped, so one much-reported figure cannot make the page heavy; the
  // figures themselves in one read (with their metric and source, three queries instead of three per key).
  const ids = isFigureLevel(filters)
    ? (
        await Promise.all(
          pageKeys.map((key) =>
            db.figure.findMany({ where: { AND: [where, { comparisonKey: key }] }, select: { id: true }, orderBy: [{ asOf: nullsLast('desc') }, { id: 'desc' }], take: FIGURES_PER_KEY }),
          ),
        )
      ).flatMap((rows) => rows.map((r) => r.id))
    : await latestIdsPerKey(pageKeys, filters.status);
  const records = await db.figure.findMany({ where: { id: { in: ids } }, include: figureInclude, orderBy: { id: 'asc' } });
  const byKey = new Map<string, FigureView[]>();
  for (const f of records.map(toFigureView)) byKey.set(f.comparisonKey, [...(byKey.get(f.comparisonKey) ?? []), f]);
  const sections = pageKeys.flatMap((key) => {
    const figures = byKey.get(key) ?? [];
    if (!figures.length) return [];
    const first = figures[0]!;
    const groups = groupComparable(figures);
    const snapshots = first.cumulative
      ? groups.flatMap((g) => {
          const asOf = g.figures[0]!.asOf;
          if (!asOf) return [];
          // One snapshot per statement: the tightest bounds all its figures allow.
          const lowers = g.figures.map((f) => f.interval.lower ?? 0);
          const uppers = g.figures.map((f) => f.interval.upper);
          return [{ asOf, lower: Math.max(...lowers), upper: uppers.includes(null) ? null : Math.min(...(uppers as number[])) }];
        })
      : [];
    const { derived, decreases } = analyseSeries(snapshots);
    return [{ key, total: totalOf.get(key) ?? figures.length, metricKey: first.metricKey, metricLabel: first.metricLabel, scope: first.scope, periodText: sectionPeriod(first), cumulative: first.cumulative, groups, derived, decreases }];
  });
  return { sections, total, page, pageCount };
}
export const getComparisonSections = cachedRead('getComparisonSections', readGetComparisonSections);

function sectionPeriod(f: FigureView): string {
  if (!f.cumulative) return f.periodText;
  if (!f.periodStart) return 'running total (no start date stated)';
  return `running total since ${f.periodStart.length === 4 ? f.periodStart : formatDate(f.periodStart)}`;
}

export interface FilterOptions {
  metrics: Array<{ key: string; label: string; kind: string }>;
  attributions: string[];
  years: { min: number | null; max: number | null };
}

/**
 * What the filters offer, from the summaries (a few rows, whatever the number of figures). Sources are not listed:
 * the source filter searches them (`searchSourceOptions`).
 */
async function readGetFilterOptions(): Promise<FilterOptions> {
  const db = getDb();
  const [metrics, attributions, years] = await Promise.all([
    db.metric.findMany({ orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }], select: { key: true, label: true, kind: true } }),
    db.attributionSummary.findMany({ orderBy: { attributedTo: 'asc' }, select: { attributedTo: true } }),
    db.metricYearSummary.aggregate({ where: { view: 'current' }, _min: { minStartYear: true, year: true }, _max: { maxStartYear: true, maxEndYear: true } }),
  ]);
  const mins = [years._min.minStartYear, years._min.year].filter((y): y is number => y !== null);
  const maxs = [years._max.maxStartYear, years._max.maxEndYear].filter((y): y is number => y !== null);
  return {
    metrics,
    attributions: attributions.map((a) => a.attributedTo),
    years: { min: mins.length ? Math.min(...mins) : null, max: maxs.length ? Math.max(...maxs) : null },
  };
}
export const getFilterOptions = cachedRead('getFilterOptions', readGetFilterOptions);

export const API_PAGE_LIMIT = 100;

/** One page of the JSON API: figures in id order after `cursor` (an id), at most `limit`, and the next cursor. */
async function readGetFigureApiPage(filters: FigureFilters, options: { limit: number; cursor?: number }): Promise<{ figures: FigureView[]; nextCursor: number | null }> {
  const where = await whereFor(filters);
  const limit = Math.min(Math.max(1, options.limit), API_PAGE_LIMIT);
  const rows = await getDb().figure.findMany({
    where: options.cursor === undefined ? where : { AND: [where, { id: { gt: options.cursor } }] },
    include: figureInclude,
    orderBy: { id: 'asc' },
    take: limit + 1,
  });
  const figures = rows.slice(0, limit).map(toFigureView);
  return { figures, nextCursor: rows.length > limit ? figures[figures.length - 1]!.id : null };
}
export const getFigureApiPage = cachedRead('getFigureApiPage', readGetFigureApiPage);

/** Every visible figure matching the filters, in id order, fetched in batches (for exports of any size). */
export async function* iterateFigures(filters: FigureFilters, batchSize = 1000): AsyncGenerator<FigureView[]> {
  const db = getDb();
  const where = await whereFor(filters);
  let cursor: number | undefined;
  for (;;) {
    const batch = await db.figure.findMany({
      where,
      include: figureInclude,
      orderBy: { id: 'asc' },
      take: batchSize,
      ...(cursor === undefined ? {} : { cursor: { id: cursor }, skip: 1 }),
    });
    if (batch.length === 0) return;
    yield batch.map(toFigureView);
    cursor = batch[batch.length - 1]!.id;
    if (batch.length < batchSize) return;
  }
}
