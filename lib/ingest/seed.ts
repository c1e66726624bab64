import fs from 'node:fs';
import path from 'node:path';
import { CORE_METRICS } from '@/lib/domain/metrics';
import type { Db } from '@/lib/db/client';
import { decisionsFileSchema } from './decisions';
import { decodeDocument, DocumentRejected, ingestDocument, type Extractor, type IngestResult } from './ingest-document';

/** The project's own copy of the seed articles and the analyst's decisions on them. */
export const SEED_DIR = path.join(process.cwd(), 'data', 'seeds');

/** Inserts the core metrics that are missing; labels already edited in the database are left alone. */
export async function ensureMetrics(db: Db): Promise<void> {
  for (const m of CORE_METRICS) {
    await db.metric.upsert({ where: { key: m.key }, create: m, update: {} });
  }
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
