import { Prisma } from '@/lib/generated/prisma/client';
import { SAME_STATEMENT_DAYS } from '@/lib/domain/compare';
import { daysBetween } from '@/lib/domain/periods';

/**
 * Statement summaries kept up to date incrementally: a write recomputes only the statements it can change, each
 * from its own figures (their columns only, read once for every view) by the rebuild's own row definition
 * (`statementRow` in summaries.ts): claims (who said it, lib/domain/claims.ts) need every figure anyway, so SQL
 * aggregates besides them would only read the figures twice. A statement is what `statementsOf`
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

/** SQLite answers integers as bigint, PostgreSQL as numbers: all are plain numbers here. */
const num = (x: unknown): number | null => (x === null || x === undefined ? null : Number(x));
const bool = (x: unknown): boolean => x === true || x === 1 || x === 1n || x === '1' || x === 't';

/** A statement to recompute: its view, key, figures and position within the key. */
interface StatementSpec {
  view: SummaryView;
  key: string;
  members: Members;
  statementIndex: number;
}

/** What a statement row is computed from (summaries.ts `statementRow`): its figures' own columns. */
export type StatementFigure = Prisma.FigureGetPayload<{
  select: {
    id: true;
    sourceId: true;
    metricKey: true;
    value: true;
    qualifier: true;
    periodStart: true;
    periodEnd: true;
    periodStartYear: true;
    periodEndYear: true;
    cumulative: true;
    asOf: true;
    scope: true;
    attributedTo: true;
    citedReport: true;
    reviewStatus: true;
  };
}>;

/** The same columns as the database answers a raw query. */
type MemberRow = { [K in keyof StatementFigure]: unknown } & { branch: unknown };

function memberOf(m: MemberRow): StatementFigure {
  const text = (x: unknown) => (x === null || x === undefined ? null : String(x));
  return {
    id: Number(m.id),
    sourceId: Number(m.sourceId),
    metricKey: String(m.metricKey),
    value: Number(m.value),
    qualifier: String(m.qualifier),
    periodStart: text(m.periodStart),
    periodEnd: text(m.periodEnd),
    periodStartYear: num(m.periodStartYear),
    periodEndYear: num(m.periodEndYear),
    cumulative: bool(m.cumulative),
    asOf: text(m.asOf),
    scope: text(m.scope),
    attributedTo: text(m.attributedTo),
    citedReport: text(m.citedReport),
    reviewStatus: String(m.reviewStatus),
  };
}

/**
 * The figures of some statements (one key and member set each), every view's at once: what the `current` view
 * shows, with their review status, from which each view takes its own (summaries.ts `inView`).
 */
function membersOfSql(group: { key: string; members: Members }, branch: number): Prisma.Sql {
  return Prisma.sql`SELECT ${Prisma.raw(String(branch))} AS "branch", f."id" AS "id", f."sourceId" AS "sourceId", f."metricKey" AS "metricKey",
           f."value" AS "value", f."qualifier" AS "qualifier", f."periodStart" AS "periodStart", f."periodEnd" AS "periodEnd",
           f."periodStartYear" AS "periodStartYear", f."periodEndYear" AS "periodEndYear", f."cumulative" AS "cumulative",
           f."asOf" AS "asOf", f."scope" AS "scope", f."attributedTo" AS "attributedTo", f."citedReport" AS "citedReport",
           f."reviewStatus" AS "reviewStatus"
    FROM "Figure" f JOIN "Source" s ON s."id" = f."sourceId"
    WHERE ${shownSql(group.key, 'current')}${membersSql(group.members)}`;
}

/** Statements per query: one round trip for a write's statements (SQLite allows 500 terms in a compound SELECT). */
const BATCH = 100;

/** A statement to compute: its place and its figures in its view. */
export interface StatementMembers {
  view: SummaryView;
  key: string;
  statementIndex: number;
  figures: StatementFigure[];
}

/** Statement rows from their figures (summaries.ts: the rebuild's own definition, sources named in one query). */
export type RowsOf = (tx: Tx, statements: StatementMembers[]) => Promise<StatementRow[]>;

/**
 * The summary rows of some statements, from their figures; a statement its view holds no figure of has none.
 * Statements of different views with the same members (a flow key's one statement; a running total whose
 * figures all await review, so that `current` and `pending` split alike) are read once for all of them.
 */
async function computeStatements(tx: Tx, specs: StatementSpec[], rowsOf: RowsOf): Promise<StatementRow[]> {
  const groups = new Map<string, { key: string; members: Members; specs: StatementSpec[] }>();
  for (const spec of specs) {
    const id = JSON.stringify([spec.key, spec.members]);
    const group = groups.get(id);
    if (group) group.specs.push(spec);
    else groups.set(id, { key: spec.key, members: spec.members, specs: [spec] });
  }
  const all = [...groups.values()];
  const statements: StatementMembers[] = [];
  for (let i = 0; i < all.length; i += BATCH) {
    const slice = all.slice(i, i + BATCH);
    const found = await tx.$queryRaw<MemberRow[]>`${Prisma.join(slice.map(membersOfSql), ' UNION ALL ')}`;
    const figures = slice.map((): StatementFigure[] => []);
    for (const m of found) figures[Number(m.branch)]!.push(memberOf(m));
    slice.forEach((group, k) => {
      for (const spec of group.specs) {
        const mine = spec.view === 'current' ? figures[k]! : figures[k]!.filter((f) => f.reviewStatus === spec.view);
        if (mine.length) statements.push({ view: spec.view, key: spec.key, statementIndex: spec.statementIndex, figures: mine });
      }
    });
  }
  return rowsOf(tx, statements);
}

/** The as-of dates a statement of the scan holds; the scan stops where it meets an old statement again. */
interface DatedStatement {
  anchor: string;
  asOfs: string[];
}

/** Distinct as-of dates per query: a long running total has thousands, and each round trip costs more than its rows. */
const PAGE = 2048;

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
  /** Statements to compute from their figures (all in one batch at the end). */
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
 * statement; for a running total, only the statements between the earliest and the latest touched as-of dates
 * that hold a touched date or changed their span (see the module comment).
 */
export async function refreshStatements(tx: Tx, touches: Map<string, StatementTouch>, views: readonly SummaryView[], wholeKey: WholeKeyRows, rowsOf: RowsOf): Promise<void> {
  if (touches.size === 0) return;
  const keys = [...touches.keys()];
  const plan: Plan = { deleteIds: [], shifts: [], specs: [], rows: [] };
  const old: Array<OldRow & { view: string; comparisonKey: string }> = [];
  for (let i = 0; i < keys.length; i += 200) {
    old.push(...(await tx.statementSummary.findMany({ where: { comparisonKey: { in: keys.slice(i, i + 200) } }, select: { id: true, view: true, comparisonKey: true, statementIndex: true, asOf: true, lastAsOf: true }, orderBy: { statementIndex: 'asc' } })));
  }
  // A flow key is one statement: recomputed whole.
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
  plan.rows.push(...(await computeStatements(tx, plan.specs, rowsOf)));
  for (let i = 0; i < plan.deleteIds.length; i += 500) await tx.statementSummary.deleteMany({ where: { id: { in: plan.deleteIds.slice(i, i + 500) } } });
  for (const s of mergeShifts(plan.shifts)) {
    for (let i = 0; i < s.ids.length; i += 500) await tx.statementSummary.updateMany({ where: { id: { in: s.ids.slice(i, i + 500) } }, data: { statementIndex: { increment: s.by } } });
  }
  for (let i = 0; i < plan.rows.length; i += 500) await tx.statementSummary.createMany({ data: plan.rows.slice(i, i + 500) });
}
