import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Tables a ctstats database must have; a file without them is not one of ours. */
export const REQUIRED_TABLES = ['Metric', 'Source', 'Figure', 'ReviewEvent'] as const;

/**
 * A consistent copy of a live SQLite database, taken with SQLite's online backup API (better-sqlite3's .backup()):
 * readers and writers carry on while it runs, and the copy is one committed state, WAL included.
 */
export async function backupSqlite(databaseFile: string, target: string): Promise<void> {
  if (!fs.existsSync(databaseFile)) throw new Error(`no database at ${databaseFile}`);
  if (path.resolve(target) === path.resolve(databaseFile)) throw new Error('the backup file cannot be the database itself');
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  // The copy carries the source's WAL flag; as a rollback-journal file it is one self-contained file (no -wal or
  // -shm beside it) that can be moved anywhere. Restoring it makes the database WAL again (every connection asks).
  const copy = new Database(target, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const problems = validateBackup(target);
  if (problems.length) throw new Error(`the backup written to ${target} does not check out: ${problems.join('; ')}`);
}

/**
 * Reasons `file` must not replace the database (empty when it may): not an SQLite file, failing integrity_check,
 * missing one of our tables, or carrying migrations this checkout does not know (a newer version's database).
 */
export function validateBackup(file: string, migrationsDir: string = path.join(process.cwd(), 'prisma', 'migrations')): string[] {
  if (!fs.existsSync(file)) return [`${file} does not exist`];
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    return [`not an SQLite database (${err instanceof Error ? err.message : String(err)})`];
  }
  try {
    const problems: string[] = [];
    let integrity: unknown;
    try {
      integrity = db.pragma('integrity_check', { simple: true });
    } catch (err) {
      return [`not an SQLite database (${err instanceof Error ? err.message : String(err)})`];
    }
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity).slice(0, 200)}`);
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length) problems.push(`not a ctstats database (missing tables: ${missing.join(', ')})`);
    else if (tables.has('_prisma_migrations')) {
      const known = new Set(fs.existsSync(migrationsDir) ? fs.readdirSync(migrationsDir) : []);
      const applied = (db.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL').all() as Array<{ migration_name: string }>).map((m) => m.migration_name);
      const unknown = applied.filter((m) => !known.has(m));
      if (unknown.length) problems.push(`made by a newer version (migrations this checkout does not have: ${unknown.join(', ')})`);
    }
    return problems;
  } finally {
    db.close();
  }
}

/**
 * Replaces the database's contents with a validated backup, through the same online backup API (so a running
 * server's connections see the restored data, never a half-copied file). The current contents are first saved
 * beside the database (`<db>.before-restore-<time>`), so a restore can itself be undone.
 */
export async function restoreSqlite(databaseFile: string, backupFile: string): Promise<{ savedAs: string | null }> {
  const problems = validateBackup(backupFile);
  if (problems.length) throw new Error(`not restored, ${backupFile} is not a usable backup: ${problems.join('; ')}`);
  if (path.resolve(backupFile) === path.resolve(databaseFile)) throw new Error('the backup file is the database itself');
  let savedAs: string | null = null;
  if (fs.existsSync(databaseFile)) {
    savedAs = `${databaseFile}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await backupSqlite(databaseFile, savedAs);
  }
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(databaseFile);
  } finally {
    source.close();
  }
  const after = validateBackup(databaseFile);
  if (after.length) throw new Error(`the restored database does not check out: ${after.join('; ')}${savedAs ? ` (the previous one is in ${savedAs})` : ''}`);
  return { savedAs };
}

/** The commands for PostgreSQL, where the server's own tools do this job. */
export function postgresGuidance(kind: 'backup' | 'restore', file: string): string {
  const f = JSON.stringify(file);
  return kind === 'backup'
    ? `PostgreSQL: take the backup with the server's own tool (a consistent snapshot while the app runs):\n  pg_dump --format=custom --no-owner --dbname="$DATABASE_URL" --file=${f}\nCheck it with: pg_restore --list ${f} > /dev/null`
    : `PostgreSQL: stop the app, then restore with the server's own tool (it replaces our tables in one go):\n  pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$DATABASE_URL" ${f}\nthen run \`npm run db:prepare\` (it applies any newer migrations) and start the app.`;
}
