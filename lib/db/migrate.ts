import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { databaseUrl, isPostgresUrl, sqliteFilePath } from './url';

const root = process.cwd();
const prismaBin = path.join(root, 'node_modules', '.bin', 'prisma');

/**
 * Brings the configured database to the committed schema.
 * SQLite: `prisma migrate deploy` (Wasm schema engine through the driver adapter).
 * PostgreSQL: Prisma's migrate commands fail through @prisma/adapter-pg (prisma/orm#27403), so the committed
 * SQL migrations in prisma/postgres/migrations are applied here, each in a transaction, and recorded.
 */
export async function migrate(url: string = databaseUrl()): Promise<void> {
  if (!isPostgresUrl(url)) {
    const file = sqliteFilePath(url);
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    // `prisma migrate deploy` waits for every other connection to close (measured: it blocks until a running
    // server's connection goes away, then fails with "unknown variant SocketTimeout"). So when nothing is pending
    // — every ingest while the app runs — it is not started at all.
    if (file !== ':memory:' && pendingSqliteMigrations(file).length === 0) return;
    execFileSync(prismaBin, ['migrate', 'deploy'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DATABASE_URL: url } });
    return;
  }
  const dir = path.join(root, 'prisma', 'postgres', 'migrations');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE TABLE IF NOT EXISTS "_ctstats_migrations" (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ name: string }>('SELECT name FROM "_ctstats_migrations"')).rows.map((r) => r.name));
    const names = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'migration.sql'))).sort();
    for (const name of names) {
      if (done.has(name)) continue;
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('INSERT INTO "_ctstats_migrations" (name) VALUES ($1)', [name]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
  } finally {
    await client.end();
  }
}

/** Committed SQLite migrations not yet recorded as applied in the database's _prisma_migrations table. */
export function pendingSqliteMigrations(file: string): string[] {
  const dir = path.join(root, 'prisma', 'migrations');
  const committed = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'migration.sql'))).sort();
  if (!fs.existsSync(file)) return committed;
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return committed;
    const applied = new Set(
      (db.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL').all() as Array<{ migration_name: string }>).map((r) => r.migration_name),
    );
    return committed.filter((n) => !applied.has(n));
  } finally {
    db.close();
  }
}

/** Generates the Prisma client for the configured provider (SQLite and PostgreSQL need different clients). */
export function generateClient(url: string = databaseUrl()): void {
  const schema = isPostgresUrl(url) ? path.join('prisma', 'postgres', 'schema.prisma') : path.join('prisma', 'schema.prisma');
  const marker = path.join(root, 'lib', 'generated', 'prisma', '.provider');
  const provider = isPostgresUrl(url) ? 'postgresql' : 'sqlite';
  const schemaText = fs.readFileSync(path.join(root, schema), 'utf8');
  const stamp = `${provider}:${hashOf(schemaText)}`;
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === stamp) return;
  execFileSync(prismaBin, ['generate', '--schema', schema], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DATABASE_URL: url } });
  fs.writeFileSync(marker, stamp);
}

function hashOf(s: string): string {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}

/**
 * Runs `sql` on its own connection to `url`, then closes it: for statements about databases themselves (CREATE and
 * DROP DATABASE cannot run inside the database they name), as the test databases and the benchmarks' copies need.
 */
export async function runOnce(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
