import 'server-only';
import { getDb } from '@/lib/db/client';
import { databaseUrl, isPostgresUrl } from '@/lib/db/url';
import { toFigureView, sourceLabel, type FigureView } from './dto';
import { nullsLast } from './order';

export interface SourceSummary {
  id: number;
  label: string;
  title: string | null;
  headline: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string;
  figureCount: number;
  pendingCount: number;
}

export interface SourceDetail extends SourceSummary {
  text: string;
  bodyStart: number;
  bodyEnd: number;
  fileName: string | null;
  figures: FigureView[];
}

export const SOURCES_PAGE_SIZE = 50;

export interface SourceList {
  sources: SourceSummary[];
  total: number;
  page: number;
  pageCount: number;
}

/** One page of sources, newest first, with figure counts from the per-source summaries (no count over figures). */
export async function getSources(options: { page?: number } = {}): Promise<SourceList> {
  const db = getDb();
  const total = await db.source.count();
  const pageCount = Math.max(1, Math.ceil(total / SOURCES_PAGE_SIZE));
  const page = Math.min(options.page ?? 1, pageCount);
  const sources = await db.source.findMany({
    orderBy: [{ publishedAt: nullsLast('desc') }, { id: 'asc' }],
    select: { id: true, title: true, headline: true, outlet: true, url: true, publishedAt: true, language: true },
    skip: (page - 1) * SOURCES_PAGE_SIZE,
    take: SOURCES_PAGE_SIZE,
  });
  const counts = await db.sourceSummary.findMany({ where: { sourceId: { in: sources.map((s) => s.id) } } });
  const countOf = new Map(counts.map((c) => [c.sourceId, c]));
  return {
    sources: sources.map((s) => ({ ...s, label: sourceLabel(s), figureCount: countOf.get(s.id)?.figureCount ?? 0, pendingCount: countOf.get(s.id)?.pendingCount ?? 0 })),
    total,
    page,
    pageCount,
  };
}

export async function getSourceCount(): Promise<number> {
  return getDb().source.count();
}

export interface SourceOption {
  id: number;
  label: string;
}

function optionLabel(s: { id: number; outlet: string | null; headline: string; publishedAt: string | null }): string {
  return `${sourceLabel(s)}${s.publishedAt ? ` · ${s.publishedAt}` : ''}`;
}

/**
 * Sources whose outlet, headline or number matches `q`, for the source filter's search box: at most `limit`,
 * newest first. The filter no longer lists every source in the page.
 */
export async function searchSourceOptions(q: string, limit = 20): Promise<SourceOption[]> {
  const term = q.trim();
  const id = /^\d{1,10}$/.test(term) ? Number(term) : null;
  const text = isPostgresUrl(databaseUrl()) ? { contains: term, mode: 'insensitive' as const } : { contains: term };
  const rows = await getDb().source.findMany({
    where: term ? { OR: [{ outlet: text }, { headline: text }, ...(id !== null ? [{ id }] : [])] } : {},
    orderBy: [{ publishedAt: nullsLast('desc') }, { id: 'asc' }],
    select: { id: true, outlet: true, headline: true, publishedAt: true },
    take: limit,
  });
  return rows.map((s) => ({ id: s.id, label: optionLabel(s) }));
}

/** The label of one source, for a filter that names the selected source. */
export async function getSourceOption(id: number): Promise<SourceOption | null> {
  const s = await getDb().source.findUnique({ where: { id }, select: { id: true, outlet: true, headline: true, publishedAt: true } });
  return s ? { id: s.id, label: optionLabel(s) } : null;
}

export async function getSource(id: number): Promise<SourceDetail | null> {
  const s = await getDb().source.findUnique({
    where: { id },
    include: {
      figures: {
        where: { deletedAt: null, reviewStatus: { not: 'rejected' } },
        orderBy: { quoteStart: 'asc' },
        include: { metric: { select: { label: true } }, source: { select: { id: true, title: true, headline: true, outlet: true, publishedAt: true, url: true } } },
      },
    },
  });
  if (!s) return null;
  const figures = s.figures.map(toFigureView);
  return {
    id: s.id,
    label: sourceLabel(s),
    title: s.title,
    headline: s.headline,
    outlet: s.outlet,
    url: s.url,
    publishedAt: s.publishedAt,
    language: s.language,
    figureCount: figures.length,
    pendingCount: figures.filter((f) => f.reviewStatus === 'pending').length,
    text: s.text,
    bodyStart: s.bodyStart,
    bodyEnd: s.bodyEnd,
    fileName: s.fileName,
    figures,
  };
}

/** Just a source's text, for the figure page, which finds the quote's paragraph in it. */
export async function getQuoteContext(sourceId: number): Promise<{ text: string } | null> {
  const s = await getDb().source.findUnique({ where: { id: sourceId }, select: { text: true } });
  return s;
}
