/**
 * Database lifecycle for the run and test lines.
 *   tsx scripts/db.ts generate   Prisma client for the configured provider
 *   tsx scripts/db.ts prepare    generate + migrate + load the default data (seeds + reference data) into an empty database
 *   tsx scripts/db.ts reset      drop everything, then prepare (a fresh database, used by the browser tests)
 *   tsx scripts/db.ts check      rebuild the summaries from the figures in memory and report any difference (exit 1)
 *   tsx scripts/db.ts rebuild    drop the summaries and rebuild them from the figures
 * DATABASE_URL selects the database (default: SQLite file data/ctstats.db); CTSTATS_DATA=seeds loads the seeds only.
 */
import fs from 'node:fs';
import { Client } from 'pg';
import { databaseUrl, isPostgresUrl, sqliteFilePath } from '../lib/db/url';
import { generateClient, migrate } from '../lib/db/migrate';

async function prepare(url: string): Promise<void> {
  generateClient(url);
  await migrate(url);
  // Imported only now: the generated client must exist first.
  const { createDb } = await import('../lib/db/client');
  const { ensureMetrics, loadDefaultData, dataSetsFromEnv } = await import('../lib/ingest/seed');
  const { extractFigures } = await import('../lib/extraction');
  const db = createDb(url);
  try {
    await ensureMetrics(db);
    if ((await db.source.count()) === 0) {
      for (const { set, results } of await loadDefaultData(db, extractFigures, dataSetsFromEnv())) {
        const sum = (k: 'reviewed' | 'rejected') => results.reduce((n, r) => n + r.figures[k], 0);
        const name = set === 'seeds' ? 'the seed corpus' : 'the reference data set (excerpts)';
        console.log(`Loaded ${name}: ${results.length} sources, ${sum('reviewed')} reviewed figures (${sum('rejected')} other extracted figures recorded as rejected).`);
      }
    } else {
      console.log('Database already has data; default data not reloaded (npm run db:reset reloads it).');
      const { ensureSummaries } = await import('../lib/data/summaries');
      if (await db.$transaction((tx) => ensureSummaries(tx), { timeout: 600_000 })) console.log('Built the page summaries from the existing figures.');
    }
    if ((await db.user.count()) === 0) {
      console.log('No accounts yet. Create the first admin (the password is read from standard input, one line):');
      console.log('  npm run -s user:add -- LOGIN --role admin --name "Your Name"');
    }
    // The shared analyst password was replaced by named accounts; say so rather than silently ignore it.
    if (process.env.CTSTATS_ANALYST_PASSWORD || fs.existsSync('data/analyst-password')) {
      console.log('Note: CTSTATS_ANALYST_PASSWORD and data/analyst-password are no longer used: analysts sign in with their own accounts (npm run -s user:add).');
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
