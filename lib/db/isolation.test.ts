import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from '@/lib/test/database';
import { writeTransaction } from './write';

const opened: TestDatabase[] = [];
afterAll(async () => {
  for (const t of opened) await t.close();
});

const metric = (key: string) => ({ key, label: key, description: '', kind: 'flow', sortOrder: 0 });

/** A transaction that wrote a row and waits, open, until `finish` is called; then it rolls back (throws). */
function openTransactionThatRollsBack(t: TestDatabase) {
  let finish!: () => void;
  const gate = new Promise<void>((resolve) => (finish = resolve));
  let wrote!: () => void;
  const written = new Promise<void>((resolve) => (wrote = resolve));
  const done = writeTransaction(t.db, async (tx) => {
    await tx.metric.create({ data: metric('uncommitted') });
    wrote();
    await gate;
    throw new Error('rolled back on purpose');
  });
  return { written, finish, done: done.then(() => 'committed', (err: unknown) => (err instanceof Error ? err.message : String(err))) };
}

// Both providers: on PostgreSQL this holds by construction (a pool of connections); on SQLite the process has one
// write connection, and the isolation is lib/db/sqlite.ts's doing.
describe(`interactive transactions are isolated from the rest of the process (${testDatabaseProvider()})`, () => {
  it('a plain read while another request’s transaction is open does not see its uncommitted rows', async () => {
    const t = await createTestDatabase();
    opened.push(t);
    await t.db.metric.create({ data: metric('committed') });
    const open = openTransactionThatRollsBack(t);
    await open.written;
    try {
      expect(await t.db.metric.findUnique({ where: { key: 'uncommitted' } })).toBeNull();
      expect((await t.db.metric.findMany({ select: { key: true } })).map((m) => m.key)).toEqual(['committed']);
    } finally {
      open.finish();
    }
    expect(await open.done).toBe('rolled back on purpose');
    expect(await t.db.metric.count()).toBe(1);
  });

  it('a plain write issued while another request’s transaction is open survives that transaction’s rollback', async () => {
    const t = await createTestDatabase();
    opened.push(t);
    const open = openTransactionThatRollsBack(t);
    await open.written;
    const plainCreate = t.db.metric.create({ data: metric('plain-create') }).then(() => 'written');
    const plainUpdate = t.db.metric.createMany({ data: [metric('plain-many')] }).then(() => 'written');
    // Give the plain writes every chance to run while the transaction is still open (they ran inside it before).
    await new Promise((resolve) => setTimeout(resolve, 100));
    open.finish();
    expect(await open.done).toBe('rolled back on purpose');
    expect(await plainCreate).toBe('written');
    expect(await plainUpdate).toBe('written');
    expect((await t.db.metric.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((m) => m.key)).toEqual(['plain-create', 'plain-many']);
  });

  it('a committed transaction is visible to the next plain read at once', async () => {
    const t = await createTestDatabase();
    opened.push(t);
    await writeTransaction(t.db, async (tx) => void (await tx.metric.create({ data: metric('now') })));
    expect(await t.db.metric.findUnique({ where: { key: 'now' }, select: { key: true } })).toEqual({ key: 'now' });
  });
});

describe.runIf(testDatabaseProvider() === 'sqlite')('the global client inside a transaction callback (SQLite)', () => {
  it('is refused at once instead of waiting for the lock its own transaction holds', async () => {
    const t = await createTestDatabase();
    opened.push(t);
    const started = Date.now();
    await expect(
      writeTransaction(t.db, async (tx) => {
        await tx.metric.create({ data: metric('inside') });
        await t.db.metric.create({ data: metric('through-the-global-client') });
      }),
    ).rejects.toThrow(/use the callback's tx client/);
    await expect(writeTransaction(t.db, async () => t.db.metric.count())).rejects.toThrow(/use the callback's tx client/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await t.db.metric.count()).toBe(0);
  });
});
