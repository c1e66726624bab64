import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CORE_METRICS } from '@/lib/domain/metrics';
import type { Db } from '@/lib/db/client';
import { writeTransaction } from '@/lib/db/write';
import { decisionsFileSchema } from './decisions';
import { decodeDocument, DocumentRejected, ingestDocument, type Extractor, type IngestResult } from './ingest-document';

/** The project's own copy of the seed articles and the analyst's decisions on them. */
export const SEED_DIR = path.join(process.cwd(), 'data', 'seeds');
/**
 * The reference data set: excerpts of the labelled real articles (only the passages their figures quote) and the
 * reviewed figures, written by scripts/build-reference-data.ts. Same layout as the seeds, read the same way.
 */
export const REFERENCE_DIR = path.join(process.cwd(), 'data', 'reference');

/** The parts of the default data set, in load order. */
export const DATA_SETS = { seeds: SEED_DIR, reference: REFERENCE_DIR } as const;
export type DataSet = keyof typeof DATA_SETS;

const dataSwitchSchema = z.enum(['all', 'seeds']);

/** `CTSTATS_DATA=seeds` loads only the five seed articles (tests that count on the small set); default: everything. */
export function dataSetsFromEnv(env: Partial<Record<string, string>> = process.env): DataSet[] {
  const choice = dataSwitchSchema.safeParse(env.CTSTATS_DATA?.trim() || 'all');
  if (!choice.success) throw new Error(`CTSTATS_DATA must be "all" (seeds and reference data) or "seeds" (the seed articles only), not "${env.CTSTATS_DATA}"`);
  return choice.data === 'seeds' ? ['seeds'] : ['seeds', 'reference'];
}

/** Loads each data set through the same path (loadSeedCorpus) and reports what each added. */
export async function loadDefaultData(db: Db, extract: Extractor, sets: readonly DataSet[] = dataSetsFromEnv()): Promise<Array<{ set: DataSet; results: IngestResult[] }>> {
  const out: Array<{ set: DataSet; results: IngestResult[] }> = [];
  for (const set of sets) out.push({ set, results: await loadSeedCorpus(db, extract, DATA_SETS[set]) });
  return out;
}

/** Inserts the core metrics that are missing; labels already edited in the database are left alone. */
export async function ensureMetrics(db: Db): Promise<void> {
  // One transaction (two ingests starting together both run this): retried like every write if the database is busy.
  await writeTransaction(db, async (tx) => {
    for (const m of CORE_METRICS) await tx.metric.upsert({ where: { key: m.key }, create: m, update: {} });
  });
}

/**
 * Loads a folder of documents (the seed articles, or the reference excerpts) through the same ingest path as any
 * other document, settled by the folder's reviewed decisions file so what it adds is exactly the reviewed figures.
 */
export async function loadSeedCorpus(db: Db, extract: Extractor, dir: string = SEED_DIR): Promise<IngestResult[]> {
  await ensureMetrics(db);
  const decisions = decisionsFileSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'decisions.json'), 'utf8')));
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const results: IngestResult[] = [];
  for (const file of files) {
    try {
      const text = decodeDocument(fs.readFileSync(path.join(dir, file)));
      results.push(await ingestDocument(db, { text, fileName: file }, { extract, decisions: decisions.files[file] ?? [] }));
    } catch (err) {
      // The seed load stops at the first bad article, but says which one.
      if (err instanceof DocumentRejected) throw new DocumentRejected(`${file}: ${err.message}`);
      throw err;
    }
  }
  return results;
}
