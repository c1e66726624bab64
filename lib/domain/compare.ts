import type { PartialDate, Qualifier } from './figure';
import { intervalFor, type Interval } from './qualifiers';
import { analyseClaims, type ClaimAnalysis } from './claims';
import { daysBetween } from './periods';

/**
 * How figures compare (see the domain notes): two figures are comparable when metric, geography, scope and
 * period match — for cumulative figures, the same start and as-of dates close enough to be one statement.
 * Within a statement, figures relaying one claim count once (claims.ts); independent claims agree when their
 * intervals overlap. Nothing here merges figures: groups keep every member.
 */

export interface ComparableFigure {
  id: number;
  sourceId: number;
  metricKey: string;
  geography: string;
  scope: string | null;
  value: number;
  qualifier: Qualifier;
  periodStart: PartialDate | null;
  periodEnd: PartialDate | null;
  cumulative: boolean;
  asOf: PartialDate | null;
  attributedTo: string | null;
  citedReport?: string | null;
}

/** Two cumulative statements whose as-of dates are this close are taken as the same statement restated. */
export const SAME_STATEMENT_DAYS = 45;

export function normalizeScope(scope: string | null): string {
  return (scope ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The stored grouping key: figures with different keys are never comparable. For cumulative and stock figures
 * the as-of date is left out on purpose — snapshots of one running total share a key, and
 * {@link groupComparable} splits them into statements by as-of date.
 */
export function comparisonKey(f: Pick<ComparableFigure, 'metricKey' | 'geography' | 'scope' | 'periodStart' | 'periodEnd' | 'cumulative'>): string {
  const period = f.cumulative ? `since:${f.periodStart ?? 'stock'}` : `${f.periodStart ?? '?'}..${f.periodEnd ?? '?'}`;
  return [f.metricKey, f.geography, normalizeScope(f.scope), period].join('|');
}

export type { Verdict } from './claims';

/** One statement with its claims (see claims.ts) and the verdict between them. */
export interface ComparisonGroup<F extends ComparableFigure> extends ClaimAnalysis<F> {
  key: string;
  figures: F[];
}

export function figureInterval(f: Pick<ComparableFigure, 'qualifier' | 'value'>): Interval {
  return intervalFor(f.qualifier, f.value);
}

/**
 * Groups figures that count the same thing. Flow figures group by their key; cumulative figures with the same
 * key are further split into statements: sorted by as-of date, a figure joins the current statement when its
 * as-of date is within {@link SAME_STATEMENT_DAYS} of the statement's first one. Undated running totals are one
 * statement only within one source: two undated articles saying 127 and 207 cells "since 2002" are snapshots
 * at unknown dates, not a contradiction.
 */
export function groupComparable<F extends ComparableFigure>(figures: F[]): ComparisonGroup<F>[] {
  return statementsOf(figures).map(({ key, figures: statement }) => ({ ...analyseClaims(statement), key, figures: statement }));
}

/**
 * The grouping of {@link groupComparable} without the claims: for code that needs only the statements.
 */
export function statementsOf<F extends ComparableFigure>(figures: F[]): Array<{ key: string; figures: F[] }> {
  const byKey = new Map<string, F[]>();
  for (const f of figures) {
    const key = comparisonKey(f);
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const out: Array<{ key: string; figures: F[] }> = [];
  for (const [key, members] of byKey) {
    const statements = members[0]!.cumulative ? splitIntoStatements(members) : [members];
    for (const [i, statement] of statements.entries()) {
      out.push({ key: statements.length > 1 ? `${key}@${statement[0]!.asOf ?? 'unknown'}#${i}` : key, figures: statement });
    }
  }
  return out;
}

function splitIntoStatements<F extends ComparableFigure>(members: F[]): F[][] {
  // Undated figures sort last, each source's together (only within a source are they one statement).
  const sorted = [...members].sort((a, b) => compareAsOf(a.asOf, b.asOf) || (a.asOf === null ? a.sourceId - b.sourceId : 0) || a.id - b.id);
  const out: F[][] = [];
  let current: F[] = [];
  let anchor: PartialDate | null | undefined;
  for (const f of sorted) {
    const sameStatement =
      current.length > 0 &&
      (anchor === null
        ? f.asOf === null && f.sourceId === current[0]!.sourceId
        : f.asOf !== null && (daysBetween(anchor ?? null, f.asOf) ?? Infinity) <= SAME_STATEMENT_DAYS);
    if (!sameStatement) {
      if (current.length) out.push(current);
      current = [];
      anchor = f.asOf;
    }
    current.push(f);
  }
  if (current.length) out.push(current);
  return out;
}

/** Unknown as-of dates sort last. */
export function compareAsOf(a: PartialDate | null, b: PartialDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export interface Snapshot {
  asOf: PartialDate;
  lower: number | null;
  upper: number | null;
}

export interface DerivedCount {
  from: PartialDate;
  to: PartialDate;
  /** Bounds of the increase between two snapshots; derived, never stated by a source. */
  lower: number | null;
  upper: number | null;
}

/**
 * A running total ("since 2002") restated over time must never decrease. Returns the derived increases between
 * consecutive dated snapshots and the pairs that break monotonicity (a later snapshot that is surely smaller).
 */
export function analyseSeries(snapshots: Snapshot[]): { derived: DerivedCount[]; decreases: Array<[PartialDate, PartialDate]> } {
  const dated = [...snapshots].sort((a, b) => compareAsOf(a.asOf, b.asOf));
  const derived: DerivedCount[] = [];
  const decreases: Array<[PartialDate, PartialDate]> = [];
  for (let i = 1; i < dated.length; i++) {
    const prev = dated[i - 1]!;
    const next = dated[i]!;
    if (prev.asOf === next.asOf) continue;
    if (next.upper !== null && prev.lower !== null && next.upper < prev.lower) {
      // A total that went down has no meaningful increase to derive; the contradiction is reported instead.
      decreases.push([prev.asOf, next.asOf]);
      continue;
    }
    const lower = next.lower !== null && prev.upper !== null ? Math.max(0, next.lower - prev.upper) : null;
    const upper = next.upper !== null && prev.lower !== null ? next.upper - prev.lower : null;
    derived.push({ from: prev.asOf, to: next.asOf, lower, upper });
  }
  return { derived, decreases };
}
