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
  return new PrismaClient({ adapter: adapterFor(url, options) });
}

/** The driver adapter createDb gives its client: for a client built with other options (a test logging the SQL). */
export function adapterFor(url: string, options: { busyTimeoutMs?: number } = {}): PrismaPg | ReliableSqliteAdapter {
  return isPostgresUrl(url)
    ? new PrismaPg({ connectionString: url })
    : new ReliableSqliteAdapter({ url: sqliteFilePath(url), timeout: options.busyTimeoutMs ?? SQLITE_BUSY_TIMEOUT_MS });
}

const globalForDb = globalThis as unknown as { ctstatsDb?: PrismaClient };

/** One client per process; cached on globalThis so dev-server reloads do not open a new connection each time. */
export function getDb(): PrismaClient {
  globalForDb.ctstatsDb ??= createDb();
  return globalForDb.ctstatsDb;
}
