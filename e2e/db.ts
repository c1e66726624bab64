import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';

/**
 * Reads the browser-test server's database directly, so tests can check that a refused action wrote nothing.
 * Read-only queries; SQLite by default, PostgreSQL when E2E_DATABASE_URL names one (the test:pg run).
 */
const url = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db';

export async function query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      // The same SQL for both: ? placeholders become $1, $2 …; quoted identifiers work on both.
      let i = 0;
      return (await client.query(sql.replace(/\?/g, () => `$${++i}`), params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = new Database(path.resolve(__dirname, '..', url.replace(/^file:/, '')), { readonly: true, fileMustExist: true });
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
