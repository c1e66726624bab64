/**
 * The generated databases the benchmarks read: `buildBenchDatabase(file, n)` writes n figures in n/100 sources
 * straight through SQL (the committed migrations, then plain INSERTs: ingest would take minutes at 200k), with a
 * fixed pseudo-random sequence so every run builds the same data, then builds the page summaries from them.
 * Shared by bench:pages and bench:http.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createDb } from '../lib/db/client';
import { rebuildSummaries } from '../lib/data/summaries';

const PER_SOURCE = 100;
const METRICS = ['cells_dismantled', 'arrests', 'plots_foiled', 'foreign_fighters', 'returnees', 'returnees_prosecuted', 'terrorist_incidents'];
const QUALIFIERS = ['exact', 'more_than', 'at_least', 'about', 'up_to'];
const ATTRIBUTIONS = ['US State Department', 'BCIJ', 'DGSN', 'Ministry of Interior', 'Mohamed Moufakir', 'Abdelhak Khiame', 'Parliamentary mission', 'MAP'];
const SCOPES = [null, null, null, 'linked to ISIS', 'BCIJ operations', 'Syria–Iraq zone', 'women', 'minors'];

export async function buildBenchDatabase(file: string, figureCount: number): Promise<void> {
  insertFigures(file, figureCount);
  // The figures went in behind the write hook, so the summaries are built once, as after a database restore.
  const db = createDb(`file:${file}`);
  try {
    await db.$transaction((tx) => rebuildSummaries(tx), { timeout: 600_000 });
  } finally {
    await db.$disconnect();
  }
}

function insertFigures(file: string, figureCount: number): void {
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  for (const dir of fs.readdirSync('prisma/migrations').filter((d) => fs.existsSync(path.join('prisma/migrations', d, 'migration.sql'))).sort()) {
    db.exec(fs.readFileSync(path.join('prisma/migrations', dir, 'migration.sql'), 'utf8'));
  }
  const insertMetric = db.prepare('INSERT INTO Metric (key, label, description, kind, sortOrder) VALUES (?, ?, ?, ?, ?)');
  METRICS.forEach((m, i) => insertMetric.run(m, m.replace(/_/g, ' '), m, i >= 3 && i <= 5 ? 'stock' : 'flow', i));
  const sentence = 'Moroccan authorities have dismantled 168 terrorist cells since 2002, according to the ministry. ';
  const text = sentence.repeat(PER_SOURCE);
  const insertSource = db.prepare(
    'INSERT INTO Source (contentHash, title, headline, outlet, language, publishedAt, format, text, bodyStart, bodyEnd) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)',
  );
  const insertFigure = db.prepare(`INSERT INTO Figure (sourceId, metricKey, value, valueText, qualifier, lower, upper, lowerInclusive, upperInclusive,
    periodStart, periodEnd, periodStartYear, periodEndYear, cumulative, asOf, scope, geography, attributedTo, quote, quoteStart, quoteEnd,
    quotePrefix, quoteSuffix, flags, reviewStatus, origin, comparisonKey, updatedAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?, ?, ?, ?, 'MA', ?, ?, ?, ?, '', '', '', ?, 'extracted', ?, CURRENT_TIMESTAMP)`);
  let rand = 42;
  const next = () => (rand = (rand * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const sources = Math.ceil(figureCount / PER_SOURCE);
  db.transaction(() => {
    for (let s = 1; s <= sources; s++) {
      const year = 2003 + Math.floor(next() * 22);
      const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
      insertSource.run(`hash-${s}`, `Report ${s}`, `Report ${s}`, pick(['Example Wire', 'Example Post', 'MAP', 'Hespress']), 'en', date, 'header', text, text.length);
      for (let k = 0; k < PER_SOURCE && (s - 1) * PER_SOURCE + k < figureCount; k++) {
        const metric = pick(METRICS);
        const cumulative = next() < 0.4;
        const value = Math.floor(next() * 3000);
        const scope = pick(SCOPES);
        const fy = cumulative ? 2002 : year - 1;
        const start = k * sentence.length;
        const key = [metric, 'MA', (scope ?? '').toLowerCase(), cumulative ? `since:${fy}` : `${fy}..${fy}`].join('|');
        insertFigure.run(s, metric, value, String(value), pick(QUALIFIERS), value, value, String(fy), cumulative ? date : String(fy), fy, cumulative ? year : fy,
          cumulative ? 1 : 0, date, scope, pick(ATTRIBUTIONS), sentence.trim(), start, start + sentence.trim().length, next() < 0.7 ? 'reviewed' : 'pending', key);
      }
    }
  })();
  db.close();
}
