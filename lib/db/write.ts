import type { Db } from './client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isRetryableWriteError } from './errors';
import { insideTransaction } from './sqlite';

export type Tx = Prisma.TransactionClient;

/** Attempts before a busy database is reported as a failure; with the backoff below, about 6 s of waiting. */
export const WRITE_ATTEMPTS = 7;

export interface WriteOptions {
  /** Waiting between attempts; tests shorten it. */
  backoffMs?: (attempt: number) => number;
  attempts?: number;
}

/** 50, 100, 200 … ms with ±50 % jitter so two retrying writers do not collide again in step. */
function defaultBackoff(attempt: number): number {
  const base = Math.min(50 * 2 ** (attempt - 1), 2000);
  return Math.round(base * (0.5 + Math.random()));
}

/**
 * The one way this project writes: `fn` runs in a transaction, and the whole transaction is retried (bounded, with
 * backoff that does not block the event loop) when the database was busy (SQLite: another process held the write
 * lock beyond the busy timeout) or the transaction lost a race (PostgreSQL serialization failure or deadlock).
 * `fn` must therefore do nothing but database work through `tx`. An error thrown by `fn` itself (a refusal) is
 * never retried. On SQLite every transaction starts with BEGIN IMMEDIATE (lib/db/sqlite.ts), so the read at its
 * start already holds the write lock and what it read cannot change before it writes. Inside `fn`, query through
 * `tx` only: the global client's queries run outside this transaction (SQLite: they are refused, lib/db/sqlite.ts).
 */
export async function writeTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
  const attempts = options.attempts ?? WRITE_ATTEMPTS;
  const backoff = options.backoffMs ?? defaultBackoff;
  for (let attempt = 1; ; attempt++) {
    try {
      // maxWait: time to get a transaction (in one process they queue behind each other); timeout: time to finish.
      // Marked, so that a query sent through the global client from inside `fn` is refused instead of waiting for
      // the lock this transaction holds (lib/db/sqlite.ts).
      return await db.$transaction((tx) => insideTransaction.run(true, () => fn(tx)), { maxWait: 15_000, timeout: 30_000 });
    } catch (err) {
      if (attempt >= attempts || !isRetryableWriteError(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, backoff(attempt)));
    }
  }
}
