import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
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
