import type { Qualifier, ReviewStatus, SourceKind } from '@/lib/domain/figure';
import { formatInterval, formatQualified, type Interval } from '@/lib/domain/qualifiers';
import { describePeriod } from '@/lib/domain/periods';
import { textFragmentUrl } from '@/lib/view/text-fragment';
import { describeRange, describeValue, rangeNote, sourceTitle } from '@/lib/view/plain-words';
import { z } from 'zod';
import type { StatementSummary } from '@/lib/generated/prisma/client';
import { comparisonSubject, comparisonSummary, type ClaimLine, type Verdict } from '@/lib/domain/claims';

/** A figure as pages and client components see it: plain, serialisable, display strings precomputed. */
export interface FigureView {
  id: number;
  metricKey: string;
  metricLabel: string;
  value: number;
  valueText: string;
  qualifier: Qualifier;
  /** Compact, for charts and tight cells: ">25", "≈1,600". */
  display: string;
  /** In words, for headings and the table: "more than 25", "about 1,600". */
  valueWords: string;
  interval: Interval;
  /** The interval in notation ("(25, ∞)"): the export and the method page, not public labels. */
  intervalText: string;
  /** The interval in words ("between 1,440 and 1,760"). */
  rangeText: string;
  /** How ctstats reads a vague value ("taken as between 1,440 and 1,760"), or null when the words say it all. */
  rangeNote: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  cumulative: boolean;
  periodText: string;
  asOf: string | null;
  scope: string | null;
  geography: string;
  attributedTo: string | null;
  citedReport: string | null;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /** The original article opened at the quote (`#:~:text=`), when the source has an address. */
  quoteLink: string | null;
  flags: string[];
  reviewStatus: ReviewStatus;
  origin: string;
  comparisonKey: string;
  /** Soft-deleted: only analysts see it, with a way to restore it. */
  deleted: boolean;
  sourceId: number;
  source: SourceRef;
}

export interface SourceRef {
  id: number;
  title: string | null;
  headline: string;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  /** "excerpt": the stored text is only the quoted passages; the full article is at `url`. */
  kind: SourceKind;
  label: string;
  /** Its title, else outlet and date (lib/view/plain-words.ts: never a cut first sentence). */
  displayTitle: string;
}

export interface FigureRecord {
  id: number;
  metricKey: string;
  metric: { label: string };
  value: number;
  valueText: string;
  qualifier: string;
  lower: number | null;
  upper: number | null;
  lowerInclusive: boolean;
  upperInclusive: boolean;
  periodStart: string | null;
  periodEnd: string | null;
  cumulative: boolean;
  asOf: string | null;
  scope: string | null;
  geography: string;
  attributedTo: string | null;
  citedReport: string | null;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  flags: string;
  reviewStatus: string;
  origin: string;
  comparisonKey: string;
  deletedAt?: Date | null;
  source: { id: number; title: string | null; headline: string; outlet: string | null; publishedAt: string | null; url: string | null; kind: string };
}

/** The source columns every figure read includes (one definition for the Prisma selects). */
export const sourceRefSelect = { id: true, title: true, headline: true, outlet: true, publishedAt: true, url: true, kind: true } as const;

export function toSourceKind(kind: string): SourceKind {
  return kind === 'excerpt' ? 'excerpt' : 'full';
}

/**
 * How a source is named in lists and tables: its outlet, else its title, else its number — never its first
 * sentence cut short (see sourceTitle, which names its page). An excerpt says so wherever it is named, so a reader never takes
 * the stored passages for the whole article.
 */
export function sourceLabel(s: { id: number; outlet: string | null; title?: string | null; publishedAt?: string | null; kind?: string }): string {
  // Lists print the date beside the name, so a source with neither outlet nor title is named by its number.
  const name = s.outlet?.trim() || s.title?.trim() || `Source #${s.id}`;
  const label = name.length > 60 ? `${name.slice(0, 59)}…` : name;
  return s.kind === 'excerpt' ? `${label} (excerpt)` : label;
}

export function toSourceRef(s: FigureRecord['source']): SourceRef {
  return { id: s.id, title: s.title, headline: s.headline, outlet: s.outlet, publishedAt: s.publishedAt, url: s.url, kind: toSourceKind(s.kind), label: sourceLabel(s), displayTitle: sourceTitle(s) };
}

export function toFigureView(r: FigureRecord): FigureView {
  const qualifier = r.qualifier as Qualifier;
  const interval: Interval = { lower: r.lower, upper: r.upper, lowerInclusive: r.lowerInclusive, upperInclusive: r.upperInclusive };
  return {
    id: r.id,
    metricKey: r.metricKey,
    metricLabel: r.metric.label,
    value: r.value,
    valueText: r.valueText,
    qualifier,
    display: formatQualified(qualifier, r.value),
    valueWords: describeValue(qualifier, r.value),
    interval,
    intervalText: formatInterval(interval),
    rangeText: describeRange(interval),
    rangeNote: rangeNote(qualifier, interval),
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    cumulative: r.cumulative,
    periodText: describePeriod(r),
    asOf: r.asOf,
    scope: r.scope,
    geography: r.geography,
    attributedTo: r.attributedTo,
    citedReport: r.citedReport,
    quote: r.quote,
    quoteStart: r.quoteStart,
    quoteEnd: r.quoteEnd,
    quoteLink: r.source.url ? textFragmentUrl(r.source.url, r.quote) : null,
    flags: r.flags ? r.flags.split(' ').filter(Boolean) : [],
    reviewStatus: r.reviewStatus as ReviewStatus,
    origin: r.origin,
    comparisonKey: r.comparisonKey,
    deleted: r.deletedAt != null,
    sourceId: r.source.id,
    source: toSourceRef(r.source),
  };
}

/** One statement (see lib/domain/compare.ts) as the overview draws it, from its summary row and its first figure. */
export interface StatementView extends Omit<StatementRecord, 'verdict' | 'claimLines'> {
  /** Between independent claims (relays of one attribution or cited report count once); see lib/domain/claims.ts. */
  verdict: Verdict;
  /** The most-relayed claims, for the plain-language summary. */
  claimLines: ClaimLine[];
  /** The statement in one or two sentences ("Two independent claims give 2019 arrests: …: they disagree."). */
  summary: string;
  /** The first report (lowest id): what a one-report mark is, and the example a many-report mark quotes. */
  first: FigureView;
}

const claimLinesSchema = z.array(z.object({ value: z.string(), origin: z.string().nullable(), sources: z.number().int(), transcriptionConflict: z.boolean() }));
const verdictSchema = z.enum(['agree', 'disagree', 'single_claim']);

/** The summary row's columns a statement view needs (minValue/maxValue: the values the reports print). */
export type StatementRecord = Pick<
  StatementSummary,
  | 'comparisonKey' | 'statementIndex' | 'metricKey' | 'cumulative' | 'scope' | 'asOf' | 'lastAsOf' | 'figureCount' | 'sourceCount'
  | 'pendingCount' | 'minValue' | 'maxValue' | 'verdict' | 'claimCount' | 'transcriptionConflict' | 'claimLines'
>;

/**
 * A summary row and its first figure as a statement view. The stored claim lines are the database's own JSON, but
 * parsed, not trusted: a row written by an older version reads as having no named claims rather than breaking the page.
 */
export function toStatementView(r: StatementRecord, first: FigureView): StatementView {
  const parsedLines = claimLinesSchema.safeParse(safeJson(r.claimLines));
  const claimLines = parsedLines.success ? parsedLines.data : [];
  const verdict = verdictSchema.catch('single_claim').parse(r.verdict);
  const subject = comparisonSubject(first.metricLabel, first.scope, first.periodText);
  return {
    comparisonKey: r.comparisonKey,
    statementIndex: r.statementIndex,
    metricKey: r.metricKey,
    cumulative: r.cumulative,
    scope: r.scope,
    asOf: r.asOf,
    lastAsOf: r.lastAsOf,
    figureCount: r.figureCount,
    sourceCount: r.sourceCount,
    pendingCount: r.pendingCount,
    minValue: r.minValue,
    maxValue: r.maxValue,
    verdict,
    claimCount: r.claimCount,
    transcriptionConflict: r.transcriptionConflict,
    claimLines,
    summary: comparisonSummary({ subject, claimCount: r.claimCount, lines: claimLines, verdict }),
    first,
  };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}
