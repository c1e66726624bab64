import { z } from 'zod';
import { SOURCE_KINDS } from '@/lib/domain/figure';

/**
 * The dashboard's filters, one schema for the figures page, the charts and the compare page. Each field is parsed
 * on its own so one bad value (`?from=abc`) is reported and dropped while the rest of the view still applies.
 */
// Digits only: z.coerce would also accept "1e3" or "0x7E3", which no person means as a year or a page.
const digits = (re: RegExp, hint: string) => z.string().trim().regex(re, hint).transform(Number);
/**
 * Free text from a URL: no control characters. PostgreSQL refuses a NUL byte in any text value (a 500 for
 * `?q=%00` before this), and no one types the others.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export function hasControlCharacters(s: string): boolean {
  return CONTROL_CHARACTERS.test(s);
}
export const plainText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !hasControlCharacters(s), 'text without control characters');
const year = digits(/^\d{4}$/, 'must be a four-digit year').pipe(z.number().int().min(1900).max(2100));
export const FIGURE_SORTS = ['asOf', 'period', 'metric', 'value', 'source'] as const;
export const STATUS_FILTERS = ['current', 'reviewed', 'pending'] as const;

const fields = {
  metric: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be a metric key such as cells_dismantled'),
  from: year,
  to: year,
  year,
  source: digits(/^[1-9]\d{0,9}$/, 'must be a source number').pipe(z.number().int().positive().max(2_147_483_647)),
  attributedTo: plainText(200),
  status: z.enum(STATUS_FILTERS),
  sort: z.enum(FIGURE_SORTS),
  dir: z.enum(['asc', 'desc']),
  page: digits(/^[1-9]\d{0,5}$/, 'must be a page number').pipe(z.number().int().min(1).max(100_000)),
  /** The last figure of the previous page: deep pages are read from there (keyset) rather than counted off. */
  after: digits(/^[1-9]\d{0,9}$/, 'must be a figure number').pipe(z.number().int().positive().max(2_147_483_647)),
  q: plainText(200),
  // "full" leaves out the reference excerpts: what scoring the engine against stored figures needs.
  sourceKind: z.enum(SOURCE_KINDS),
  /** One comparison key (what the overview's statement marks open on the compare page). */
  key: z.string().min(3).max(400).regex(/^[a-z][a-z0-9_]*\|/, 'must be a comparison key'),
} as const;

type Fields = typeof fields;
/** Every parameter the filters read (the page cache keeps no address with parameters no page reads). */
export const FIGURE_FILTER_KEYS = Object.keys(fields) as Array<keyof Fields>;
export type FigureFilters = { -readonly [K in keyof Fields]?: z.infer<Fields[K]> };

const LABELS: Record<keyof Fields, string> = {
  metric: 'metric',
  from: 'from year',
  to: 'to year',
  year: 'year',
  source: 'source',
  attributedTo: 'attributed to',
  status: 'review status',
  sort: 'sort',
  dir: 'sort direction',
  page: 'page',
  after: 'after',
  q: 'search',
  sourceKind: 'source kind',
  key: 'comparison',
};

const HINTS: Partial<Record<keyof Fields, string>> = {
  from: 'a four-digit year',
  to: 'a four-digit year',
  year: 'a four-digit year',
  source: 'a source number',
  page: 'a page number from 1',
  after: 'a figure number',
  status: `one of ${STATUS_FILTERS.join(', ')}`,
  sort: `one of ${FIGURE_SORTS.join(', ')}`,
  dir: 'asc or desc',
  sourceKind: `one of ${SOURCE_KINDS.join(', ')}`,
  key: 'a comparison key such as arrests|MA||2019..2019',
};

export type SearchParams = Record<string, string | string[] | undefined>;

/** URLSearchParams → SearchParams the way Next.js gives them to pages: a repeated key becomes an array. */
export function searchParamsOf(params: URLSearchParams): SearchParams {
  const out: SearchParams = {};
  for (const [k, v] of params) {
    const seen = out[k];
    out[k] = seen === undefined ? v : Array.isArray(seen) ? [...seen, v] : [seen, v];
  }
  return out;
}

export interface ParsedFilters {
  filters: FigureFilters;
  /** Human-readable reasons for each ignored parameter. */
  problems: string[];
}

export function parseFigureFilters(params: SearchParams): ParsedFilters {
  const filters: FigureFilters = {};
  const problems: string[] = [];
  for (const key of Object.keys(fields) as Array<keyof Fields>) {
    const raw = params[key];
    // One rule for a repeated parameter (?metric=a&metric=b) everywhere: it is ambiguous, so it is not guessed at —
    // pages report and ignore it, the export refuses the request (both from this problem).
    if (Array.isArray(raw)) {
      if (raw.length > 1) {
        problems.push(`Ignored ${LABELS[key]}: it was given ${raw.length} times; give it once.`);
        continue;
      }
    }
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === '') continue;
    const result = fields[key].safeParse(value);
    if (result.success) (filters as Record<string, unknown>)[key] = result.data;
    else problems.push(`Ignored ${LABELS[key]} “${truncate(value)}”: it must be ${HINTS[key] ?? result.error.issues[0]?.message ?? 'valid'}.`);
  }
  if (filters.year !== undefined) {
    filters.from = filters.year;
    filters.to = filters.year;
    delete filters.year;
  }
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    problems.push(`The year range ${filters.from}–${filters.to} is reversed; showing ${filters.to}–${filters.from}.`);
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  return { filters, problems };
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** The filters back to a query string, for links that keep the current view. */
export function filtersToQuery(filters: FigureFilters, overrides: Partial<Record<keyof FigureFilters | 'format', string | number | undefined>> = {}): string {
  // `after` belongs to one Next link only (it names the previous page's last row); every other link drops it.
  const merged: Record<string, string | number | undefined> = { ...filters, after: undefined, ...overrides };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * The query string without its empty parameters (`?q=ISIS&metric=&from=` → `?q=ISIS`), or null when there is none
 * to drop. A GET form sends every field; a link should name only what was chosen. Repeated and malformed values
 * are kept, for the filters to report.
 */
export function withoutEmptyParams(params: SearchParams): string | null {
  const kept = new URLSearchParams();
  let dropped = false;
  for (const [k, v] of Object.entries(params)) {
    for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) {
      if (one === '') dropped = true;
      else kept.append(k, one);
    }
  }
  if (!dropped) return null;
  const s = kept.toString();
  return s ? `?${s}` : '';
}

/** A route id: a positive integer, or nothing (the page then shows not-found). */
export function parseId(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}

/**
 * The review status a view shows when the URL does not say: visitors see reviewed figures only, and figures
 * awaiting review when they ask for them (`status=current` or `pending`, marked as pending on the page); signed-in
 * analysts see both. Kept apart from the URL's filters so links do not gain a parameter nobody chose.
 */
export function effectiveFilters(filters: FigureFilters, signedIn: boolean): FigureFilters {
  return filters.status ? filters : { ...filters, status: signedIn ? 'current' : 'reviewed' };
}
