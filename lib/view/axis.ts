/**
 * Axis ticks people read at a glance: round steps (1, 2 or 5 times a power of ten), from zero for counts, whole
 * years for time. Kept apart from drawing so they are tested without a browser.
 */

/** The smallest 1, 2 or 5 × 10^k step that covers `span` in at most `maxTicks` intervals (whole numbers only). */
export function roundStep(span: number, maxTicks = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / maxTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, Math.round(step));
}

/** Ticks from 0 to a round number at or above `max`: [0, 500, 1000, 1500] for 1,400. */
export function countTicks(max: number, maxTicks = 5): number[] {
  const top = Math.max(1, max);
  const step = roundStep(top, maxTicks);
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) {
    ticks.push(v);
    if (v >= top) break;
  }
  return ticks;
}

/** Whole years covering [min, max], every 1, 2, 5 or 10 years, with a margin of half a step either side. */
export function yearTicks(min: number, max: number, maxTicks = 8): number[] {
  const step = roundStep(Math.max(1, max - min), maxTicks);
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let y = first; y <= max; y += step) ticks.push(y);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

/** 1 January of each tick year, as times (ms) for a time axis. */
export function yearStartTicks(minTime: number, maxTime: number, maxTicks = 8): number[] {
  const y0 = new Date(minTime).getUTCFullYear();
  const y1 = new Date(maxTime).getUTCFullYear() + 1;
  return yearTicks(y0, y1, maxTicks).map((y) => Date.UTC(y, 0, 1));
}

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
/** Thousands separated, as the rest of the site prints numbers: 2,963. */
export function formatCount(n: number): string {
  return count.format(n);
}
