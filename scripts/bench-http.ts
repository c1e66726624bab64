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
 * lib/http/page-cache.ts and lib/data/read-cache.ts). Stops by itself; its last line is exactly
 * `worst p95 at N figures: X ms` for the largest database it ran, as served: the worst page on either provider
 * when PostgreSQL ran too. Shared 2-core machines are noisy: compare runs made back to back.
 *
 * When DATABASE_URL is a postgresql:// URL, the same pages are then measured on PostgreSQL: each size's rows are
 * copied from its SQLite database into a database `<name>_bench_<N>` created on that server (scripts/bench-data.ts;
 * with --keep, one already holding the same migrations and row counts is reused, else it is rebuilt; without
 * --keep they are dropped at the end). The built app bakes the Prisma client of one provider, so the PostgreSQL
 * client is generated and the app built again (also with --no-build, which only skips the SQLite build), and the
 * SQLite client is generated back at the end, as test:pg does; `.next` then holds the PostgreSQL build. There the
 * cpu column adds the database server's processes (read from /proc when it runs on this machine: SQLite's queries
 * run inside the app, PostgreSQL's do not). Prints the SQLite table, the PostgreSQL table, and PostgreSQL/SQLite
 * ratios of p95 and CPU per page and size.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { generateClient, runOnce } from '../lib/db/migrate';
import { DEFAULT_DATABASE_URL, databaseUrl, isPostgresUrl } from '../lib/db/url';

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
 * `withReaped` adds the children that exited and were waited for (a PostgreSQL server's parallel workers and closed
 * backends); a child that exits while it is being read is left out.
 */
function cpuMsOf(pid: number, withReaped = false): number | null {
  const ticks = (p: number, top: boolean): number => {
    const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = Number(fields[11]) + Number(fields[12]) + (withReaped ? Number(fields[13]) + Number(fields[14]) : 0);
    const children = fs.readdirSync(`/proc/${p}/task`).flatMap((t) => fs.readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    return (
      own +
      children.reduce((n, c) => {
        try {
          return n + ticks(c, false);
        } catch (err) {
          if (top || !withReaped) throw err;
          return n;
        }
      }, 0)
    );
  };
  try {
    return (ticks(pid, true) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/**
 * The PostgreSQL server's main process when it runs on this machine (the parent of a backend, read from /proc),
 * else null: its queries' CPU is then not in the cpu column.
 */
async function postgresServerPid(url: string): Promise<number | null> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [row] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
    const stat = fs.readFileSync(`/proc/${row!.pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return fs.readFileSync(`/proc/${ppid}/comm`, 'utf8').trim().startsWith('postgres') ? ppid : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}
/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

/** `next start` on the database `url` (the build must hold the client of its provider), every page in turn. */
async function measure(url: string, port: number, env: Record<string, string> = {}): Promise<Map<string, Row>> {
  const child = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1', CTSTATS_ANALYST_PASSWORD: 'bench-only-password', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForServer(port, child);
    // On PostgreSQL the queries run in the server's processes: their CPU is counted with the app's.
    const server = isPostgresUrl(url) ? await postgresServerPid(url) : null;
    if (isPostgresUrl(url) && server === null) process.stderr.write('  (the PostgreSQL server is not on this machine: its CPU is not counted)\n');
    const cpuNow = () => {
      const app = child.pid === undefined ? null : cpuMsOf(child.pid);
      const database = server === null ? 0 : cpuMsOf(server, true);
      return app === null || database === null ? null : app + database;
    };
    const out = new Map<string, Row>();
    for (const [name, pageUrl] of PAGES) {
      const { samples, cpu } = await load(port, pageUrl, cpuNow);
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

const kb = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${(b / 1024).toFixed(1)} kB`);
const k = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const KEEP = args.includes('--keep') ? path.resolve(args[args.indexOf('--keep') + 1] ?? '') : null;
const MIGRATIONS = 'prisma/migrations';
const PG_MIGRATIONS = 'prisma/postgres/migrations';
const committedMigrations = (dir = MIGRATIONS) => fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, 'migration.sql'))).sort();
/** The PostgreSQL server to measure too, when DATABASE_URL names one. */
const POSTGRES = isPostgresUrl(databaseUrl()) ? databaseUrl() : null;

/** Writes a bench database in a child process (scripts/bench-data.ts) with DATABASE_URL set to it, as it requires. */
function runBenchData(url: string, command: string[]): void {
  const done = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/bench-data.ts', ...command], { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'inherit', 'inherit'] });
  if (done.status !== 0) throw new Error(`scripts/bench-data.ts ${command.join(' ')} failed`);
}

/** A kept database is reused: the migrations committed after it was built are applied, and recorded beside it. */
function prepareDatabase(file: string, n: number): void {
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
    runBenchData(`file:${file}`, ['build', file, String(n)]);
  }
  if (KEEP) fs.writeFileSync(applied, committedMigrations().join('\n'));
}

/** The bench database of size n on the PostgreSQL server `server`: `<name>_bench_<n>`, same credentials and options. */
function postgresBenchUrl(server: string, n: number): { url: string; name: string } {
  const url = new URL(server);
  const name = `${decodeURIComponent(url.pathname.slice(1)) || 'postgres'}_bench_${n}`;
  url.pathname = `/${encodeURIComponent(name)}`;
  return { url: url.toString(), name };
}

/** What a copy must match to be reused: the generated rows and the summaries built from them. */
const COUNTED_TABLES = ['Metric', 'Source', 'Figure', 'StatementSummary', 'MetricYearSummary', 'SourceSummary', 'AttributionSummary'];

async function postgresIsCopyOf(url: string, file: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const applied = (await client.query<{ name: string }>('SELECT name FROM "_ctstats_migrations" ORDER BY name')).rows.map((r) => r.name);
    if (applied.join('\n') !== committedMigrations(PG_MIGRATIONS).join('\n')) return false;
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    try {
      for (const table of COUNTED_TABLES) {
        const { n } = sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number };
        const [row] = (await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${table}"`)).rows;
        if (Number(row?.n) !== n) return false;
      }
      return true;
    } finally {
      sqlite.close();
    }
  } catch {
    return false; // a copy that stopped half-way, or one from before the migrations table
  } finally {
    await client.end();
  }
}

/** The PostgreSQL copy of the SQLite bench database `file` (size n): reused under --keep when it matches, else rebuilt. */
async function preparePostgres(server: string, file: string, n: number): Promise<string> {
  const { url, name } = postgresBenchUrl(server, n);
  const probe = new Client({ connectionString: server });
  await probe.connect();
  const exists = (await probe.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount! > 0;
  await probe.end();
  if (KEEP && exists && (await postgresIsCopyOf(url, file))) return url;
  if (exists) await runOnce(server, `DROP DATABASE "${name}" WITH (FORCE)`);
  await runOnce(server, `CREATE DATABASE "${name}"`);
  runBenchData(url, ['copy', file, url]);
  return url;
}

function buildApp(url: string): void {
  const t = performance.now();
  const built = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], { env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('next build failed');
  console.log(`next build in ${seconds(t)}`);
}

/**
 * Three ways a page is served: as served (pages kept for readers not signed in, lib/http/page-cache.ts, and reads
 * kept, lib/data/read-cache.ts: what every reader after the first gets), rendered with the reads kept (what a
 * signed-in analyst or a client-side navigation gets), and everything made afresh (the first reader after a write).
 */
const MODES = [
  { name: 'made afresh', title: 'everything made afresh: CTSTATS_PAGE_CACHE=off CTSTATS_READ_CACHE=off, the first request after a write', env: { CTSTATS_PAGE_CACHE: 'off', CTSTATS_READ_CACHE: 'off' } },
  { name: 'rendered with reads kept', title: 'rendered, reads kept: CTSTATS_PAGE_CACHE=off, a signed-in analyst or a client-side navigation', env: { CTSTATS_PAGE_CACHE: 'off' } },
  { name: 'as served', title: 'as served: pages and reads kept until the database changes', env: {} },
] as const;
type ByMode = Array<Array<Map<string, Row>>>;

async function measureAll(label: string, urls: string[]): Promise<ByMode> {
  const results: ByMode = MODES.map(() => []);
  for (const [i, url] of urls.entries()) {
    const t = performance.now();
    for (const [m, mode] of MODES.entries()) {
      process.stderr.write(`${SIZES[i]!.toLocaleString('en-US')} figures on ${label}, ${mode.name}:\n`);
      results[m]!.push(await measure(url, FIXED_PORT ?? BASE_PORT + i, mode.env));
    }
    console.log(`measured ${SIZES[i]!.toLocaleString('en-US')} figures on ${label} in ${seconds(t)}`);
  }
  return results;
}

function printTables(provider: string | null, byMode: ByMode): void {
  for (const [m, mode] of MODES.entries()) {
    console.log(`\n${provider ? `${provider}, ` : ''}${mode.title}`);
    printTable('page', byMode[m]!);
  }
}

function printTable(label: string, results: Array<Map<string, Row>>): void {
  const small = results[0]!;
  const header = [label.padEnd(28), ...SIZES.flatMap((n) => [`${k(n)} p50`.padStart(10), `${k(n)} p95`.padStart(10), `${k(n)} gzip`.padStart(11), `${k(n)} cpu`.padStart(10)]), 'ratio'.padStart(7), '  status'];
  console.log(`\n${header.join('')}`);
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

/** PostgreSQL over SQLite, per page and size: the issue asks for within 1.5× (the rows above 1.5 are marked). */
function printRatios(sqlite: Array<Map<string, Row>>, postgres: Array<Map<string, Row>>): void {
  const ratio = (pg: number | null | undefined, lite: number | null | undefined) => (pg == null || lite == null || lite === 0 ? '–' : (pg / lite).toFixed(2));
  const header = ['PostgreSQL / SQLite'.padEnd(28), ...SIZES.flatMap((n) => [`${k(n)} p95`.padStart(10), `${k(n)} cpu`.padStart(10)])];
  console.log(`\n${header.join('')}`);
  for (const [name] of PAGES) {
    const cells = SIZES.map((_, i) => [sqlite[i]!.get(name)!, postgres[i]!.get(name)!] as const);
    const over = cells.some(([lite, pg]) => pg.p95 / lite.p95 > 1.5);
    console.log(`${name.padEnd(28)}${cells.flatMap(([lite, pg]) => [ratio(pg.p95, lite.p95).padStart(10), ratio(pg.cpu, lite.cpu).padStart(10)]).join('')}${over ? '  > 1.5' : ''}`);
  }
}

async function main(): Promise<void> {
  if (KEEP) fs.mkdirSync(KEEP, { recursive: true });
  const dir = KEEP ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ctstats-bench-http-'));
  const postgresUrls: string[] = [];
  try {
    // DATABASE_URL may name PostgreSQL (and its client be the one generated): SQLite first, whatever it says.
    generateClient(DEFAULT_DATABASE_URL);
    let t = performance.now();
    const files: string[] = [];
    for (const n of SIZES) {
      const file = path.join(dir, `figures-${n}.db`);
      prepareDatabase(file, n);
      files.push(file);
    }
    const sqliteUrls = files.map((f) => `file:${f}`);
    console.log(`built ${SIZES.map((n) => n.toLocaleString('en-US')).join(', ')} figures in ${seconds(t)}`);
    if (!args.includes('--no-build')) buildApp(sqliteUrls[0]!);
    const sqlite = await measureAll('SQLite', sqliteUrls);
    // Printed now, so that a failure on PostgreSQL still leaves it.
    printTables(POSTGRES ? 'SQLite' : null, sqlite);
    let postgres: ByMode | null = null;
    if (POSTGRES) {
      generateClient(POSTGRES);
      t = performance.now();
      for (const [i, n] of SIZES.entries()) postgresUrls.push(await preparePostgres(POSTGRES, files[i]!, n));
      console.log(`copied ${SIZES.map((n) => n.toLocaleString('en-US')).join(', ')} figures to PostgreSQL in ${seconds(t)}`);
      buildApp(postgresUrls[0]!);
      postgres = await measureAll('PostgreSQL', postgresUrls);
      printTables('PostgreSQL', postgres);
      for (const [m, mode] of MODES.entries()) {
        console.log(`\nPostgreSQL / SQLite, ${mode.name}`);
        printRatios(sqlite[m]!, postgres[m]!);
      }
    }
    console.log(`\n(concurrency ${CONCURRENCY}, ${COUNT} requests per page after ${WARMUP} warm-up; time to last byte in ms; gzip = compressed bytes received; cpu = the server's CPU ms per request, which other load hardly moves (on PostgreSQL with the database server's, when it runs here); ratio = p95 largest / smallest)`);
    const worstOf = (results: Array<Map<string, Row>>) => Math.max(...[...results[results.length - 1]!.values()].map((r) => r.p95));
    const largest = SIZES[SIZES.length - 1]!;
    const served = MODES.length - 1;
    for (const [m, mode] of MODES.entries()) {
      console.log(`worst p95 at ${largest} figures, ${mode.name}: SQLite ${worstOf(sqlite[m]!).toFixed(0)} ms${postgres ? `, PostgreSQL ${worstOf(postgres[m]!).toFixed(0)} ms` : ''}`);
    }
    console.log(`worst p95 at ${largest} figures: ${Math.max(worstOf(sqlite[served]!), ...(postgres ? [worstOf(postgres[served]!)] : [])).toFixed(0)} ms`);
  } finally {
    if (POSTGRES) {
      generateClient(DEFAULT_DATABASE_URL);
      if (!KEEP) for (const n of SIZES) await runOnce(POSTGRES, `DROP DATABASE IF EXISTS "${postgresBenchUrl(POSTGRES, n).name}" WITH (FORCE)`).catch(() => undefined);
    }
    if (!KEEP) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  console.error(err);
  process.exit(1);
});
