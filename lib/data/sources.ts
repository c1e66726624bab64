import 'server-only';
import { getDb } from '@/lib/db/client';
import type { SourceKind } from '@/lib/domain/figure';
import { toFigureView, sourceLabel, sourceRefSelect, toSourceKind, type FigureView } from './dto';

export interface SourceSummary {
  id: number;
  label: string;
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
}

export interface SourceDetail extends SourceSummary {
  text: string;
  bodyStart: number;
  bodyEnd: number;
  fileName: string | null;
  figures: FigureView[];
}

export async function getSources(): Promise<SourceSummary[]> {
  const db = getDb();
  const [sources, counts, pending] = await Promise.all([
    db.source.findMany({ orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }], select: { id: true, title: true, headline: true, outlet: true, url: true, publishedAt: true, language: true, kind: true } }),
    db.figure.groupBy({ by: ['sourceId'], where: { deletedAt: null, reviewStatus: { not: 'rejected' } }, _count: { _all: true } }),
    db.figure.groupBy({ by: ['sourceId'], where: { deletedAt: null, reviewStatus: 'pending' }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((c) => [c.sourceId, c._count._all]));
  const pendingOf = new Map(pending.map((c) => [c.sourceId, c._count._all]));
  return sources.map((s) => ({ ...s, kind: toSourceKind(s.kind), label: sourceLabel(s), figureCount: countOf.get(s.id) ?? 0, pendingCount: pendingOf.get(s.id) ?? 0 }));
}

export async function getSource(id: number): Promise<SourceDetail | null> {
  const s = await getDb().source.findUnique({
    where: { id },
    include: {
      figures: {
        where: { deletedAt: null, reviewStatus: { not: 'rejected' } },
        orderBy: { quoteStart: 'asc' },
        include: { metric: { select: { label: true } }, source: { select: sourceRefSelect } },
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
    kind: toSourceKind(s.kind),
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
