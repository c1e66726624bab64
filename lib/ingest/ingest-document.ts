import { createHash } from 'node:crypto';
import type { ExtractedFigure, ParsedDocument, ReviewStatus } from '@/lib/domain/figure';
import { intervalFor } from '@/lib/domain/qualifiers';
import { yearOf } from '@/lib/domain/periods';
import { comparisonKey } from '@/lib/domain/compare';
import { parseDocument } from '@/lib/extraction/document';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { refreshSummariesFor, summaryKeysOf } from '@/lib/data/summaries';
import type { ReviewedFigure } from './decisions';

export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
const CONTEXT_CHARS = 32;

export type Extractor = (doc: ParsedDocument) => ExtractedFigure[];

export class DocumentRejected extends Error {}

/** Rejects what is not an article before anything is stored: binary, not UTF-8, empty, or too large. */
export function decodeDocument(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new DocumentRejected('empty file');
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new DocumentRejected(`too large (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB)`);
  }
  if (bytes.includes(0)) throw new DocumentRejected('binary file (contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentRejected('not valid UTF-8 text');
  }
  if (text.trim() === '') throw new DocumentRejected('empty file (only whitespace)');
  return text;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface IngestResult {
  status: 'added' | 'duplicate';
  sourceId: number;
  figures: { added: number; reviewed: number; pending: number; rejected: number };
}

type FigureRow = Omit<Prisma.FigureCreateManyInput, 'sourceId'>;

/**
 * Stores one document and its figures in one transaction. Idempotent: a text already stored (same content hash)
 * adds nothing. With `decisions`, the figures are settled by an analyst's reviewed list (see decisions.ts);
 * without, every extracted figure awaits review.
 */
export async function ingestDocument(
  db: Db,
  input: { text: string; fileName?: string | null },
  options: { extract: Extractor; decisions?: ReviewedFigure[] },
): Promise<IngestResult> {
  const doc = parseDocument(input.text, input.fileName ?? undefined);
  const hash = contentHash(doc.text);
  const existing = await db.source.findUnique({ where: { contentHash: hash }, select: { id: true } });
  if (existing) return { status: 'duplicate', sourceId: existing.id, figures: { added: 0, reviewed: 0, pending: 0, rejected: 0 } };

  const extracted = options.extract(doc).map((f) => anchorQuote(doc, f));
  const rows = options.decisions ? settleWithDecisions(doc, extracted, options.decisions) : extracted.map((f) => toRow(doc, f, 'pending', 'extracted'));

  const source = await db.$transaction(async (tx) => {
    const created = await tx.source.create({
      data: {
        contentHash: hash,
        fileName: input.fileName ?? null,
        title: doc.title,
        headline: headlineOf(doc),
        outlet: doc.outlet,
        url: doc.url,
        language: doc.language,
        publishedAt: doc.publishedAt,
        format: doc.format,
        text: doc.text,
        bodyStart: doc.bodyStart,
        bodyEnd: doc.bodyEnd,
      },
      select: { id: true },
    });
    const figures = rows.map((r) => ({ ...r, sourceId: created.id }));
    if (figures.length) await tx.figure.createMany({ data: figures });
    await refreshSummariesFor(tx, summaryKeysOf(figures));
    return created;
  });

  const count = (s: ReviewStatus) => rows.filter((r) => r.reviewStatus === s).length;
  return {
    status: 'added',
    sourceId: source.id,
    figures: { added: rows.length, reviewed: count('reviewed'), pending: count('pending'), rejected: count('rejected') },
  };
}

function toRow(doc: ParsedDocument, f: ExtractedFigure, reviewStatus: ReviewStatus, origin: 'extracted' | 'analyst'): FigureRow {
  const interval = intervalFor(f.qualifier, f.value);
  const geography = 'MA';
  return {
    metricKey: f.metric,
    value: f.value,
    valueText: f.valueText,
    qualifier: f.qualifier,
    lower: interval.lower,
    upper: interval.upper,
    lowerInclusive: interval.lowerInclusive,
    upperInclusive: interval.upperInclusive,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    periodStartYear: yearOf(f.periodStart),
    periodEndYear: yearOf(f.periodEnd) ?? (f.cumulative ? null : yearOf(f.periodStart)),
    cumulative: f.cumulative,
    asOf: f.asOf,
    scope: f.scope,
    geography,
    attributedTo: f.attributedTo,
    citedReport: f.citedReport ?? null,
    quote: f.quote,
    quoteStart: f.start,
    quoteEnd: f.end,
    quotePrefix: doc.text.slice(Math.max(0, f.start - CONTEXT_CHARS), f.start),
    quoteSuffix: doc.text.slice(f.end, f.end + CONTEXT_CHARS),
    flags: f.flags.join(' '),
    reviewStatus,
    origin,
    comparisonKey: comparisonKey({ metricKey: f.metric, geography, scope: f.scope, periodStart: f.periodStart, periodEnd: f.periodEnd, cumulative: f.cumulative }),
  };
}

/**
 * The stored offsets must point at the quote (text.slice(start, end) === quote). An extracted figure whose offsets
 * are stale is moved to the occurrence of its quote nearest to them; a quote that is not in the text is an
 * extractor error and rejects the document before anything is stored.
 */
function anchorQuote(doc: ParsedDocument, f: ExtractedFigure): ExtractedFigure {
  if (f.quote !== '' && doc.text.slice(f.start, f.end) === f.quote) return f;
  let best = -1;
  for (let at = f.quote ? doc.text.indexOf(f.quote) : -1; at !== -1; at = doc.text.indexOf(f.quote, at + 1)) {
    if (best === -1 || Math.abs(at - f.start) < Math.abs(best - f.start)) best = at;
  }
  if (best === -1) throw new DocumentRejected(`extracted quote not found in the text: "${f.quote.slice(0, 60)}"`);
  return { ...f, start: best, end: best + f.quote.length };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every occurrence of `needle` in the body of `doc`. */
function occurrences(doc: ParsedDocument, needle: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let at = doc.text.indexOf(needle, doc.bodyStart);
  while (at !== -1 && at < doc.bodyEnd) {
    out.push({ start: at, end: at + needle.length });
    at = doc.text.indexOf(needle, at + 1);
  }
  return out;
}

/**
 * Matches extracted figures to an analyst's reviewed list: same metric, value and qualifier and an overlapping
 * quote. The reviewed reading wins (period, scope, attribution, exact quote). Unmatched extractions are kept as
 * rejected; reviewed figures the extractor missed are added as analyst entries.
 */
export function settleWithDecisions(doc: ParsedDocument, extracted: ExtractedFigure[], decisions: ReviewedFigure[]): FigureRow[] {
  const used = new Set<number>();
  const rows: FigureRow[] = [];
  for (const d of decisions) {
    const places = occurrences(doc, d.quote);
    if (places.length === 0) throw new DocumentRejected(`reviewed quote not found in the text: "${d.quote.slice(0, 60)}"`);
    let place = places[0]!;
    let origin: 'extracted' | 'analyst' = 'analyst';
    let flags: string[] = [];
    const matchIndex = extracted.findIndex(
      (e, i) => !used.has(i) && e.metric === d.metric && e.value === d.value && e.qualifier === d.qualifier && places.some((p) => overlaps(p, e)),
    );
    if (matchIndex !== -1) {
      const match = extracted[matchIndex]!;
      used.add(matchIndex);
      place = places.find((p) => overlaps(p, match)) ?? place;
      origin = 'extracted';
      flags = match.flags;
    }
    const asOf = d.cumulative || d.periodEnd === null ? (d.periodEnd ?? doc.publishedAt) : doc.publishedAt;
    rows.push(
      toRow(
        doc,
        { ...d, ...bounds(d), citedReport: d.citedReport ?? null, asOf, start: place.start, end: place.end, prefix: '', suffix: '', flags: [...new Set([...flags, ...glueFlag(d.valueText)])] },
        'reviewed',
        origin,
      ),
    );
  }
  extracted.forEach((e, i) => {
    if (!used.has(i)) rows.push(toRow(doc, e, 'rejected', 'extracted'));
  });
  return rows;
}

function bounds(d: ReviewedFigure): { lower: number | null; upper: number | null } {
  const { lower, upper } = intervalFor(d.qualifier, d.value);
  return { lower, upper };
}

/** "over125": a number glued to its qualifier is a typo in the source, kept verbatim and flagged. */
function glueFlag(valueText: string): string[] {
  return /[a-z]\d/i.test(valueText) ? ['glued_number'] : [];
}

/** The title, or the body's first sentence cut at a word boundary near 90 characters. */
export function headlineOf(doc: ParsedDocument): string {
  if (doc.title?.trim()) return doc.title.trim();
  const body = doc.text.slice(doc.bodyStart, Math.min(doc.bodyEnd, doc.bodyStart + 400)).replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(body)?.[1] ?? body;
  if (sentence.length <= 90) return sentence;
  const cut = sentence.slice(0, 90);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 90)}…`;
}
