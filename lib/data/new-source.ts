import 'server-only';
import { getDb } from '@/lib/db/client';
import type { ExtractedFigure } from '@/lib/domain/figure';
import { formatQualified } from '@/lib/domain/qualifiers';
import { extractFigures } from '@/lib/extraction';
import { contentHash, extractForStorage, ingestDocument, readDocument, type ChosenFigure, type DocumentOverrides } from '@/lib/ingest/ingest-document';
import { sourceLabel } from './dto';
import type { FigureFields } from './edit-schemas';

/** One figure of a preview, as the form shows it: where it is, and its stated fields for editing. */
export interface PreviewFigure {
  index: number;
  quote: string;
  start: number;
  end: number;
  valueText: string;
  summary: string;
  fields: FigureFields;
}

export interface SourcePreview {
  /** The stored text (for HTML, the text without tags); figure offsets point into it. */
  text: string;
  bodyStart: number;
  bodyEnd: number;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: string;
  figures: PreviewFigure[];
  duplicate: { id: number; label: string } | null;
}

export function statedFields(f: ExtractedFigure): FigureFields {
  return { metricKey: f.metric, value: f.value, qualifier: f.qualifier, periodStart: f.periodStart, periodEnd: f.periodEnd, cumulative: f.cumulative, asOf: f.asOf, scope: f.scope, attributedTo: f.attributedTo };
}

async function duplicateOf(text: string): Promise<SourcePreview['duplicate']> {
  const s = await getDb().source.findUnique({ where: { contentHash: contentHash(text) }, select: { id: true, outlet: true, headline: true } });
  return s ? { id: s.id, label: sourceLabel(s) } : null;
}

/** What saving would store, without storing anything: the same reading and extraction as the ingest path. */
export async function previewSource(raw: string, fileName: string | null, overrides: DocumentOverrides): Promise<SourcePreview> {
  const doc = readDocument(raw, fileName, overrides);
  const metrics = new Map((await getDb().metric.findMany({ select: { key: true, label: true } })).map((m) => [m.key, m.label]));
  const figures = extractForStorage(doc, extractFigures).map((f, index) => ({
    index,
    quote: f.quote,
    start: f.start,
    end: f.end,
    valueText: f.valueText,
    summary: `${metrics.get(f.metric) ?? f.metric}: ${formatQualified(f.qualifier, f.value)}`,
    fields: statedFields(f),
  }));
  return { text: doc.text, bodyStart: doc.bodyStart, bodyEnd: doc.bodyEnd, title: doc.title, outlet: doc.outlet, publishedAt: doc.publishedAt, language: doc.language, figures, duplicate: await duplicateOf(doc.text) };
}

/** What the analyst decided for figure `index` of the preview: kept as pending or reviewed (with edits), or dropped. */
export interface FigureDecision {
  index: number;
  start: number;
  end: number;
  decision: 'accept' | 'pending' | 'drop';
  /** The stated fields as edited; none for a dropped figure. */
  fields: FigureFields | null;
}

export class PreviewOutdated extends Error {}

export type AddSourceResult = { status: 'added'; sourceId: number; stored: number } | { status: 'duplicate'; sourceId: number; label: string };

/**
 * Stores a previewed document through the one ingest path. The engine runs again on the same text (it is
 * deterministic), and each decision must name a figure at the same place as in the preview; the quote, value as
 * printed and flags come from the engine, the stated fields from the analyst.
 */
export async function addSource(raw: string, fileName: string | null, overrides: DocumentOverrides, isPublic: boolean, decisions: FigureDecision[]): Promise<AddSourceResult> {
  const db = getDb();
  const doc = readDocument(raw, fileName, overrides);
  const extracted = extractForStorage(doc, extractFigures);
  if (decisions.length !== extracted.length) throw new PreviewOutdated('The figures found in this text are not the ones in your preview. Preview it again before saving.');
  const chosen: ChosenFigure[] = [];
  for (const d of decisions) {
    const f = extracted[d.index];
    if (!f || f.start !== d.start || f.end !== d.end) throw new PreviewOutdated('The figures found in this text are not the ones in your preview. Preview it again before saving.');
    if (d.decision === 'drop' || !d.fields) continue;
    const s = d.fields;
    chosen.push({ ...f, metric: s.metricKey, value: s.value, qualifier: s.qualifier, periodStart: s.periodStart, periodEnd: s.periodEnd, cumulative: s.cumulative, asOf: s.asOf, scope: s.scope, attributedTo: s.attributedTo, reviewStatus: d.decision === 'accept' ? 'reviewed' : 'pending' });
  }
  const metricKeys = new Set((await db.metric.findMany({ select: { key: true } })).map((m) => m.key));
  const unknown = chosen.find((c) => !metricKeys.has(c.metric));
  if (unknown) throw new PreviewOutdated(`There is no metric “${unknown.metric}”.`);
  const result = await ingestDocument(db, { text: raw, fileName, overrides, isPublic }, { extract: extractFigures, chosen });
  if (result.status === 'duplicate') {
    const dup = await duplicateOf(doc.text);
    return { status: 'duplicate', sourceId: result.sourceId, label: dup?.label ?? `Source #${result.sourceId}` };
  }
  return { status: 'added', sourceId: result.sourceId, stored: result.figures.added };
}
