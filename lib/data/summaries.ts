import type { Prisma } from '@/lib/generated/prisma/client';
import { figureInterval, statementsOf } from '@/lib/domain/compare';
import { analyseClaims, claimLines, type ClaimAnalysis, type ClaimLine } from '@/lib/domain/claims';
import type { Qualifier } from '@/lib/domain/figure';
import { yearOf } from '@/lib/domain/periods';
import { databaseUrl, isPostgresUrl } from '@/lib/db/url';
import { emptyTouch, refreshStatements, type StatementFigure, type StatementMembers, type StatementTouch } from './statement-maintenance';
import { sourceLabel } from './dto';

/**
 * Summaries maintained on write: the rows pages draw from instead of reading every figure (see the summary models
 * in prisma/schema.prisma). THE rule: every code path that writes figures (creates, edits, review actions,
 * deletes, restores, corrections, source edits and withdrawals, excerpt replacements, re-extractions) calls {@link refreshSummariesFor} inside the
 * same transaction, with the keys of every figure it touched, before and after the change
 * ({@link summaryKeysOf} derives them). The touched keys are recomputed from the figures — simpler and safer than
 * incremental arithmetic, and cheap because a key holds few figures. `npm run db:check` ({@link checkSummaries})
 * rebuilds everything from the figures and reports any difference.
 *
 * Not marked server-only: the ingest CLI and the seed loader run outside Next.js and call it with their own client.
 */

/** A Prisma client or the client of an open interactive transaction. */
export type Tx = Prisma.TransactionClient;

/** Which figures a summary row counts: readers' view, or one review status (the overview's status filter). */
export const SUMMARY_VIEWS = ['current', 'reviewed', 'pending'] as const;
export type SummaryView = (typeof SUMMARY_VIEWS)[number];

/** What a write touched: the statements it can change (by key and as-of date), and the other summaries' keys. */
export interface SummaryKeys {
  comparisonKeys: Set<string>;
  /** Per comparison key, the as-of dates touched: only the statements around them are recomputed. */
  statementTouches: Map<string, StatementTouch>;
  /** `${metricKey}|${periodEndYear ?? ''}` */
  metricYears: Set<string>;
  sourceIds: Set<number>;
  attributions: Set<string>;
}

export const SUMMARY_FIGURE_SELECT = {
  id: true,
  sourceId: true,
  metricKey: true,
  value: true,
  qualifier: true,
  periodStart: true,
  periodEnd: true,
  periodStartYear: true,
  periodEndYear: true,
  cumulative: true,
  asOf: true,
  scope: true,
  geography: true,
  attributedTo: true,
  citedReport: true,
  reviewStatus: true,
  deletedAt: true,
  comparisonKey: true,
  source: { select: { withdrawnAt: true, id: true, outlet: true, headline: true, kind: true } },
} satisfies Prisma.FigureSelect;

/** What {@link summaryKeysOf} needs of a figure: select it before and after a change. */
export const SUMMARY_KEY_SELECT = { comparisonKey: true, metricKey: true, periodEndYear: true, sourceId: true, attributedTo: true, asOf: true } satisfies Prisma.FigureSelect;

export type SummaryFigure = Prisma.FigureGetPayload<{ select: typeof SUMMARY_FIGURE_SELECT }>;

/** A figure as a write path has it; without `asOf` (not selected) its whole comparison key is recomputed. */
type KeyedFigure = Pick<SummaryFigure, 'comparisonKey' | 'metricKey' | 'sourceId'> & { periodEndYear?: number | null; attributedTo?: string | null; asOf?: string | null };

export function emptySummaryKeys(): SummaryKeys {
  return { comparisonKeys: new Set(), statementTouches: new Map(), metricYears: new Set(), sourceIds: new Set(), attributions: new Set() };
}

const metricYearKey = (metricKey: string, year: number | null) => `${metricKey}|${year ?? ''}`;

/** The summary keys of figures (pass them as they were before a change and as they are after). */
export function summaryKeysOf(figures: Iterable<KeyedFigure>, into: SummaryKeys = emptySummaryKeys()): SummaryKeys {
  for (const f of figures) {
    into.comparisonKeys.add(f.comparisonKey);
    let touch = into.statementTouches.get(f.comparisonKey);
    if (!touch) into.statementTouches.set(f.comparisonKey, (touch = emptyTouch()));
    if (f.asOf === undefined) touch.whole = true;
    else if (f.asOf === null) touch.undated = true;
    else touch.asOfs.add(f.asOf);
    into.metricYears.add(metricYearKey(f.metricKey, f.periodEndYear ?? null));
    into.sourceIds.add(f.sourceId);
    if (f.attributedTo != null) into.attributions.add(f.attributedTo);
  }
  return into;
}

// ---- pure: figures → summary rows ---------------------------------------------------------------------------

export type StatementRow = Omit<Prisma.StatementSummaryCreateManyInput, 'id'>;
export type MetricYearRow = Omit<Prisma.MetricYearSummaryCreateManyInput, 'id'>;
export type SourceRow = Prisma.SourceSummaryCreateManyInput;
export type AttributionRow = Prisma.AttributionSummaryCreateManyInput;

/** Not deleted, not rejected: what the per-source counts count (a withdrawn source keeps its counts for analysts). */
const isVisible = (f: SummaryFigure) => f.deletedAt === null && f.reviewStatus !== 'rejected';

/**
 * What readers see (lib/data/figures.ts `visible`): also not from a withdrawn source. Statements, metric-years and
 * attributions count only these, so a withdrawal (lib/data/source-edits.ts) takes its figures off the overview.
 */
export const isShown = (f: SummaryFigure) => isVisible(f) && f.source.withdrawnAt === null;

function inView(view: SummaryView, f: SummaryFigure): boolean {
  if (!isShown(f)) return false;
  return view === 'current' || f.reviewStatus === view;
}

function bucket<T, K>(items: Iterable<T>, keyOf: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const t of items) {
    const k = keyOf(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

const minOrNull = (xs: Array<number | null>) => (xs.some((x) => x === null) ? null : Math.min(...(xs as number[])));
const maxOrNull = (xs: Array<number | null>) => (xs.some((x) => x === null) ? null : Math.max(...(xs as number[])));
const minOf = (xs: Array<number | null>) => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length ? Math.min(...known) : null;
};
const maxOf = (xs: Array<number | null>) => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length ? Math.max(...known) : null;
};

/** The years a figure covers: its period, and for a running or standing total up to the date it was stated. */
function yearsOf(f: Pick<StatementFigure, 'periodStartYear' | 'periodEndYear' | 'cumulative' | 'asOf'>): { start: number | null; end: number | null } {
  const end = f.periodEndYear ?? (f.cumulative ? yearOf(f.asOf) : null) ?? f.periodStartYear;
  return { start: f.periodStartYear ?? end, end };
}

/**
 * One statement's row without its claim lines, and its claims (whose lines name sources, read afterwards): THE
 * definition of a statement row, from its figures in any order — the rebuild and the incremental path
 * (statement-maintenance.ts) both use it.
 */
function statementRow<F extends StatementFigure>(view: SummaryView, comparisonKey: string, statementIndex: number, figures: readonly F[]): { row: Omit<StatementRow, 'claimLines'>; claims: ClaimAnalysis<F & { qualifier: Qualifier }> } {
  // By id, so the rebuild and the incremental path (which read a statement's figures in different orders) agree.
  // (A cast, not a copy: a statement of a long running total has thousands of figures, on every write.)
  const fs = [...figures].sort((a, b) => a.id - b.id) as Array<F & { qualifier: Qualifier }>;
  const first = fs[0]!;
  const intervals = fs.map(figureInterval);
  const years = fs.map(yearsOf);
  const asOfs = fs.map((f) => f.asOf).filter((d): d is string => d !== null).sort();
  const claims = analyseClaims(fs);
  return {
    row: {
      view,
      comparisonKey,
      statementIndex,
      metricKey: first.metricKey,
      cumulative: first.cumulative,
      scope: first.scope,
      periodStart: first.periodStart,
      periodEnd: first.periodEnd,
      startYear: minOf(years.map((y) => y.start)),
      endYear: maxOf(years.map((y) => y.end)),
      asOf: asOfs[0] ?? null,
      lastAsOf: asOfs[asOfs.length - 1] ?? null,
      figureCount: fs.length,
      pendingCount: fs.filter((f) => f.reviewStatus === 'pending').length,
      minValue: Math.min(...fs.map((f) => f.value)),
      maxValue: Math.max(...fs.map((f) => f.value)),
      widestLower: minOrNull(intervals.map((i) => i.lower)),
      widestUpper: maxOrNull(intervals.map((i) => i.upper)),
      tightestLower: maxOf(intervals.map((i) => i.lower)),
      tightestUpper: minOf(intervals.map((i) => i.upper)),
      verdict: claims.verdict,
      sourceCount: claims.sourceCount,
      claimCount: claims.claims.length,
      transcriptionConflict: claims.transcriptionConflict,
      firstFigureId: first.id,
    },
    claims,
  };
}

/**
 * Statement rows from their figures' own columns (the incremental path reads only those): the sources the claim
 * lines name — an unattributed claim is named after its first relay's source, and only the few listed claims
 * are named — are read afterwards, only those, in one query.
 */
async function statementRowsOfMembers(tx: Tx, statements: StatementMembers[]): Promise<StatementRow[]> {
  // The lines are made once, a source they name standing as a placeholder (NUL never occurs in stored text:
  // documents with NUL bytes are refused), named when the sources have been read.
  const placeholder = (sourceId: number) => `\u0000${sourceId}`;
  const made = statements.map((s) => {
    const { row, claims } = statementRow(s.view, s.key, s.statementIndex, s.figures);
    return { row, lines: claimLines(claims, (f) => placeholder(f.sourceId)) };
  });
  const named = (l: ClaimLine) => (l.origin?.startsWith('\u0000') ? Number(l.origin.slice(1)) : null);
  const ids = [...new Set(made.flatMap((m) => m.lines.map(named).filter((id): id is number => id !== null)))];
  const labels = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const s of await tx.source.findMany({ where: { id: { in: ids.slice(i, i + 500) } }, select: SUMMARY_FIGURE_SELECT.source.select })) labels.set(s.id, sourceLabel(s));
  }
  return made.map((m) => ({ ...m.row, claimLines: JSON.stringify(m.lines.map((l) => (named(l) === null ? l : { ...l, origin: labels.get(named(l)!) ?? null }))) }));
}

/** Statement rows of the figures of some comparison keys (all the figures of each key, any status). */
export function statementRows(figures: SummaryFigure[]): StatementRow[] {
  const rows: StatementRow[] = [];
  for (const view of SUMMARY_VIEWS) {
    for (const [key, members] of bucket(figures.filter((f) => inView(view, f)), (f) => f.comparisonKey)) {
      // Statements oldest first, so statementIndex is stable under unrelated writes to other keys.
      statementsOf(members.map((f) => ({ ...f, qualifier: f.qualifier as Qualifier }))).forEach((g, statementIndex) => {
        const { row, claims } = statementRow(view, key, statementIndex, g.figures);
        rows.push({ ...row, claimLines: JSON.stringify(claimLines(claims, (f) => sourceLabel(f.source))) });
      });
    }
  }
  return rows;
}

export function metricYearRows(figures: SummaryFigure[]): MetricYearRow[] {
  const rows: MetricYearRow[] = [];
  for (const view of SUMMARY_VIEWS) {
    for (const members of bucket(figures.filter((f) => inView(view, f)), (f) => metricYearKey(f.metricKey, f.periodEndYear)).values()) {
      const first = members[0]!;
      rows.push({
        view,
        metricKey: first.metricKey,
        year: first.periodEndYear,
        figureCount: members.length,
        minStartYear: minOf(members.map((f) => f.periodStartYear)),
        maxStartYear: maxOf(members.map((f) => f.periodStartYear)),
        maxEndYear: maxOf(members.map((f) => f.periodEndYear)),
      });
    }
  }
  return rows;
}

export function sourceRows(figures: SummaryFigure[]): SourceRow[] {
  return [...bucket(figures.filter(isVisible), (f) => f.sourceId)].map(([sourceId, fs]) => ({
    sourceId,
    figureCount: fs.length,
    pendingCount: fs.filter((f) => f.reviewStatus === 'pending').length,
  }));
}

export function attributionRows(figures: SummaryFigure[]): AttributionRow[] {
  return [...bucket(figures.filter((f) => isShown(f) && f.attributedTo !== null), (f) => f.attributedTo!)].map(([attributedTo, fs]) => ({ attributedTo, figureCount: fs.length }));
}

// ---- the write hook ----------------------------------------------------------------------------------------

/** Keys per statement; SQLite caps bound parameters, so long key lists go in slices. */
const CHUNK = 200;

function chunks<T>(xs: Iterable<T>): T[][] {
  const all = [...xs];
  const out: T[][] = [];
  for (let i = 0; i < all.length; i += CHUNK) out.push(all.slice(i, i + CHUNK));
  return out;
}

function metricYearWhere(pairs: string[]): Prisma.FigureWhereInput & Prisma.MetricYearSummaryWhereInput {
  return {
    OR: pairs.map((p) => {
      const [metricKey, y] = p.split('|') as [string, string];
      return { metricKey, periodEndYear: y === '' ? null : Number(y) };
    }),
  };
}

/** The figures the statements, metric-years and attributions count (summaries' `isShown`), as a Prisma filter. */
const SHOWN = { deletedAt: null, reviewStatus: { not: 'rejected' }, source: { withdrawnAt: null } } satisfies Prisma.FigureWhereInput;

/** Every statement row of one key, computed from its figures as the rebuild does. */
export async function statementRowsOfKey(tx: Tx, key: string): Promise<StatementRow[]> {
  return statementRows(await tx.figure.findMany({ where: { comparisonKey: key }, orderBy: { id: 'asc' }, select: SUMMARY_FIGURE_SELECT }));
}

/** Per view, from counts per review status: `current` is every status shown, the others one status each. */
function perView<T, R>(groups: Array<{ reviewStatus: string } & T>, combine: (xs: T[]) => R): Array<{ view: SummaryView } & R> {
  const out: Array<{ view: SummaryView } & R> = [];
  for (const view of SUMMARY_VIEWS) {
    const members = groups.filter((g) => view === 'current' || g.reviewStatus === view);
    if (members.length) out.push({ view, ...combine(members) });
  }
  return out;
}

const minKnown = (xs: Array<number | null>) => minOf(xs);
const maxKnown = (xs: Array<number | null>) => maxOf(xs);

/**
 * Brings the summaries of the given keys up to date inside the caller's transaction. Call it from every write
 * path with `summaryKeysOf(touched figures before and after)`; an empty key set does nothing. Statements: only
 * those the touched as-of dates can change (statement-maintenance.ts); metric-years, sources and attributions:
 * counted by the database (aggregates over the index), so no figure is read into memory.
 */
export async function refreshSummariesFor(tx: Tx, keys: SummaryKeys): Promise<void> {
  // PostgreSQL runs at read committed: two writers refreshing the same summary rows would each count without the
  // other's uncommitted figures and then collide on the rows' unique keys (a concurrent ingest failed so). One
  // lock held to commit makes the refreshes take turns; each then counts what the other committed (every statement
  // reads a fresh snapshot). SQLite needs none: BEGIN IMMEDIATE already lets one writer in at a time.
  // (7201201: any fixed number, this lock's name.)
  if (isPostgresUrl(databaseUrl())) await tx.$executeRaw`SELECT pg_advisory_xact_lock(7201201)`;
  await refreshStatements(tx, keys.statementTouches, SUMMARY_VIEWS, statementRowsOfKey, statementRowsOfMembers);
  for (const slice of chunks(keys.metricYears)) {
    const groups = await tx.figure.groupBy({
      by: ['metricKey', 'periodEndYear', 'reviewStatus'],
      where: { ...SHOWN, ...metricYearWhere(slice) },
      _count: { _all: true },
      _min: { periodStartYear: true },
      _max: { periodStartYear: true, periodEndYear: true },
    });
    const rows: MetricYearRow[] = [];
    for (const members of bucket(groups, (g) => metricYearKey(g.metricKey, g.periodEndYear)).values()) {
      const flat = members.map((g) => ({ reviewStatus: g.reviewStatus, figureCount: g._count._all, minStartYear: g._min.periodStartYear, maxStartYear: g._max.periodStartYear, maxEndYear: g._max.periodEndYear }));
      for (const r of perView(flat, (xs) => ({
        figureCount: xs.reduce((n, x) => n + x.figureCount, 0),
        minStartYear: minKnown(xs.map((x) => x.minStartYear)),
        maxStartYear: maxKnown(xs.map((x) => x.maxStartYear)),
        maxEndYear: maxKnown(xs.map((x) => x.maxEndYear)),
      }))) {
        rows.push({ view: r.view, metricKey: members[0]!.metricKey, year: members[0]!.periodEndYear, figureCount: r.figureCount, minStartYear: r.minStartYear, maxStartYear: r.maxStartYear, maxEndYear: r.maxEndYear });
      }
    }
    await tx.metricYearSummary.deleteMany({
      where: { OR: slice.map((p) => { const [metricKey, y] = p.split('|') as [string, string]; return { metricKey, year: y === '' ? null : Number(y) }; }) },
    });
    if (rows.length) await tx.metricYearSummary.createMany({ data: rows });
  }
  for (const slice of chunks(keys.sourceIds)) {
    // Per source: not deleted, not rejected, withdrawn or not (a withdrawn source keeps its counts for analysts).
    const groups = await tx.figure.groupBy({ by: ['sourceId', 'reviewStatus'], where: { sourceId: { in: slice }, deletedAt: null, reviewStatus: { not: 'rejected' } }, _count: { _all: true } });
    const rows: SourceRow[] = [...bucket(groups, (g) => g.sourceId)].map(([sourceId, gs]) => ({
      sourceId,
      figureCount: gs.reduce((n, g) => n + g._count._all, 0),
      pendingCount: gs.filter((g) => g.reviewStatus === 'pending').reduce((n, g) => n + g._count._all, 0),
    }));
    await tx.sourceSummary.deleteMany({ where: { sourceId: { in: slice } } });
    if (rows.length) await tx.sourceSummary.createMany({ data: rows });
  }
  for (const slice of chunks(keys.attributions)) {
    const groups = await tx.figure.groupBy({ by: ['attributedTo'], where: { ...SHOWN, attributedTo: { in: slice } }, _count: { _all: true } });
    const rows: AttributionRow[] = groups.filter((g) => g.attributedTo !== null).map((g) => ({ attributedTo: g.attributedTo!, figureCount: g._count._all }));
    await tx.attributionSummary.deleteMany({ where: { attributedTo: { in: slice } } });
    if (rows.length) await tx.attributionSummary.createMany({ data: rows });
  }
}

// ---- rebuild and check -------------------------------------------------------------------------------------

async function allFigures(db: Tx): Promise<SummaryFigure[]> {
  const out: SummaryFigure[] = [];
  let cursor = 0;
  for (;;) {
    const batch = await db.figure.findMany({ where: { id: { gt: cursor } }, orderBy: { id: 'asc' }, take: 5000, select: SUMMARY_FIGURE_SELECT });
    out.push(...batch);
    if (batch.length < 5000) return out;
    cursor = batch[batch.length - 1]!.id;
  }
}

interface AllRows {
  statements: StatementRow[];
  metricYears: MetricYearRow[];
  sources: SourceRow[];
  attributions: AttributionRow[];
}

function computeAll(figures: SummaryFigure[]): AllRows {
  return { statements: statementRows(figures), metricYears: metricYearRows(figures), sources: sourceRows(figures), attributions: attributionRows(figures) };
}

async function insertAll(tx: Tx, rows: AllRows): Promise<void> {
  const put = async <T>(xs: T[], create: (data: T[]) => Promise<unknown>) => {
    for (let i = 0; i < xs.length; i += 2000) await create(xs.slice(i, i + 2000));
  };
  await put(rows.statements, (data) => tx.statementSummary.createMany({ data }));
  await put(rows.metricYears, (data) => tx.metricYearSummary.createMany({ data }));
  await put(rows.sources, (data) => tx.sourceSummary.createMany({ data }));
  await put(rows.attributions, (data) => tx.attributionSummary.createMany({ data }));
}

/** Drops every summary and recomputes it from the figures (after a bulk load, a database restore, or a repair). */
export async function rebuildSummaries(db: Tx): Promise<void> {
  const rows = computeAll(await allFigures(db));
  await db.statementSummary.deleteMany({});
  await db.metricYearSummary.deleteMany({});
  await db.sourceSummary.deleteMany({});
  await db.attributionSummary.deleteMany({});
  await insertAll(db, rows);
}

/** Rows as comparable strings: ids are surrogate keys and order is not meaningful. */
function canonical<T extends object>(rows: T[]): string[] {
  return rows
    .map((r) => {
      const { id: _id, ...rest } = r as T & { id?: unknown };
      void _id;
      return JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
    })
    .sort();
}

function diff(name: string, stored: string[], expected: string[]): string[] {
  const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const a = count(stored);
  const b = count(expected);
  const out: string[] = [];
  for (const [row, n] of b) if ((a.get(row) ?? 0) < n) out.push(`${name}: missing ${row}`);
  for (const [row, n] of a) if ((b.get(row) ?? 0) < n) out.push(`${name}: stale ${row}`);
  return out;
}

/** Differences between the stored summaries and a rebuild from the figures; empty when they agree. */
export async function checkSummaries(db: Tx): Promise<string[]> {
  const expected = computeAll(await allFigures(db));
  const [statements, metricYears, sources, attributions] = await Promise.all([
    db.statementSummary.findMany(),
    db.metricYearSummary.findMany(),
    db.sourceSummary.findMany(),
    db.attributionSummary.findMany(),
  ]);
  return [
    ...diff('statement', canonical(statements), canonical(expected.statements)),
    ...diff('metric-year', canonical(metricYears), canonical(expected.metricYears)),
    ...diff('source', canonical(sources), canonical(expected.sources)),
    ...diff('attribution', canonical(attributions), canonical(expected.attributions)),
  ];
}

/** After migrating a database that already had figures, the summaries start empty: build them once. */
export async function ensureSummaries(db: Tx): Promise<boolean> {
  const [figures, sources] = await Promise.all([db.figure.count({ take: 1 }), db.sourceSummary.count({ take: 1 })]);
  if (figures === 0 || sources > 0) return false;
  await rebuildSummaries(db);
  return true;
}
