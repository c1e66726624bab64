import 'server-only';
import { writeTransaction } from '@/lib/db/write';
import { getDb } from '@/lib/db/client';
import { headlineOf } from '@/lib/ingest/ingest-document';
import type { Language } from '@/lib/domain/figure';
import type { SourceDetailsFields } from './edit-schemas';
import { refreshSummariesFor, summaryKeysOf, SUMMARY_KEY_SELECT } from './summaries';

export class SourceEditRefused extends Error {}

export type SourceEditResult = { status: 'saved'; followed: number } | { status: 'unchanged' } | { status: 'conflict' };

const FIELDS = ['title', 'outlet', 'url', 'publishedAt', 'language', 'isPublic'] as const;
const text = (v: string | boolean | null): string | null => (v === null ? null : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v);

/**
 * Edits a source's details in one transaction, conditional on the version the form was opened with, and records
 * each changed field. Figures whose as-of date was the old publication date took it from the source, so they follow
 * the new one (each such change recorded in the figure's own history). An empty language keeps the current one.
 */
export async function editSourceDetails(sourceId: number, openedVersion: number, details: SourceDetailsFields, actor: string, note: string | null): Promise<SourceEditResult> {
  return writeTransaction(getDb(), async (tx) => {
    const s = await tx.source.findUnique({ where: { id: sourceId } });
    if (!s) throw new SourceEditRefused('This source does not exist.');
    if (s.version !== openedVersion) return { status: 'conflict' };
    const next = { ...details, language: (details.language ?? s.language) as Language };
    const changed = FIELDS.filter((k) => s[k] !== next[k]);
    if (changed.length === 0) return { status: 'unchanged' };
    const headline = next.title ?? headlineOf({ text: s.text, bodyStart: s.bodyStart, bodyEnd: s.bodyEnd, title: null, outlet: null, url: null, language: next.language, publishedAt: null, format: 'body', kind: 'full' });
    const updated = await tx.source.updateMany({ where: { id: sourceId, version: openedVersion }, data: { ...next, headline, version: { increment: 1 } } });
    if (updated.count !== 1) return { status: 'conflict' };
    const at = new Date();
    await tx.sourceChange.createMany({ data: changed.map((field) => ({ sourceId, field, before: text(s[field]), after: text(next[field]), actor, note, createdAt: at })) });
    let followed = 0;
    if (changed.includes('publishedAt')) {
      const following = await tx.figure.findMany({ where: { sourceId, asOf: s.publishedAt }, select: { id: true, ...SUMMARY_KEY_SELECT } });
      if (following.length) {
        const ids = following.map((f) => f.id);
        await tx.figure.updateMany({ where: { id: { in: ids } }, data: { asOf: next.publishedAt, version: { increment: 1 } } });
        await tx.figureChange.createMany({
          data: ids.map((figureId) => ({ figureId, field: 'asOf', before: s.publishedAt, after: next.publishedAt, actor, note: 'follows the source’s publication date', createdAt: at })),
        });
        followed = ids.length;
        // The as-of date places a figure in a statement and, for a running total, in the years it covers.
        await refreshSummariesFor(tx, summaryKeysOf([...following, ...following.map((f) => ({ ...f, asOf: next.publishedAt }))]));
      }
    }
    if (changed.includes('outlet') || changed.includes('title')) {
      // A statement's summary names an unattributed claim by its source (lib/domain/claims.ts): renamed, it is restated.
      await refreshSummariesFor(tx, summaryKeysOf(await tx.figure.findMany({ where: { sourceId }, select: SUMMARY_KEY_SELECT })));
    }
    return { status: 'saved', followed };
  });
}

/** Withdraws a source (hidden with its figures, nothing deleted) or restores it; recorded in its history. */
export async function setSourceWithdrawn(sourceId: number, withdraw: boolean, actor: string, note: string | null): Promise<void> {
  await writeTransaction(getDb(), async (tx) => {
    const s = await tx.source.findUnique({ where: { id: sourceId }, select: { withdrawnAt: true } });
    if (!s) throw new SourceEditRefused('This source does not exist.');
    if (withdraw === (s.withdrawnAt !== null)) throw new SourceEditRefused(withdraw ? 'This source is already withdrawn.' : 'This source is not withdrawn.');
    await tx.source.update({ where: { id: sourceId }, data: { withdrawnAt: withdraw ? new Date() : null, version: { increment: 1 } } });
    // Withdrawal hides the source's figures from every page, so the summaries drop them (restoring brings them back).
    const figures = await tx.figure.findMany({ where: { sourceId }, select: SUMMARY_KEY_SELECT });
    await refreshSummariesFor(tx, summaryKeysOf(figures));
    await tx.sourceChange.create({ data: { sourceId, field: 'withdrawn', before: withdraw ? 'no' : 'yes', after: withdraw ? 'yes' : 'no', actor, note } });
  });
}

export interface SourceChangeView {
  id: number;
  field: string;
  before: string | null;
  after: string | null;
  actor: string;
  note: string | null;
  at: string;
}

export async function getSourceHistory(sourceId: number): Promise<SourceChangeView[]> {
  const rows = await getDb().sourceChange.findMany({ where: { sourceId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 100 });
  return rows.map((r) => ({ id: r.id, field: r.field, before: r.before, after: r.after, actor: r.actor, note: r.note, at: r.createdAt.toISOString() }));
}
