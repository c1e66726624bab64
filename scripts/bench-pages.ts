/**
 * npm run -s bench:pages [-- --figures 200000]
 * Builds two throwaway SQLite databases — a small one and a large one (default 200,000 figures in 2,000
 * sources) — and times every read the pages make against both, printing milliseconds (median of 5) and the
 * large/small ratio measured in the same run. Shared machines are noisy: read the ratios, not the absolutes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildBenchDatabase as build } from './bench-data';

const args = process.argv.slice(2);
const LARGE = Number(args[args.indexOf('--figures') + 1] ?? 0) || 200_000;
const SMALL = 2_000;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[2]!;
}

async function measure(url: string): Promise<Map<string, number>> {
  process.env.DATABASE_URL = url;
  const g = globalThis as unknown as { ctstatsDb?: { $disconnect(): Promise<void> } };
  await g.ctstatsDb?.$disconnect();
  delete g.ctstatsDb;
  const data = await import('../lib/data/figures');
  const sources = await import('../lib/data/sources');
  const overview = await import('../lib/data/overview');
  const cases: Array<[string, () => Promise<unknown>]> = [
    ['figures table, page 1', () => data.getFigurePage({})],
    ['figures table, metric + years', () => data.getFigurePage({ metric: 'arrests', from: 2015, to: 2019 })],
    ['figures table, sorted by value, page 40', () => data.getFigurePage({ sort: 'value', page: 40 })],
    ['figures table, search', () => data.getFigurePage({ q: 'ISIS' })],
    ['overview charts', () => overview.getOverview({})],
    ['compare, all', () => data.getComparisonSections({})],
    ['compare, one metric', () => data.getComparisonSections({ metric: 'cells_dismantled' })],
    ['filter options', () => data.getFilterOptions()],
    ['figure page', async () => {
      const f = await data.getFigure(777);
      if (f) await Promise.all([data.getFigureComparisons(f), sources.getSource(f.source.id)]);
    }],
    ['sources list', () => sources.getSources()],
    ['sources list, page 30', () => sources.getSources({ page: 30 })],
    ['source filter search', () => sources.searchSourceOptions('Report 12')],
    ['figures table, by value, page 2000 then 2001 by keyset', async () => {
      const p = await data.getFigurePage({ sort: 'value', page: 2000 });
      await data.getFigurePage({ sort: 'value', page: 2001, after: p.rows.at(-1)?.id });
    }],
  ];
  const out = new Map<string, number>();
  for (const [name, fn] of cases) out.set(name, await time(fn));
  return out;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctstats-bench-'));
  const small = path.join(dir, 'small.db');
  const large = path.join(dir, 'large.db');
  let t = performance.now();
  await build(small, SMALL);
  await build(large, LARGE);
  console.log(`built ${SMALL.toLocaleString('en-US')} and ${LARGE.toLocaleString('en-US')} figures in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const a = await measure(`file:${small}`);
  const b = await measure(`file:${large}`);
  const rows = [...a.keys()].map((k) => [k, a.get(k)!.toFixed(1), b.get(k)!.toFixed(1), (b.get(k)! / a.get(k)!).toFixed(1)]);
  console.log(`\n${'read'.padEnd(42)}${`${SMALL / 1000}k ms`.padStart(10)}${`${LARGE / 1000}k ms`.padStart(11)}${'ratio'.padStart(8)}`);
  for (const r of rows) console.log(`${r[0]!.padEnd(42)}${r[1]!.padStart(10)}${r[2]!.padStart(11)}${r[3]!.padStart(8)}`);
  console.log(`\n(${LARGE / SMALL}× the data; median of 5 runs each; measured in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  if (process.env.BENCH_KEEP) fs.copyFileSync(large, "/tmp/bench-large.db");
  fs.rmSync(dir, { recursive: true, force: true });
}

main().then(() => process.exit(0), (err: unknown) => {
  console.error(err);
  process.exit(1);
});
