import fs from 'node:fs';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { isPostgresUrl, sqliteFilePath } from './url';

/**
 * A token that changes whenever anything is committed to the database, by this process or any other; null when none
 * can be known (then nothing may be kept on the strength of it). It may also change when nothing a page shows did
 * (PostgreSQL: any WAL record, a session row, a vacuum): it only ever errs towards reading again. What the server
 * keeps — reads (lib/data/read-cache.ts) and whole pages (lib/http/page-cache.ts) — is keyed by it.
 *
 * Asked through the database drivers directly, on a connection of its own, not through Prisma: the page cache asks
 * in the request proxy, which must not load a second Prisma client beside the app's.
 * - SQLite: `PRAGMA data_version` on a read-only connection, which itself never writes (the pragma ignores only the
 *   asking connection's own commits). A few microseconds. Null for an in-memory database (private to its
 *   connection) and while the file does not exist yet.
 * - PostgreSQL: the WAL insert position, which moves forward with every write before the write can commit. One
 *   small query. Null on a standby (recovery), so a read replica keeps nothing.
 */
export type VersionProbe = (() => Promise<number | string | null>) & { close(): Promise<void> };

export function createVersionProbe(url: string): VersionProbe {
  return isPostgresUrl(url) ? postgresProbe(url) : sqliteProbe(url);
}

function sqliteProbe(url: string): VersionProbe {
  const file = sqliteFilePath(url);
  let connection: Database.Database | null = null;
  const probe = async () => {
    if (file === ':memory:') return null;
    try {
      if (!connection) {
        if (!fs.existsSync(file)) return null;
        connection = new Database(file, { readonly: true, fileMustExist: true });
      }
      return Number(connection.pragma('data_version', { simple: true }));
    } catch {
      // Unknown this time (the file replaced, a busy recovery): nothing is kept on it; the next call opens anew.
      connection?.close();
      connection = null;
      return null;
    }
  };
  return Object.assign(probe, {
    async close() {
      connection?.close();
      connection = null;
    },
  });
}

function postgresProbe(url: string): VersionProbe {
  let pool: Pool | null = null;
  const probe = async () => {
    // One connection, let go when idle, never keeping the process alive; a dropped connection is replaced.
    if (!pool) {
      pool = new Pool({ connectionString: url, max: 1, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
      pool.on('error', () => {});
    }
    try {
      const { rows } = await pool.query<{ v: string }>('SELECT pg_current_wal_insert_lsn()::text AS v');
      return rows[0]?.v ?? null;
    } catch {
      return null;
    }
  };
  return Object.assign(probe, {
    async close() {
      const p = pool;
      pool = null;
      await p?.end();
    },
  });
}
