/**
 * npm run -s eval:reviewed
 * Scores the current engine against the figures analysts settled in the database (DATABASE_URL): every source with
 * no figure pending review, its reviewed figures as the answers. Same rule and report as eval:extract.
 * Runs with --conditions=react-server so lib/data (server-only) loads outside Next.
 */
import { databaseUrl } from '../lib/db/url';
import { generateClient, migrate } from '../lib/db/migrate';
import { formatErrors, formatScores } from './eval-extract';

async function main(): Promise<number> {
  const url = databaseUrl();
  generateClient(url);
  await migrate(url);
  const { getReviewedScore } = await import('../lib/data/quality');
  const { getDb } = await import('../lib/db/client');
  try {
    const r = await getReviewedScore();
    process.stdout.write(`Scored against ${r.sources} settled sources (${r.answers} reviewed figures); ${r.unsettled} sources with figures pending left out.\n\n`);
    process.stdout.write(`${formatScores('Settled sources', r.report, r.sources)}\n\n${formatErrors(r.report.errors)}\n`);
  } finally {
    await getDb().$disconnect();
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
