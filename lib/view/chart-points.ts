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
  /** A running or standing total (drawn by the date it was stated), not an annual figure. */
  cumulative: boolean;
  /** The narrower scope, or null for the national total. */
  scope: string | null;
  /** Position on a numeric axis: the year for annual figures, the as-of time (ms) for running totals; null: no place. */
  t: number | null;
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
  /** The statement in plain words, who said what (the chart's description quotes the latest one's). */
  summary: string;
  /** "25–341" for several reports that print different values; null when they all print one. */
  rangeText: string | null;
}

/** "one claim", or "3 independent claims, they agree" / "… claims that agree" (shown / read aloud). */
const claimsText = (p: ChartPoint, joint: ', they' | ' that') =>
  p.verdict === 'single_claim' ? 'one claim' : `${p.claimCount} independent claims${joint} ${p.verdict === 'disagree' ? 'disagree' : 'agree'}`;

/** The id of the element that names a mark: one per statement on a page, as the tooltips' (`tip-N`). */
export const markLabelId = (p: Pick<ChartPoint, 'id'>) => `mark-${p.id}`;

/**
 * A mark's accessible name, in words: what its tooltip shows. For a statement of several reports, how they relate
 * and the range they print, not the full summary (who said what, which the comparison it opens lays out): every
 * mark of a chart is read out in turn, and the summary of a contested statement runs to hundreds of words.
 */
export function markLabel(p: ChartPoint): string {
  if (p.reports === 1) return `${p.display} (${p.valueText}) — ${p.periodText}, ${p.source}. Open figure.`;
  const claims = claimsText(p, ' that');
  const range = p.rangeText ? `, printing ${p.rangeText}` : '';
  const conflict = p.transcriptionConflict ? ', with a transcription conflict' : '';
  return `${p.periodText}: ${p.reports} reports, ${claims}${range}${conflict}; the first says ${p.display}. Open the comparison.`;
}

/** How the reports of one statement relate, in a few words: "3 reports · one claim", "2 reports · 2 independent claims, they disagree". */
export function reportsText(p: ChartPoint): string {
  return `${p.reports} reports · ${claimsText(p, ', they')}${p.transcriptionConflict ? ' · transcription conflict' : ''}`;
}

/**
 * One metric's statements sorted into what can be drawn on which axis. Totals and their parts (a scope such as
 * "linked to ISIS") never share an axis: 6 arrests "while leaving" beside 2,963 in all would flatten one and
 * suggest the other is comparable.
 */
export interface MetricChartData {
  /** National figures for one calendar year (or part of one), at their year. */
  annual: ChartPoint[];
  /** National running and standing totals with a known as-of date, oldest first, at that date. */
  running: ChartPoint[];
  /** National statements with no place on either axis: several years at once, unknown years, undated totals. */
  unplaced: ChartPoint[];
  /** Narrower scopes, each its own list (or chart on a metric page), never on the totals' axis. */
  subsets: Array<{ scope: string; points: ChartPoint[] }>;
}

export const NATIONAL = 'National total';

/** Series colours in order (CSS variables, so dark mode follows); the legend and the chart both index into it. */
export const SERIES_COLOURS = ['var(--series-1)', 'var(--series-2)', 'var(--series-3)', 'var(--series-4)', 'var(--series-5)', 'var(--series-6)'];

/** Series in the order they first appear: the chart's colours and its legend follow it. */
export function seriesNames(points: ChartPoint[]): string[] {
  return [...new Set(points.map((p) => p.series))];
}

/**
 * What a chart shows, in words, for screen readers (its accessible description) and for anyone who cannot see the
 * marks: how many statements over which span, and the latest one's plain-language summary.
 */
export function describeSeries(title: string, kind: 'annual' | 'running', points: ChartPoint[], unit: string): string {
  if (!points.length) return `${title}: nothing to draw.`;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const span = first.x === last.x ? first.x : `${first.x.replace(/^as of /, '')} to ${last.x.replace(/^as of /, '')}`;
  const latest = last.reports > 1 ? last.summary : `${last.display} ${unit} (${last.valueText}), ${last.source}${last.attributedTo ? `, attributed to ${last.attributedTo}` : ''}.`;
  const n = points.length;
  return `${title}, in ${unit}${kind === 'running' ? ', by the date each total was stated' : ''}: ${n} ${n === 1 ? 'statement' : 'statements'}, ${span}. Latest, ${last.x.replace(/^as of /, '')}: ${latest}`;
}
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

function point(s: StatementView, x: string, t: number | null = null): ChartPoint {
  const f = s.first;
  const single = s.figureCount === 1;
  const ranged = s.minValue !== s.maxValue;
  return {
    id: f.id,
    cumulative: s.cumulative,
    scope: f.scope,
    t,
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

/** "since 2002", "since 11 Sep 2001", "standing total": which running total a point belongs to. */
export function runningSeriesOf(f: FigureView): string {
  if (!f.periodStart) return 'standing total';
  return `since ${f.periodStart.length === 4 ? f.periodStart : formatDate(f.periodStart)}`;
}

/** The as-of date as a time on the axis (partial dates at their first day). */
export function timeOf(d: string | null): number | null {
  const m = d ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d) : null;
  return m ? Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')) : null;
}

/** The one year an annual figure covers (a year, or part of one), or null for several years or an unknown one. */
function singleYear(f: FigureView): number | null {
  const s = f.periodStart?.slice(0, 4);
  const e = f.periodEnd?.slice(0, 4);
  const y = s ?? e;
  return y && (!s || !e || s === e) ? Number(y) : null;
}

export function buildMetricChartData(statements: StatementView[]): MetricChartData {
  const out: MetricChartData = { annual: [], running: [], unplaced: [], subsets: [] };
  const subsets = new Map<string, ChartPoint[]>();
  const sorted = [...statements].sort((a, b) => (a.cumulative ? compareAsOf(a.asOf, b.asOf) : (singleYear(a.first) ?? 9999) - (singleYear(b.first) ?? 9999)) || a.first.id - b.first.id);
  for (const s of sorted) {
    const f = s.first;
    const p = s.cumulative
      ? { ...point(s, s.asOf ? `as of ${formatDate(s.asOf)}` : UNKNOWN_DATE, timeOf(s.asOf)), series: runningSeriesOf(f) }
      : point(s, annualLabel(f), singleYear(f));
    if (f.scope) subsets.set(f.scope, [...(subsets.get(f.scope) ?? []), p]);
    else if (p.t === null) out.unplaced.push(p);
    else (s.cumulative ? out.running : out.annual).push(p);
  }
  out.running.sort((a, b) => (a.t ?? 0) - (b.t ?? 0) || a.id - b.id);
  out.subsets = [...subsets].sort(([a], [b]) => a.localeCompare(b)).map(([scope, points]) => ({ scope, points }));
  return out;
}
