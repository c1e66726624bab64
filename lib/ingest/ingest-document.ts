import { createHash } from 'node:crypto';
import type { ExtractedFigure, Language, ParsedDocument, ReviewStatus } from '@/lib/domain/figure';
import { intervalFor } from '@/lib/domain/qualifiers';
import { deriveFigureColumns } from '@/lib/domain/derive';
import { parseDocument } from '@/lib/extraction/document';
import { ExtractionFailed } from '@/lib/extraction';
import type { Db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { writeTransaction } from '@/lib/db/write';
import { storableUrl } from '@/lib/domain/urls';
import type { Prisma } from '@/lib/generated/prisma/client';
import { refreshSummariesFor, SUMMARY_KEY_SELECT, summaryKeysOf } from '@/lib/data/summaries';
import type { ReviewedFigure } from './decisions';
import { urlKey } from './url-key';
import { findQuote } from './reanchor';

export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
const CONTEXT_CHARS = 32;

export type Extractor = (doc: ParsedDocument) => ExtractedFigure[];

export class DocumentRejected extends Error {}

/**
 * Flood guard: more figures than this per kilobyte of body text, or in all, is not a report but a table dump, a
 * list of ids or an engine misfire; storing it would bury the review queue, so the document is refused instead.
 */
export const MAX_FIGURES_PER_KB = 10;
export const MAX_FIGURES_PER_DOCUMENT = 2000;
/**
 * The density is counted over at least this many kilobytes, so any document may hold 50 figures. Real reporting is
 * dense: labelled articles state 15 figures in 1.2 KB (the dev corpus's BCIJ review) or 13 in 1.9 KB (a real
 * Telquel piece), and a short dense article is no flood; the density rule is for long pages that yield hundreds.
 */
export const MIN_KB_FOR_DENSITY = 5;

/** Why a document with `figures` extracted figures would flood the review queue, or null when it would not. */
export function floodReason(doc: ParsedDocument, figures: number): string | null {
  if (figures > MAX_FIGURES_PER_DOCUMENT) return `too many figures (${figures}; the limit is ${MAX_FIGURES_PER_DOCUMENT} per document)`;
  const kb = Buffer.byteLength(doc.text.slice(doc.bodyStart, doc.bodyEnd), 'utf8') / 1024;
  if (figures > MAX_FIGURES_PER_KB * Math.max(MIN_KB_FOR_DENSITY, kb)) {
    return `too many figures for its length (${figures} in ${kb.toFixed(1)} KB of body text; the limit is ${MAX_FIGURES_PER_KB} per KB, ${MAX_FIGURES_PER_KB * MIN_KB_FOR_DENSITY} below ${MIN_KB_FOR_DENSITY} KB)`;
  }
  return null;
}

/**
 * Runs the extractor on a parsed document for storing: an engine failure rejects the document (it is never taken
 * for "no figures"), a flood of figures rejects it, and every quote is anchored to its offsets.
 */
export function extractForStorage(doc: ParsedDocument, extract: Extractor): ExtractedFigure[] {
  let figures: ExtractedFigure[];
  try {
    figures = extract(doc);
  } catch (err) {
    throw new DocumentRejected(err instanceof ExtractionFailed ? err.message : `extraction failed (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  const flood = floodReason(doc, figures.length);
  if (flood) throw new DocumentRejected(flood);
  return figures.map((f) => anchorQuote(doc, f));
}

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
  /** "replaced": the document is the full text of a stored excerpt, which it replaced (same source). */
  status: 'added' | 'duplicate' | 'replaced';
  sourceId: number;
  figures: { added: number; reviewed: number; pending: number; rejected: number };
  /** For a replaced excerpt: figures found again in the full text, and those whose quote it does not contain. */
  reanchored?: { found: number; notFound: number };
}

export type FigureRow = Omit<Prisma.FigureCreateManyInput, 'sourceId'>;

/** What the person adding a document says about it; each given value replaces what the document's header said. */
export interface DocumentOverrides {
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  language?: Language | null;
}

/**
 * Parses a document and applies the overrides before anything is extracted, so a publication date typed in the
 * form becomes the as-of date of the figures that take theirs from the document, exactly as a header date would.
 */
export function readDocument(text: string, fileName?: string | null, overrides: DocumentOverrides = {}): ParsedDocument {
  const doc = parseDocument(text, fileName ?? undefined);
  return {
    ...doc,
    title: overrides.title ?? doc.title,
    outlet: overrides.outlet ?? doc.outlet,
    url: overrides.url ?? doc.url,
    publishedAt: overrides.publishedAt ?? doc.publishedAt,
    language: overrides.language ?? doc.language,
  };
}


/** A figure an analyst kept from a preview, with the status it is stored with. */
export type ChosenFigure = ExtractedFigure & { reviewStatus: 'pending' | 'reviewed' };

/**
 * Stores one document and its figures in one transaction. Idempotent, also when two ingests run at once: a text
 * already stored (same content hash) adds nothing and is reported as a duplicate. A URL that is not http(s) is not
 * stored. With `decisions`, the figures are settled by an analyst's reviewed list (see decisions.ts); with
 * `chosen`, they are the ones an analyst kept from a preview (each quote checked against the text); otherwise
 * every extracted figure awaits review.
 */
export async function ingestDocument(
  db: Db,
  input: { text: string; fileName?: string | null; overrides?: DocumentOverrides; isPublic?: boolean },
  options: { extract: Extractor; decisions?: ReviewedFigure[]; chosen?: ChosenFigure[] },
): Promise<IngestResult> {
  const prepared = await prepareDocument(db, input, options);
  if (prepared.kind === 'duplicate') return duplicateOf(prepared.sourceId);
  if (prepared.kind === 'replace') return prepared.run();
  let stored: { id: number; created: boolean };
  try {
    stored = await writeTransaction(db, async (tx) => {
      const [one] = await storeNewSources(tx, [prepared]);
      return one!;
    });
  } catch (err) {
    // PostgreSQL (read committed): a concurrent ingest of the same text committed between our check and our insert,
    // and the unique key on contentHash refused the second copy. That is "already stored", not a failure.
    if (!isUniqueViolation(err)) throw err;
    const existing = await db.source.findUnique({ where: { contentHash: prepared.hash }, select: { id: true } });
    if (!existing) throw err;
    stored = { id: existing.id, created: false };
  }
  return stored.created ? addedOf(prepared, stored.id) : duplicateOf(stored.id);
}

/** A document read, extracted and settled, not yet stored: what the one transaction writes. */
interface NewSource {
  kind: 'new';
  hash: string;
  /** The stored address key (null: no http(s) address); an excerpt with it may be replaced by a later full text. */
  urlKey: string | null;
  docKind: ParsedDocument['kind'];
  source: Omit<Prisma.SourceCreateInput, 'figures'>;
  rows: FigureRow[];
}

type Prepared = { kind: 'duplicate'; sourceId: number } | { kind: 'replace'; run: () => Promise<IngestResult> } | NewSource;

const duplicateOf = (sourceId: number): IngestResult => ({ status: 'duplicate', sourceId, figures: { added: 0, reviewed: 0, pending: 0, rejected: 0 } });

function addedOf(p: NewSource, sourceId: number): IngestResult {
  const count = (s: ReviewStatus) => p.rows.filter((r) => r.reviewStatus === s).length;
  return { status: 'added', sourceId, figures: { added: p.rows.length, reviewed: count('reviewed'), pending: count('pending'), rejected: count('rejected') } };
}

/** A document parsed, and the hash that says whether its text is stored. */
interface ReadInput {
  doc: ParsedDocument;
  hash: string;
}

function readInput(input: { text: string; fileName?: string | null; overrides?: DocumentOverrides }): ReadInput {
  const doc = readDocument(input.text, input.fileName, input.overrides);
  return { doc, hash: contentHash(doc.text) };
}

/**
 * Everything before the write: the duplicate fast path, extraction (flood-guarded), the excerpt a full text replaces.
 * `stored`: the sources of the run's texts looked up at once beforehand (their content hashes), instead of one
 * query per document; without it the fast path asks the database.
 */
async function prepareDocument(
  db: Db,
  input: { text: string; fileName?: string | null; overrides?: DocumentOverrides; isPublic?: boolean },
  options: { extract: Extractor; decisions?: ReviewedFigure[]; chosen?: ChosenFigure[] },
  read: ReadInput = readInput(input),
  stored?: ReadonlyMap<string, number>,
): Promise<Prepared> {
  const { doc, hash } = read;
  // Fast path only (extraction is skipped for a text already stored); the check that decides is inside the transaction.
  const known = stored ? stored.get(hash) : (await db.source.findUnique({ where: { contentHash: hash }, select: { id: true } }))?.id;
  if (known !== undefined) return { kind: 'duplicate', sourceId: known };

  // A kept figure from a preview carries the analyst's choice; otherwise the engine reads the text (flood-guarded).
  const extracted = options.chosen
    ? options.chosen.map((f) => {
        if (f.quote === '' || doc.text.slice(f.start, f.end) !== f.quote) throw new DocumentRejected(`a kept figure's quote is not in the text at its place: "${f.quote.slice(0, 60)}"`);
        return f;
      })
    : extractForStorage(doc, options.extract);
  // The full text of an article stored as an excerpt (same address) replaces the excerpt instead of adding a source.
  if (doc.kind === 'full' && !options.decisions) {
    const key = urlKey(doc.url);
    const excerpt = key ? await db.source.findFirst({ where: { urlKey: key, kind: 'excerpt' }, orderBy: { id: 'asc' }, select: { id: true } }) : null;
    if (excerpt) return { kind: 'replace', run: () => replaceExcerpt(db, excerpt.id, { doc, hash, fileName: input.fileName ?? null, extracted }) };
  }
  const rows = options.chosen
    ? options.chosen.map((f) => toRow(doc, f, f.reviewStatus, 'extracted'))
    : options.decisions
      ? settleWithDecisions(doc, extracted, options.decisions)
      : extracted.map((f) => toRow(doc, f, 'pending', 'extracted'));
  const url = storableUrl(doc.url);
  return {
    kind: 'new',
    hash,
    urlKey: urlKey(url),
    docKind: doc.kind,
    source: {
      contentHash: hash,
      fileName: input.fileName ?? null,
      title: doc.title,
      headline: headlineOf(doc),
      outlet: doc.outlet,
      url,
      kind: doc.kind,
      urlKey: urlKey(url),
      language: doc.language,
      publishedAt: doc.publishedAt,
      format: doc.format,
      text: doc.text,
      bodyStart: doc.bodyStart,
      bodyEnd: doc.bodyEnd,
      isPublic: input.isPublic ?? true,
    },
    rows,
  };
}

/**
 * Stores prepared documents inside the caller's transaction, in order, each once: a text stored already (by another
 * ingest since the fast path looked, or earlier in the same batch) is a duplicate. On SQLite this transaction holds
 * the write lock from its start, so the answer cannot change before the inserts. Summaries are refreshed once for
 * all the figures written.
 */
async function storeNewSources(tx: Prisma.TransactionClient, docs: NewSource[]): Promise<Array<{ id: number; created: boolean }>> {
  const stored = new Map((await tx.source.findMany({ where: { contentHash: { in: [...new Set(docs.map((d) => d.hash))] } }, select: { id: true, contentHash: true } })).map((s) => [s.contentHash, s.id]));
  // The new texts, each once (the first copy in the batch; later copies are its duplicates), inserted in one
  // statement in batch order — so they get the ids one insert each would give — and their ids read back by hash.
  const fresh = new Map<string, NewSource>();
  for (const d of docs) if (!stored.has(d.hash) && !fresh.has(d.hash)) fresh.set(d.hash, d);
  if (fresh.size) {
    await tx.source.createMany({ data: [...fresh.values()].map((d) => d.source) });
    for (const s of await tx.source.findMany({ where: { contentHash: { in: [...fresh.keys()] } }, select: { id: true, contentHash: true } })) stored.set(s.contentHash, s.id);
  }
  const out: Array<{ id: number; created: boolean }> = [];
  const figures: Prisma.FigureCreateManyInput[] = [];
  for (const d of docs) {
    const id = stored.get(d.hash)!;
    const created = fresh.get(d.hash) === d;
    if (created) figures.push(...d.rows.map((r) => ({ ...r, sourceId: id })));
    out.push({ id, created });
  }
  if (figures.length) await tx.figure.createMany({ data: figures });
  await refreshSummariesFor(tx, summaryKeysOf(figures));
  return out;
}

/**
 * How much one transaction of {@link ingestDocuments} stores at most: documents, figures, and bytes of text (the
 * text is indexed for search in the same transaction, so bytes bound how long it holds the write lock, and long
 * documents still go a few at a time).
 */
export const BATCH_DOCUMENTS = 100;
export const BATCH_FIGURES = 500;
export const BATCH_BYTES = 64 * 1024;

/**
 * Stores many documents as {@link ingestDocument} does, but several per transaction: each document is still whole
 * or absent (a transaction holds whole documents), its figures and the summaries written with it, while the fixed
 * cost of a transaction and of refreshing the summaries is paid once per batch instead of once per document.
 * A batch the database refuses is stored again one document at a time, so one bad document fails alone. Results
 * (or the error of each document) are in input order; `onSettled` hears of each as it is settled.
 */
export async function ingestDocuments(
  db: Db,
  inputs: Array<{ text: string; fileName?: string | null }>,
  options: { extract: Extractor },
  onSettled: (index: number, result: IngestResult | Error) => void = () => {},
): Promise<Array<IngestResult | Error>> {
  const results: Array<IngestResult | Error> = new Array<IngestResult | Error>(inputs.length);
  const settle = (i: number, r: IngestResult | Error) => {
    results[i] = r;
    onSettled(i, r);
  };
  let batch: Array<{ index: number; doc: NewSource }> = [];
  let batchFigures = 0;
  let batchBytes = 0;
  const flush = async () => {
    const pending = batch;
    batch = [];
    batchFigures = 0;
    batchBytes = 0;
    if (!pending.length) return;
    try {
      const stored = await writeTransaction(db, (tx) => storeNewSources(tx, pending.map((p) => p.doc)));
      stored.forEach((s, k) => settle(pending[k]!.index, s.created ? addedOf(pending[k]!.doc, s.id) : duplicateOf(s.id)));
    } catch {
      for (const p of pending) settle(p.index, await ingestDocument(db, inputs[p.index]!, options).catch((err: unknown) => asError(err)));
    }
  };
  // Parsed and hashed first, so that one query finds the texts stored already (the fast path) for all of them.
  const reads = inputs.map((input) => {
    try {
      return readInput(input);
    } catch (err) {
      return asError(err);
    }
  });
  const stored = await storedSources(db, reads.flatMap((r) => (r instanceof Error ? [] : [r.hash])));
  for (const [index, input] of inputs.entries()) {
    try {
      const read = reads[index]!;
      if (read instanceof Error) throw read;
      let prepared = await prepareDocument(db, input, options, read, stored);
      // A full text whose excerpt waits in this batch replaces it: store the batch first, then look again.
      const key = prepared.kind === 'new' && prepared.docKind === 'full' ? prepared.urlKey : null;
      if (key !== null && batch.some((b) => b.doc.docKind === 'excerpt' && b.doc.urlKey === key)) {
        await flush();
        prepared = await prepareDocument(db, input, options, read);
      }
      if (prepared.kind === 'duplicate') settle(index, duplicateOf(prepared.sourceId));
      else if (prepared.kind === 'replace') {
        await flush(); // in file order: what came before is stored before the replacement
        settle(index, await prepared.run());
      } else {
        batch.push({ index, doc: prepared });
        batchFigures += prepared.rows.length;
        batchBytes += Buffer.byteLength(prepared.source.text, 'utf8');
        if (batch.length >= BATCH_DOCUMENTS || batchFigures >= BATCH_FIGURES || batchBytes >= BATCH_BYTES) await flush();
      }
    } catch (err) {
      settle(index, asError(err));
    }
  }
  await flush();
  return results;
}

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

/** The ids of the sources that hold these texts (by content hash), as stored now. */
async function storedSources(db: Db, hashes: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const unique = [...new Set(hashes)];
  for (let i = 0; i < unique.length; i += 500) {
    for (const s of await db.source.findMany({ where: { contentHash: { in: unique.slice(i, i + 500) } }, select: { id: true, contentHash: true } })) out.set(s.contentHash, s.id);
  }
  return out;
}

/** A figure that the full text of its article no longer quotes verbatim (kept, and flagged on its page). */
export const QUOTE_NOT_FOUND = 'quote_not_found';

/**
 * The full text of an article stored as an excerpt replaces it, in one transaction: same source (its id, links and
 * review history stay), the text and what the document says about itself updated, every figure re-anchored by
 * finding its quote in the new text. Figures the analyst settled keep their status; a quote the full text does not
 * contain is flagged, never dropped. Extracted figures of the full text that no stored figure already covers are
 * added as pending review.
 */
async function replaceExcerpt(db: Db, sourceId: number, input: { doc: ParsedDocument; hash: string; fileName: string | null; extracted: ExtractedFigure[] }): Promise<IngestResult> {
  const { doc, hash, fileName, extracted } = input;
  return writeTransaction(db, async (tx) => {
    const old = await tx.source.findUniqueOrThrow({
      where: { id: sourceId },
      select: { title: true, outlet: true, url: true, publishedAt: true, figures: { select: { ...SUMMARY_KEY_SELECT, id: true, value: true, qualifier: true, quote: true, flags: true } } },
    });
    await tx.source.update({
      where: { id: sourceId },
      data: {
        contentHash: hash,
        fileName,
        title: doc.title ?? old.title,
        headline: headlineOf({ ...doc, title: doc.title ?? old.title }),
        outlet: doc.outlet ?? old.outlet,
        url: doc.url ?? old.url,
        urlKey: urlKey(doc.url ?? old.url),
        language: doc.language,
        publishedAt: doc.publishedAt ?? old.publishedAt,
        format: doc.format,
        kind: 'full',
        text: doc.text,
        bodyStart: doc.bodyStart,
        bodyEnd: doc.bodyEnd,
      },
    });
    const places: Array<{ metricKey: string; value: number; qualifier: string; start: number; end: number }> = [];
    let notFound = 0;
    for (const f of old.figures) {
      const at = findQuote(doc.text, f.quote, doc.bodyStart, doc.bodyEnd);
      const flags = new Set(f.flags.split(' ').filter(Boolean));
      if (!at) {
        notFound++;
        flags.add(QUOTE_NOT_FOUND);
        await tx.figure.update({ where: { id: f.id }, data: { flags: [...flags].join(' ') } });
        continue;
      }
      flags.delete(QUOTE_NOT_FOUND);
      places.push({ metricKey: f.metricKey, value: f.value, qualifier: f.qualifier, ...at });
      await tx.figure.update({
        where: { id: f.id },
        data: {
          quote: doc.text.slice(at.start, at.end),
          quoteStart: at.start,
          quoteEnd: at.end,
          quotePrefix: doc.text.slice(Math.max(0, at.start - CONTEXT_CHARS), at.start),
          quoteSuffix: doc.text.slice(at.end, at.end + CONTEXT_CHARS),
          flags: [...flags].join(' '),
        },
      });
    }
    const fresh = extracted.filter((e) => !places.some((p) => p.metricKey === e.metric && p.value === e.value && p.qualifier === e.qualifier && overlaps(p, e)));
    const added = fresh.map((e) => ({ ...toRow(doc, e, 'pending', 'extracted'), sourceId }));
    if (added.length) await tx.figure.createMany({ data: added });
    // Re-anchoring changes no figure's keys, but the source's name does change (no longer an excerpt, perhaps a new
    // outlet or title), and statements name an unattributed claim after its source: its figures' statements are
    // refreshed with the added ones.
    await refreshSummariesFor(tx, summaryKeysOf([...old.figures, ...added]));
    return {
      status: 'replaced' as const,
      sourceId,
      figures: { added: fresh.length, reviewed: 0, pending: fresh.length, rejected: 0 },
      reanchored: { found: places.length, notFound },
    };
  });
}

/** The text just before and after a quote, kept with it so the quote can be found again if offsets drift. */
export function quoteAnchors(text: string, start: number, end: number): { quotePrefix: string; quoteSuffix: string } {
  return { quotePrefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), quoteSuffix: text.slice(end, end + CONTEXT_CHARS) };
}

export function toRow(doc: ParsedDocument, f: ExtractedFigure, reviewStatus: ReviewStatus, origin: 'extracted' | 'analyst'): FigureRow {
  const geography = 'MA';
  return {
    ...deriveFigureColumns({ metricKey: f.metric, value: f.value, qualifier: f.qualifier, periodStart: f.periodStart, periodEnd: f.periodEnd, cumulative: f.cumulative, scope: f.scope, geography }),
    metricKey: f.metric,
    value: f.value,
    valueText: f.valueText,
    qualifier: f.qualifier,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    cumulative: f.cumulative,
    asOf: f.asOf,
    scope: f.scope,
    geography,
    attributedTo: f.attributedTo,
    citedReport: f.citedReport ?? null,
    quote: f.quote,
    quoteStart: f.start,
    quoteEnd: f.end,
    ...quoteAnchors(doc.text, f.start, f.end),
    flags: f.flags.join(' '),
    reviewStatus,
    origin,
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
  let end = Math.min(doc.bodyEnd, doc.bodyStart + 400);
  // An excerpt's paragraphs are separate quotes from different places: run together they would read as one sentence.
  const paragraphEnd = doc.kind === 'excerpt' ? doc.text.indexOf('\n\n', doc.bodyStart) : -1;
  if (paragraphEnd !== -1) end = Math.min(end, paragraphEnd);
  const body = doc.text.slice(doc.bodyStart, end).replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(body)?.[1] ?? body;
  if (sentence.length <= 90) return sentence;
  const cut = sentence.slice(0, 90);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 90)}…`;
}
