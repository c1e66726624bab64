import 'server-only';
import { getDb } from '@/lib/db/client';
import type { SourceKind } from '@/lib/domain/figure';
import type { Prisma } from '@/lib/generated/prisma/client';
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

/** Every source; withdrawn ones only for analysts (`includeWithdrawn`), who may restore them. */
export async function getSources(options: { includeWithdrawn?: boolean } = {}): Promise<SourceSummary[]> {
  const db = getDb();
  const [sources, counts, pending] = await Promise.all([
    db.source.findMany({
      where: options.includeWithdrawn ? {} : { withdrawnAt: null },
      orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      select: { id: true, title: true, headline: true, outlet: true, url: true, publishedAt: true, language: true, kind: true, isPublic: true, withdrawnAt: true },
    }),
    db.figure.groupBy({ by: ['sourceId'], where: { deletedAt: null, reviewStatus: { not: 'rejected' } }, _count: { _all: true } }),
    db.figure.groupBy({ by: ['sourceId'], where: { deletedAt: null, reviewStatus: 'pending' }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((c) => [c.sourceId, c._count._all]));
  const pendingOf = new Map(pending.map((c) => [c.sourceId, c._count._all]));
  return sources.map(({ withdrawnAt, ...s }) => ({
    ...s,
    kind: toSourceKind(s.kind),
    label: sourceLabel(s),
    withdrawn: withdrawnAt !== null,
    figureCount: countOf.get(s.id) ?? 0,
    pendingCount: pendingOf.get(s.id) ?? 0,
  }));
}

export async function getSource(id: number, options: { includeWithdrawn?: boolean; status?: SourceFigureStatus } = {}): Promise<SourceDetail | null> {
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

/** Just a source's text, for the figure page, which finds the quote's paragraph in it. */
export async function getQuoteContext(sourceId: number): Promise<{ text: string } | null> {
  const s = await getDb().source.findUnique({ where: { id: sourceId }, select: { text: true } });
  return s;
}
