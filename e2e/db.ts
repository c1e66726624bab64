import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';

/**
 * Reads the browser-test server's database directly, so a test can check that a refused request wrote nothing.
 * Read-only queries with `?` placeholders; the same SQL runs on SQLite and PostgreSQL (placeholders rewritten).
 */
import { DATABASE_URL as E2E_DATABASE_URL } from './servers';

export async function query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  if (/^postgres(ql)?:\/\//i.test(E2E_DATABASE_URL)) {
    const client = new Client({ connectionString: E2E_DATABASE_URL });
    await client.connect();
    try {
      let i = 0;
      return (await client.query(sql.replace(/\?/g, () => `$${++i}`), params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const file = E2E_DATABASE_URL.replace(/^file:/, '');
  const db = new Database(path.resolve(__dirname, '..', file), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export async function count(sql: string, params: unknown[] = []): Promise<number> {
  const rows = await query<{ n: number | string }>(sql, params);
  return Number(rows[0]?.n ?? 0);
}

/** Row counts of every table a workspace action may write: equal before and after means nothing was written. */
export async function snapshot(): Promise<Record<string, number>> {
  const tables = ['Source', 'Figure', 'ReviewEvent', 'FigureChange', 'SourceChange'];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = await count(`SELECT COUNT(*) AS n FROM "${t}"`);
  out.figureVersions = await count('SELECT COALESCE(SUM("version"), 0) AS n FROM "Figure"');
  out.sourceVersions = await count('SELECT COALESCE(SUM("version"), 0) AS n FROM "Source"');
  out.reviewed = await count(`SELECT COUNT(*) AS n FROM "Figure" WHERE "reviewStatus" = 'reviewed'`);
  out.withdrawn = await count('SELECT COUNT(*) AS n FROM "Source" WHERE "withdrawnAt" IS NOT NULL');
  return out;
}

export async function countUsers(login: string): Promise<number> {
  const rows = await query<{ n: number | string }>('SELECT COUNT(*) AS n FROM "User" WHERE login = ?', [login]);
  return Number(rows[0]?.n ?? 0);
}

export async function userRow(login: string): Promise<{ disabled: boolean; passwordHash: string } | null> {
  const rows = await query<{ disabled: number | boolean; passwordHash: string }>('SELECT disabled, "passwordHash" FROM "User" WHERE login = ?', [login]);
  const row = rows[0];
  return row ? { disabled: Boolean(row.disabled), passwordHash: row.passwordHash } : null;
}

export async function sessionCount(login: string): Promise<number> {
  const rows = await query<{ n: number | string }>('SELECT COUNT(*) AS n FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.login = ?', [login]);
  return Number(rows[0]?.n ?? 0);
}
