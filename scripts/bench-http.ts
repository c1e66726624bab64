/**
 * npm run -s bench:http [-- --figures 1000000] [--count 32] [--no-build] [--keep DIR]   (BENCH_HTTP_PORT: one port for all, default 3350+)
 * --keep DIR keeps the generated databases in DIR and reuses them on the next run (a 200k build takes minutes);
 * committed migrations newer than a kept database are applied to it first, so an index added since still counts.
 * Builds a 2,000- and a 200,000-figure SQLite database (plus one of --figures N when given), builds the app once
 * (`next build`), starts `next start` on each database in turn (loopback, ports 3350+), and requests every page
 * type with a bounded client: concurrency 4, a fixed number of requests per page after a short warm-up, gzip
 * accepted. Prints per page p50 and p95 of the time to the last byte, the compressed bytes received, the server's
 * CPU time per request (read from /proc: steady when other sessions load the machine, unlike the latency), and the
 * large/small ratio of p95 — three times per database: everything made afresh (CTSTATS_PAGE_CACHE=off and
 * CTSTATS_READ_CACHE=off: what the first request after a write costs), rendered with the reads kept (a signed-in
 * analyst, a client-side navigation) and as served (pages and reads kept until the database changes,
 * lib/http/page-cache.ts and lib/data/read-cache.ts).
 * Stops by itself; its last line is exactly `worst p95 at N figures: X ms` for the largest database it ran, as
 * served. Shared 2-core machines are noisy: compare runs made back to back.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { buildBenchDatabase } from './bench-data';

const args = process.argv.slice(2);
const flag = (name: string): number | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) || undefined : undefined;
};
const SIZES = [2_000, 200_000, ...(flag('--figures') ? [flag('--figures')!] : [])].filter((n, i, xs) => xs.indexOf(n) === i).sort((a, b) => a - b);
const COUNT = flag('--count') ?? 32;
const CONCURRENCY = 4;
const WARMUP = 4;
/** Ports 3350+ (one per database size), or BENCH_HTTP_PORT for every size (servers run one at a time), so parallel checkouts do not collide. */
const FIXED_PORT = Number(process.env.BENCH_HTTP_PORT) || null;
const BASE_PORT = 3350;
/** A response larger than this is cut off and reported as unbounded (an export streamed whole, say). */
const MAX_BYTES = 20 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

const PAGES: Array<[string, string]> = [
  ['overview', '/'],
  ['figures, default', '/figures'],
  ['figures, filtered', '/figures?metric=arrests&from=2015&to=2019'],
  ['figures, sorted by value', '/figures?sort=value&dir=desc'],
  ['figures, deep page (60)', '/figures?sort=value&page=60'],
  ['figures, search', '/figures?q=ISIS'],
  ['compare', '/compare'],
  ['figure page', '/figures/777'],
  ['sources', '/sources'],
  ['source page', '/sources/7'],
  ['site search', '/search?q=ISIS'],
  ['API, first page', '/api/figures?format=json&limit=100'],
];

interface Sample {
  ms: number;
  bytes: number;
  status: number;
  truncated: boolean;
  error?: string;
}

function request(port: number, url: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const req = http.get({ host: '127.0.0.1', port, path: url, headers: { 'Accept-Encoding': 'gzip' }, timeout: TIMEOUT_MS }, (res) => {
      let bytes = 0;
      let truncated = false;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > MAX_BYTES && !truncated) {
          truncated = true;
          res.destroy();
          resolve({ ms: performance.now() - t, bytes, status: res.statusCode ?? 0, truncated });
        }
      });
      res.on('end', () => resolve({ ms: performance.now() - t, bytes, status: res.statusCode ?? 0, truncated }));
      res.on('error', (err) => (truncated ? undefined : reject(err)));
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${TIMEOUT_MS} ms: ${url}`)));
    req.on('error', reject);
  });
}

/** A page whose first request is cut off, fails or takes this long is reported from that one request, not loaded. */
const TOO_SLOW_MS = 15_000;

/**
 * The page's samples, and the server's CPU ms per measured request. The CPU is counted after the warm-up: the first
 * requests after a start pay one-time costs (the chart drawer's thread loading, the drawings made once and kept,
 * lib/charts/render.ts) that are not what each reader's request costs.
 */
async function load(port: number, url: string, cpuNow: () => number | null): Promise<{ samples: Sample[]; cpu: number | null }> {
  const probe = await request(port, url).catch((err: unknown): Sample => ({ ms: TIMEOUT_MS, bytes: 0, status: 0, truncated: false, error: String(err) }));
  if (probe.truncated || probe.error || probe.ms > TOO_SLOW_MS) return { samples: [probe], cpu: null };
  for (let i = 1; i < WARMUP; i++) await request(port, url);
  const cpuBefore = cpuNow();
  const samples: Sample[] = [];
  let issued = 0;
  const worker = async () => {
    while (issued < COUNT) {
      issued++;
      samples.push(await request(port, url).catch((err: unknown): Sample => ({ ms: TIMEOUT_MS, bytes: 0, status: 0, truncated: false, error: String(err) })));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const cpuAfter = cpuNow();
  return { samples, cpu: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / samples.length };
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
}

async function waitForServer(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      await request(port, '/about');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error('next start did not answer within 120 s');
}

interface Row {
  p50: number;
  p95: number;
  bytes: number;
  status: string;
  /** The server's CPU time per measured request (ms, user + system, after the warm-up), or null where /proc is missing or the page did not load. */
  cpu: number | null;
}

/**
 * CPU time used so far by a process and its descendants, in ms (Linux /proc; null elsewhere). Unlike the latency,
 * it hardly moves when other sessions load the shared machine, so runs made at different loads can be compared.
 */
function cpuMsOf(pid: number): number | null {
  const ticks = (p: number): number => {
    const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    const children = fs.readdirSync(`/proc/${p}/task`).flatMap((t) => fs.readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    return own + children.reduce((n, c) => n + ticks(c), 0);
  };
  try {
    return (ticks(pid) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

async function measure(file: string, port: number, env: Record<string, string> = {}): Promise<Map<string, Row>> {
  const child = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: `file:${file}`, NEXT_TELEMETRY_DISABLED: '1', CTSTATS_ANALYST_PASSWORD: 'bench-only-password', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForServer(port, child);
    const out = new Map<string, Row>();
    for (const [name, url] of PAGES) {
      const { samples, cpu } = await load(port, url, () => (child.pid === undefined ? null : cpuMsOf(child.pid)));
      const statuses = [...new Set(samples.map((s) => (s.error ? 'error' : s.truncated ? `${s.status} cut at ${MAX_BYTES / 1024 / 1024} MB` : String(s.status))))].join(',') + (samples.length === 1 ? ' (1 request: too slow to load)' : '');
      process.stderr.write(`  ${name}: p95 ${quantile(samples.map((s) => s.ms), 0.95).toFixed(0)} ms${cpu === null ? '' : `, ${cpu.toFixed(0)} ms CPU a request`}\n`);
      out.set(name, { p50: quantile(samples.map((s) => s.ms), 0.5), p95: quantile(samples.map((s) => s.ms), 0.95), bytes: Math.max(...samples.map((s) => s.bytes)), status: statuses, cpu });
    }
    return out;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  }
}

function printTable(title: string, results: Array<Map<string, Row>>): void {
  const small = results[0]!;
  const header = ['page'.padEnd(28), ...SIZES.flatMap((n) => [`${k(n)} p50`.padStart(10), `${k(n)} p95`.padStart(10), `${k(n)} gzip`.padStart(11), `${k(n)} cpu`.padStart(10)]), 'ratio'.padStart(7), '  status'];
  console.log(`\n${title}\n${header.join('')}`);
  for (const [name] of PAGES) {
    const cells = results.flatMap((r) => {
      const row = r.get(name)!;
      return [row.p50.toFixed(1).padStart(10), row.p95.toFixed(1).padStart(10), kb(row.bytes).padStart(11), (row.cpu === null ? '–' : row.cpu.toFixed(1)).padStart(10)];
    });
    const largest = results[results.length - 1]!.get(name)!;
    const ratio = (largest.p95 / small.get(name)!.p95).toFixed(1).padStart(7);
    console.log(`${name.padEnd(28)}${cells.join('')}${ratio}  ${results.map((r) => r.get(name)!.status).join(' / ')}`);
  }
}

const kb = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${(b / 1024).toFixed(1)} kB`);
const k = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

const KEEP = args.includes('--keep') ? path.resolve(args[args.indexOf('--keep') + 1] ?? '') : null;
const MIGRATIONS = 'prisma/migrations';
const committedMigrations = () => fs.readdirSync(MIGRATIONS).filter((d) => fs.existsSync(path.join(MIGRATIONS, d, 'migration.sql'))).sort();

/** A kept database is reused: the migrations committed after it was built are applied, and recorded beside it. */
async function prepareDatabase(file: string, n: number): Promise<void> {
  const applied = `${file}.migrations`;
  if (KEEP && fs.existsSync(file) && fs.existsSync(applied)) {
    const done = new Set(fs.readFileSync(applied, 'utf8').split('\n').filter(Boolean));
    const pending = committedMigrations().filter((m) => !done.has(m));
    if (pending.length > 0) {
      const db = new Database(file);
      try {
        for (const m of pending) db.exec(fs.readFileSync(path.join(MIGRATIONS, m, 'migration.sql'), 'utf8'));
      } finally {
        db.close();
      }
    }
  } else {
    await buildBenchDatabase(file, n);
  }
  if (KEEP) fs.writeFileSync(applied, committedMigrations().join('\n'));
}

async function main(): Promise<void> {
  if (KEEP) fs.mkdirSync(KEEP, { recursive: true });
  const dir = KEEP ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ctstats-bench-http-'));
  try {
    let t = performance.now();
    const files: string[] = [];
    for (const n of SIZES) {
      const file = path.join(dir, `figures-${n}.db`);
      await prepareDatabase(file, n);
      files.push(file);
    }
    console.log(`built ${SIZES.map((n) => n.toLocaleString('en-US')).join(', ')} figures in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    if (!args.includes('--no-build')) {
      t = performance.now();
      const built = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
      if (built.status !== 0) throw new Error('next build failed');
      console.log(`next build in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    // Three times per database: as served (pages kept for readers not signed in, lib/http/page-cache.ts, and reads
    // kept, lib/data/read-cache.ts: what every reader after the first gets), rendered with the reads kept (what a
    // signed-in analyst or a client-side navigation gets), and with everything made afresh (the first reader
    // after a write).
    const MODES = [
      { name: 'Everything made afresh (CTSTATS_PAGE_CACHE=off CTSTATS_READ_CACHE=off: the first request after a write)', env: { CTSTATS_PAGE_CACHE: 'off', CTSTATS_READ_CACHE: 'off' } },
      { name: 'Rendered, reads kept (CTSTATS_PAGE_CACHE=off: a signed-in analyst, a client-side navigation)', env: { CTSTATS_PAGE_CACHE: 'off' } },
      { name: 'As served (pages and reads kept until the database changes)', env: {} },
    ] as const;
    const results = MODES.map(() => [] as Array<Map<string, Row>>);
    for (const [i, file] of files.entries()) {
      t = performance.now();
      const port = FIXED_PORT ?? BASE_PORT + i;
      for (const [m, mode] of MODES.entries()) {
        process.stderr.write(`${SIZES[i]!.toLocaleString('en-US')} figures, ${mode.name}:\n`);
        results[m]!.push(await measure(file, port, mode.env));
      }
      console.log(`measured ${SIZES[i]!.toLocaleString('en-US')} figures in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    for (const [m, mode] of MODES.entries()) printTable(mode.name, results[m]!);
    console.log(`\n(concurrency ${CONCURRENCY}, ${COUNT} requests per page after ${WARMUP} warm-up; time to last byte in ms; gzip = compressed bytes received; cpu = the server's CPU ms per request, which other load hardly moves; ratio = p95 largest / smallest)`);
    const n = SIZES[SIZES.length - 1]!;
    const worst = (results: Array<Map<string, Row>>) => Math.max(...[...results[results.length - 1]!.values()].map((r) => r.p95)).toFixed(0);
    console.log(`worst p95 at ${n} figures, made afresh: ${worst(results[0]!)} ms; rendered with reads kept: ${worst(results[1]!)} ms`);
    console.log(`worst p95 at ${n} figures: ${worst(results[2]!)} ms`);
  } finally {
    if (!KEEP) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  console.error(err);
  process.exit(1);
});
