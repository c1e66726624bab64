import { dataVersion, getDb, type Db } from '@/lib/db/client';
import { VersionedStore } from './versioned-store';

/**
 * Reads kept until the database changes. Every page a reader opens asks the same few questions of data that moves
 * only when someone writes (an ingest, a review, an edit), yet each request paid the whole read again — the
 * queries, Prisma's work on them, the garbage — about half of the server's CPU on the overview. A read wrapped
 * here is answered from memory while the database's version (lib/db/client.ts `dataVersion`: SQLite's
 * data_version, PostgreSQL's counted "DataVersion" row) is the one it was read at; any commit, by this process or another,
 * changes the version, so a reader never sees an answer older than the last commit before their read. The
 * version is asked at every read (a few microseconds on SQLite, one small query on PostgreSQL), never once per
 * request: a server action that writes and then renders the page runs in one request, and must see its own write.
 *
 * What is kept is shared between requests: callers must not change it (in development and tests it is frozen, so
 * a change throws instead of leaking into the next reader's page).
 */

/**
 * Bounds on what is kept per database, the least recently used going first: a crawler walking every page number
 * of the table, or every source (whose text can be 2 MB), must not grow the server without end.
 */
export const readCacheLimits = { entries: 400, bytes: 64 * 1024 * 1024 };

const stores = new WeakMap<Db, VersionedStore<unknown>>();

const frozen = process.env.NODE_ENV !== 'production';
/** CTSTATS_READ_CACHE=off reads everything afresh (how bench:http measures the first read after a write). */
const enabled = process.env.CTSTATS_READ_CACHE !== 'off';

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  for (const v of Object.values(value as object)) deepFreeze(v);
  return Object.freeze(value);
}

/** About how much memory `value` holds: its strings' lengths and a fixed cost per value; never exact, never 0. */
export function approximateBytes(value: unknown): number {
  let bytes = 0;
  const pending: unknown[] = [value];
  while (pending.length) {
    const v = pending.pop();
    if (typeof v === 'string') bytes += 16 + v.length;
    else if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      bytes += 32;
      for (const x of Object.values(v)) pending.push(x);
    } else bytes += 8;
  }
  return bytes;
}

/**
 * `read` answered from memory while the database has not changed since it last ran with the same arguments
 * (compared as JSON: plain values and objects, as every read takes). Concurrent requests for the same answer
 * share one read. A failed read is not kept.
 */
export function cachedRead<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A): Promise<R> => {
    const db = getDb();
    const version = enabled ? await dataVersion(db) : null;
    if (version === null) return read(...args);
    let store = stores.get(db);
    if (!store) stores.set(db, (store = new VersionedStore(readCacheLimits)));
    const make = () => read(...args).then((v) => (frozen ? deepFreeze(v) : v));
    return store.get(`${name}\u0000${JSON.stringify(args)}`, version, make, approximateBytes).value as Promise<R>;
  };
}
