import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from '@/lib/test/database';
import { sqliteFilePath } from './url';
import { describeError, isRetryableWriteError } from './errors';
import { writeTransaction } from './write';

const opened: TestDatabase[] = [];
afterAll(async () => {
  for (const t of opened) await t.close();
});

const metric = (key: string) => ({ key, label: key, description: '', kind: 'flow', sortOrder: 0 });

describe.runIf(testDatabaseProvider() === 'sqlite')('SQLite connections', () => {
  it('run in WAL mode with a busy timeout', async () => {
    const t = await createTestDatabase();
    opened.push(t);
    expect(await t.db.$queryRawUnsafe('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await t.db.$queryRawUnsafe('PRAGMA busy_timeout')).toEqual([{ timeout: 2000n }]);
  });

  it('a write transaction waits out another process’s write lock instead of failing (busy timeout, then retry)', async () => {
    const t = await createTestDatabase();
    opened.push(t);
    // Another connection (as another process would) holds the write lock for longer than the busy timeout.
    const other = new Database(sqliteFilePath(t.url));
    other.exec('BEGIN IMMEDIATE');
    other.prepare('INSERT INTO Metric (key, label, description, kind, sortOrder) VALUES (?, ?, ?, ?, ?)').run('held', 'held', '', 'flow', 0);
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        other.exec('COMMIT');
        other.close();
        resolve();
      }, 2500),
    );
    const started = Date.now();
    const attempts: number[] = [];
    await writeTransaction(t.db, async (tx) => {
      attempts.push(Date.now() - started);
      await tx.metric.create({ data: metric('mine') });
    });
    await released;
    expect(attempts.length).toBeGreaterThanOrEqual(1);
    expect(await t.db.metric.count({ where: { key: { in: ['held', 'mine'] } } })).toBe(2);
  });

  it('reports a database that stays busy after the bounded retries, with what failed', async () => {
    const t = await createTestDatabase();
    opened.push(t);
    const other = new Database(sqliteFilePath(t.url));
    other.exec('BEGIN IMMEDIATE');
    try {
      await expect(writeTransaction(t.db, async (tx) => void (await tx.metric.create({ data: metric('never') })), { attempts: 1 })).rejects.toSatisfy(
        (err: unknown) => isRetryableWriteError(err) && /SQLITE_BUSY|locked|timed out/i.test(describeError(err)),
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await t.db.metric.count({ where: { key: 'never' } })).toBe(0);
  });

  it('a transaction whose BEGIN failed (busy) does not keep the process’s later transactions waiting', async () => {
    // Prisma's adapter used to keep its transaction lock when BEGIN failed: every later $transaction of the
    // process waited forever (the server stopped answering sign-ins after an ingest held the lock over 2 s).
    const t = await createTestDatabase();
    opened.push(t);
    await t.db.metric.count(); // connected, as a running server is
    const other = new Database(sqliteFilePath(t.url));
    other.exec('BEGIN IMMEDIATE');
    try {
      await expect(writeTransaction(t.db, async (tx) => void (await tx.metric.create({ data: metric('busy') })), { attempts: 1 })).rejects.toSatisfy(isRetryableWriteError);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const within = <T>(p: Promise<T>, what: string) =>
      Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} still waiting after 5 s`)), 5000))]);
    await within(writeTransaction(t.db, async (tx) => void (await tx.metric.create({ data: metric('after') }))), 'an interactive transaction');
    await within(t.db.$transaction([t.db.metric.count(), t.db.metric.create({ data: metric('batch') })]), 'a batch transaction');
    expect(await t.db.metric.count({ where: { key: { in: ['busy', 'after', 'batch'] } } })).toBe(2);
  });
});

describe('writeTransaction', () => {
  it('never retries an error thrown by the transaction itself, and writes nothing of it', async () => {
    const t = await createTestDatabase();
    opened.push(t);
    let calls = 0;
    await expect(
      writeTransaction(t.db, async (tx) => {
        calls++;
        await tx.metric.create({ data: metric('refused') });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(calls).toBe(1);
    expect(await t.db.metric.count({ where: { key: 'refused' } })).toBe(0);
  });
});
