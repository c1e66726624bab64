/**
 * npm run -s test:reliability
 *
 * Against a production build on its own port and database: bounded concurrent readers, analysts reviewing, and
 * two ingests at once for a fixed time; then a kill -9 of an ingest and a re-run; then a table of malformed requests.
 * It checks that no error reached anyone (no 5xx, no error page, no failed ingest), that every accepted review is
 * in the database, that the database is intact and holds each document once. Prints its counts; exits 1 on any
 * failure.
 *
 * Environment: DATABASE_URL (default file:./data/reliability.db; postgresql://… runs the same suite on PostgreSQL),
 * RELIABILITY_PORT (3345), RELIABILITY_SECONDS (load phase, 30), RELIABILITY_SKIP_BUILD=1 to reuse .next.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isPostgresUrl, sqliteFilePath } from '../lib/db/url';
import { generateClient } from '../lib/db/migrate';
import { writeCorpus } from './reliability/corpus';
import { ERROR_PAGE_TEXT, actionIdOf, findForm, formBody, resultMessage, send, signInAnalyst, type Sent } from './reliability/http';
import { malformedCases } from './reliability/malformed';

const root = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const PORT = Number(process.env.RELIABILITY_PORT ?? 3345);
const BASE = `http://127.0.0.1:${PORT}`;
const DATABASE_URL = process.env.DATABASE_URL?.trim() || 'file:./data/reliability.db';
const POSTGRES = isPostgresUrl(DATABASE_URL);
const LOAD_SECONDS = Number(process.env.RELIABILITY_SECONDS ?? 30);
const READERS = 3;
const WRITERS = 2;
const INGEST_BATCH = 60;
const PASSWORD = crypto.randomBytes(12).toString('base64url');
const RUN = crypto.randomBytes(4).toString('hex');
const LOGIN = `rel-${RUN}`;
const env = { ...process.env, DATABASE_URL, NEXT_TELEMETRY_DISABLED: '1' };

const counts = { requests: 0, errorsSurfaced: 0, writesAccepted: 0, writesRefused: 0, writesLost: 0, serverErrors: 0, ingestRuns: 0, ingestFailedFiles: 0, malformed: 0, malformedUnexpected: 0 };
const failures: string[] = [];
function fail(what: string): void {
  if (failures.length < 40) failures.push(what);
  else if (failures.length === 40) failures.push('… (more failures not listed)');
}

function log(msg: string): void {
  console.log(`[reliability ${new Date().toISOString().slice(11, 19)}] ${msg}`);
}

type Phase = 'load' | 'kill' | 'malformed';
let phase: Phase = 'load';
const byPhase: Record<Phase, { requests: number; errors: number; serverErrors: number }> = {
  load: { requests: 0, errors: 0, serverErrors: 0 },
  kill: { requests: 0, errors: 0, serverErrors: 0 },
  malformed: { requests: 0, errors: 0, serverErrors: 0 },
};
function surfaced(what: string): void {
  counts.errorsSurfaced++;
  byPhase[phase].errors++;
  fail(what);
}

/** Every response is counted, and any 5xx, transport failure or error page is an error surfaced. */
function record(label: string, r: Sent): void {
  counts.requests++;
  byPhase[phase].requests++;
  if (r.status >= 500) {
    counts.serverErrors++;
    byPhase[phase].serverErrors++;
  }
  if (r.status >= 500 || r.status === 0 || r.body.includes(ERROR_PAGE_TEXT)) surfaced(`${label}: ${r.failure ?? `status ${r.status}`}${r.body.includes(ERROR_PAGE_TEXT) ? ' (error page)' : ''}`);
}

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): void {
  execFileSync(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'inherit', 'inherit'] });
}

function startServer(): ChildProcess {
  const server = spawn(bin('next'), ['start', '-p', String(PORT), '-H', '127.0.0.1'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', () => {});
  server.stderr?.on('data', (d: Buffer) => {
    const text = d.toString().trim();
    if (text) console.error(`[server] ${text.slice(0, 500)}`);
  });
  return server;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

async function waitForServer(): Promise<void> {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    const r = await send(`${BASE}/about`);
    if (r.status === 200) return;
    await sleep(500);
  }
  throw new Error(`the server did not answer on ${BASE} within 90 s`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface IngestRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>;
}

function startIngest(dir: string): IngestRun {
  const child = spawn(bin('tsx'), [path.join('scripts', 'ingest.ts'), dir], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => {
    // Progress lines are noise; failure lines are what matters.
    for (const line of d.toString().split('\n')) if (line.startsWith('failed') || /error/i.test(line)) out += `${line}\n`;
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out })));
  return { child, done };
}

function summaryOf(out: string): { added: number; duplicates: number; failed: number } | null {
  const m = /(\d+) files: (\d+) added .*?, (\d+) already stored, (\d+) failed/.exec(out);
  return m ? { added: Number(m[2]), duplicates: Number(m[3]), failed: Number(m[4]) } : null;
}

async function main(): Promise<number> {
  const started = Date.now();
  log(`database ${POSTGRES ? 'PostgreSQL' : sqliteFilePath(DATABASE_URL)}, server ${BASE}, load ${LOAD_SECONDS} s`);
  generateClient(DATABASE_URL);
  if (process.env.RELIABILITY_SKIP_BUILD !== '1') {
    log('building (next build)…');
    run(bin('next'), ['build'], {});
  }
  run(bin('tsx'), [path.join('scripts', 'db.ts'), 'reset']);
  // The writers' account, made with the operator's own command (password on standard input).
  execFileSync(bin('tsx'), ['--conditions=react-server', path.join('scripts', 'user-add.ts'), LOGIN, '--role', 'analyst', '--name', 'Reliability Analyst'], {
    cwd: root, env, input: `${PASSWORD}\n`, stdio: ['pipe', 'inherit', 'inherit'],
  });
  const { createDb } = await import('../lib/db/client');
  const db = createDb(DATABASE_URL);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ctstats-reliability-'));
  const server = startServer();
  const stop = () => killGroup(server, 'SIGTERM');
  process.on('exit', stop);
  try {
    await waitForServer();
    await loadPhase(db, work);
    await killPhase(db, work);
    await malformedPhase(db);
    await finalChecks(db);
  } catch (err) {
    // A phase that cannot go on (the server stopped answering) is a failure like the others: the counts and every
    // failure recorded so far are still printed, since they usually say what went wrong first.
    fail(`stopped in the ${phase} phase: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await db.$disconnect();
    stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log('');
  console.log('Reliability suite');
  console.log(`  requests tried        ${counts.requests}`);
  console.log(`  errors surfaced       ${counts.errorsSurfaced}`);
  console.log(`  5xx responses         ${counts.serverErrors}`);
  console.log(`  reviews accepted      ${counts.writesAccepted} (refused as designed: ${counts.writesRefused})`);
  console.log(`  writes lost           ${counts.writesLost}`);
  console.log(`  ingest runs           ${counts.ingestRuns} (files failed: ${counts.ingestFailedFiles})`);
  console.log(`  malformed requests    ${counts.malformed} (unexpected status: ${counts.malformedUnexpected})`);
  for (const [name, p] of Object.entries(byPhase)) console.log(`  ${`${name} phase`.padEnd(21)} ${p.requests} requests, ${p.errors} errors surfaced, ${p.serverErrors} 5xx`);
  console.log(`  time                  ${seconds} s`);
  if (failures.length) {
    console.log('\nFailures:');
    for (const f of failures) console.log(`  - ${f}`);
  }
  return failures.length > 0 ? 1 : 0;
}

type Db = Awaited<ReturnType<typeof import('../lib/db/client')['createDb']>>;

/** Readers, analysts and two ingests at once for LOAD_SECONDS. */
async function loadPhase(db: Db, work: string): Promise<void> {
  log(`load: ${READERS} readers, ${WRITERS} analysts reviewing, 2 ingests at once`);
  const deadline = Date.now() + LOAD_SECONDS * 1000;
  let figureIds = (await db.figure.findMany({ select: { id: true } })).map((f) => f.id);
  let sourceIds = (await db.source.findMany({ select: { id: true } })).map((s) => s.id);
  const refresh = setInterval(() => {
    void db.figure.findMany({ select: { id: true } }).then((r) => (figureIds = r.map((f) => f.id)));
    void db.source.findMany({ select: { id: true } }).then((r) => (sourceIds = r.map((s) => s.id)));
  }, 3000);
  const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
  const accepted: string[] = [];

  const reader = async () => {
    const pages = () => [
      '/',
      '/figures',
      '/figures?page=2',
      '/figures?q=arrest',
      '/figures?metric=arrests&from=2016&to=2024',
      '/figures?sort=value&dir=asc',
      '/figures?status=pending',
      '/compare',
      '/compare?metric=cells_dismantled',
      '/sources',
      `/sources/${pick(sourceIds)}`,
      `/figures/${pick(figureIds)}`,
      '/about',
      '/api/figures?format=json&metric=arrests',
      '/api/figures?format=csv&from=2020',
    ];
    while (Date.now() < deadline) {
      const p = pick(pages());
      const r = await send(BASE + p);
      record(`GET ${p}`, r);
      // A figure may have been deleted by an analyst meanwhile (404 for readers); anything else must be 200.
      if (r.status !== 200 && !(r.status === 404 && /^\/(figures|sources)\/\d+$/.test(p)) && r.status < 500 && r.status !== 0) fail(`GET ${p}: status ${r.status}`);
      if (r.status === 200 && p.includes('format=json')) {
        try {
          JSON.parse(r.body);
        } catch {
          surfaced(`GET ${p}: the export was cut short (not valid JSON)`);
        }
      }
    }
  };

  const DONE = ['Marked as reviewed.', 'Rejected:', 'Back to pending review.', 'Deleted.', 'Restored.'];
  const REFUSED = ['already', 'Someone else changed', 'Restore this figure', 'is not deleted', 'does not exist'];
  const writer = async (w: number) => {
    const cookie = await signInAnalyst(BASE, { login: LOGIN, password: PASSWORD });
    counts.requests += 2;
    let seq = 0;
    while (Date.now() < deadline) {
      const id = pick(figureIds);
      const page = await send(`${BASE}/figures/${id}`, { headers: { Cookie: cookie } });
      record(`GET /figures/${id} (analyst)`, page);
      const form = findForm(page.body, 'aria-label="Review this figure"');
      if (page.status !== 200 || !form || form.buttons.length === 0) continue;
      const action = pick(form.buttons);
      const note = `rel:${RUN}:${w}:${++seq}`;
      const fields: Array<[string, string]> = [...form.hidden, ['note', note], ['action', action]];
      const answer = await send(`${BASE}/figures/${id}`, { method: 'POST', body: formBody(fields), headers: { Cookie: cookie, Origin: BASE } });
      record(`POST review ${action} of ${id}`, answer);
      const message = resultMessage(answer.body);
      if (answer.status !== 200) {
        if (answer.status < 500 && answer.status !== 0) surfaced(`review ${action} of ${id}: status ${answer.status}`);
      } else if (message && DONE.some((d) => message.startsWith(d))) {
        accepted.push(note);
        counts.writesAccepted++;
      } else if (message && REFUSED.some((d) => message.includes(d))) {
        counts.writesRefused++;
      } else {
        surfaced(`review ${action} of ${id}: ${message ?? 'no result shown'}`);
      }
    }
  };

  const ingests = async () => {
    let round = 0;
    while (Date.now() < deadline) {
      const tag = `load${round++}`;
      const dir = path.join(work, tag);
      writeCorpus(dir, `${RUN}-${tag}`, INGEST_BATCH);
      await expectFiguresOf(dir);
      // Both ingests take the same files at the same time: every file is raced for.
      const runs = [startIngest(dir), startIngest(dir)];
      const results = await Promise.all(runs.map((r) => r.done));
      let added = 0;
      for (const [i, r] of results.entries()) {
        counts.ingestRuns++;
        const summary = summaryOf(r.out);
        if (r.code !== 0 || !summary) {
          surfaced(`ingest ${tag}#${i + 1} exited ${r.code ?? r.signal}: ${r.out.trim().split('\n').slice(-3).join(' | ').slice(0, 400)}`);
        }
        if (summary) {
          counts.ingestFailedFiles += summary.failed;
          added += summary.added;
          if (summary.added + summary.duplicates !== INGEST_BATCH) fail(`ingest ${tag}#${i + 1}: ${summary.added} added + ${summary.duplicates} already stored ≠ ${INGEST_BATCH} files`);
        }
      }
      if (added !== INGEST_BATCH) fail(`ingest ${tag}: the two runs added ${added} documents between them, not ${INGEST_BATCH}`);
      log(`ingest ${tag}: ${results.map((r) => { const s = summaryOf(r.out); return s ? `${s.added} added/${s.duplicates} already stored/${s.failed} failed` : `exit ${r.code}`; }).join(' + ')}`);
    }
  };

  try {
    await Promise.all([...Array.from({ length: READERS }, reader), ...Array.from({ length: WRITERS }, (_, w) => writer(w + 1)), ingests()]);
  } finally {
    clearInterval(refresh);
  }

  // Every review the app said it saved must be in the history.
  const stored = new Set((await db.reviewEvent.findMany({ where: { note: { startsWith: `rel:${RUN}:` } }, select: { note: true } })).map((e) => e.note));
  const lost = accepted.filter((n) => !stored.has(n));
  counts.writesLost += lost.length;
  if (lost.length) fail(`${lost.length} accepted reviews are not in the database (e.g. ${lost.slice(0, 3).join(', ')})`);
  log(`load done: ${counts.requests} requests, ${counts.writesAccepted} reviews accepted, ${counts.writesRefused} refused as designed`);
}

/** kill -9 of an ingest while it writes, then a re-run: nothing half-stored, nothing stored twice. */
async function killPhase(db: Db, work: string): Promise<void> {
  phase = 'kill';
  const tag = `${RUN}-kill`;
  const dir = path.join(work, 'kill');
  // Larger documents (many figures each), so a good share of the ingest's time is spent inside its transactions.
  const files = writeCorpus(dir, tag, 40, 60);
  await expectFiguresOf(dir);
  const storedNow = () => db.source.count({ where: { fileName: { startsWith: tag } } });
  const first = startIngest(dir);
  const until = Date.now() + 120_000;
  while ((await storedNow()) < 3 && first.child.exitCode === null && Date.now() < until) await sleep(20);
  killGroup(first.child, 'SIGKILL');
  const killed = await first.done;
  const before = await storedNow();
  log(`kill -9: ingest killed (${killed.signal ?? `exit ${killed.code}`}) after ${before} of ${files.length} documents were stored`);
  if (killed.signal !== 'SIGKILL') fail('kill -9: the ingest finished before it could be killed');
  checkIntegrity('after kill -9');
  await checkWholeDocuments(db, tag, 'after kill -9');

  const again = startIngest(dir);
  const result = await again.done;
  counts.ingestRuns++;
  const summary = summaryOf(result.out);
  if (result.code !== 0 || !summary) {
    surfaced(`re-run after kill -9 exited ${result.code}: ${result.out.trim().slice(-300)}`);
  } else {
    counts.ingestFailedFiles += summary.failed;
    if (summary.duplicates !== before || summary.added !== files.length - before) fail(`re-run after kill -9: ${summary.added} added, ${summary.duplicates} already stored; expected ${files.length - before} and ${before}`);
  }
  const after = await storedNow();
  if (after !== files.length) fail(`after the re-run ${after} of ${files.length} documents are stored`);
  await checkWholeDocuments(db, tag, 'after the re-run');
  log(`kill -9: re-run stored the rest (${summary ? `${summary.added} added, ${summary.duplicates} already stored` : 'no summary'})`);
}

/** What a complete ingest of each generated file stores: its extracted figures (computed here, by the same engine). */
const expectedFigures = new Map<string, number>();
async function expectFiguresOf(dir: string): Promise<void> {
  const { extractFigures } = await import('../lib/extraction');
  const { parseDocument } = await import('../lib/extraction/document');
  for (const name of fs.readdirSync(dir)) expectedFigures.set(name, extractFigures(parseDocument(fs.readFileSync(path.join(dir, name), 'utf8'), name)).length);
}

/** Every stored document of a batch has all its figures: a document is stored whole or not at all. */
async function checkWholeDocuments(db: Db, tag: string, when: string): Promise<void> {
  const sources = await db.source.findMany({ where: { fileName: { startsWith: tag } }, select: { fileName: true, _count: { select: { figures: true } } } });
  const partial = sources.filter((s) => s._count.figures !== expectedFigures.get(s.fileName ?? ''));
  if (partial.length) fail(`${when}: ${partial.length} documents stored without all their figures (e.g. ${partial[0]?.fileName}: ${partial[0]?._count.figures} of ${expectedFigures.get(partial[0]?.fileName ?? '')})`);
  else log(`${when}: ${sources.length} documents, each with all its figures`);
}

function checkIntegrity(when: string): void {
  if (POSTGRES) return; // PostgreSQL has no integrity_check; its WAL replay is the server's business
  const out = execFileSync(process.execPath, ['-e', `const D=require('better-sqlite3');const d=new D(${JSON.stringify(sqliteFilePath(DATABASE_URL))},{readonly:true});console.log(d.pragma('integrity_check',{simple:true}));`], { cwd: root }).toString().trim();
  if (out !== 'ok') fail(`integrity_check ${when}: ${out.slice(0, 200)}`);
  else log(`integrity_check ${when}: ok`);
}

async function malformedPhase(db: Db): Promise<void> {
  phase = 'malformed';
  const figure = await db.figure.findFirst({ where: { deletedAt: null, reviewStatus: { not: 'rejected' } }, select: { id: true, sourceId: true } });
  if (!figure) throw new Error('no visible figure to aim the malformed requests at');
  const cookie = await signInAnalyst(BASE, { login: LOGIN, password: PASSWORD });
  const signInPage = await send(`${BASE}/signin`);
  const reviewPage = await send(`${BASE}/figures/${figure.id}`, { headers: { Cookie: cookie } });
  const signInForm = findForm(signInPage.body, 'method="POST"');
  const reviewForm = findForm(reviewPage.body, 'aria-label="Review this figure"');
  const signInAction = signInForm && actionIdOf(signInForm);
  const reviewAction = reviewForm && actionIdOf(reviewForm);
  if (!signInAction || !reviewAction) throw new Error('could not read the action ids from the sign-in and review forms');
  const cases = malformedCases({ signInAction, reviewAction, figureId: figure.id, sourceId: figure.sourceId, base: BASE });
  for (const c of cases) {
    const r = await send(BASE + c.path, { method: c.method ?? 'GET', headers: c.headers, body: c.body });
    counts.malformed++;
    record(`malformed: ${c.name}`, r);
    const expected = Array.isArray(c.expect) ? c.expect : [c.expect];
    const missingText = c.includes !== undefined && !r.body.includes(c.includes);
    const missingHeader = c.header !== undefined && !(r.headers.get(c.header[0]) ?? '').includes(c.header[1]);
    if (!expected.includes(r.status) || missingText || missingHeader) {
      counts.malformedUnexpected++;
      fail(`malformed: ${c.name}: status ${r.status}${missingText ? ` without “${c.includes}”` : ''}${missingHeader ? ` without header ${c.header?.join(': ')}` : ''}, expected ${expected.join(' or ')}`);
    }
  }
  // Search text is literal: "%" and "_" match only figures that contain them.
  const texts = await db.figure.findMany({ where: { deletedAt: null, reviewStatus: { not: 'rejected' } }, select: { quote: true, scope: true, attributedTo: true, valueText: true } });
  for (const q of ['%', '_']) {
    const r = await send(`${BASE}/api/figures?format=json&q=${encodeURIComponent(q)}`);
    record(`search ${q}`, r);
    counts.malformed++;
    const want = texts.filter((t) => [t.quote, t.scope, t.attributedTo, t.valueText].some((v) => v?.includes(q))).length;
    let got = -1;
    try {
      got = (JSON.parse(r.body) as unknown[]).length;
    } catch {
      /* counted below */
    }
    if (got !== want) {
      counts.malformedUnexpected++;
      fail(`search “${q}” returned ${got} figures; ${want} contain it (of ${texts.length})`);
    }
  }
  log(`malformed: ${counts.malformed} requests, ${counts.malformedUnexpected} with an unexpected answer`);
}

async function finalChecks(db: Db): Promise<void> {
  checkIntegrity('at the end');
  const sources = await db.source.findMany({ select: { contentHash: true, fileName: true } });
  const seen = new Map<string, number>();
  for (const s of sources) seen.set(s.contentHash, (seen.get(s.contentHash) ?? 0) + 1);
  const dupHashes = [...seen.values()].filter((n) => n > 1).length;
  const names = new Map<string, number>();
  for (const s of sources) if (s.fileName) names.set(s.fileName, (names.get(s.fileName) ?? 0) + 1);
  const dupNames = [...names.entries()].filter(([, n]) => n > 1);
  if (dupHashes || dupNames.length) fail(`duplicate sources: ${dupHashes} texts and ${dupNames.length} file names stored more than once`);
  else log(`no duplicate sources (${sources.length} sources)`);
  await checkWholeDocuments(db, `${RUN}-load`, 'at the end (load batches)');
}

if (require.main === module) {
  main().then(
    (code) => {
      if (POSTGRES) generateClient('file:./data/ctstats.db'); // leave the checkout's client as the default provider's
      process.exit(code);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(1);
    },
  );
}
