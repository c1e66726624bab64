import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { adapterFor } from '@/lib/db/client';
import { sqliteFilePath } from '@/lib/db/url';
import { loadTestCorpus } from '@/lib/test/corpus';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from '@/lib/test/database';
import { getComparisonSections, getFigurePage } from './figures';
import { getOverview } from './overview';
import { getSources } from './sources';

/**
 * The readers' "newest first, unknown dates last" reads walk an index in that order on both providers instead of
 * sorting every matching row for each page (at 200,000 figures PostgreSQL sorted the 141,000 reviewed figures for
 * each table page: 101 ms of SQL, against 0.1 ms walking an index; see
 * prisma/postgres/migrations/20261202050000_pg_nulls_last_order_indexes). The SQL Prisma and the raw reads send is
 * captured and the database's own plan read: SQLite's EXPLAIN QUERY PLAN must build no temporary B-tree for the
 * ORDER BY; PostgreSQL's plan, with sorting priced out (enable_sort off), must have no Sort node, so the small test
 * data cannot make a sort look the cheaper plan. Runs on SQLite, or PostgreSQL with TEST_DATABASE_URL.
 */
let t: TestDatabase;
let db: PrismaClient<'query'>;
const sent: Array<{ sql: string; params: unknown[] }> = [];

beforeAll(async () => {
  t = await createTestDatabase();
  await loadTestCorpus(t.db);
  db = new PrismaClient({ adapter: adapterFor(t.url), log: [{ emit: 'event', level: 'query' }] });
  db.$on('query', (e) => sent.push({ sql: e.query, params: JSON.parse(e.params) as unknown[] }));
  useAsAppDatabase({ ...t, db });
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
  await t?.close();
});

/** The reads ordered newest first by a date or a year, whatever the quoting ("x", `x`, "T"."x", f."x"). */
const NEWEST_FIRST = /ORDER BY\s+(?:[`"]?\w+[`"]?\.)*[`"](asOf|endYear|publishedAt)[`"]\s*DESC/i;

/** What the database would do for one statement: each line of the plan, to find a sort in. */
async function planOf(sql: string, params: unknown[]): Promise<string[]> {
  if (t.provider === 'sqlite') {
    const sqlite = new Database(sqliteFilePath(t.url), { readonly: true });
    try {
      const bound = params.map((p) => (typeof p === 'boolean' ? Number(p) : p));
      return (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...bound) as Array<{ detail: string }>).map((r) => r.detail);
    } finally {
      sqlite.close();
    }
  }
  const client = new Client({ connectionString: t.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_sort = off');
    await client.query('SET LOCAL enable_incremental_sort = off');
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
    await client.query('ROLLBACK');
    return rows.map((r) => r['QUERY PLAN']);
  } finally {
    await client.end();
  }
}

const SORTS = /TEMP B-TREE FOR (?:RIGHT PART OF )?ORDER BY|\bSort\b/;

async function expectIndexOrder(read: () => Promise<unknown>): Promise<void> {
  sent.length = 0;
  await read();
  const ordered = sent.filter((q) => NEWEST_FIRST.test(q.sql));
  expect(ordered.length, 'the read sends a newest-first query').toBeGreaterThan(0);
  for (const q of ordered) {
    const plan = await planOf(q.sql, q.params);
    expect(plan.filter((line) => SORTS.test(line)), `${q.sql}\n${plan.join('\n')}`).toEqual([]);
  }
}

describe('newest-first reads walk an index', () => {
  it('the table, default order', () => expectIndexOrder(() => getFigurePage({ status: 'reviewed' })));
  it('the table, one metric', () => expectIndexOrder(() => getFigurePage({ status: 'reviewed', metric: 'arrests' })));
  it("compare: each key's most recent figures", () => expectIndexOrder(() => getComparisonSections({ status: 'reviewed' })));
  it("the overview's series", () => expectIndexOrder(() => getOverview({ status: 'reviewed' })));
  it('the sources list', () => expectIndexOrder(() => getSources()));
});
