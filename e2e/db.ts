import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';

/**
 * Reads the browser-test server's database directly, so a test can check that a refused request wrote nothing.
 * Read-only queries with `?` placeholders; the same SQL runs on SQLite and PostgreSQL (placeholders rewritten).
 */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db';

export async function queryDb<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  if (/^postgres(ql)?:\/\//.test(E2E_DATABASE_URL)) {
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

export async function countUsers(login: string): Promise<number> {
  const rows = await queryDb<{ n: number | string }>('SELECT COUNT(*) AS n FROM "User" WHERE login = ?', [login]);
  return Number(rows[0]?.n ?? 0);
}

export async function userRow(login: string): Promise<{ disabled: boolean; passwordHash: string } | null> {
  const rows = await queryDb<{ disabled: number | boolean; passwordHash: string }>('SELECT disabled, "passwordHash" FROM "User" WHERE login = ?', [login]);
  const row = rows[0];
  return row ? { disabled: Boolean(row.disabled), passwordHash: row.passwordHash } : null;
}

export async function sessionCount(login: string): Promise<number> {
  const rows = await queryDb<{ n: number | string }>('SELECT COUNT(*) AS n FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.login = ?', [login]);
  return Number(rows[0]?.n ?? 0);
}
