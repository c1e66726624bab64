/**
 * The data behind one chart as a CSV file with its provenance (every row has the value as printed, the quote, the
 * source, its address, the link to the quote in the original and the figure's page on ctstats): the figures export
 * (`/api/figures?format=csv`) narrowed to the chart's metric and view. A chart links here; the file is named after
 * the metric. Kept free of the zod schemas so a client chart component can import it without pulling zod into the
 * browser (the Content-Security-Policy reports zod's eval probe).
 */
export interface ChartView {
  from?: number;
  to?: number;
  /** The review filter the chart was drawn with; omitted = the reader's default. */
  status?: 'reviewed' | 'current' | 'pending';
  sourceKind?: 'full' | 'excerpt';
}

export function chartCsvHref(metricKey: string, view: ChartView = {}): string {
  const params = new URLSearchParams({ format: 'csv', metric: metricKey });
  if (view.from !== undefined) params.set('from', String(view.from));
  if (view.to !== undefined) params.set('to', String(view.to));
  if (view.status) params.set('status', view.status);
  if (view.sourceKind) params.set('sourceKind', view.sourceKind);
  return `/api/figures?${params.toString()}`;
}

/** The download's file name: what it holds and the day it was taken ("ctstats-arrests-2026-12-01.csv"). */
export function csvFileName(metricKey: string | undefined, day: Date): string {
  const stamp = day.toISOString().slice(0, 10);
  return metricKey ? `ctstats-${metricKey.replace(/[^a-z0-9_]/g, '')}-${stamp}.csv` : `ctstats-figures-${stamp}.csv`;
}
