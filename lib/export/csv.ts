import type { FigureView } from '@/lib/data/dto';

/**
 * The export columns: enough to cite and re-check every figure without the dashboard. `base` is the site's
 * address, for the figure's own page (provenance a spreadsheet can follow back).
 */
export const CSV_COLUMNS: Array<[string, (f: FigureView, base: string) => string | number | boolean | null]> = [
  ['id', (f) => f.id],
  ['metric', (f) => f.metricKey],
  ['value', (f) => f.value],
  ['value_as_printed', (f) => f.valueText],
  ['value_in_words', (f) => f.valueWords],
  ['qualifier', (f) => f.qualifier],
  ['lower', (f) => f.interval.lower],
  ['upper', (f) => f.interval.upper],
  ['interval', (f) => f.intervalText],
  ['period_start', (f) => f.periodStart],
  ['period_end', (f) => f.periodEnd],
  ['cumulative', (f) => f.cumulative],
  ['as_of', (f) => f.asOf],
  ['scope', (f) => f.scope],
  ['geography', (f) => f.geography],
  ['attributed_to', (f) => f.attributedTo],
  ['cited_report', (f) => f.citedReport],
  ['review_status', (f) => f.reviewStatus],
  ['quote', (f) => f.quote],
  ['quote_start', (f) => f.quoteStart],
  ['quote_end', (f) => f.quoteEnd],
  ['source_id', (f) => f.source.id],
  ['source', (f) => f.source.label],
  ['source_published', (f) => f.source.publishedAt],
  ['source_url', (f) => f.source.url],
  ['source_title', (f) => f.source.displayTitle],
  ['figure_url', (f, base) => (base ? new URL(`/figures/${f.id}`, base).toString() : `/figures/${f.id}`)],
  // "excerpt": the source stores only the quoted passages (reference data); scoring the engine should leave it out.
  ['source_kind', (f) => f.source.kind],
  ['quote_link', (f) => f.quoteLink],
];

/**
 * One CSV field (RFC 4180). Article text is untrusted: a cell starting with = + - @ (or a tab/CR) would run as a
 * formula in a spreadsheet, so such text is prefixed with an apostrophe. Numbers are written as numbers.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`;
}

export function csvRow(f: FigureView, base = ''): string {
  return `${CSV_COLUMNS.map(([, get]) => csvField(get(f, base))).join(',')}\r\n`;
}
