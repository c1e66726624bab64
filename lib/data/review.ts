import 'server-only';
import { getDb } from '@/lib/db/client';
import { writeTransaction } from '@/lib/db/write';
import type { ReviewStatus } from '@/lib/domain/figure';
import { refreshSummariesFor, summaryKeysOf, SUMMARY_KEY_SELECT } from './summaries';

export const REVIEW_ACTIONS = ['accept', 'reject', 'reset', 'delete', 'restore'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export class ReviewRefused extends Error {}

/** Who acted: a signed-in account (recorded by id, its display name kept as written then), or a bare name. */
export type ReviewActor = { id: number; displayName: string } | string;

const TARGET: Record<'accept' | 'reject' | 'reset', ReviewStatus> = { accept: 'reviewed', reject: 'rejected', reset: 'pending' };

/**
 * Applies one review action in a transaction and records it. The update is conditional on the state the
 * analyst saw, so two analysts acting at once cannot silently overwrite each other.
 */
export async function applyReviewAction(figureId: number, action: ReviewAction, actor: ReviewActor, note: string | null): Promise<{ status: ReviewStatus; deleted: boolean }> {
  return writeTransaction(getDb(), async (tx) => {
    const figure = await tx.figure.findUnique({ where: { id: figureId }, select: { reviewStatus: true, deletedAt: true, ...SUMMARY_KEY_SELECT } });
    if (!figure) throw new ReviewRefused('This figure does not exist.');
    const from = figure.reviewStatus as ReviewStatus;
    const deleted = figure.deletedAt !== null;
    let data: { reviewStatus?: ReviewStatus; deletedAt?: Date | null };
    if (action === 'delete' || action === 'restore') {
      if (action === 'delete' && deleted) throw new ReviewRefused('This figure is already deleted.');
      if (action === 'restore' && !deleted) throw new ReviewRefused('This figure is not deleted.');
      data = { deletedAt: action === 'delete' ? new Date() : null };
    } else {
      if (deleted) throw new ReviewRefused('Restore this figure before reviewing it.');
      const to = TARGET[action];
      if (from === to) throw new ReviewRefused(`This figure is already ${to === 'pending' ? 'pending review' : to}.`);
      data = { reviewStatus: to };
    }
    const updated = await tx.figure.updateMany({ where: { id: figureId, reviewStatus: from, deletedAt: deleted ? { not: null } : null }, data });
    if (updated.count !== 1) throw new ReviewRefused('Someone else changed this figure just now; reload to see its current state.');
    const to = data.reviewStatus ?? from;
    const who = typeof actor === 'string' ? { actor } : { actor: actor.displayName, userId: actor.id };
    // A review action changes only status or deletion, never what the figure counts: its keys are the same after.
    await refreshSummariesFor(tx, summaryKeysOf([figure]));
    await tx.reviewEvent.create({ data: { figureId, action, ...who, fromStatus: from, toStatus: to, note } });
    return { status: to, deleted: action === 'delete' ? true : action === 'restore' ? false : deleted };
  });
}

export interface ReviewEventView {
  id: number;
  action: string;
  /** The account's current display name, or the name recorded with the event when no account is linked. */
  actor: string;
  /** The acting account's login, when the event is linked to one. */
  actorLogin: string | null;
  fromStatus: string;
  toStatus: string;
  note: string | null;
  at: string;
}

export async function getReviewHistory(figureId: number): Promise<ReviewEventView[]> {
  const events = await getDb().reviewEvent.findMany({ where: { figureId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 50, include: { user: { select: { displayName: true, login: true } } } });
  return events.map((e) => ({ id: e.id, action: e.action, actor: e.user?.displayName ?? e.actor, actorLogin: e.user?.login ?? null, fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note, at: e.createdAt.toISOString() }));
}

/** The next figure awaiting review after `afterId` (wrapping to the first), for working through the queue. */
export async function getNextPendingId(afterId: number): Promise<number | null> {
  const db = getDb();
  const where = { reviewStatus: 'pending', deletedAt: null };
  const next = await db.figure.findFirst({ where: { ...where, id: { gt: afterId } }, orderBy: { id: 'asc' }, select: { id: true } });
  if (next) return next.id;
  const first = await db.figure.findFirst({ where: { ...where, id: { not: afterId } }, orderBy: { id: 'asc' }, select: { id: true } });
  return first?.id ?? null;
}
