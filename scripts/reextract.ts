/**
 * npm run reextract [-- --source N]
 * Runs the current engine over the stored sources (or source N): adds new findings as pending, marks pending
 * figures it no longer finds, never touches a figure a person has dealt with (lib/ingest/reextract.ts), and
 * prints what changed per source. A source the engine fails on is named with its reason and the run goes on;
 * the exit status is 1 if any source failed.
 */
import { generateClient, migrate } from '../lib/db/migrate';
import { databaseUrl } from '../lib/db/url';

export function parseArgs(args: readonly string[]): { source: number | null } | { error: string } {
  const rest = args.filter((a) => a !== '--');
  if (rest.length === 0) return { source: null };
  const flag = rest[0] === '--source' ? rest[1] : /^--source=(.*)$/.exec(rest[0] ?? '')?.[1];
  if (flag === undefined || rest.length > (rest[0] === '--source' ? 2 : 1)) return { error: 'usage: npm run reextract [-- --source N]' };
  if (!/^[1-9]\d*$/.test(flag)) return { error: `--source needs a source number, not "${flag}"` };
  return { source: Number(flag) };
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if ('error' in parsed) {
    console.error(parsed.error);
    return 2;
  }
  const url = databaseUrl();
  generateClient(url);
  await migrate(url);
  const { createDb } = await import('../lib/db/client');
  const { reextractSource, describeResult } = await import('../lib/ingest/reextract');
  const { DocumentRejected } = await import('../lib/ingest/ingest-document');
  const { extractFigures } = await import('../lib/extraction');
  const db = createDb(url);
  let failed = 0;
  let added = 0;
  let notFound = 0;
  try {
    // Excerpts of the reference data hold only curated quotes: the engine is not run over them unless asked by number.
    const where = parsed.source === null ? { kind: { not: 'excerpt' } } : { id: parsed.source };
    const ids = (await db.source.findMany({ where, select: { id: true }, orderBy: { id: 'asc' } })).map((s) => s.id);
    if (parsed.source !== null && ids.length === 0) {
      console.error(`no source ${parsed.source}`);
      return 1;
    }
    for (const id of ids) {
      try {
        const r = await reextractSource(db, id, extractFigures);
        added += r.added;
        notFound += r.notFound;
        console.log(describeResult(r));
      } catch (err) {
        failed++;
        const reason = err instanceof DocumentRejected ? err.message : `could not be re-extracted (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`;
        console.error(`failed  source ${id}: ${reason}`);
      }
    }
    console.log(`${ids.length} sources: ${added} new figures awaiting review, ${notFound} pending figures no longer found, ${failed} failed.`);
  } finally {
    await db.$disconnect();
  }
  return failed > 0 ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
