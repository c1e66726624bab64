import fs from 'node:fs';
import path from 'node:path';
import { CORE_METRICS } from '@/lib/domain/metrics';
import type { Db } from '@/lib/db/client';
import { writeTransaction } from '@/lib/db/write';
import { decisionsFileSchema } from './decisions';
import { decodeDocument, ingestDocument, type Extractor, type IngestResult } from './ingest-document';

/** The project's own copy of the seed articles and the analyst's decisions on them. */
export const SEED_DIR = path.join(process.cwd(), 'data', 'seeds');

/** Inserts the core metrics that are missing; labels already edited in the database are left alone. */
export async function ensureMetrics(db: Db): Promise<void> {
  // One transaction (two ingests starting together both run this): retried like every write if the database is busy.
  await writeTransaction(db, async (tx) => {
    for (const m of CORE_METRICS) await tx.metric.upsert({ where: { key: m.key }, create: m, update: {} });
  });
}

/**
 * Loads the seed articles through the same ingest path as any other document, settled by the reviewed
 * decisions file so the default data set is exactly the reviewed seed figures.
 */
export async function loadSeedCorpus(db: Db, extract: Extractor, dir: string = SEED_DIR): Promise<IngestResult[]> {
  await ensureMetrics(db);
  const decisions = decisionsFileSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'decisions.json'), 'utf8')));
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const results: IngestResult[] = [];
  for (const file of files) {
    const text = decodeDocument(fs.readFileSync(path.join(dir, file)));
    results.push(await ingestDocument(db, { text, fileName: file }, { extract, decisions: decisions.files[file] ?? [] }));
  }
  return results;
}
