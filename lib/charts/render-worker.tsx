/**
 * The chart drawer's thread (started by lib/charts/render.ts). Recharts 3 lays a chart out in effects (its store is
 * filled by the children as they mount), so a server render to a string gives an empty box; here the chart is
 * mounted for real, with React's client renderer, into a Happy DOM document, and its finished markup is sent back.
 * A thread of its own: each drawing takes tens of milliseconds of CPU that the server's event loop should not wait on.
 */
import { parentPort } from 'node:worker_threads';
import { Window } from 'happy-dom';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { StatementChart, type ChartInput } from './statement-chart';
import { finishSvg } from './svg';

// React DOM and Recharts look for the browser's globals; the document stays empty between drawings.
const browser = new Window({ url: 'http://localhost/' });
const globals = globalThis as Record<string, unknown>;
for (const name of ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'SVGElement', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'MutationObserver', 'ResizeObserver']) {
  if (!(name in globals) || name === 'window' || name === 'document') globals[name] = (browser as unknown as Record<string, unknown>)[name];
}

export type DrawRequest = { id: number; input: ChartInput };
export type DrawReply = { id: number; svg: string } | { id: number; error: string };

function draw(input: ChartInput): string {
  const box = browser.document.createElement('div');
  const root = createRoot(box as unknown as HTMLElement);
  try {
    // A synchronous render runs the effects before it returns, and Recharts' store updates re-render in the same
    // flush: the markup is complete here (a test checks every mark is drawn).
    flushSync(() => root.render(<StatementChart {...input} />));
    return finishSvg(box.innerHTML);
  } finally {
    root.unmount();
  }
}

parentPort?.on('message', ({ id, input }: DrawRequest) => {
  let reply: DrawReply;
  try {
    reply = { id, svg: draw(input) };
  } catch (e) {
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
