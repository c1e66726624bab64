/**
 * npm run -s bench:web
 *
 * What a reader's browser pays for each public page, on the default data (what the quick start's first line
 * serves): a production build on its own port and database, Debian's Chromium driven by Playwright with the network
 * throttled to Slow 4G (400 ms round trip, 400 kbit/s down) and the CPU slowed 4×. Per page it prints the
 * JavaScript transferred (compressed, as sent) — the page's own code, before its load event or loaded lazily after
 * it; the app's links do not prefetch (components/ui/link.tsx), and a router prefetch, should one be made, is refused: it
 * is another page's cost — the Largest Contentful Paint, the Cumulative Layout Shift, and
 * whether the page draws a chart and whether it loaded the chart library. Its last line is exactly
 * `worst: JS X kB gzip, LCP Y ms, CLS Z` over the pages measured. Numbers, not a pass/fail: the machine is shared.
 *
 * Each page is requested once before it is measured (a warm server, as readers meet it); the first request's time
 * after the server started is printed on its own line.
 *
 * Environment: BENCH_WEB_PORT (3355), BENCH_WEB_SKIP_BUILD=1 to reuse .next, CHROMIUM_PATH (/usr/bin/chromium),
 * BENCH_WEB_PAGES (comma-separated paths instead of the default list).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';

const root = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const PORT = Number(process.env.BENCH_WEB_PORT ?? 3355);
const BASE = `http://127.0.0.1:${PORT}`;
const DATABASE_URL = 'file:./data/bench-web.db';
const env = { ...process.env, DATABASE_URL, NEXT_TELEMETRY_DISABLED: '1' };

/** Slow 4G as the budget names it: 400 ms round trip, 400 kbit/s down (and up). */
const NETWORK = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const CPU_SLOWDOWN = 4;

const DEFAULT_PAGES = ['/', '/figures', '/compare', '/sources', '/about', '/search?q=cells', '/figures/1', '/sources/1', '/metrics/cells_dismantled'];
/** A mark of the chart library's code (Recharts' wrapper class), and of a chart drawn on the page. */
const CHART_CODE = 'recharts-wrapper';
const CHART_DRAWN = 'svg.recharts-surface';

interface Measured {
  path: string;
  status: number;
  /** Every script the page loaded (prefetches of other pages refused, see measure): what the budget counts. */
  jsBytes: number;
  /** The part of jsBytes loaded after the load event (chunks loaded lazily, such as a chart). */
  laterJsBytes: number;
  lcpMs: number | null;
  cls: number;
  charts: boolean;
  chartLibrary: boolean;
  /** The chart library came only after the load event (loaded lazily). */
  chartLibraryLater: boolean;
}

function startServer(): ChildProcess {
  const server = spawn(bin('next'), ['start', '-p', String(PORT), '-H', '127.0.0.1'], { cwd: root, env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  server.stderr?.on('data', (d: Buffer) => {
    const text = d.toString().trim();
    if (text) console.error(`[server] ${text.slice(0, 300)}`);
  });
  return server;
}

async function waitForServer(): Promise<void> {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${BASE}/about`)).status === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer on ${BASE} within 90 s`);
}

// Observers installed before any page script: LCP (the last candidate before input) and CLS (shifts without
// recent input, summed: the simple total bounds the session-window figure from above).
const OBSERVERS = `
  window.__lcp = null; window.__cls = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.renderTime || e.loadTime || e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
`;

async function measure(page: Page, pagePath: string): Promise<Measured> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const scripts = new Map<string, string>();
  let jsBytes = 0;
  let laterJsBytes = 0;
  // A router prefetch (none is made: components/ui/link.tsx) would load another page and its code, not this page's
  // cost: refused, so every script that loads is the page's own, before its load event or lazily after.
  await page.route('**/*', (route) => (route.request().headers()['next-router-prefetch'] ? route.abort() : route.continue()));
  let loaded = false;
  cdp.on('Network.responseReceived', (e: { requestId: string; type: string; response: { url: string } }) => {
    if (e.type === 'Script') scripts.set(e.requestId, e.response.url);
  });
  const finished: Promise<void>[] = [];
  let chartLibrary = false;
  let chartLibraryLater = false;
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    if (!scripts.has(e.requestId)) return;
    const own = !loaded;
    jsBytes += e.encodedDataLength;
    if (!own) laterJsBytes += e.encodedDataLength;
    finished.push(
      cdp
        .send('Network.getResponseBody', { requestId: e.requestId })
        .then((b: { body: string; base64Encoded: boolean }) => {
          const body = b.base64Encoded ? Buffer.from(b.body, 'base64').toString('utf8') : b.body;
          if (!body.includes(CHART_CODE)) return;
          if (own) chartLibrary = true;
          else chartLibraryLater = true;
        })
        .catch(() => {}),
    );
  });
  const response = await page.goto(`${BASE}${pagePath}`, { waitUntil: 'load', timeout: 120_000 });
  loaded = true;
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => {});
  // Let late layout settle (fonts, charts measuring their box) before reading the shift total.
  await page.waitForTimeout(1500);
  await Promise.all(finished);
  const { lcp, cls, charts } = await page.evaluate((drawn) => {
    const w = window as unknown as { __lcp: number | null; __cls: number };
    return { lcp: w.__lcp, cls: w.__cls, charts: document.querySelector(drawn) !== null };
  }, CHART_DRAWN);
  await cdp.detach();
  return { path: pagePath, status: response?.status() ?? 0, jsBytes, laterJsBytes, lcpMs: lcp === null ? null : Math.round(lcp), cls, charts, chartLibrary, chartLibraryLater };
}

async function main(): Promise<void> {
  if (process.env.BENCH_WEB_SKIP_BUILD !== '1') {
    console.log('building (next build)…');
    execFileSync(bin('tsx'), [path.join('scripts', 'db.ts'), 'generate'], { cwd: root, env, stdio: 'inherit' });
    execFileSync(bin('next'), ['build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  execFileSync(bin('tsx'), [path.join('scripts', 'db.ts'), 'reset'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = startServer();
  const stop = () => {
    if (server.pid !== undefined && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
    }
  };
  process.on('exit', stop);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    await waitForServer();
    const pages = process.env.BENCH_WEB_PAGES?.split(',').map((p) => p.trim()).filter(Boolean) ?? DEFAULT_PAGES;
    // One unthrottled request per page first: a reader meets a running server (its charts drawn once and kept,
    // lib/charts/render.ts), not the first request after a deploy; that one is reported apart.
    for (const p of pages) {
      const t = performance.now();
      await fetch(`${BASE}${p}`).then((r) => r.arrayBuffer());
      if (p === pages[0]) console.log(`first request of ${p} after start: ${Math.round(performance.now() - t)} ms (server time, not throttled)`);
    }
    console.log(`Slow 4G (400 ms RTT, 400 kbit/s), CPU ${CPU_SLOWDOWN}× slower, default data; load average ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} CPUs`);
    console.log('page                              status   JS kB gzip (after load)   LCP ms    CLS     chart / chart library');
    const results: Measured[] = [];
    for (const p of pages) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(OBSERVERS);
      const page = await context.newPage();
      const m = await measure(page, p);
      await context.close();
      if (m.status === 404) {
        console.log(`${p.padEnd(34)} 404      (no such page here: skipped)`);
        continue;
      }
      results.push(m);
      const flag = (m.chartLibrary || m.chartLibraryLater) && !m.charts ? '  ← chart library without a chart' : '';
      console.log(
        `${p.padEnd(34)} ${String(m.status).padEnd(8)} ${(m.jsBytes / 1000).toFixed(1).padStart(10)} ${`(${(m.laterJsBytes / 1000).toFixed(0)} later)`.padStart(12)}   ${String(m.lcpMs ?? '—').padStart(6)}   ${m.cls.toFixed(3).padStart(6)}   ${m.charts ? 'yes' : 'no'} / ${m.chartLibrary ? 'loaded' : m.chartLibraryLater ? 'loaded after the load event' : 'not loaded'}${flag}`,
      );
    }
    if (results.length === 0) throw new Error('no page answered');
    const worstJs = Math.max(...results.map((r) => r.jsBytes)) / 1000;
    const worstLcp = Math.max(...results.map((r) => r.lcpMs ?? 0));
    const worstCls = Math.max(...results.map((r) => r.cls));
    console.log(`worst: JS ${worstJs.toFixed(1)} kB gzip, LCP ${worstLcp} ms, CLS ${worstCls.toFixed(3)}`);
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
