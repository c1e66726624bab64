import { writeTransaction } from '@/lib/db/write';
import { refreshSummariesFor, summaryKeysOf } from '@/lib/data/summaries';
import type { ExtractedFigure, ParsedDocument } from '@/lib/domain/figure';
import { yearOf } from '@/lib/domain/periods';
import type { Db } from '@/lib/db/client';
import { extractForStorage, toRow, type Extractor } from './ingest-document';

/**
 * Re-extraction after an engine upgrade: the current engine runs over a stored source and
 *  - what it finds that the source does not have yet is added as pending;
 *  - a figure a person has dealt with — reviewed, rejected, deleted, added by an analyst, or with any review
 *    event (accepted and reset, corrected) — is never changed, and a new finding of the same number of the same
 *    metric on an overlapping quote is not added again beside it;
 *  - a pending extracted figure the engine no longer finds is marked `notFoundByEngine` (not deleted: a
 *    reviewer decides), and the mark is cleared when a later engine finds it again.
 * The engine reads the source as stored (its text, body bounds, date and language), so every offset stays valid.
 */
export interface ReextractResult {
  sourceId: number;
  label: string;
  /** New pending figures. */
  added: number;
  /** Pending figures the engine still finds, unchanged. */
  unchanged: number;
  /** Pending figures the engine no longer finds (marked now or already by an earlier run). */
  notFound: number;
  /** Pending figures marked before that the engine finds again, mark cleared. */
  foundAgain: number;
  /** Figures a person has dealt with, left exactly as they were. */
  settled: number;
  /** New findings not added because a settled figure already states them. */
  coveredBySettled: number;
}

type StoredFigure = {
  id: number;
  metricKey: string;
  value: number;
  valueText: string;
  qualifier: string;
  periodStart: string | null;
  periodEnd: string | null;
  cumulative: boolean;
  quoteStart: number;
  quoteEnd: number;
  reviewStatus: string;
  origin: string;
  deletedAt: Date | null;
  notFoundByEngine: boolean;
  _count: { reviewEvents: number };
};

const overlaps = (a: { start: number; end: number }, f: StoredFigure) => a.start < f.quoteEnd && f.quoteStart < a.end;

/** Whether a person has dealt with this figure: then re-extraction never touches it. */
export function isSettled(f: Pick<StoredFigure, 'reviewStatus' | 'origin' | 'deletedAt' | '_count'>): boolean {
  return f.reviewStatus !== 'pending' || f.origin !== 'extracted' || f.deletedAt !== null || f._count.reviewEvents > 0;
}

/** The same finding: what the scoring rule compares (metric, value, qualifier, period years, flag), same place. */
function sameFinding(e: ExtractedFigure, f: StoredFigure): boolean {
  return (
    e.metric === f.metricKey &&
    e.value === f.value &&
    e.qualifier === f.qualifier &&
    yearOf(e.periodStart) === yearOf(f.periodStart) &&
    yearOf(e.periodEnd) === yearOf(f.periodEnd) &&
    e.cumulative === f.cumulative &&
    overlaps(e, f)
  );
}

/** A settled figure already states this number: same metric, same value (or as printed), overlapping quote. */
function coveredBy(e: ExtractedFigure, f: StoredFigure): boolean {
  return e.metric === f.metricKey && (e.value === f.value || e.valueText === f.valueText) && overlaps(e, f);
}

export async function reextractSource(db: Db, sourceId: number, extract: Extractor): Promise<ReextractResult> {
  const source = await db.source.findUniqueOrThrow({ where: { id: sourceId } });
  const doc: ParsedDocument = {
    text: source.text,
    bodyStart: source.bodyStart,
    bodyEnd: source.bodyEnd,
    title: source.title,
    outlet: source.outlet,
    url: source.url,
    language: source.language === 'fr' ? 'fr' : 'en',
    publishedAt: source.publishedAt,
    format: source.format as ParsedDocument['format'],
    kind: source.kind === 'excerpt' ? 'excerpt' : 'full',
  };
  // Throws DocumentRejected on an engine failure or a flood: the caller reports the source as failed.
  const found = extractForStorage(doc, extract);
  const stored: StoredFigure[] = await db.figure.findMany({
    where: { sourceId },
    orderBy: { id: 'asc' },
    select: {
      id: true, metricKey: true, value: true, valueText: true, qualifier: true, periodStart: true, periodEnd: true,
      cumulative: true, quoteStart: true, quoteEnd: true, reviewStatus: true, origin: true, deletedAt: true,
      notFoundByEngine: true, _count: { select: { reviewEvents: true } },
    },
  });
  const settled = stored.filter(isSettled);
  const pending = stored.filter((f) => !isSettled(f));

  const stillFound = new Set<number>();
  const toAdd: ExtractedFigure[] = [];
  let coveredBySettled = 0;
  for (const e of found) {
    const same = pending.find((f) => !stillFound.has(f.id) && sameFinding(e, f));
    if (same) {
      stillFound.add(same.id);
      continue;
    }
    if (settled.some((f) => coveredBy(e, f))) {
      coveredBySettled++;
      continue;
    }
    // One engine run may state the same finding twice (headline and body); store it once, as ingest would.
    if (toAdd.some((a) => a.metric === e.metric && a.value === e.value && a.start === e.start && a.end === e.end)) continue;
    toAdd.push(e);
  }
  const missing = pending.filter((f) => !stillFound.has(f.id));
  const nowMissing = missing.filter((f) => !f.notFoundByEngine).map((f) => f.id);
  const foundAgain = pending.filter((f) => stillFound.has(f.id) && f.notFoundByEngine).map((f) => f.id);

  await writeTransaction(db, async (tx) => {
    const added = toAdd.map((e) => ({ ...toRow(doc, e, 'pending', 'extracted'), sourceId }));
    if (added.length) await tx.figure.createMany({ data: added });
    // The flags below change no summary; the added figures do (pending, so the overview's pending view).
    await refreshSummariesFor(tx, summaryKeysOf(added));
    if (nowMissing.length) await tx.figure.updateMany({ where: { id: { in: nowMissing } }, data: { notFoundByEngine: true } });
    if (foundAgain.length) await tx.figure.updateMany({ where: { id: { in: foundAgain } }, data: { notFoundByEngine: false } });
  });

  return {
    sourceId,
    label: source.fileName ?? source.headline,
    added: toAdd.length,
    unchanged: stillFound.size - foundAgain.length,
    notFound: missing.length,
    foundAgain: foundAgain.length,
    settled: settled.length,
    coveredBySettled,
  };
}

/** One line per source for the command's output. */
export function describeResult(r: ReextractResult): string {
  const parts = [`${r.added} new pending`, `${r.notFound} no longer found`];
  if (r.foundAgain) parts.push(`${r.foundAgain} found again`);
  parts.push(`${r.unchanged} unchanged`, `${r.settled} reviewed or analyst figures kept as they are`);
  if (r.coveredBySettled) parts.push(`${r.coveredBySettled} findings already stated by those`);
  return `source ${r.sourceId} (${r.label}): ${parts.join(', ')}`;
}
