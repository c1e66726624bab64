/**
 * npm run db:backup -- FILE     a consistent copy of the live database (SQLite online backup)
 * npm run db:restore -- FILE    check FILE (integrity, our tables, known migrations), keep the current database
 *                               beside it, then replace the contents with FILE's, apply any newer migrations and
 *                               rebuild the page summaries from the restored figures
 * DATABASE_URL selects the database. On PostgreSQL both print the pg_dump / pg_restore commands instead (exit 2).
 */
import { databaseUrl, isPostgresUrl, sqliteFilePath } from '../lib/db/url';
import { backupSqlite, postgresGuidance, restoreSqlite } from '../lib/db/backup';
import { migrate } from '../lib/db/migrate';

async function main(): Promise<number> {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !file) {
    console.error('usage: npm run db:backup -- FILE  |  npm run db:restore -- FILE');
    return 2;
  }
  const url = databaseUrl();
  if (isPostgresUrl(url)) {
    console.log(postgresGuidance(command, file));
    return 2;
  }
  const dbFile = sqliteFilePath(url);
  if (command === 'backup') {
    await backupSqlite(dbFile, file);
    console.log(`Backed up ${dbFile} to ${file} (integrity checked).`);
  } else {
    const { savedAs } = await restoreSqlite(dbFile, file);
    await migrate(url);
    // The restored file's summaries are as old as its figures, or absent (a backup from before they existed):
    // rebuild them from the restored figures, so the pages agree with them (lib/data/summaries.ts).
    const { createDb } = await import('../lib/db/client');
    const { rebuildSummaries } = await import('../lib/data/summaries');
    const db = createDb(url);
    try {
      await db.$transaction((tx) => rebuildSummaries(tx), { timeout: 600_000 });
    } finally {
      await db.$disconnect();
    }
    console.log(`Restored ${dbFile} from ${file}.${savedAs ? ` The previous contents are in ${savedAs}.` : ''}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
