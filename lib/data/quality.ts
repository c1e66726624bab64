import 'server-only';
import { getDb } from '@/lib/db/client';
import { extractFigures } from '@/lib/extraction';
import { extractForStorage, readDocument } from '@/lib/ingest/ingest-document';
import { score, type AnswerFigure, type FileInput, type ScoreReport } from '@/lib/extraction/score';
import type { Language } from '@/lib/domain/figure';
import { sourceLabel } from './dto';

export interface ReviewedScore {
  report: ScoreReport;
  /** Sources scored: every figure settled (none pending), not withdrawn. */
  sources: number;
  answers: number;
  /** Sources left out because figures still await review. */
  unsettled: number;
}

/**
 * Scores the current engine against what analysts settled: for every source with no figure pending, its reviewed
 * figures are the answers (rejected and deleted ones are not), and the engine runs again on its stored text. Same
 * rule as `eval:extract` (lib/extraction/score.ts), so each correction, addition or rejection counts in the next
 * score. Newest sources first, so the lists of misses and false figures start with the latest.
 */
export async function getReviewedScore(): Promise<ReviewedScore> {
  const db = getDb();
  const pendingSources = new Set((await db.figure.groupBy({ by: ['sourceId'], where: { reviewStatus: 'pending', deletedAt: null } })).map((g) => g.sourceId));
  const settled = await db.source.findMany({
    where: { withdrawnAt: null, kind: { not: 'excerpt' }, id: { notIn: [...pendingSources] } }, // excerpts were settled from labels, not by reviewing the engine
    orderBy: { id: 'desc' },
    select: { id: true, text: true, fileName: true, format: true, publishedAt: true, language: true, outlet: true, headline: true },
  });
  const answers = await db.figure.findMany({
    where: { sourceId: { in: settled.map((s) => s.id) }, reviewStatus: 'reviewed', deletedAt: null },
    select: { sourceId: true, metricKey: true, value: true, qualifier: true, periodStart: true, periodEnd: true, cumulative: true, scope: true, attributedTo: true, quote: true },
  });
  const inputs: FileInput[] = settled.map((s) => {
    // The stored text of an HTML source is already without tags: read it as plain text, with the stored details.
    const doc = readDocument(s.text, s.format === 'html' ? 'stored.txt' : s.fileName, { publishedAt: s.publishedAt, language: s.language as Language });
    const figures: AnswerFigure[] = answers
      .filter((a) => a.sourceId === s.id)
      .map((a) => ({ metric: a.metricKey, value: a.value, qualifier: a.qualifier, periodStart: a.periodStart, periodEnd: a.periodEnd, cumulative: a.cumulative, scope: a.scope, attributedTo: a.attributedTo, quote: a.quote }));
    const file = `#${s.id} ${sourceLabel(s)}`;
    return { file, text: s.text, answers: { file, figures }, predictions: extractForStorage(doc, extractFigures) };
  });
  return { report: score(inputs), sources: settled.length, answers: answers.length, unsettled: pendingSources.size };
}
