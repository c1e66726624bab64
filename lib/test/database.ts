import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createDb, type Db } from '@/lib/db/client';
import { migrate, runOnce } from '@/lib/db/migrate';
import { isPostgresUrl } from '@/lib/db/url';

/**
 * Real databases for integration tests, so the same tests run on both providers.
 *
 * - Default: a temporary SQLite file, migrated with the committed SQL (prisma/migrations/*\/migration.sql) through
 *   better-sqlite3 — much faster than `prisma migrate deploy`.
 * - `TEST_DATABASE_URL=postgresql://…`: a database of its own on that server for each test process (vitest runs
 *   test files in parallel; one shared database would have them wipe each other's data), created on first use and
 *   dropped when its last handle closes. Each call empties it (`DROP SCHEMA public CASCADE; CREATE SCHEMA public`)
 *   and migrates it with lib/db/migrate.ts — ~0.2 s, where a new database per call costs ~1 s. So on PostgreSQL a
 *   call invalidates the handles the same test file got before: take a fresh database per describe or test, and
 *   do not keep using an older one. The Prisma client in
 *   lib/generated/prisma must have been generated for PostgreSQL first (`npx tsx scripts/db.ts generate` with
 *   DATABASE_URL set to the server); a mismatch fails here with that hint instead of deep inside Prisma.
 */
export interface TestDatabase {
  db: Db;
  url: string;
  provider: 'sqlite' | 'postgresql';
  /** Disconnects; removes the database (PostgreSQL: once every handle of this process is closed). */
  close(): Promise<void>;
}

const root = process.cwd();

export function testDatabaseProvider(): 'sqlite' | 'postgresql' {
  const url = process.env.TEST_DATABASE_URL?.trim();
  return url && isPostgresUrl(url) ? 'postgresql' : 'sqlite';
}

/** An empty, migrated database of the provider selected by TEST_DATABASE_URL. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  return serverUrl && isPostgresUrl(serverUrl) ? createPostgresDatabase(serverUrl) : createSqliteDatabase();
}

let sqliteDir: string | null = null;
let counter = 0;

async function createSqliteDatabase(): Promise<TestDatabase> {
  assertGeneratedFor('sqlite');
  sqliteDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ctstats-test-'));
  const file = path.join(sqliteDir, `test-${process.pid}-${++counter}.db`);
  const sqlite = new Database(file);
  try {
    const migrations = path.join(root, 'prisma', 'migrations');
    for (const name of fs.readdirSync(migrations).sort()) {
      const sql = path.join(migrations, name, 'migration.sql');
      if (fs.existsSync(sql)) sqlite.exec(fs.readFileSync(sql, 'utf8'));
    }
    // WAL from the start, as `db:prepare` leaves the real database: switching needs the write lock, so a database
    // left in rollback mode made the app's first connection wait for (and fail behind) any connection a test opened
    // first and held the write lock on (lib/db/write.test.ts failed about one run in five).
    sqlite.pragma('journal_mode = WAL');
  } finally {
    sqlite.close();
  }
  const url = `file:${file}`;
  const db = createDb(url);
  return {
    db,
    url,
    provider: 'sqlite',
    async close() {
      await db.$disconnect();
      for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      // The directory goes with the last database of this process.
      if (sqliteDir && fs.readdirSync(sqliteDir).length === 0) {
        fs.rmdirSync(sqliteDir);
        sqliteDir = null;
      }
    },
  };
}

/** The test process's PostgreSQL database, created on first use and dropped when its last handle closes. */
let pgDatabase: { name: string; url: string; open: number } | null = null;

async function createPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  assertGeneratedFor('postgresql');
  if (!pgDatabase) {
    const name = `ctstats_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    await runOnce(serverUrl, `CREATE DATABASE "${name}" TEMPLATE template0`);
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${name}`;
    pgDatabase = { name, url: parsed.toString(), open: 0 };
  }
  const current = pgDatabase;
  await runOnce(current.url, 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  await migrate(current.url);
  const db = createDb(current.url);
  current.open++;
  return {
    db,
    url: current.url,
    provider: 'postgresql',
    async close() {
      await db.$disconnect();
      if (--current.open > 0 || pgDatabase !== current) return;
      pgDatabase = null;
      await runOnce(serverUrl, `DROP DATABASE IF EXISTS "${current.name}" WITH (FORCE)`);
    },
  };
}

function assertGeneratedFor(provider: 'sqlite' | 'postgresql'): void {
  const marker = path.join(root, 'lib', 'generated', 'prisma', '.provider');
  const stamp = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : '';
  if (stamp && !stamp.startsWith(`${provider}:`)) {
    const how = provider === 'sqlite' ? 'DATABASE_URL= npx tsx scripts/db.ts generate' : 'DATABASE_URL=postgresql://… npx tsx scripts/db.ts generate';
    throw new Error(`The Prisma client is generated for ${stamp.split(':')[0]}, but the tests use ${provider}: run \`${how}\` first.`);
  }
}

const globalForDb = globalThis as unknown as { ctstatsDb?: Db };

/**
 * Makes `t` the database the data layer reads: getDb() (lib/db/client.ts) returns its client, and DATABASE_URL
 * names it, since some reads choose provider-specific SQL from the URL (e.g. case-insensitive search).
 */
export function useAsAppDatabase(t: TestDatabase): void {
  process.env.DATABASE_URL = t.url;
  globalForDb.ctstatsDb = t.db;
}
