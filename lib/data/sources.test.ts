import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BULK_FIGURES, loadTestCorpus, SYNTHETIC, type TestCorpus } from '@/lib/test/corpus';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from '@/lib/test/database';
import { getMetrics } from './metrics';
import { getQuoteContext, getSource, getSourceOption, getSources, searchSourceOptions, SOURCES_PAGE_SIZE } from './sources';
import { CORE_METRICS } from '@/lib/domain/metrics';

/** Source reads against a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL; see lib/test/database.ts). */
let t: TestDatabase;
let corpus: TestCorpus;

beforeAll(async () => {
  t = await createTestDatabase();
  useAsAppDatabase(t);
  corpus = await loadTestCorpus(t.db);
});

afterAll(async () => {
  await t?.close();
});

async function seedSourceId(prefix: string): Promise<number> {
  return (await t.db.source.findFirstOrThrow({ where: { fileName: { startsWith: prefix } }, select: { id: true } })).id;
}

describe('getSources', () => {
  it('every source, newest first (undated last), with visible and pending figure counts', async () => {
    const list = await getSources();
    expect(list).toMatchObject({ total: 9, page: 1, pageCount: 1 });
    const sources = list.sources;
    expect(sources).toHaveLength(9);
    const dates = sources.map((s) => s.publishedAt);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length)).toEqual([null, null]);
    // Undated sources in id order.
    const undated = sources.filter((s) => s.publishedAt === null).map((s) => s.id);
    expect(undated).toEqual([...undated].sort((a, b) => a - b));

    const count = (id: number) => sources.find((s) => s.id === id)!;
    // wire: 3 pending visible, the deleted one not counted.
    expect(count(corpus.sources.wire)).toMatchObject({ figureCount: 3, pendingCount: 3, outlet: 'Synthetic Wire', label: 'Synthetic Wire', publishedAt: SYNTHETIC.wire.date });
    // daily: 2 reviewed, the rejected one not counted.
    expect(count(corpus.sources.daily)).toMatchObject({ figureCount: 2, pendingCount: 0 });
    expect(count(corpus.sources.yearly)).toMatchObject({ figureCount: 12, pendingCount: 12 });
    expect(count(corpus.sources.bulk)).toMatchObject({ figureCount: BULK_FIGURES, pendingCount: BULK_FIGURES });
    expect(count(await seedSourceId('000'))).toMatchObject({ figureCount: 0, pendingCount: 0 });
    expect(count(await seedSourceId('001'))).toMatchObject({ figureCount: 3, pendingCount: 0 });
    expect(count(await seedSourceId('003'))).toMatchObject({ figureCount: 9, pendingCount: 0 });
    expect(sources.reduce((n, s) => n + s.figureCount, 0)).toBe(15 + 3 + 2 + 12 + BULK_FIGURES);
  });

  it('pages through the sources in the same order, never past the last page', async () => {
    const all = (await getSources()).sources.map((s) => s.id);
    const size = SOURCES_PAGE_SIZE;
    expect(size).toBeGreaterThan(9);
    expect((await getSources({ page: 5 })).sources.map((s) => s.id)).toEqual(all);
    expect((await getSources({ page: 5 })).page).toBe(1);
  });
});

describe('searchSourceOptions', () => {
  it('finds sources by outlet, headline words or number, newest first, at most the limit', async () => {
    expect((await searchSourceOptions('synthetic wire')).map((o) => o.id)).toEqual([corpus.sources.wire]);
    expect((await searchSourceOptions('Synthetic')).map((o) => o.id)).toContain(corpus.sources.daily);
    expect(await searchSourceOptions(String(corpus.sources.bulk))).toContainEqual({ id: corpus.sources.bulk, label: 'Bulk Desk · 2016-02-01' });
    expect(await searchSourceOptions('', 3)).toHaveLength(3);
    expect(await searchSourceOptions('no such outlet anywhere')).toEqual([]);
    expect(await getSourceOption(corpus.sources.wire)).toEqual({ id: corpus.sources.wire, label: 'Synthetic Wire · 2021-03-01' });
    expect(await getSourceOption(999_999)).toBeNull();
  });
});

describe('getSource', () => {
  it('the verbatim text and its visible figures in quote order, with counts', async () => {
    const s = (await getSource(corpus.sources.wire))!;
    expect(s).toMatchObject({ id: corpus.sources.wire, title: SYNTHETIC.wire.title, outlet: SYNTHETIC.wire.outlet, publishedAt: SYNTHETIC.wire.date, figureCount: 3, pendingCount: 3 });
    expect(s.figures.map((f) => f.id)).not.toContain(corpus.figures.deleted);
    const starts = s.figures.map((f) => f.quoteStart);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const f of s.figures) expect(s.text.slice(f.quoteStart, f.quoteEnd)).toBe(f.quote);
    expect(s.text.slice(s.bodyStart, s.bodyEnd)).toContain('Morocco dismantled 10 cells in 2019');

    const daily = (await getSource(corpus.sources.daily))!;
    expect(daily.figures.map((f) => f.id)).not.toContain(corpus.figures.rejected);
    expect(daily).toMatchObject({ figureCount: 2, pendingCount: 0 });
  });

  it('orders by position in the text, not by insertion order', async () => {
    // The yearly source's figures were stored last sentence first.
    const s = (await getSource(corpus.sources.yearly))!;
    expect(s.figures).toHaveLength(12);
    expect(s.figures.map((f) => f.periodStart)).toEqual(Array.from({ length: 12 }, (_, i) => String(2008 + i)));
    const ids = s.figures.map((f) => f.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const seed = (await getSource(await seedSourceId('003')))!;
    expect(seed.figures).toHaveLength(9);
    expect(seed.fileName?.startsWith('003')).toBe(true);
    const starts = seed.figures.map((f) => f.quoteStart);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('an unknown source is null', async () => {
    expect(await getSource(999_999)).toBeNull();
    expect(await getQuoteContext(999_999)).toBeNull();
  });

  it('getQuoteContext returns the stored text and where the article body lies in it', async () => {
    const s = (await getSource(corpus.sources.daily))!;
    expect(await getQuoteContext(corpus.sources.daily)).toEqual({ text: s.text, bodyStart: s.bodyStart, bodyEnd: s.bodyEnd });
  });
});

describe('getMetrics', () => {
  it('the catalogue in its order', async () => {
    const metrics = await getMetrics();
    expect(metrics.map((m) => m.key)).toEqual([...CORE_METRICS].sort((a, b) => a.sortOrder - b.sortOrder).map((m) => m.key));
    expect(metrics[3]).toMatchObject({ key: 'foreign_fighters', kind: 'stock' });
  });
});
