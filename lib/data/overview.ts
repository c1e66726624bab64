import 'server-only';
import { getDb } from '@/lib/db/client';
import { databaseUrl, isPostgresUrl } from '@/lib/db/url';
import type { Prisma } from '@/lib/generated/prisma/client';
import { figureInclude } from './figures';
import { toFigureView, toStatementView, type StatementView } from './dto';
import type { FigureFilters } from './schemas';
import type { SummaryView } from './summaries';

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

/**
 * Statement-level year filter: a statement is in the range when the years it covers touch it (for a running total,
 * its start to the date it was stated) — the table's rule for one figure, applied to the statement as a whole.
 */
export function statementWhere(filters: FigureFilters): Prisma.StatementSummaryWhereInput {
  const and: Prisma.StatementSummaryWhereInput[] = [{ view: viewOf(filters) }];
  if (filters.metric) and.push({ metricKey: filters.metric });
  if (filters.from !== undefined) and.push({ endYear: { gte: filters.from } });
  if (filters.to !== undefined) and.push({ startYear: { lte: filters.to } });
  return { AND: and };
}

/** What a series query takes for "no cap" (tests pass Infinity to compare everything). */
const NO_CAP = 2_147_483_647;

/**
 * The ids of the most recent statements of every series (metric × annual/running) within the filters, each series
 * in its drawing order (running: newest as-of first; annual: newest end year first; unknown last; then newest id),
 * capped per series — one read whatever the number of metrics, where a read per series cost about a millisecond
 * of Prisma each (14 per overview). `rn` is the place within the series.
 */
async function seriesIds(filters: FigureFilters, limits: { annual: number; running: number }): Promise<Array<{ id: number; rn: number }>> {
  const pg = isPostgresUrl(databaseUrl());
  const values: Array<string | number> = [];
  const param = (v: string | number) => (values.push(v), pg ? `$${values.length}` : '?');
  const and = [`"view" = ${param(viewOf(filters))}`];
  if (filters.metric) and.push(`"metricKey" = ${param(filters.metric)}`);
  if (filters.from !== undefined) and.push(`"endYear" >= ${param(filters.from)}`);
  if (filters.to !== undefined) and.push(`"startYear" <= ${param(filters.to)}`);
  const running = param(finite(limits.running) ?? NO_CAP);
  const annual = param(finite(limits.annual) ?? NO_CAP);
  const rows = await getDb().$queryRawUnsafe<Array<{ id: number | bigint; rn: number | bigint }>>(
    `SELECT id, rn FROM (
       SELECT id, "cumulative", ROW_NUMBER() OVER (PARTITION BY "metricKey", "cumulative"
         ORDER BY CASE WHEN "cumulative" THEN "asOf" END DESC NULLS LAST, CASE WHEN "cumulative" THEN NULL ELSE "endYear" END DESC NULLS LAST, id DESC) AS rn
       FROM "StatementSummary" WHERE ${and.join(' AND ')}
     ) ranked WHERE rn <= CASE WHEN "cumulative" THEN CAST(${running} AS INTEGER) ELSE CAST(${annual} AS INTEGER) END`,
    ...values,
  );
  return rows.map((r) => ({ id: Number(r.id), rn: Number(r.rn) }));
}

/** `limits` caps each series (the most recent statements); tests pass Infinity to compare everything. */
export async function getOverview(filters: FigureFilters, limits: { annual: number; running: number } = { annual: ANNUAL_MARKS, running: RUNNING_MARKS }): Promise<Overview> {
  const db = getDb();
  const where = statementWhere(filters);
  const [totals, pending, ids] = await Promise.all([
    db.statementSummary.groupBy({ by: ['metricKey', 'cumulative'], where, _count: { _all: true }, _sum: { figureCount: true } }),
    // Awaiting review within the same metric and years whatever the status shown: a visitor's default view is the
    // reviewed figures only, and the count says how many more are waiting (the link opens them).
    db.statementSummary.aggregate({ where: statementWhere({ ...filters, status: 'pending' }), _sum: { figureCount: true } }),
    seriesIds(filters, limits),
  ]);
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
export async function getHeadlines(filters: FigureFilters): Promise<Headline[]> {
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

/** Statements a metric page reads per series: its whole story at today's scale, still bounded. */
export const STORY_MARKS = 200;

/** One metric's statements for its own page (the overview's read, one metric, a larger bound). */
export async function getMetricStory(metricKey: string, filters: FigureFilters): Promise<MetricOverview | null> {
  const overview = await getOverview({ ...filters, metric: metricKey }, { annual: STORY_MARKS, running: STORY_MARKS });
  return overview.metrics[0] ?? null;
}
