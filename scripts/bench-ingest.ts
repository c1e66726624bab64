/**
 * npm run -s bench:ingest [-- --articles 10000]
 * Writes N generated news articles (English and French, each stating two to four figures: a yearly count, a
 * running total, sometimes a qualified number) to a temporary directory, then runs the real ingest command on
 * them (`tsx scripts/ingest.ts DIR` — batched: up to 100 documents, 500 figures or 64 KB per transaction, the
 * statement summaries they touch refreshed in the same transaction) against a fresh
 * SQLite database, and prints the time it took. The command's progress bar is shown on a terminal.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';

const args = process.argv.slice(2);
const at = args.indexOf('--articles');
const ARTICLES = (at >= 0 ? Number(args[at + 1]) : 0) || 10_000;

let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
const OUTLETS = ['Morocco World News', 'Hespress', 'Le360', 'MAP', 'Le Desk', 'Yabiladi'];

function article(i: number): string {
  const year = 2010 + Math.floor(next() * 15);
  const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
  const cells = 2 + Math.floor(next() * 30);
  const total = 100 + Math.floor(next() * 120);
  const arrests = 20 + Math.floor(next() * 300);
  const french = next() < 0.3;
  const body = french
    ? [
        `Les services de sécurité ont démantelé ${cells} cellules terroristes en ${year - 1}, selon le ministère de l'Intérieur.`,
        `Depuis 2002, plus de ${total} cellules ont été démantelées au Maroc.`,
        `Au total, ${arrests} personnes ont été interpellées au cours de l'année ${year - 1}.`,
      ]
    : [
        `Moroccan security services dismantled ${cells} terrorist cells in ${year - 1}, the Ministry of Interior said.`,
        `Since 2002, authorities have dismantled more than ${total} terrorist cells.`,
        `In ${year - 1}, ${arrests} suspects were arrested on terrorism charges.`,
      ];
  return `date: ${year}-${month}-${day}\ntitle: Security report ${i}\noutlet: ${pick(OUTLETS)}\n\n${body.slice(0, 2 + Math.floor(next() * 2)).join(' ')}\n\nReport number ${i}.\n`;
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctstats-bench-ingest-'));
  try {
    const docs = path.join(dir, 'articles');
    fs.mkdirSync(docs);
    for (let i = 1; i <= ARTICLES; i++) fs.writeFileSync(path.join(docs, `article-${String(i).padStart(6, '0')}.txt`), article(i));
    const file = path.join(dir, 'ingest.db');
    const t = performance.now();
    const run = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/ingest.ts', docs], {
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: ['ignore', 'pipe', process.stderr.isTTY ? 'inherit' : 'ignore'],
      encoding: 'utf8',
    });
    const seconds = (performance.now() - t) / 1000;
    process.stdout.write(run.stdout);
    if (run.status !== 0) throw new Error(`ingest exited with ${run.status}`);
    const db = new Database(file, { readonly: true });
    const { n } = db.prepare('SELECT count(*) AS n FROM Figure').get() as { n: number };
    db.close();
    console.log(`ingested ${ARTICLES.toLocaleString('en-US')} articles (${n.toLocaleString('en-US')} figures) in ${seconds.toFixed(1)} s (${(ARTICLES / seconds).toFixed(0)} articles/s, migration included)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
