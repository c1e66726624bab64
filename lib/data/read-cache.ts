import { dataVersion, getDb, type Db } from '@/lib/db/client';

/**
 * Reads kept until the database changes. Every page a reader opens asks the same few questions of data that moves
 * only when someone writes (an ingest, a review, an edit), yet each request paid the whole read again — the
 * queries, Prisma's work on them, the garbage — about half of the server's CPU on the overview. A read wrapped
 * here is answered from memory while the database's version (lib/db/client.ts `dataVersion`: SQLite's
 * data_version, PostgreSQL's WAL position) is the one it was read at; any commit, by this process or another,
 * changes the version, so a reader never sees an answer older than the last commit before their read. The
 * version is asked at every read (a few microseconds on SQLite, one small query on PostgreSQL), never once per
 * request: a server action that writes and then renders the page runs in one request, and must see its own write.
 *
 * What is kept is shared between requests: callers must not change it (in development and tests it is frozen, so
 * a change throws instead of leaking into the next reader's page).
 */

/** Answers kept per database; the least recently used go first. Each is one page's worth of rows at most. */
export const READ_CACHE_ENTRIES = 400;

interface Entry {
  version: number | string;
  value: Promise<unknown>;
}

const kept = new WeakMap<Db, Map<string, Entry>>();

const frozen = process.env.NODE_ENV !== 'production';
/** CTSTATS_READ_CACHE=off reads everything afresh (how bench:http measures the first read after a write). */
const enabled = process.env.CTSTATS_READ_CACHE !== 'off';

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  for (const v of Object.values(value as object)) deepFreeze(v);
  return Object.freeze(value);
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
    let entries = kept.get(db);
    if (!entries) kept.set(db, (entries = new Map()));
    const key = `${name}\u0000${JSON.stringify(args)}`;
    const hit = entries.get(key);
    if (hit && hit.version === version) {
      // Most recently used last: Map keeps insertion order, so eviction takes the first key.
      entries.delete(key);
      entries.set(key, hit);
      return hit.value as Promise<R>;
    }
    const value = read(...args).then((v) => (frozen ? deepFreeze(v) : v));
    entries.delete(key);
    entries.set(key, { version, value });
    if (entries.size > READ_CACHE_ENTRIES) entries.delete(entries.keys().next().value!);
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}
