import 'server-only';
import { getDb } from '@/lib/db/client';
import { databaseUrl, isPostgresUrl } from '@/lib/db/url';
import type { Prisma } from '@/lib/generated/prisma/client';
import { figureInclude } from './figures';
import { toFigureView, toStatementView, type StatementView } from './dto';
import type { FigureFilters } from './schemas';
import type { SummaryView } from './summaries';
import { cachedRead } from './read-cache';

/**
 * The overview, read from the statement summaries: per metric, one mark per statement, annual figures and running
 * or standing totals as separate series. Each series is capped (the most recent statements), so the page reads
 * at most a few hundred summary rows plus one figure per mark, whatever the number of figures.
 */
export const ANNUAL_MARKS = 24;
export const RUNNING_MARKS = 16;

/** The filters the overview applies; the others (source, attribution, search) belong to the table. */
export const OVERVIEW_FILTERS = ['metric', 'from', 'to', 'status'] as const;

export interface MetricOverview {
  metricKey: string;
  /** Figures and statements in all (within the filters), not only those drawn. */
  figureCount: number;
  annual: { statements: StatementView[]; total: number };
  running: { statements: StatementView[]; total: number };
}

export interface Overview {
  metrics: MetricOverview[];
  figureCount: number;
  /** Figures awaiting review within the metric and year filters, whatever the status filter. */
  pendingCount: number;
}

const finite = (n: number) => (Number.isFinite(n) ? n : undefined);

function viewOf(filters: FigureFilters): SummaryView {
  return filters.status === 'reviewed' || filters.status === 'pending' ? filters.status : 'current';
}

/** One condition on a StatementSummary column: the one list both the Prisma where and the raw series read use. */
type StatementCondition = { column: 'view' | 'metricKey'; equals: string } | { column: 'endYear'; gte: number } | { column: 'startYear'; lte: number };

/**
 * Statement-level year filter: a statement is in the range when the years it covers touch it (for a running total,
 * its start to the date it was stated) — the table's rule for one figure, applied to the statement as a whole.
 */
function statementConditions(filters: FigureFilters): StatementCondition[] {
  const and: StatementCondition[] = [{ column: 'view', equals: viewOf(filters) }];
  if (filters.metric) and.push({ column: 'metricKey', equals: filters.metric });
  if (filters.from !== undefined) and.push({ column: 'endYear', gte: filters.from });
  if (filters.to !== undefined) and.push({ column: 'startYear', lte: filters.to });
  return and;
}

export function statementWhere(filters: FigureFilters): Prisma.StatementSummaryWhereInput {
  return {
    AND: statementConditions(filters).map((c): Prisma.StatementSummaryWhereInput =>
      c.column === 'endYear' ? { endYear: { gte: c.gte } } : c.column === 'startYear' ? { startYear: { lte: c.lte } } : c.column === 'view' ? { view: c.equals } : { metricKey: c.equals },
    ),
  };
}

/**
 * The ids of the most recent statements of each series (metric × annual/running) within the filters, capped per
 * series: one read of one indexed, limited arm per series (UNION ALL), where a Prisma read per series cost about a
 * millisecond each (14 per overview). Each arm walks its index, so the cost stays that of a few hundred rows
 * whatever the number of statements (a window over all of them grew with it).
 */
async function seriesIds(
  filters: FigureFilters,
  series: Array<{ metricKey: string; cumulative: boolean }>,
  limits: { annual: number; running: number },
): Promise<Array<{ id: number; rn: number }>> {
  const pg = isPostgresUrl(databaseUrl());
  const values: Array<string | number> = [];
  const param = (v: string | number) => (values.push(v), pg ? `$${values.length}` : '?');
  // SQLite sorts NULL last descending by itself and its index then serves the order (see order.ts).
  const nullsLastSql = pg ? ' NULLS LAST' : '';
  const arms = series.flatMap((t, i) => {
    const cap = finite(t.cumulative ? limits.running : limits.annual);
    if (cap !== undefined && cap <= 0) return [];
    const and = [
      ...statementConditions({ ...filters, metric: t.metricKey }).map((c) =>
        'equals' in c ? `"${c.column}" = ${param(c.equals)}` : 'gte' in c ? `"${c.column}" >= ${param(c.gte)}` : `"${c.column}" <= ${param(c.lte)}`,
      ),
      `"cumulative" = ${t.cumulative ? 'TRUE' : 'FALSE'}`,
    ];
    const order = t.cumulative ? `"asOf" DESC${nullsLastSql}, id DESC` : `"endYear" DESC${nullsLastSql}, id DESC`;
    // The place within the series (rn) numbered over the few rows the arm kept, not over the whole series.
    return [
      `SELECT id, ROW_NUMBER() OVER (ORDER BY ${order}) AS rn FROM (SELECT id, "asOf", "endYear" FROM "StatementSummary" WHERE ${and.join(' AND ')} ORDER BY ${order}${cap === undefined ? '' : ` LIMIT ${param(cap)}`}) AS s${i}`,
    ];
  });
  if (!arms.length) return [];
  const rows = await getDb().$queryRawUnsafe<Array<{ id: number | bigint; rn: number | bigint }>>(arms.join(' UNION ALL '), ...values);
  return rows.map((r) => ({ id: Number(r.id), rn: Number(r.rn) }));
}

/** `limits` caps each series (the most recent statements); tests pass Infinity to compare everything. */
async function readGetOverview(filters: FigureFilters, limits: { annual: number; running: number } = { annual: ANNUAL_MARKS, running: RUNNING_MARKS }): Promise<Overview> {
  const db = getDb();
  const where = statementWhere(filters);
  const [totals, pending] = await Promise.all([
    db.statementSummary.groupBy({ by: ['metricKey', 'cumulative'], where, _count: { _all: true }, _sum: { figureCount: true } }),
    // Awaiting review within the same metric and years whatever the status shown: a visitor's default view is the
    // reviewed figures only, and the count says how many more are waiting (the link opens them).
    db.statementSummary.aggregate({ where: statementWhere({ ...filters, status: 'pending' }), _sum: { figureCount: true } }),
  ]);
  const ids = await seriesIds(filters, totals, limits);
  // The drawn statements in one read (unordered, so Prisma may split a long id list), then in each series' order.
  const place = new Map(ids.map((r) => [r.id, r.rn]));
  const drawn = (await db.statementSummary.findMany({ where: { id: { in: ids.map((r) => r.id) } } })).sort((a, b) => place.get(a.id)! - place.get(b.id)!);
  const series = totals.map((t) => ({ total: t, rows: drawn.filter((r) => r.metricKey === t.metricKey && r.cumulative === t.cumulative) }));
  const firstIds = series.flatMap((s) => s.rows.map((r) => r.firstFigureId));
  const firsts = new Map((await db.figure.findMany({ where: { id: { in: firstIds } }, include: figureInclude })).map((f) => [f.id, toFigureView(f)]));
  const byMetric = new Map<string, MetricOverview>();
  for (const { total, rows } of series) {
    const m = byMetric.get(total.metricKey) ?? { metricKey: total.metricKey, figureCount: 0, annual: { statements: [], total: 0 }, running: { statements: [], total: 0 } };
    m.figureCount += total._sum.figureCount ?? 0;
    const statements = rows.flatMap((r): StatementView[] => {
      const first = firsts.get(r.firstFigureId);
      if (!first) return [];
      return [toStatementView(r, first)];
    });
    const slot = total.cumulative ? m.running : m.annual;
    slot.statements = statements;
    slot.total = total._count._all;
    byMetric.set(total.metricKey, m);
  }
  const metrics = [...byMetric.values()];
  return {
    metrics,
    figureCount: metrics.reduce((n, m) => n + m.figureCount, 0),
    pendingCount: pending._sum.figureCount ?? 0,
  };
}
export const getOverview = cachedRead('getOverview', readGetOverview);

/** The metrics whose latest figures head the overview. */
export const HEADLINE_METRICS = ['cells_dismantled', 'arrests'] as const;

export interface Headline {
  metricKey: string;
  kind: 'running' | 'annual';
  statement: StatementView;
}

/**
 * The headline numbers: for cells dismantled and arrests, the latest running total (national, with a known date)
 * and the latest annual figure (national, one year), each a statement whose evidence is one click away. A few
 * summary rows whatever the database size.
 */
async function readGetHeadlines(filters: FigureFilters): Promise<Headline[]> {
  const db = getDb();
  const where = statementWhere({ ...filters, metric: undefined });
  const picks = await Promise.all(
    HEADLINE_METRICS.filter((m) => !filters.metric || filters.metric === m).flatMap((metricKey) => [
      db.statementSummary
        .findFirst({ where: { AND: [where, { metricKey, cumulative: true, scope: null, asOf: { not: null } }] }, orderBy: [{ asOf: 'desc' }, { id: 'desc' }] })
        .then((row) => ({ metricKey, kind: 'running' as const, row })),
      db.statementSummary
        .findFirst({ where: { AND: [where, { metricKey, cumulative: false, scope: null, endYear: { not: null } }] }, orderBy: [{ endYear: 'desc' }, { id: 'desc' }] })
        .then((row) => ({ metricKey, kind: 'annual' as const, row })),
    ]),
  );
  const rows = picks.flatMap((p) => (p.row ? [{ ...p, row: p.row }] : []));
  const firsts = new Map((await db.figure.findMany({ where: { id: { in: rows.map((r) => r.row.firstFigureId) } }, include: figureInclude })).map((f) => [f.id, toFigureView(f)]));
  return rows.flatMap(({ metricKey, kind, row }) => {
    const first = firsts.get(row.firstFigureId);
    return first ? [{ metricKey, kind, statement: toStatementView(row, first) }] : [];
  });
}
export const getHeadlines = cachedRead('getHeadlines', readGetHeadlines);

/** Statements a metric page reads per series: its whole story at today's scale, still bounded. */
export const STORY_MARKS = 200;

/** One metric's statements for its own page (the overview's read, one metric, a larger bound). */
// Not wrapped itself: the overview read it makes is kept already (lib/data/read-cache.ts).
export async function getMetricStory(metricKey: string, filters: FigureFilters): Promise<MetricOverview | null> {
  const overview = await getOverview({ ...filters, metric: metricKey }, { annual: STORY_MARKS, running: STORY_MARKS });
  return overview.metrics[0] ?? null;
}
