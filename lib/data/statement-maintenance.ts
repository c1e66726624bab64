import { Prisma } from '@/lib/generated/prisma/client';
import { SAME_STATEMENT_DAYS } from '@/lib/domain/compare';
import { daysBetween } from '@/lib/domain/periods';

/**
 * Statement summaries kept up to date incrementally: a write recomputes only the statements it can change, and
 * each from SQL aggregates — except its claims (who said it, lib/domain/claims.ts), read from the statement's own
 * figures only (`claimColumns` in summaries.ts). A statement is what `statementsOf`
 * (lib/domain/compare.ts) calls one: for a flow key, every figure of the key; for a running or standing total, the
 * figures whose as-of dates chain within {@link SAME_STATEMENT_DAYS} of the statement's first one (oldest first),
 * then one statement per source for the undated ones. `statementRows` in summaries.ts (the rebuild) is the
 * definition; the property test and `npm run db:check` hold this module to it.
 *
 * Why a write changes only a few statements of a running total: the split is a scan oldest first, so the
 * statements that begin before the earliest touched as-of date are the same as before, and once the scan, past the
 * latest touched as-of date, begins a statement where one began before, every later statement is the same too.
 */

type Tx = Prisma.TransactionClient;
export type SummaryView = 'current' | 'reviewed' | 'pending';
export type StatementRow = Omit<Prisma.StatementSummaryCreateManyInput, 'id'>;

/** What a write touched in one comparison key. */
export interface StatementTouch {
  /** Recompute the whole key (a caller did not say which as-of dates it touched). */
  whole: boolean;
  /** As-of dates of touched figures, before and after the change. */
  asOfs: Set<string>;
  /** A touched figure had no as-of date (before or after). */
  undated: boolean;
}

export function emptyTouch(): StatementTouch {
  return { whole: false, asOfs: new Set(), undated: false };
}

/** The period part of the key says whether it is a running/standing total (`since:…`), split by as-of date. */
export function isCumulativeKey(comparisonKey: string): boolean {
  return comparisonKey.slice(comparisonKey.lastIndexOf('|') + 1).startsWith('since:');
}

/** Which figures of a key make the statement. */
type Members = { kind: 'all' } | { kind: 'dated'; asOfs: string[] } | { kind: 'undated'; sourceId: number };

/** The figures a view counts (summaries.ts `inView`): shown, and of the view's status. */
function viewSql(view: SummaryView): Prisma.Sql {
  return view === 'current' ? Prisma.empty : Prisma.sql` AND f."reviewStatus" = ${view}`;
}

function membersSql(members: Members): Prisma.Sql {
  if (members.kind === 'dated') return Prisma.sql` AND f."asOf" IN (${Prisma.join(members.asOfs)})`;
  if (members.kind === 'undated') return Prisma.sql` AND f."asOf" IS NULL AND f."sourceId" = ${members.sourceId}`;
  return Prisma.empty;
}

function shownSql(key: string, view: SummaryView): Prisma.Sql {
  return Prisma.sql`f."comparisonKey" = ${key} AND f."deletedAt" IS NULL AND f."reviewStatus" <> 'rejected' AND s."withdrawnAt" IS NULL${viewSql(view)}`;
}

interface Aggregates {
  n: unknown;
  pending: unknown;
  minValue: unknown;
  maxValue: unknown;
  nLower: unknown;
  minLower: unknown;
  maxLower: unknown;
  nUpper: unknown;
  minUpper: unknown;
  maxUpper: unknown;
  firstAsOf: string | null;
  lastAsOf: string | null;
  firstId: unknown;
  startYear: unknown;
  endYear: unknown;
  metricKey: string | null;
  cumulative: unknown;
  scope: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

/** SQLite answers counts as bigint, PostgreSQL as bigint or string: all are plain numbers here. */
const num = (x: unknown): number | null => (x === null || x === undefined ? null : Number(x));
const bool = (x: unknown): boolean => x === true || x === 1 || x === 1n || x === '1' || x === 't';

/** A statement to recompute: its view, key, figures and position within the key. */
interface StatementSpec {
  view: SummaryView;
  key: string;
  members: Members;
  statementIndex: number;
}

/** One SELECT of the aggregates of one statement, tagged with its position in the batch. */
function aggregateSql(spec: StatementSpec, branch: number): Prisma.Sql {
  // The years a figure covers (summaries.ts yearsOf): period end, else for a total the as-of year, else period start.
  const end = Prisma.sql`COALESCE(f."periodEndYear", CASE WHEN f."cumulative" THEN CAST(SUBSTR(f."asOf", 1, 4) AS INTEGER) END, f."periodStartYear")`;
  return Prisma.sql`
    SELECT ${Prisma.raw(String(branch))} AS "branch", agg.*, g."metricKey" AS "metricKey", g."cumulative" AS "cumulative", g."scope" AS "scope",
           g."periodStart" AS "periodStart", g."periodEnd" AS "periodEnd"
    FROM (
      SELECT COUNT(*) AS "n",
             SUM(CASE WHEN f."reviewStatus" = 'pending' THEN 1 ELSE 0 END) AS "pending",
             MIN(f."value") AS "minValue", MAX(f."value") AS "maxValue",
             COUNT(f."lower") AS "nLower", MIN(f."lower") AS "minLower", MAX(f."lower") AS "maxLower",
             COUNT(f."upper") AS "nUpper", MIN(f."upper") AS "minUpper", MAX(f."upper") AS "maxUpper",
             MIN(f."asOf") AS "firstAsOf", MAX(f."asOf") AS "lastAsOf", MIN(f."id") AS "firstId",
             MIN(COALESCE(f."periodStartYear", ${end})) AS "startYear", MAX(${end}) AS "endYear"
      FROM "Figure" f JOIN "Source" s ON s."id" = f."sourceId"
      WHERE ${shownSql(spec.key, spec.view)}${membersSql(spec.members)}
    ) agg LEFT JOIN "Figure" g ON g."id" = agg."firstId"`;
}

/** Statements per query: one round trip for a write's statements (SQLite allows 500 terms in a compound SELECT). */
const BATCH = 100;

/** The summary rows of some statements, from aggregates over their figures; a statement its view holds no figure of has none. */
async function aggregateStatements(tx: Tx, specs: StatementSpec[], claimColumnsOf: ClaimColumnsOf): Promise<StatementRow[]> {
  const rows: StatementRow[] = [];
  for (let i = 0; i < specs.length; i += BATCH) {
    const slice = specs.slice(i, i + BATCH);
    const found = await tx.$queryRaw<Array<Aggregates & { branch: unknown }>>`${Prisma.join(slice.map(aggregateSql), ' UNION ALL ')}`;
    const made: Array<{ branch: number; row: AggregateRow }> = [];
    for (const a of found) {
      const row = rowOf(slice[Number(a.branch)]!, a);
      if (row) made.push({ branch: Number(a.branch), row });
    }
    // Claims group figures by who said it (lib/domain/claims.ts): not an aggregate, so read the members' columns
    // that claims use (only those: a statement of a long running total has thousands of figures).
    const members = await tx.$queryRaw<MemberRow[]>`${Prisma.join(slice.map(membersOfSql), ' UNION ALL ')}`;
    const figures = slice.map((): ClaimFigureRow[] => []);
    for (const m of members) {
      figures[Number(m.branch)]!.push({ id: Number(m.id), sourceId: Number(m.sourceId), value: Number(m.value), qualifier: m.qualifier, attributedTo: m.attributedTo, citedReport: m.citedReport });
    }
    const columns = await claimColumnsOf(tx, made.map((m) => figures[m.branch]!));
    made.forEach((m, k) => rows.push({ ...m.row, ...columns[k]! }));
  }
  return rows;
}

/** What claims need of a statement's figure (lib/domain/claims.ts ClaimFigure), as the database answers it. */
interface MemberRow {
  branch: unknown;
  id: unknown;
  sourceId: unknown;
  value: unknown;
  qualifier: string;
  attributedTo: string | null;
  citedReport: string | null;
}

/** The figures of one statement as claims need them, tagged with its position in the batch. */
function membersOfSql(spec: StatementSpec, branch: number): Prisma.Sql {
  return Prisma.sql`SELECT ${Prisma.raw(String(branch))} AS "branch", f."id" AS "id", f."sourceId" AS "sourceId", f."value" AS "value",
           f."qualifier" AS "qualifier", f."attributedTo" AS "attributedTo", f."citedReport" AS "citedReport"
    FROM "Figure" f JOIN "Source" s ON s."id" = f."sourceId"
    WHERE ${shownSql(spec.key, spec.view)}${membersSql(spec.members)}`;
}

/** The columns of a statement row that come from its claims (who said it), not from SQL aggregates. */
export type ClaimColumns = Pick<StatementRow, 'verdict' | 'sourceCount' | 'claimCount' | 'transcriptionConflict' | 'claimLines'>;
type AggregateRow = Omit<StatementRow, keyof ClaimColumns>;

/** What a statement's claims are computed from (lib/domain/claims.ts): a figure's own columns, not its source's. */
export type ClaimFigureRow = Prisma.FigureGetPayload<{ select: { id: true; sourceId: true; value: true; qualifier: true; attributedTo: true; citedReport: true } }>;

/** The claim columns of statements from their figures (summaries.ts: the rebuild's own definition). */
export type ClaimColumnsOf = (tx: Tx, figuresPerStatement: ClaimFigureRow[][]) => Promise<ClaimColumns[]>;

function rowOf(spec: StatementSpec, a: Aggregates): AggregateRow | null {
  const n = num(a.n) ?? 0;
  if (n === 0 || a.metricKey === null) return null;
  return {
    view: spec.view,
    comparisonKey: spec.key,
    statementIndex: spec.statementIndex,
    metricKey: a.metricKey,
    cumulative: bool(a.cumulative),
    scope: a.scope,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    startYear: num(a.startYear),
    endYear: num(a.endYear),
    asOf: a.firstAsOf,
    lastAsOf: a.lastAsOf,
    figureCount: n,
    pendingCount: num(a.pending) ?? 0,
    minValue: num(a.minValue) ?? 0,
    maxValue: num(a.maxValue) ?? 0,
    widestLower: (num(a.nLower) ?? 0) < n ? null : num(a.minLower),
    widestUpper: (num(a.nUpper) ?? 0) < n ? null : num(a.maxUpper),
    tightestLower: num(a.maxLower),
    tightestUpper: num(a.minUpper),
    firstFigureId: num(a.firstId) ?? 0,
  };
}

/** The as-of dates a statement of the scan holds; the scan stops where it meets an old statement again. */
interface DatedStatement {
  anchor: string;
  asOfs: string[];
}

const PAGE = 256;

/** A date the window arithmetic cannot read: the rebuild makes each such figure its own statement; recompute the key. */
class UnreadableDate extends Error {}

/**
 * The dated statements of a running total from `from` (an old statement's first as-of date, or the start), oldest
 * first, until a statement begins at one of `oldAnchors` later than `after` (it and everything after it are as
 * before) or the dates run out. Reads the distinct as-of dates only, a page at a time.
 */
async function scanDated(tx: Tx, view: SummaryView, key: string, from: string | null, after: string | null, oldAnchors: Set<string>): Promise<{ statements: DatedStatement[]; syncAnchor: string | null }> {
  const statements: DatedStatement[] = [];
  let current: DatedStatement | null = null;
  let last: string | null = null;
  for (;;) {
    const lowerBound: Prisma.Sql = last !== null ? Prisma.sql` AND f."asOf" > ${last}` : from !== null ? Prisma.sql` AND f."asOf" >= ${from}` : Prisma.empty;
    const page: Array<{ asOf: string }> = await tx.$queryRaw<Array<{ asOf: string }>>`
      SELECT DISTINCT f."asOf" AS "asOf" FROM "Figure" f JOIN "Source" s ON s."id" = f."sourceId"
      WHERE ${shownSql(key, view)} AND f."asOf" IS NOT NULL${lowerBound}
      ORDER BY f."asOf" LIMIT ${PAGE}`;
    for (const { asOf } of page) {
      if (daysBetween(asOf, asOf) === null) throw new UnreadableDate(asOf);
      if (current && (daysBetween(current.anchor, asOf) ?? Infinity) <= SAME_STATEMENT_DAYS) {
        current.asOfs.push(asOf);
        continue;
      }
      if (after !== null && asOf > after && oldAnchors.has(asOf)) return { statements, syncAnchor: asOf };
      current = { anchor: asOf, asOfs: [asOf] };
      statements.push(current);
    }
    if (page.length < PAGE) return { statements, syncAnchor: null };
    last = page[page.length - 1]!.asOf;
  }
}

/** Every statement row of one key computed from its figures (the rebuild's way), for a key the scan cannot read. */
export type WholeKeyRows = (tx: Tx, key: string) => Promise<StatementRow[]>;

interface OldRow {
  id: number;
  statementIndex: number;
  asOf: string | null;
  lastAsOf: string | null;
}

interface Plan {
  deleteIds: number[];
  shifts: Array<{ ids: number[]; by: number }>;
  /** Statements to compute from aggregates (all in one batch at the end). */
  specs: StatementSpec[];
  /** Rows computed already (a key recomputed whole). */
  rows: StatementRow[];
}

/** Whether some of the sorted dates `touched` lies within [from, to]. */
function touchesWithin(touched: readonly string[], from: string, to: string): boolean {
  let lo = 0;
  let hi = touched.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (touched[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < touched.length && touched[lo]! <= to;
}

/** Shifts by the same amount in one statement each. */
function mergeShifts(shifts: Plan['shifts']): Plan['shifts'] {
  const by = new Map<number, number[]>();
  for (const s of shifts) if (s.ids.length) by.set(s.by, [...(by.get(s.by) ?? []), ...s.ids]);
  return [...by].map(([amount, ids]) => ({ ids, by: amount }));
}

/** One view of one running total: which old rows go, which move, and the new rows. */
async function planCumulative(tx: Tx, view: SummaryView, key: string, touch: StatementTouch, old: OldRow[], plan: Plan): Promise<void> {
  const dated = old.filter((r) => r.asOf !== null);
  const undated = old.filter((r) => r.asOf === null);
  let datedCount = dated.length;
  const redoDated = touch.whole || touch.asOfs.size > 0;
  if (redoDated) {
    const touched = [...touch.asOfs].sort();
    const first = touch.whole ? null : touched[0]!;
    // The last statement that begins before every touched date begins there again; scan from it.
    const restart = first === null ? undefined : [...dated].reverse().find((r) => r.asOf! < first);
    const startIndex = restart?.statementIndex ?? 0;
    const { statements, syncAnchor } = await scanDated(tx, view, key, restart?.asOf ?? null, touch.whole ? null : touched[touched.length - 1]!, new Set(dated.map((r) => r.asOf!)));
    const sync = syncAnchor === null ? undefined : dated.find((r) => r.asOf === syncAnchor);
    const replaced = dated.filter((r) => r.statementIndex >= startIndex && (sync === undefined || r.statementIndex < sync.statementIndex));
    const delta = statements.length - replaced.length;
    const kept = dated.filter((r) => sync !== undefined && r.statementIndex >= sync.statementIndex);
    if (delta !== 0 && kept.length) plan.shifts.push({ ids: kept.map((r) => r.id), by: delta });
    // Between the restart and the sync point most statements of a long running total are often untouched (a batch
    // of ingests touches a few dates here and there): one that begins and ends on the same dates as an old row and
    // holds no touched date has the same figures as before (only touched dates gain or lose figures), so its row
    // stays, moved to its new position if it moved. Only the others are recomputed.
    const oldByAnchor = new Map(replaced.map((r) => [r.asOf!, r]));
    const reused = new Set<number>();
    for (const [i, s] of statements.entries()) {
      const statementIndex = startIndex + i;
      const anchor = s.asOfs[0]!;
      const last = s.asOfs[s.asOfs.length - 1]!;
      const same = touch.whole ? undefined : oldByAnchor.get(anchor);
      if (same && same.lastAsOf === last && !touchesWithin(touched, anchor, last)) {
        reused.add(same.id);
        if (same.statementIndex !== statementIndex) plan.shifts.push({ ids: [same.id], by: statementIndex - same.statementIndex });
        continue;
      }
      plan.specs.push({ view, key, members: { kind: 'dated', asOfs: s.asOfs }, statementIndex });
    }
    plan.deleteIds.push(...replaced.filter((r) => !reused.has(r.id)).map((r) => r.id));
    datedCount += delta;
    if (!(touch.whole || touch.undated)) {
      if (delta !== 0 && undated.length) plan.shifts.push({ ids: undated.map((r) => r.id), by: delta });
      return;
    }
  }
  if (!(touch.whole || touch.undated)) return;
  // Undated figures: one statement per source, after the dated ones, sources in id order. Few; all redone.
  plan.deleteIds.push(...undated.map((r) => r.id));
  const sources = await tx.$queryRaw<Array<{ sourceId: unknown }>>`
    SELECT DISTINCT f."sourceId" AS "sourceId" FROM "Figure" f JOIN "Source" s ON s."id" = f."sourceId"
    WHERE ${shownSql(key, view)} AND f."asOf" IS NULL ORDER BY f."sourceId"`;
  for (const [i, s] of sources.entries()) plan.specs.push({ view, key, members: { kind: 'undated', sourceId: Number(s.sourceId) }, statementIndex: datedCount + i });
}

/**
 * Brings the statement summaries of the touched keys up to date inside the caller's transaction: a flow key's one
 * statement from aggregates over the key; for a running total, only the statements between the earliest and the
 * latest touched as-of dates (see the module comment).
 */
export async function refreshStatements(tx: Tx, touches: Map<string, StatementTouch>, views: readonly SummaryView[], wholeKey: WholeKeyRows, claimColumnsOf: ClaimColumnsOf): Promise<void> {
  if (touches.size === 0) return;
  const keys = [...touches.keys()];
  const plan: Plan = { deleteIds: [], shifts: [], specs: [], rows: [] };
  const old: Array<OldRow & { view: string; comparisonKey: string }> = [];
  for (let i = 0; i < keys.length; i += 200) {
    old.push(...(await tx.statementSummary.findMany({ where: { comparisonKey: { in: keys.slice(i, i + 200) } }, select: { id: true, view: true, comparisonKey: true, statementIndex: true, asOf: true, lastAsOf: true }, orderBy: { statementIndex: 'asc' } })));
  }
  // A flow key is one statement: recomputed whole, from aggregates.
  const flow = new Set(keys.filter((k) => !isCumulativeKey(k)));
  plan.deleteIds.push(...old.filter((r) => flow.has(r.comparisonKey)).map((r) => r.id));
  for (const key of flow) for (const view of views) plan.specs.push({ view, key, members: { kind: 'all' }, statementIndex: 0 });
  const cumulative = keys.filter(isCumulativeKey);
  if (cumulative.length) {
    for (const key of cumulative) {
      for (const view of views) {
        const mine = old.filter((r) => r.comparisonKey === key && r.view === view);
        try {
          await planCumulative(tx, view, key, touches.get(key)!, mine, plan);
        } catch (err) {
          if (!(err instanceof UnreadableDate)) throw err;
          // Start over for this key and view: drop what was planned for it and recompute it whole.
          const ids = new Set(mine.map((r) => r.id));
          plan.specs = plan.specs.filter((r) => !(r.key === key && r.view === view));
          plan.shifts = plan.shifts.map((s) => ({ ...s, ids: s.ids.filter((id) => !ids.has(id)) }));
          plan.deleteIds = plan.deleteIds.filter((id) => !ids.has(id));
          plan.deleteIds.push(...mine.map((r) => r.id));
          plan.rows.push(...(await wholeKey(tx, key)).filter((r) => r.view === view));
        }
      }
    }
  }
  plan.rows.push(...(await aggregateStatements(tx, plan.specs, claimColumnsOf)));
  for (let i = 0; i < plan.deleteIds.length; i += 500) await tx.statementSummary.deleteMany({ where: { id: { in: plan.deleteIds.slice(i, i + 500) } } });
  for (const s of mergeShifts(plan.shifts)) {
    for (let i = 0; i < s.ids.length; i += 500) await tx.statementSummary.updateMany({ where: { id: { in: s.ids.slice(i, i + 500) } }, data: { statementIndex: { increment: s.by } } });
  }
  for (let i = 0; i < plan.rows.length; i += 500) await tx.statementSummary.createMany({ data: plan.rows.slice(i, i + 500) });
}
