import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, dataVersion } from '@/lib/db/client';
import { sqliteFilePath } from '@/lib/db/url';
import { writeTransaction } from '@/lib/db/write';
// Not a React hook, whatever its name says: imported under a name the hooks lint rule leaves alone in a helper.
import { createTestDatabase, testDatabaseProvider, useAsAppDatabase as setAppDatabase, type TestDatabase } from '@/lib/test/database';
import { approximateBytes, cachedRead, readCacheLimits } from './read-cache';
import { getMetrics } from './metrics';

const opened: TestDatabase[] = [];
afterAll(async () => {
  for (const t of opened) await t.close();
});

async function appDatabase(): Promise<TestDatabase> {
  const t = await createTestDatabase();
  opened.push(t);
  setAppDatabase(t);
  return t;
}

const metric = (key: string) => ({ key, label: key, description: '', kind: 'flow', sortOrder: 0 });

/** A read that counts how often it really ran. */
function countedMetricKeys(t: TestDatabase) {
  let runs = 0;
  const read = cachedRead('test:metric-keys', async (prefix: string) => {
    runs++;
    return (await t.db.metric.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((m) => m.key).filter((k) => k.startsWith(prefix));
  });
  return { read, runs: () => runs };
}

describe(`reads kept until the database changes (${testDatabaseProvider()})`, () => {
  it('answers from memory while nothing is written, per argument list', async () => {
    const t = await appDatabase();
    await t.db.metric.create({ data: metric('arrests') });
    const { read, runs } = countedMetricKeys(t);
    expect(await read('a')).toEqual(['arrests']);
    expect(await read('a')).toEqual(['arrests']);
    expect(runs()).toBe(1);
    expect(await read('x')).toEqual([]);
    expect(runs()).toBe(2);
  });

  it('reads again after a write through the app’s client, plain or in a transaction', async () => {
    const t = await appDatabase();
    const { read, runs } = countedMetricKeys(t);
    expect(await read('')).toEqual([]);
    await t.db.metric.create({ data: metric('arrests') });
    expect(await read('')).toEqual(['arrests']);
    await writeTransaction(t.db, (tx) => tx.metric.create({ data: metric('cells') }));
    expect(await read('')).toEqual(['arrests', 'cells']);
    await writeTransaction(t.db, (tx) => tx.metric.delete({ where: { key: 'arrests' } }));
    expect(await read('')).toEqual(['cells']);
    expect(runs()).toBe(4);
  });

  it('reads again after another process’s commit (an ingest run beside the server)', async () => {
    const t = await appDatabase();
    const { read } = countedMetricKeys(t);
    expect(await read('')).toEqual([]);
    if (t.provider === 'sqlite') {
      // A connection of its own, as another process has: the app's client is told nothing.
      const other = new Database(sqliteFilePath(t.url));
      try {
        other.prepare('INSERT INTO Metric (key, label, description, kind, sortOrder) VALUES (?, ?, ?, ?, ?)').run('arrests', 'arrests', '', 'flow', 0);
      } finally {
        other.close();
      }
    } else {
      const other = createDb(t.url);
      try {
        await other.metric.create({ data: metric('arrests') });
      } finally {
        await other.$disconnect();
      }
    }
    expect(await read('')).toEqual(['arrests']);
  });

  it('does not keep a failed read', async () => {
    const t = await appDatabase();
    let fail = true;
    const read = cachedRead('test:flaky', async () => {
      if (fail) throw new Error('database went away');
      return (await t.db.metric.count()) as number;
    });
    await expect(read()).rejects.toThrow('database went away');
    fail = false;
    expect(await read()).toBe(0);
  });

  it('never gives one database’s answer for another’s', async () => {
    const a = await appDatabase();
    await a.db.metric.create({ data: metric('only-in-a') });
    expect((await getMetrics()).map((m) => m.key)).toEqual(['only-in-a']);
    const b = await appDatabase();
    // A fresh database can have the same version number as the first one had.
    expect((await getMetrics()).map((m) => m.key)).toEqual([]);
    expect(await dataVersion(b.db)).not.toBeNull();
  });

  it('hands out answers that cannot be changed by one reader for the next (frozen outside production)', async () => {
    const t = await appDatabase();
    await t.db.metric.create({ data: metric('arrests') });
    const first = await getMetrics();
    expect(() => (first as unknown as unknown[]).push({})).toThrow();
    expect(() => Object.assign(first[0]!, { label: 'changed' })).toThrow();
    expect((await getMetrics())[0]!.label).toBe('arrests');
  });
});

describe('bounded memory', () => {
  it('keeps at most so many answers and so many bytes, dropping the least recently used first', async () => {
    const t = await appDatabase();
    // Connected first: the first connection turns the file to WAL, which is a change of the database too.
    await t.db.metric.count();
    const saved = { ...readCacheLimits };
    try {
      let runs = 0;
      const read = cachedRead('test:sized', async (n: number) => {
        runs++;
        await t.db.metric.count();
        return 'x'.repeat(n);
      });
      readCacheLimits.entries = 2;
      await read(1);
      await read(2);
      await read(1); // 1 is now the most recently used
      await read(3); // 2 goes
      expect(runs).toBe(3);
      await read(1);
      await read(3);
      expect(runs).toBe(3);
      await read(2);
      expect(runs).toBe(4);
      readCacheLimits.entries = 100;
      readCacheLimits.bytes = 10_000;
      await read(9_000);
      await read(9_001); // both do not fit: the older goes
      const before = runs;
      await read(9_001);
      expect(runs).toBe(before);
      await read(9_000);
      expect(runs).toBe(before + 1);
    } finally {
      Object.assign(readCacheLimits, saved);
    }
  });

  it('sizes answers by their text, so a source of 2 MB counts as one', () => {
    expect(approximateBytes('x'.repeat(2_000_000))).toBeGreaterThan(2_000_000);
    expect(approximateBytes({ rows: [{ quote: 'a'.repeat(1000) }, { quote: 'b'.repeat(1000) }] })).toBeGreaterThan(2000);
    expect(approximateBytes(null)).toBeGreaterThan(0);
  });
});

describe('no version, no keeping', () => {
  it('an in-memory SQLite database (no read connection) is read every time', async () => {
    if (testDatabaseProvider() !== 'sqlite') return;
    const db = createDb('file::memory:');
    try {
      await db.$queryRawUnsafe('SELECT 1');
      expect(await dataVersion(db)).toBeNull();
    } finally {
      await db.$disconnect();
    }
  });
});
