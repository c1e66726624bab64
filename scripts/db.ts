/**
 * Database lifecycle for the run and test lines.
 *   tsx scripts/db.ts generate   Prisma client for the configured provider
 *   tsx scripts/db.ts prepare    generate + migrate + load the seed corpus into an empty database
 *   tsx scripts/db.ts reset      drop everything, then prepare (a fresh database, used by the browser tests)
 *   tsx scripts/db.ts check      rebuild the summaries from the figures in memory and report any difference (exit 1)
 *   tsx scripts/db.ts rebuild    drop the summaries and rebuild them from the figures
 * DATABASE_URL selects the database (default: SQLite file data/ctstats.db).
 */
import fs from 'node:fs';
import { Client } from 'pg';
import { databaseUrl, isPostgresUrl, sqliteFilePath } from '../lib/db/url';
import { generateClient, migrate } from '../lib/db/migrate';

async function prepare(url: string): Promise<void> {
  generateClient(url);
  const { ensureAnalystPassword } = await import('../lib/auth/password');
  const analyst = ensureAnalystPassword();
  if (analyst.created) console.log(`Analyst password for reviewing figures: ${analyst.password} (kept in ${analyst.file}).`);
  await migrate(url);
  // Imported only now: the generated client must exist first.
  const { createDb } = await import('../lib/db/client');
  const { ensureMetrics, loadSeedCorpus } = await import('../lib/ingest/seed');
  const { extractFigures } = await import('../lib/extraction');
  const db = createDb(url);
  try {
    await ensureMetrics(db);
    if ((await db.source.count()) === 0) {
      const results = await loadSeedCorpus(db, extractFigures);
      const sum = (k: 'reviewed' | 'rejected') => results.reduce((n, r) => n + r.figures[k], 0);
      console.log(`Loaded the seed corpus: ${results.length} sources, ${sum('reviewed')} reviewed figures (${sum('rejected')} other extracted figures recorded as rejected).`);
    } else {
      console.log('Database already has data; seed corpus not reloaded.');
      const { ensureSummaries } = await import('../lib/data/summaries');
      if (await db.$transaction((tx) => ensureSummaries(tx), { timeout: 600_000 })) console.log('Built the page summaries from the existing figures.');
    }
  } finally {
    await db.$disconnect();
  }
}

async function reset(url: string): Promise<void> {
  if (isPostgresUrl(url)) {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    await client.end();
  } else {
    const file = sqliteFilePath(url);
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  }
  await prepare(url);
}

async function checkOrRebuild(url: string, rebuild: boolean): Promise<void> {
  generateClient(url);
  const { createDb } = await import('../lib/db/client');
  const { checkSummaries, rebuildSummaries } = await import('../lib/data/summaries');
  const db = createDb(url);
  try {
    if (rebuild) {
      await db.$transaction((tx) => rebuildSummaries(tx), { timeout: 600_000 });
      console.log('Summaries rebuilt from the figures.');
      return;
    }
    const problems = await checkSummaries(db);
    if (problems.length === 0) {
      console.log('Summaries match a rebuild from the figures.');
      return;
    }
    for (const p of problems.slice(0, 50)) console.log(p);
    console.log(`${problems.length} difference(s) between the stored summaries and a rebuild; \`npm run db:rebuild-summaries\` repairs them.`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  const command = process.argv[2];
  const url = databaseUrl();
  if (command === 'generate') generateClient(url);
  else if (command === 'prepare') await prepare(url);
  else if (command === 'reset') await reset(url);
  else if (command === 'check') await checkOrRebuild(url, false);
  else if (command === 'rebuild') await checkOrRebuild(url, true);
  else {
    console.error('usage: tsx scripts/db.ts generate|prepare|reset|check|rebuild');
    process.exit(2);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
