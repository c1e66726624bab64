import 'server-only';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChartInput } from './statement-chart';
import type { DrawReply } from './render-worker';

/**
 * Charts drawn on the server: Recharts mounted in a worker thread (render-worker.tsx), the finished SVG sent with
 * the page. The reader's browser gets the drawing, not the chart library (about 120 kB gzip of code, and a chart
 * that appears late and moves the page): JavaScript only adds the tooltips and taps.
 *
 * Drawings are cached by their input (the same statements draw the same chart), so a page seen again costs
 * nothing; the input changes when a write changes what the chart shows.
 */

const CACHE_SIZE = 500;
const TIMEOUT_MS = 15_000;
// The worker is TypeScript: it is loaded through tsx's require hook, as the project's scripts are.
const WORKER_FILE = path.join(process.cwd(), 'lib', 'charts', 'render-worker.tsx');
const boot = (file: string, parent: string) =>
  `const { createRequire } = require('node:module');
   createRequire(${JSON.stringify(parent)})('tsx/cjs/api').require(${JSON.stringify(file)}, ${JSON.stringify(parent)});`;

interface Pending {
  resolve: (svg: string) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();
/** Drawings by input; `svg` is set once the drawing is done (isDrawn). */
const cache = new Map<string, { drawing: Promise<string>; svg?: string }>();

function failAll(error: Error): void {
  for (const [id, p] of pending) {
    clearTimeout(p.timer);
    p.reject(error);
    pending.delete(id);
  }
}

function drawer(): Worker {
  if (worker) return worker;
  // execArgv: [] — a parent started with --conditions=react-server (the bench scripts) would give the thread the
  // server build of React, which has no client renderer.
  const w = new Worker(boot(WORKER_FILE, path.join(process.cwd(), 'package.json')), { eval: true, execArgv: [] });
  w.unref();
  w.on('message', (reply: DrawReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    clearTimeout(p.timer);
    if ('svg' in reply) p.resolve(reply.svg);
    else p.reject(new Error(`the chart could not be drawn: ${reply.error}`));
  });
  const gone = (error: Error) => {
    if (worker === w) worker = null;
    failAll(error);
  };
  w.on('error', (e) => gone(e instanceof Error ? e : new Error(String(e))));
  w.on('exit', (code) => gone(new Error(`the chart drawer stopped (exit code ${code})`)));
  worker = w;
  return w;
}

function request(input: ChartInput): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const id = nextId++;
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error(`the chart was not drawn within ${TIMEOUT_MS / 1000} s`));
      // A drawer that hangs would fail every later drawing too: the next request starts a fresh one.
      void worker?.terminate();
    }, TIMEOUT_MS);
    pending.set(id, { resolve, reject, timer });
    drawer().postMessage({ id, input });
  });
}

/** The chart's SVG markup (Recharts' own escaping of every label: article text never becomes markup). */
export function renderChartSvg(input: ChartInput): Promise<string> {
  const key = JSON.stringify(input);
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last: the Map's order is the eviction order.
    cache.delete(key);
    cache.set(key, hit);
    return hit.drawing;
  }
  const entry: { drawing: Promise<string>; svg?: string } = { drawing: request(input) };
  cache.set(key, entry);
  entry.drawing.then(
    (svg) => {
      entry.svg = svg;
    },
    // A failed drawing is not kept: the next request tries again.
    () => cache.delete(key),
  );
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return entry.drawing;
}

/** The chart's SVG when it is drawn already (a page can then send it at once, without a loading placeholder). */
export function drawnSvg(input: ChartInput): string | undefined {
  return cache.get(JSON.stringify(input))?.svg;
}

/** Whether this chart is drawn already. */
export const isDrawn = (input: ChartInput): boolean => drawnSvg(input) !== undefined;

/** Start the drawer and draw one chart, so its code is loaded before the first reader asks (instrumentation.ts). */
export function warmUp(): void {
  const t = Date.UTC(2020, 0, 1);
  const point = { id: 0, cumulative: true, scope: null, t, x: '2020', y: 1, mark: 'exact', strict: false, error: null, series: 'national', display: '1', valueText: '1', periodText: '2020', source: '', attributedTo: null, quoteExcerpt: '', pending: false, href: '#', reports: 1, sourceCount: 1, verdict: 'single_claim', claimCount: 1, transcriptionConflict: false, summary: '', rangeText: null } as const;
  request({ kind: 'running', points: [point, { ...point, id: 1, t: t + 1e10 }], unit: '', width: 100, height: 100 }).catch((e: unknown) => console.error(`chart drawer: ${e instanceof Error ? e.message : String(e)}`));
}
