import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/test/database';
import { extractFigures } from '@/lib/extraction';
import { ensureMetrics } from './seed';
import { ingestDocument } from './ingest-document';

/**
 * Integration (SQLite by default, PostgreSQL with TEST_DATABASE_URL): the same documents ingested several times at
 * once. Every copy after the first must be "already stored" — before the duplicate check moved inside the
 * transaction, the copies that passed the check together failed on the unique key instead.
 */
const opened: TestDatabase[] = [];
afterAll(async () => {
  for (const t of opened) await t.close();
});

const article = (n: number) =>
  `title: Cell dismantled (${n})\ndate: 2024-03-1${n % 10}\nurl: javascript:alert(${n})\n\nMoroccan security services dismantled ${n + 2} terrorist cells in 2023, the BCIJ said.\n`;

describe('concurrent ingest', () => {
  it('stores each text once and reports every other copy as already stored', async () => {
    const t = await createTestDatabase();
    opened.push(t);
    await ensureMetrics(t.db);
    const texts = Array.from({ length: 6 }, (_, i) => article(i));
    // Four copies of each text, all started together.
    const results = await Promise.all(texts.flatMap((text) => [1, 2, 3, 4].map(() => ingestDocument(t.db, { text, fileName: 'a.txt' }, { extract: extractFigures }))));
    expect(results.filter((r) => r.status === 'added')).toHaveLength(texts.length);
    expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(texts.length * 3);
    expect(await t.db.source.count()).toBe(texts.length);
    // Every copy points at the one stored source of its text.
    for (const [i] of texts.entries()) expect(new Set(results.slice(i * 4, i * 4 + 4).map((r) => r.sourceId)).size).toBe(1);
    // A source URL that is not http(s) is not stored.
    expect(await t.db.source.count({ where: { url: { not: null } } })).toBe(0);
  });
});
