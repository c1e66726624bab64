import 'server-only';
import { getDb } from '@/lib/db/client';
import { databaseUrl, isPostgresUrl } from '@/lib/db/url';
import type { SourceKind } from '@/lib/domain/figure';
import type { Prisma } from '@/lib/generated/prisma/client';
import { toFigureView, sourceLabel, sourceRefSelect, toSourceKind, type FigureView } from './dto';
import { escapeLike } from './like';
import { sourceTitle } from '@/lib/view/plain-words';
import { nullsLast } from './order';
import { cachedRead } from './read-cache';

export interface SourceSummary {
  id: number;
  label: string;
  /** What the source is called on its page and in lists: its title, else outlet and date (lib/view/plain-words.ts). */
  displayTitle: string;
  title: string | null;
  headline: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string;
  /** "excerpt": only the passages its figures quote are stored; the article itself is at `url`. */
  kind: SourceKind;
  figureCount: number;
  pendingCount: number;
  isPublic: boolean;
  withdrawn: boolean;
}

export interface SourceDetail extends SourceSummary {
  text: string;
  bodyStart: number;
  bodyEnd: number;
  fileName: string | null;
  version: number;
  figures: FigureView[];
}

/** Which figures of a source a page lists: reviewed only (a visitor's default), reviewed and pending, or pending. */
export type SourceFigureStatus = 'reviewed' | 'current' | 'pending';

const statusWhere = (s: SourceFigureStatus): Prisma.FigureWhereInput => (s === 'current' ? { reviewStatus: { not: 'rejected' } } : { reviewStatus: s });

export const SOURCES_PAGE_SIZE = 50;

export interface SourceList {
  sources: SourceSummary[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * One page of sources, newest first, with figure counts from the per-source summaries (no count over figures).
 * Withdrawn sources only for analysts (`includeWithdrawn`), who may restore them.
 */
async function readGetSources(options: { page?: number; includeWithdrawn?: boolean } = {}): Promise<SourceList> {
  const db = getDb();
  const where: Prisma.SourceWhereInput = options.includeWithdrawn ? {} : { withdrawnAt: null };
  const total = await db.source.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / SOURCES_PAGE_SIZE));
  const page = Math.min(options.page ?? 1, pageCount);
  const sources = await db.source.findMany({
    where,
    orderBy: [{ publishedAt: nullsLast('desc') }, { id: 'asc' }],
    select: { id: true, title: true, headline: true, outlet: true, url: true, publishedAt: true, language: true, kind: true, isPublic: true, withdrawnAt: true },
    skip: (page - 1) * SOURCES_PAGE_SIZE,
    take: SOURCES_PAGE_SIZE,
  });
  const counts = await db.sourceSummary.findMany({ where: { sourceId: { in: sources.map((s) => s.id) } } });
  const countOf = new Map(counts.map((c) => [c.sourceId, c]));
  return {
    sources: sources.map(({ withdrawnAt, ...s }) => ({
      ...s,
      kind: toSourceKind(s.kind),
      label: sourceLabel(s),
      displayTitle: sourceTitle(s),
      withdrawn: withdrawnAt !== null,
      figureCount: countOf.get(s.id)?.figureCount ?? 0,
      pendingCount: countOf.get(s.id)?.pendingCount ?? 0,
    })),
    total,
    page,
    pageCount,
  };
}
export const getSources = cachedRead('getSources', readGetSources);

/** Sources a reader sees (withdrawn ones are hidden). */
async function readGetSourceCount(): Promise<number> {
  return getDb().source.count({ where: { withdrawnAt: null } });
}
export const getSourceCount = cachedRead('getSourceCount', readGetSourceCount);

export interface SourceOption {
  id: number;
  label: string;
}

const optionSelect = { id: true, outlet: true, title: true, headline: true, publishedAt: true, kind: true } satisfies Prisma.SourceSelect;

function optionLabel(s: Prisma.SourceGetPayload<{ select: typeof optionSelect }>): string {
  // Without an outlet or title the label is already the date.
  return `${sourceLabel(s)}${s.publishedAt && (s.outlet || s.title) ? ` · ${s.publishedAt}` : ''}`;
}

/**
 * Sources whose outlet, headline or number matches `q`, for the source filter's search box: at most `limit`,
 * newest first, withdrawn ones left out. The filter no longer lists every source in the page. The text is literal:
 * "%" and "_" are escaped, not wildcards.
 */
async function readSearchSourceOptions(q: string, limit = 20): Promise<SourceOption[]> {
  const term = q.trim();
  const id = /^\d{1,10}$/.test(term) ? Number(term) : null;
  const literal = escapeLike(term);
  const text = isPostgresUrl(databaseUrl()) ? { contains: literal, mode: 'insensitive' as const } : { contains: literal };
  const rows = await getDb().source.findMany({
    where: { withdrawnAt: null, ...(term ? { OR: [{ outlet: text }, { headline: text }, ...(id !== null ? [{ id }] : [])] } : {}) },
    orderBy: [{ publishedAt: nullsLast('desc') }, { id: 'asc' }],
    select: optionSelect,
    take: limit,
  });
  return rows.map((s) => ({ id: s.id, label: optionLabel(s) }));
}
export const searchSourceOptions = cachedRead('searchSourceOptions', readSearchSourceOptions);

/** The label of one source, for a filter that names the selected source. */
async function readGetSourceOption(id: number): Promise<SourceOption | null> {
  const s = await getDb().source.findFirst({ where: { id, withdrawnAt: null }, select: optionSelect });
  return s ? { id: s.id, label: optionLabel(s) } : null;
}
export const getSourceOption = cachedRead('getSourceOption', readGetSourceOption);

async function readGetSource(id: number, options: { includeWithdrawn?: boolean; status?: SourceFigureStatus } = {}): Promise<SourceDetail | null> {
  const db = getDb();
  const s = await db.source.findFirst({
    where: options.includeWithdrawn ? { id } : { id, withdrawnAt: null },
    include: {
      figures: {
        where: { deletedAt: null, ...statusWhere(options.status ?? 'current') },
        orderBy: { quoteStart: 'asc' },
        include: { metric: { select: { label: true } }, source: { select: sourceRefSelect } },
      },
    },
  });
  if (!s) return null;
  const figures = s.figures.map(toFigureView);
  const pendingCount = await db.figure.count({ where: { sourceId: id, deletedAt: null, reviewStatus: 'pending' } });
  return {
    id: s.id,
    label: sourceLabel(s),
    displayTitle: sourceTitle(s),
    title: s.title,
    headline: s.headline,
    outlet: s.outlet,
    url: s.url,
    publishedAt: s.publishedAt,
    language: s.language,
    kind: toSourceKind(s.kind),
    isPublic: s.isPublic,
    withdrawn: s.withdrawnAt !== null,
    version: s.version,
    figureCount: figures.length,
    pendingCount,
    text: s.text,
    bodyStart: s.bodyStart,
    bodyEnd: s.bodyEnd,
    fileName: s.fileName,
    figures,
  };
}
export const getSource = cachedRead('getSource', readGetSource);

/** Just a source's text, for the figure page, which finds the quote's paragraph in it. */
export async function getQuoteContext(sourceId: number): Promise<{ text: string; bodyStart: number; bodyEnd: number } | null> {
  const s = await getDb().source.findUnique({ where: { id: sourceId }, select: { text: true, bodyStart: true, bodyEnd: true } });
  return s;
}
