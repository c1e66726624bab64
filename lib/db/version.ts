import fs from 'node:fs';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { isPostgresUrl, sqliteFilePath } from './url';

/**
 * A token that changes whenever anything is committed to the database, by this process or any other; null when none
 * can be known (then nothing may be kept on the strength of it). It may also change when nothing a page shows did
 * (a review note, a summary rewritten to the same values): it only ever errs towards reading again. What the server
 * keeps — reads (lib/data/read-cache.ts) and whole pages (lib/http/page-cache.ts) — is keyed by it.
 *
 * Asked through the database drivers directly, on a connection of its own, not through Prisma: the page cache asks
 * in the request proxy, which must not load a second Prisma client beside the app's.
 * - SQLite: `PRAGMA data_version` on a read-only connection, which itself never writes (the pragma ignores only the
 *   asking connection's own commits). A few microseconds. Null for an in-memory database (private to its
 *   connection) and while the file does not exist yet.
 * - PostgreSQL: the "DataVersion" row, counted up in the same transaction by a trigger on every table readers are
 *   shown (migration 20261202060000_data_version), so it moves exactly when the data they can see does. One small
 *   query. Null where the table is missing (a database not migrated yet), so nothing is kept there.
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
      // Short timeouts: a database that stops answering must not hold every page in the proxy (null: render).
      pool = new Pool({ connectionString: url, max: 2, idleTimeoutMillis: 10_000, allowExitOnIdle: true, connectionTimeoutMillis: 1000, query_timeout: 1000 });
      pool.on('error', () => {});
    }
    try {
      // The row's xmin too: a count restored from a backup, or started again by a re-created schema, may repeat a
      // number already seen, never with the same row version.
      const { rows } = await pool.query<{ v: string }>(`SELECT "n"::text || '/' || xmin::text AS v FROM "DataVersion" WHERE "id" = 1`);
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
