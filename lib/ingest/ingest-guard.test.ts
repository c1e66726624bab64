import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedFigure, ParsedDocument } from '@/lib/domain/figure';
import { parseDocument } from '@/lib/extraction/document';
import { extractFigures } from '@/lib/extraction';
import { createTestDatabase, type TestDatabase } from '@/lib/test/database';
import { ensureMetrics, loadSeedCorpus } from './seed';
import { DocumentRejected, floodReason, ingestDocument, MAX_FIGURES_PER_DOCUMENT, type Extractor } from './ingest-document';

/** Integration: what ingest refuses to store, on a real (temporary) database. */

const ARTICLE = ' date 2021-05-17 Police dismantled 25 cells in 2020 and arrested 300 people, the ministry said.';

/** `n` copies of one figure of `doc` (the flood guard counts figures, it does not read them). */
function figures(doc: ParsedDocument, n: number): ExtractedFigure[] {
  const quote = '25 cells';
  const start = doc.text.indexOf(quote);
  const one: ExtractedFigure = {
    metric: 'cells_dismantled', value: 25, valueText: '25', qualifier: 'exact', lower: 25, upper: 25, periodStart: '2020',
    periodEnd: '2020', cumulative: false, asOf: '2021-05-17', scope: null, attributedTo: null, quote, start,
    end: start + quote.length, prefix: '', suffix: '', flags: [],
  };
  return Array.from({ length: n }, () => one);
}

async function rejection(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentRejected);
    return (err as Error).message;
  }
  throw new Error('expected the document to be refused');
}

describe('ingest refuses what it cannot store faithfully', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await ensureMetrics(t.db);
  });
  afterAll(async () => t.close());

  it('an engine failure rejects the document with its reason and stores nothing (never "no figures")', async () => {
    const crash: Extractor = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    expect(await rejection(ingestDocument(t.db, { text: ARTICLE, fileName: 'a.txt' }, { extract: crash }))).toBe(
      'extraction failed (Maximum call stack size exceeded)',
    );
    expect(await t.db.source.count()).toBe(0);
    // The real engine's wrapper keeps its own message.
    const wrapped: Extractor = (doc) => extractFigures({ ...doc, text: null as unknown as string });
    expect(await rejection(ingestDocument(t.db, { text: ARTICLE, fileName: 'a.txt' }, { extract: wrapped }))).toMatch(/^extraction failed \(/);
    expect(await t.db.source.count()).toBe(0);
  });

  it(`refuses more than ${MAX_FIGURES_PER_DOCUMENT} figures in one document`, async () => {
    // A long enough body that the per-KB limit is not what refuses it.
    const text = `${ARTICLE} ${'The ministry gave no further detail on the operation. '.repeat(5000)}`;
    const many: Extractor = (doc) => figures(doc, MAX_FIGURES_PER_DOCUMENT + 1);
    expect(await rejection(ingestDocument(t.db, { text, fileName: 'big.txt' }, { extract: many }))).toBe('too many figures (2001; the limit is 2000 per document)');
    expect(await t.db.source.count()).toBe(0);
  });

  it('refuses more than 10 figures per kilobyte of body text (50 below 5 KB), and stores one at the limit', async () => {
    const doc = parseDocument(ARTICLE);
    const limit = 50;
    expect(floodReason(doc, limit)).toBeNull();
    expect(floodReason(doc, limit + 1)).toBe('too many figures for its length (51 in 0.1 KB of body text; the limit is 10 per KB, 50 below 5 KB)');
    // Past 5 KB the limit grows with the body: 8 KB hold 80 figures, not 81.
    const long = parseDocument(`${ARTICLE} ${'x'.repeat(8 * 1024 - (doc.bodyEnd - doc.bodyStart) - 1)}`);
    expect(long.bodyEnd - long.bodyStart).toBe(8 * 1024);
    expect(floodReason(long, 80)).toBeNull();
    expect(floodReason(long, 81)).toMatch(/^too many figures for its length \(81 in 8\.0 KB/);
    // A real dense article is not a flood: 15 figures in 1.2 KB.
    expect(floodReason(parseDocument(ARTICLE.repeat(12)), 15)).toBeNull();
    const over: Extractor = (d) => figures(d, limit + 1);
    expect(await rejection(ingestDocument(t.db, { text: ARTICLE, fileName: 'dense.txt' }, { extract: over }))).toMatch(/^too many figures for its length/);
    expect(await t.db.source.count()).toBe(0);
    const at: Extractor = (d) => figures(d, limit);
    const stored = await ingestDocument(t.db, { text: ARTICLE, fileName: 'dense.txt' }, { extract: at });
    expect(stored).toMatchObject({ status: 'added', figures: { added: limit, pending: limit } });
  });
});

describe('seed load', () => {
  it('an engine failure on a seed article stops the load and names the article', async () => {
    const t = await createTestDatabase();
    try {
      const crash: Extractor = (doc) => {
        if (doc.publishedAt === '2020-06-24') throw new Error('boom');
        return [];
      };
      await expect(loadSeedCorpus(t.db, crash)).rejects.toThrow(new DocumentRejected('001_e0e1d749be5599e8.txt: extraction failed (boom)'));
    } finally {
      await t.close();
    }
  });
});
