import type { FigureView, StatementView } from '@/lib/data/dto';
import { formatNumber } from '@/lib/domain/qualifiers';
import { compareAsOf } from '@/lib/domain/compare';
import { formatDate } from '@/lib/domain/periods';

/**
 * Chart-ready points for one metric, kept apart from drawing: one point per statement (the figures of one
 * comparison key stated at the same time). A one-report statement is drawn as its figure — a lower bound (">25")
 * as a bound, never as the point 25 — and opens that figure; a statement several reports make is drawn as the
 * range of the values they print, says how many reports, and opens their comparison. Missing dates are an
 * explicit category, never a made-up position.
 */
export type MarkKind = 'exact' | 'lower' | 'upper' | 'range';

export interface ChartPoint {
  id: number;
  /** Category on the x axis: a year ("2019"), a year range, or an as-of date ("as of Jun 2020"). */
  x: string;
  y: number;
  mark: MarkKind;
  /** Strict bound (more than / fewer than) is drawn hollow. */
  strict: boolean;
  /** For ranges ("about"): distance below and above y. */
  error: [number, number] | null;
  series: string;
  display: string;
  valueText: string;
  periodText: string;
  source: string;
  attributedTo: string | null;
  quoteExcerpt: string;
  pending: boolean;
  /** Where a click goes: the figure for one report, the comparison for several. */
  href: string;
  /** How many reports make the statement, from how many sources, and whether they agree. */
  reports: number;
  sourceCount: number;
  verdict: StatementView['verdict'];
  /** Independent claims among the reports (relays of one claim count once). */
  claimCount: number;
  transcriptionConflict: boolean;
  /** The statement in plain words: the mark's accessible description. */
  summary: string;
  /** "25–341" for several reports that print different values; null when they all print one. */
  rangeText: string | null;
}

export interface MetricChartData {
  annual: { categories: string[]; points: ChartPoint[]; series: string[] };
  cumulative: { categories: string[]; points: ChartPoint[]; series: string[] };
}

export const NATIONAL = 'National total';
export const UNKNOWN_DATE = 'date unknown';

function markOf(f: FigureView): { mark: MarkKind; strict: boolean; error: [number, number] | null } {
  switch (f.qualifier) {
    case 'more_than':
      return { mark: 'lower', strict: true, error: null };
    case 'at_least':
      return { mark: 'lower', strict: false, error: null };
    case 'fewer_than':
      return { mark: 'upper', strict: true, error: null };
    case 'up_to':
      return { mark: 'upper', strict: false, error: null };
    case 'about':
      return { mark: 'range', strict: false, error: [f.value - (f.interval.lower ?? f.value), (f.interval.upper ?? f.value) - f.value] };
    default:
      return { mark: 'exact', strict: false, error: null };
  }
}

function seriesOf(f: FigureView): string {
  return f.scope ?? NATIONAL;
}

function excerpt(s: string, max = 140): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function point(s: StatementView, x: string): ChartPoint {
  const f = s.first;
  const single = s.figureCount === 1;
  const ranged = s.minValue !== s.maxValue;
  return {
    id: f.id,
    x,
    y: f.value,
    ...markOf(f),
    series: seriesOf(f),
    display: f.display,
    valueText: f.valueText,
    periodText: f.periodText,
    source: `${f.source.label}${f.source.publishedAt ? `, ${formatDate(f.source.publishedAt)}` : ''}`,
    attributedTo: f.attributedTo,
    quoteExcerpt: excerpt(f.quote),
    pending: single ? f.reviewStatus === 'pending' : s.pendingCount === s.figureCount,
    ...(ranged ? { mark: 'range' as const, strict: false, y: s.minValue, error: [0, s.maxValue - s.minValue] as [number, number] } : {}),
    href: single ? `/figures/${f.id}` : `/compare?key=${encodeURIComponent(s.comparisonKey)}`,
    reports: s.figureCount,
    sourceCount: s.sourceCount,
    verdict: s.verdict,
    claimCount: s.claimCount,
    transcriptionConflict: s.transcriptionConflict,
    summary: s.summary,
    rangeText: ranged ? `${formatNumber(s.minValue)}–${formatNumber(s.maxValue)}` : null,
  };
}

function annualLabel(f: FigureView): string {
  const s = f.periodStart?.slice(0, 4);
  const e = f.periodEnd?.slice(0, 4);
  if (s && e && s !== e) return `${s}–${e}`;
  return s ?? e ?? UNKNOWN_DATE;
}

function seriesList(points: ChartPoint[]): string[] {
  const names = [...new Set(points.map((p) => p.series))];
  return names.sort((a, b) => (a === NATIONAL ? -1 : b === NATIONAL ? 1 : a.localeCompare(b)));
}

export function buildMetricChartData(statements: StatementView[]): MetricChartData {
  const annualFigs = statements.filter((s) => !s.cumulative);
  const cumulativeFigs = statements.filter((s) => s.cumulative);

  const annualPoints = annualFigs.map((s) => point(s, annualLabel(s.first)));
  const annualCats = [...new Set(annualPoints.map((p) => p.x))].sort((a, b) => (a === UNKNOWN_DATE ? 1 : b === UNKNOWN_DATE ? -1 : a.localeCompare(b)));

  const sortedCum = [...cumulativeFigs].sort((a, b) => compareAsOf(a.asOf, b.asOf) || a.first.id - b.first.id);
  const cumPoints = sortedCum.map((s) => point(s, s.asOf ? `as of ${formatDate(s.asOf)}` : UNKNOWN_DATE));
  const cumCats = [...new Set(cumPoints.map((p) => p.x))];

  return {
    annual: { categories: annualCats, points: annualPoints, series: seriesList(annualPoints) },
    cumulative: { categories: cumCats, points: cumPoints, series: seriesList(cumPoints) },
  };
}
