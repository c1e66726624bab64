import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseUrl, isPostgresUrl, sqliteFilePath } from './url';

export type Db = PrismaClient;

/** A new client for the configured database (SQLite file by default, PostgreSQL for postgres:// URLs). */
export function createDb(url: string = databaseUrl()): PrismaClient {
  const adapter = isPostgresUrl(url)
    ? new PrismaPg({ connectionString: url })
    : new PrismaBetterSQLite3({ url: sqliteFilePath(url) });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { ctstatsDb?: PrismaClient };

/** One client per process; cached on globalThis so dev-server reloads do not open a new connection each time. */
export function getDb(): PrismaClient {
  globalForDb.ctstatsDb ??= createDb();
  return globalForDb.ctstatsDb;
}
