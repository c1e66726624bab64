import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { createTestDatabase, type TestDatabase } from '@/lib/test/database';
import type { ExtractedFigure, ParsedDocument } from '@/lib/domain/figure';
import { ensureMetrics, loadSeedCorpus, SEED_DIR } from './seed';
import { ingestDocument, type Extractor } from './ingest-document';

/**
 * Integration: the seed corpus through the real ingest path into a real database (a temp SQLite file migrated
 * with the committed SQL, or PostgreSQL with TEST_DATABASE_URL; see lib/test/database.ts). Each test that needs
 * a clean slate gets its own database.
 */
// The committed copy of the labelled answers (data/seeds/answers.json), not a path on one machine.
const ANSWERS = path.join(SEED_DIR, 'answers.json');
const opened: TestDatabase[] = [];

async function freshDb(): Promise<Db> {
  const t = await createTestDatabase();
  opened.push(t);
  return t.db;
}

afterAll(async () => {
  for (const t of opened) await t.close();
});

interface AnswerFigure {
  metric: string;
  value: number;
  qualifier: string;
  periodStart: string | null;
  periodEnd: string | null;
  cumulative: boolean;
  scope: string | null;
  quote: string;
}
interface AnswerFile {
  file: string;
  publishedAt: string | null;
  figures: AnswerFigure[];
}

const none: Extractor = () => [];

/** An extracted figure for `quote` as an extractor would report it (offsets into the parsed text). */
function found(doc: ParsedDocument, quote: string, p: Partial<ExtractedFigure> = {}): ExtractedFigure {
  const start = doc.text.indexOf(quote, doc.bodyStart);
  if (start === -1) throw new Error(`not in text: ${quote}`);
  return {
    metric: 'cells_dismantled',
    value: 25,
    valueText: 'more than 25',
    qualifier: 'more_than',
    lower: 25,
    upper: null,
    periodStart: '2019',
    periodEnd: '2019',
    cumulative: false,
    asOf: doc.publishedAt,
    scope: null,
    attributedTo: null,
    quote,
    start,
    end: start + quote.length,
    prefix: '',
    suffix: '',
    flags: [],
    ...p,
  };
}

describe('loadSeedCorpus into a real database', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
    await loadSeedCorpus(db, none);
  });

  it('loads the 5 seed sources and the core metrics', async () => {
    const sources = await db.source.findMany({ orderBy: { fileName: 'asc' } });
    expect(sources.map((s) => s.fileName)).toEqual(fs.readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort());
    expect(sources).toHaveLength(5);
    expect(sources.map((s) => s.publishedAt)).toEqual(['2020-02-28', '2020-06-24', null, null, '2020-09-24']);
    expect(await db.metric.count()).toBeGreaterThanOrEqual(7);
  });

  it('stores exactly the 15 reviewed figures of the labelled answers', async () => {
    const answers = JSON.parse(fs.readFileSync(ANSWERS, 'utf8')) as AnswerFile[];
    const figures = await db.figure.findMany({ include: { source: { select: { fileName: true } } } });
    const key = (file: string, f: Pick<AnswerFigure, 'metric' | 'value' | 'qualifier' | 'quote'>) => `${file}|${f.metric}|${f.value}|${f.qualifier}|${f.quote}`;
    const expected = answers.flatMap((a) => a.figures.map((f) => key(a.file, f))).sort();
    const actual = figures.map((f) => key(f.source.fileName ?? '', { metric: f.metricKey, value: f.value, qualifier: f.qualifier, quote: f.quote })).sort();
    expect(expected).toHaveLength(15);
    expect(actual).toEqual(expected);
    expect(figures.every((f) => f.reviewStatus === 'reviewed' && f.origin === 'analyst')).toBe(true);
  });

  it('keeps the reviewed period, scope and cumulative flag, and a per-figure as-of date', async () => {
    const answers = JSON.parse(fs.readFileSync(ANSWERS, 'utf8')) as AnswerFile[];
    const figures = await db.figure.findMany({ include: { source: { select: { fileName: true, publishedAt: true } } } });
    for (const a of answers) {
      for (const f of a.figures) {
        const stored = figures.find((s) => s.source.fileName === a.file && s.quote === f.quote && s.metricKey === f.metric);
        expect(stored, `${a.file}: ${f.quote}`).toMatchObject({ periodStart: f.periodStart, periodEnd: f.periodEnd, cumulative: f.cumulative, scope: f.scope });
        expect(stored!.asOf).toBe(f.periodEnd && f.cumulative ? f.periodEnd : a.publishedAt);
      }
    }
  });

  it('every stored quote equals source.text.slice(quoteStart, quoteEnd), inside the body', async () => {
    const figures = await db.figure.findMany({ include: { source: true } });
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      expect(f.source.text.slice(f.quoteStart, f.quoteEnd)).toBe(f.quote);
      expect(f.quoteStart).toBeGreaterThanOrEqual(f.source.bodyStart);
      expect(f.quoteEnd).toBeLessThanOrEqual(f.source.bodyEnd);
      expect(f.source.text.slice(f.quoteStart - f.quotePrefix.length, f.quoteStart)).toBe(f.quotePrefix);
      expect(f.source.text.slice(f.quoteEnd, f.quoteEnd + f.quoteSuffix.length)).toBe(f.quoteSuffix);
    }
  });

  it('stores the interval and flags the glued "over125"', async () => {
    const over = await db.figure.findFirstOrThrow({ where: { metricKey: 'arrests', value: 125, source: { fileName: { startsWith: '001' } } } });
    expect(over).toMatchObject({ lower: 125, upper: null, lowerInclusive: false, flags: 'glued_number' });
    const none0 = await db.figure.findFirstOrThrow({ where: { metricKey: 'terrorist_incidents', source: { fileName: { startsWith: '001' } } } });
    expect(none0).toMatchObject({ value: 0, lower: 0, upper: 0, lowerInclusive: true, upperInclusive: true, periodStartYear: 2019, periodEndYear: 2019 });
  });

  it('the seed text is stored verbatim', async () => {
    for (const s of await db.source.findMany()) {
      expect(s.text).toBe(fs.readFileSync(path.join(SEED_DIR, s.fileName!), 'utf8').replace(/^\uFEFF/, ''));
    }
  });

  it('loading twice adds nothing', async () => {
    const before = { sources: await db.source.count(), figures: await db.figure.count(), metrics: await db.metric.count() };
    const results = await loadSeedCorpus(db, none);
    expect(results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    expect({ sources: await db.source.count(), figures: await db.figure.count(), metrics: await db.metric.count() }).toEqual(before);
  });
});

describe('loadSeedCorpus with an extractor', () => {
  it('a bogus extra figure is stored rejected; a matching extraction is reviewed with origin "extracted"', async () => {
    const db = await freshDb();
    const extractor: Extractor = (doc) => {
      if (!doc.text.includes('more than 25 cells')) return [];
      return [
        found(doc, 'more than 25 cells'),
        found(doc, 'Rabat', { metric: 'plots_foiled', value: 13, valueText: '13', qualifier: 'exact' }),
      ];
    };
    const results = await loadSeedCorpus(db, extractor);
    const withExtraction = results.filter((r) => r.figures.rejected > 0);
    expect(withExtraction.length).toBeGreaterThan(0);

    const rejected = await db.figure.findMany({ where: { reviewStatus: 'rejected' } });
    expect(rejected.length).toBe(withExtraction.length);
    expect(rejected.every((f) => f.metricKey === 'plots_foiled' && f.value === 13 && f.origin === 'extracted')).toBe(true);

    const matched = await db.figure.findMany({ where: { metricKey: 'cells_dismantled', value: 25, qualifier: 'more_than' } });
    expect(matched.length).toBe(2); // articles 001 and 004
    for (const f of matched) expect(f).toMatchObject({ reviewStatus: 'reviewed', origin: 'extracted', attributedTo: 'US State Department' });

    // Still exactly the 15 reviewed figures.
    expect(await db.figure.count({ where: { reviewStatus: 'reviewed' } })).toBe(15);
  });
});

describe('ingestDocument', () => {
  const ARTICLE = 'date: 2021-12-17\ntitle: A test\noutlet: Example Wire\n\nMorocco dismantled 7 cells in 2020 and arrested at least 35 people.\n';

  it('without decisions stores extracted figures as pending', async () => {
    const db = await freshDb();
    await loadSeedCorpus(db, none);
    const result = await ingestDocument(
      db,
      { text: ARTICLE, fileName: 'test.txt' },
      {
        extract: (doc) => [
          found(doc, '7 cells', { value: 7, valueText: '7', qualifier: 'exact', periodStart: '2020', periodEnd: '2020' }),
          found(doc, 'at least 35 people', { metric: 'arrests', value: 35, valueText: 'at least 35', qualifier: 'at_least', periodStart: '2020', periodEnd: '2020' }),
        ],
      },
    );
    expect(result).toMatchObject({ status: 'added', figures: { added: 2, pending: 2, reviewed: 0, rejected: 0 } });
    const stored = await db.figure.findMany({ where: { sourceId: result.sourceId }, include: { source: true } });
    expect(stored.map((f) => [f.reviewStatus, f.origin])).toEqual([
      ['pending', 'extracted'],
      ['pending', 'extracted'],
    ]);
    for (const f of stored) expect(f.source.text.slice(f.quoteStart, f.quoteEnd)).toBe(f.quote);
    expect(stored[0]!.source).toMatchObject({ publishedAt: '2021-12-17', title: 'A test', outlet: 'Example Wire', format: 'header', fileName: 'test.txt' });

    // The same text again is a duplicate and adds nothing.
    const again = await ingestDocument(db, { text: ARTICLE }, { extract: none });
    expect(again).toMatchObject({ status: 'duplicate', sourceId: result.sourceId });
    expect(await db.source.count()).toBe(6);
  });

  it('an extracted quote with stale offsets is re-anchored, so stored offsets always point at the quote', async () => {
    const db = await freshDb();
    await ensureMetrics(db);
    const result = await ingestDocument(
      db,
      { text: ARTICLE },
      {
        extract: (doc) => {
          const f = found(doc, '7 cells', { value: 7, valueText: '7', qualifier: 'exact' });
          return [{ ...f, start: f.start - 3, end: f.end - 3 }];
        },
      },
    );
    const [f] = await db.figure.findMany({ where: { sourceId: result.sourceId }, include: { source: true } });
    expect(f!.source.text.slice(f!.quoteStart, f!.quoteEnd)).toBe('7 cells');
    expect(f!.quotePrefix.endsWith('dismantled ')).toBe(true);
  });

  it('an extracted quote that is not in the text rejects the document before anything is stored', async () => {
    const db = await freshDb();
    await ensureMetrics(db);
    await expect(
      ingestDocument(db, { text: ARTICLE }, { extract: (doc) => [{ ...found(doc, '7 cells', { value: 7, qualifier: 'exact' }), quote: '8 cells' }] }),
    ).rejects.toThrow(/extracted quote not found in the text: "8 cells"/);
    expect(await db.source.count()).toBe(0);
  });

  it('a failure inside the transaction stores nothing: no orphan source', async () => {
    const db = await freshDb();
    await loadSeedCorpus(db, none);
    const before = { sources: await db.source.count(), figures: await db.figure.count() };
    await expect(
      ingestDocument(db, { text: ARTICLE }, { extract: (doc) => [found(doc, '7 cells', { metric: 'no_such_metric', value: 7, qualifier: 'exact' })] }),
    ).rejects.toThrow();
    expect({ sources: await db.source.count(), figures: await db.figure.count() }).toEqual(before);
    // And the document can still be ingested once the problem is fixed.
    const ok = await ingestDocument(db, { text: ARTICLE }, { extract: (doc) => [found(doc, '7 cells', { value: 7, qualifier: 'exact' })] });
    expect(ok.status).toBe('added');
  });

  it('a reviewed quote missing from the text rejects the document before anything is stored', async () => {
    const db = await freshDb();
    await expect(
      ingestDocument(db, { text: ARTICLE }, { extract: none, decisions: [{ metric: 'arrests', value: 1, valueText: '1', qualifier: 'exact', periodStart: null, periodEnd: null, cumulative: false, scope: null, attributedTo: null, quote: 'not in the text' }] }),
    ).rejects.toThrow(/reviewed quote not found/);
    expect(await db.source.count()).toBe(0);
  });
});
