import { afterAll, describe, expect, it } from 'vitest';
import { extractFigures } from '@/lib/extraction';
import { checkSummaries } from '@/lib/data/summaries';
import { createTestDatabase, type TestDatabase } from '@/lib/test/database';
import { BATCH_DOCUMENTS, DocumentRejected, ingestDocument, ingestDocuments, type IngestResult } from './ingest-document';
import { ensureMetrics } from './seed';

/**
 * Several documents per transaction (the ingest command's way) must store exactly what one call per document
 * stores: each text once (also twice in one batch), a full text replacing the excerpt it follows in the same batch,
 * a refused document failing alone, every document with all its figures, the summaries equal to a rebuild.
 */
const opened: TestDatabase[] = [];
afterAll(async () => {
  for (const t of opened) await t.close();
});

const article = (n: number, extra = '') =>
  `title: Cells dismantled (${n})\ndate: 2024-0${1 + (n % 9)}-1${n % 10}\n\nMoroccan security services dismantled ${n + 2} terrorist cells in 2023, the BCIJ said. Since 2002, more than ${200 + n} cells have been dismantled.${extra}\n`;
const excerpt = 'kind: excerpt\nurl: https://example.org/report/7\ndate: 2022-10\n\nSince 2002, Morocco has dismantled more than 214 terrorist cells.\n';
const full = 'url: https://example.org/report/7/\ndate: 2022-10-03\ntitle: The full report\n\nA regional forum heard the figures. Since 2002, Morocco has dismantled more than 214 terrorist cells. In 2021, the services dismantled 9 terrorist cells.\n';
const flood = `title: A table\ndate: 2024-01-01\n\n${Array.from({ length: 60 }, (_, i) => `Police dismantled ${i + 3} terrorist cells in 2019.`).join(' ')}\n`;

async function fresh() {
  const t = await createTestDatabase();
  opened.push(t);
  await ensureMetrics(t.db);
  return t.db;
}

describe('ingestDocuments (several documents per transaction)', () => {
  it('stores what one call per document stores, each text once, in order', async () => {
    const texts = [article(1), article(2), article(1), excerpt, article(3), full, flood, article(4)];
    const db = await fresh();
    const results = await ingestDocuments(db, texts.map((text, i) => ({ text, fileName: `f${i}.txt` })), { extract: extractFigures });
    const ok = results as IngestResult[];
    expect(results.map((r) => (r instanceof Error ? 'error' : r.status))).toEqual(['added', 'added', 'duplicate', 'added', 'added', 'replaced', 'error', 'added']);
    expect(results[6]).toBeInstanceOf(DocumentRejected);
    expect(ok[2]!.sourceId).toBe(ok[0]!.sourceId);
    expect(ok[5]!.sourceId).toBe(ok[3]!.sourceId); // the full text replaced its excerpt, in the same source
    expect(await db.source.count()).toBe(5);
    // The same documents one call at a time store the same figures.
    const one = await fresh();
    for (const [i, text] of texts.entries()) await ingestDocument(one, { text, fileName: `f${i}.txt` }, { extract: extractFigures }).catch(() => null);
    const figuresOf = async (d: typeof db) => (await d.figure.findMany({ select: { source: { select: { fileName: true } }, metricKey: true, value: true, quote: true, asOf: true }, orderBy: [{ sourceId: 'asc' }, { quoteStart: 'asc' }] })).map((f) => JSON.stringify(f));
    expect(await figuresOf(db)).toEqual(await figuresOf(one));
    expect(await checkSummaries(db)).toEqual([]);
  });

  it('splits a long run into several transactions and keeps the summaries right', async () => {
    const db = await fresh();
    const n = BATCH_DOCUMENTS + 20;
    const results = await ingestDocuments(db, Array.from({ length: n }, (_, i) => ({ text: article(i), fileName: `a${i}.txt` })), { extract: extractFigures });
    expect(results.every((r) => !(r instanceof Error) && r.status === 'added')).toBe(true);
    expect(await db.source.count()).toBe(n);
    expect(await checkSummaries(db)).toEqual([]);
  });
});
