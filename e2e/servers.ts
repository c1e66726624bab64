/**
 * The two browser-test servers (see playwright.config.ts): where each listens and which database it serves, in one
 * place for the config and for specs that write to a server's database (the ingest journeys).
 */
export const PORT = Number(process.env.E2E_PORT ?? 3210);
export const DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db';
export const FULL_PORT = Number(process.env.E2E_FULL_PORT ?? PORT + 1000);
export const FULL_DATABASE_URL = process.env.E2E_FULL_DATABASE_URL ?? fullDataUrl(DATABASE_URL);

/** SQLite: a file beside the seeds-only one. PostgreSQL needs a database of its own, named explicitly. */
function fullDataUrl(url: string): string {
  if (/^postgres(ql)?:\/\//i.test(url)) throw new Error('E2E_FULL_DATABASE_URL must name a second PostgreSQL database for the full-data browser tests');
  return url.replace(/(\.db)?$/, '-full.db');
}
