import 'server-only';
import { writeTransaction } from '@/lib/db/write';
import { refreshSummariesFor, summaryKeysOf, SUMMARY_KEY_SELECT } from './summaries';
import { getDb } from '@/lib/db/client';
import { paragraphAround } from '@/lib/view/text-segments';
import { toFigureView, sourceLabel, sourceRefSelect, type FigureView } from './dto';

export interface QueueItem {
  figure: FigureView;
  /** The quote's paragraph, split around the quote, so the page shows it in context without the whole text. */
  before: string;
  quote: string;
  after: string;
}

export interface QueueSource {
  id: number;
  label: string;
  publishedAt: string | null;
  pendingCount: number;
  items: QueueItem[];
}

export interface ReviewQueue {
  sources: QueueSource[];
  totalPending: number;
}

const pendingWhere = { reviewStatus: 'pending', deletedAt: null, source: { withdrawnAt: null } } as const;

/**
 * Figures awaiting review, the oldest source first (by publication date, undated last, then by when it was added),
 * each source's figures in reading order. At most `sourceLimit` sources per page: the queue is worked from the top.
 */
export async function getReviewQueue(sourceLimit = 20): Promise<ReviewQueue> {
  const db = getDb();
  const [totalPending, perSource] = await Promise.all([
    db.figure.count({ where: pendingWhere }),
    db.figure.groupBy({ by: ['sourceId'], where: pendingWhere, _count: { _all: true } }),
  ]);
  if (perSource.length === 0) return { sources: [], totalPending };
  const sources = await db.source.findMany({
    where: { id: { in: perSource.map((p) => p.sourceId) } },
    orderBy: [{ publishedAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    take: sourceLimit,
    select: { id: true, headline: true, outlet: true, publishedAt: true, text: true },
  });
  const countOf = new Map(perSource.map((p) => [p.sourceId, p._count._all]));
  const figures = await db.figure.findMany({
    where: { ...pendingWhere, sourceId: { in: sources.map((s) => s.id) } },
    orderBy: [{ quoteStart: 'asc' }, { id: 'asc' }],
    include: { metric: { select: { label: true } }, source: { select: sourceRefSelect } },
  });
  return {
    totalPending,
    sources: sources.map((s) => ({
      id: s.id,
      label: sourceLabel(s),
      publishedAt: s.publishedAt,
      pendingCount: countOf.get(s.id) ?? 0,
      items: figures
        .filter((f) => f.sourceId === s.id)
        .map((f) => {
          const para = paragraphAround(s.text, f.quoteStart, f.quoteEnd);
          return { figure: toFigureView(f), before: s.text.slice(para.start, f.quoteStart), quote: s.text.slice(f.quoteStart, f.quoteEnd), after: s.text.slice(f.quoteEnd, para.end) };
        }),
    })),
  };
}

/** Accepts every figure of a source still awaiting review, each recorded in its history; returns how many. */
export async function acceptRestOfSource(sourceId: number, actor: string): Promise<number> {
  return writeTransaction(getDb(), async (tx) => {
    const pending = await tx.figure.findMany({ where: { sourceId, reviewStatus: 'pending', deletedAt: null }, select: { id: true, ...SUMMARY_KEY_SELECT } });
    if (pending.length === 0) return 0;
    // Each accept is conditional on the figure still being pending: one another analyst settled meanwhile is left
    // as they set it, and only the figures actually accepted are recorded.
    const accepted: number[] = [];
    for (const { id } of pending) {
      const r = await tx.figure.updateMany({ where: { id, reviewStatus: 'pending', deletedAt: null }, data: { reviewStatus: 'reviewed' } });
      if (r.count === 1) accepted.push(id);
    }
    const acceptedIds = new Set(accepted);
    await refreshSummariesFor(tx, summaryKeysOf(pending.filter((f) => acceptedIds.has(f.id))));
    await tx.reviewEvent.createMany({ data: accepted.map((figureId) => ({ figureId, action: 'accept', actor, fromStatus: 'pending', toStatus: 'reviewed', note: 'accepted with the rest of its source' })) });
    return accepted.length;
  });
}
