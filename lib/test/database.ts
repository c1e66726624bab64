import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { createDb, type Db } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { isPostgresUrl } from '@/lib/db/url';

/**
 * Real databases for integration tests, so the same tests run on both providers.
 *
 * - Default: a temporary SQLite file, migrated with the committed SQL (prisma/migrations/*\/migration.sql) through
 *   better-sqlite3 — much faster than `prisma migrate deploy`.
 * - `TEST_DATABASE_URL=postgresql://…`: a fresh database on that server per call (created from template0, migrated
 *   with lib/db/migrate.ts, dropped on close). A database per call rather than one reset schema, because vitest
 *   runs test files in parallel and each would otherwise wipe the others' data. The Prisma client in
 *   lib/generated/prisma must have been generated for PostgreSQL first (`npx tsx scripts/db.ts generate` with
 *   DATABASE_URL set to the server); a mismatch fails here with that hint instead of deep inside Prisma.
 */
export interface TestDatabase {
  db: Db;
  url: string;
  provider: 'sqlite' | 'postgresql';
  /** Disconnects and removes the database. */
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

async function createPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  assertGeneratedFor('postgresql');
  const name = `ctstats_test_${process.pid}_${++counter}_${crypto.randomBytes(3).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE template0`);
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  await migrate(url);
  const db = createDb(url);
  return {
    db,
    url,
    provider: 'postgresql',
    async close() {
      await db.$disconnect();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
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
