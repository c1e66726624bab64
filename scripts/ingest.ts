/**
 * npm run ingest -- FILE|DIR...
 * Stores each document as a source and its extracted figures as awaiting review: each document whole or not at all
 * (several per transaction, so the summaries are refreshed once per batch), idempotent (the same text twice adds nothing). The full text of an article stored as an excerpt (same address)
 * replaces the excerpt in its source, its reviewed figures re-anchored. A bad file gets a one-line reason and the batch goes on;
 * the exit status is non-zero if any file failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateClient, migrate } from '../lib/db/migrate';
import { databaseUrl } from '../lib/db/url';

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** Files named on the command line are always tried; directories contribute their documents (not READMEs). */
export function collectFiles(args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && !/^readme\b/i.test(entry.name)) files.push(full);
    }
  };
  for (const arg of args) {
    if (!fs.existsSync(arg)) missing.push(arg);
    else if (fs.statSync(arg).isDirectory()) walk(arg);
    else files.push(arg);
  }
  return { files, missing };
}

function progress(done: number, total: number, label: string): void {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${bar} ${label.slice(0, 50).padEnd(50)}`);
  else process.stderr.write(`${bar} ${label}\n`);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    console.error('usage: npm run ingest -- FILE|DIR...');
    return 2;
  }
  const { files, missing } = collectFiles(args);
  const url = databaseUrl();
  generateClient(url);
  await migrate(url);
  const { createDb } = await import('../lib/db/client');
  const { ensureMetrics } = await import('../lib/ingest/seed');
  const { decodeDocument, ingestDocuments, DocumentRejected } = await import('../lib/ingest/ingest-document');
  const { extractFigures } = await import('../lib/extraction');
  const { describeError } = await import('../lib/db/errors');
  const { SQLITE_CLI_BUSY_TIMEOUT_MS } = await import('../lib/db/sqlite');
  const db = createDb(url, { busyTimeoutMs: SQLITE_CLI_BUSY_TIMEOUT_MS });
  const failures: string[] = missing.map((m) => `${m}: no such file or directory`);
  let added = 0;
  let duplicates = 0;
  let figures = 0;
  const replaced: string[] = [];
  try {
    await ensureMetrics(db);
    // Several documents per transaction (lib/ingest ingestDocuments): each is still stored whole or not at all.
    const CHUNK = 200;
    let settled = 0;
    for (let start = 0; start < files.length; start += CHUNK) {
      const chunk = files.slice(start, start + CHUNK);
      const inputs: Array<{ text: string; fileName: string }> = [];
      const inputFiles: string[] = [];
      for (const file of chunk) {
        try {
          inputs.push({ text: decodeDocument(fs.readFileSync(file)), fileName: path.basename(file) });
          inputFiles.push(file);
        } catch (err) {
          failures.push(`${file}: ${err instanceof DocumentRejected ? err.message : `could not be read (${err instanceof Error ? err.message : String(err)})`}`);
          progress(++settled, files.length, path.basename(file));
        }
      }
      await ingestDocuments(db, inputs, { extract: extractFigures }, (i, result) => {
        const file = inputFiles[i]!;
        progress(++settled, files.length, path.basename(file));
        if (result instanceof Error) {
          failures.push(`${file}: ${result instanceof DocumentRejected ? result.message : `could not be stored (${describeError(result)})`}`);
        } else if (result.status === 'duplicate') duplicates++;
        else if (result.status === 'replaced') {
          replaced.push(`${path.basename(file)}: full text of a stored excerpt (source ${result.sourceId}); ${result.reanchored?.found ?? 0} figures found again in it, ${result.reanchored?.notFound ?? 0} not found (flagged), ${result.figures.added} new awaiting review`);
          figures += result.figures.added;
        } else {
          added++;
          figures += result.figures.added;
        }
      });
    }
    progress(files.length, files.length, 'done');
    if (process.stderr.isTTY) process.stderr.write('\n');
  } finally {
    await db.$disconnect();
  }
  for (const f of failures) console.error(`failed  ${f}`);
  for (const r of replaced) console.log(`replaced  ${r}`);
  console.log(
    `${files.length + missing.length} files: ${added} added (${figures} figures awaiting review), ${duplicates} already stored, ${replaced.length ? `${replaced.length} replaced an excerpt, ` : ''}${failures.length} failed.`,
  );
  return failures.length > 0 ? 1 : 0;
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
