import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { ReliableSqliteAdapter, SQLITE_BUSY_TIMEOUT_MS } from './sqlite';
import { databaseUrl, isPostgresUrl, sqliteFilePath } from './url';

export type Db = PrismaClient;

/**
 * A new client for the configured database (SQLite file by default, PostgreSQL for postgres:// URLs). SQLite
 * connections run in WAL mode with a busy timeout and start transactions with BEGIN IMMEDIATE (see sqlite.ts).
 */
export function createDb(url: string = databaseUrl(), options: { busyTimeoutMs?: number } = {}): PrismaClient {
  if (isPostgresUrl(url)) {
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    versions.set(db, () => postgresVersion(db));
    return db;
  }
  const adapter = new ReliableSqliteAdapter({ url: sqliteFilePath(url), timeout: options.busyTimeoutMs ?? SQLITE_BUSY_TIMEOUT_MS });
  const db = new PrismaClient({ adapter });
  // The adapter connects on the first query: before it, connect, so that the very first read can be kept too.
  versions.set(db, async () => adapter.dataVersion() ?? (await db.$connect(), adapter.dataVersion()));
  return db;
}

const versions = new WeakMap<PrismaClient, () => Promise<number | string | null>>();

/**
 * A token that changes whenever anything is committed to `db`'s database, by this process or any other; null when
 * none can be known (then nothing may be cached). It may also change when nothing a page shows did (PostgreSQL:
 * any WAL record, a session row, a vacuum): it only ever errs towards reading again. lib/data/read-cache.ts keys
 * what it keeps by it.
 */
export async function dataVersion(db: PrismaClient): Promise<number | string | null> {
  return (await versions.get(db)?.()) ?? null;
}

/**
 * PostgreSQL: the WAL insert position, which moves forward with every write before the write can commit, whoever
 * makes it. Unavailable on a standby (recovery): null there, so a read replica simply caches nothing.
 */
async function postgresVersion(db: PrismaClient): Promise<string | null> {
  try {
    const [row] = await db.$queryRawUnsafe<Array<{ v: string }>>('SELECT pg_current_wal_insert_lsn()::text AS v');
    return row?.v ?? null;
  } catch {
    return null;
  }
}

const globalForDb = globalThis as unknown as { ctstatsDb?: PrismaClient };

/** One client per process; cached on globalThis so dev-server reloads do not open a new connection each time. */
export function getDb(): PrismaClient {
  globalForDb.ctstatsDb ??= createDb();
  return globalForDb.ctstatsDb;
}
