/**
 * Runs once when the server starts. The chart drawer (lib/charts/render.ts) is a worker thread that loads React,
 * Recharts and a DOM: a few seconds the first reader of a chart page would otherwise wait. Start it now, in the
 * background; a failure here is logged and the first page tries again.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { warmUp } = await import('@/lib/charts/render');
  warmUp();
}
