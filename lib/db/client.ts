import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { ReliableSqliteAdapter, SQLITE_BUSY_TIMEOUT_MS } from './sqlite';
import { databaseUrl, isPostgresUrl, sqliteFilePath } from './url';
import { createVersionProbe, type VersionProbe } from './version';

export type Db = PrismaClient;

/**
 * A new client for the configured database (SQLite file by default, PostgreSQL for postgres:// URLs). SQLite
 * connections run in WAL mode with a busy timeout and start transactions with BEGIN IMMEDIATE (see sqlite.ts).
 */
export function createDb(url: string = databaseUrl(), options: { busyTimeoutMs?: number } = {}): PrismaClient {
  const db = new PrismaClient({ adapter: adapterFor(url, options) });
  const probe = createVersionProbe(url);
  versions.set(db, probe);
  const disconnect = db.$disconnect.bind(db);
  db.$disconnect = async () => {
    await probe.close();
    await disconnect();
  };
  return db;
}

/** The driver adapter createDb gives its client: for a client built with other options (a test logging the SQL). */
export function adapterFor(url: string, options: { busyTimeoutMs?: number } = {}): PrismaPg | ReliableSqliteAdapter {
  return isPostgresUrl(url)
    ? new PrismaPg({ connectionString: url })
    : new ReliableSqliteAdapter({ url: sqliteFilePath(url), timeout: options.busyTimeoutMs ?? SQLITE_BUSY_TIMEOUT_MS });
}

const versions = new WeakMap<PrismaClient, VersionProbe>();

/** `db`'s database version (lib/db/version.ts): changes with every commit by anyone; null when unknown. */
export async function dataVersion(db: PrismaClient): Promise<number | string | null> {
  return (await versions.get(db)?.()) ?? null;
}

const globalForDb = globalThis as unknown as { ctstatsDb?: PrismaClient };

/** One client per process; cached on globalThis so dev-server reloads do not open a new connection each time. */
export function getDb(): PrismaClient {
  globalForDb.ctstatsDb ??= createDb();
  return globalForDb.ctstatsDb;
}
