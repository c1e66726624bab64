import type { FigureFilters } from '@/lib/data/schemas';

/**
 * The table's filters as a reader names them, one entry per thing a person chose (the year range is one), so an
 * empty result can say which filter emptied it and offer to remove just that one.
 */
export const FILTER_GROUPS = ['q', 'metric', 'years', 'source', 'attributedTo', 'status', 'sourceKind', 'key'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

export interface ActiveFilter {
  group: FilterGroup;
  /** "the search “ISIS”", "the years 2030–2031", "reviewed figures only". */
  text: string;
  /** The link that removes it: "Remove the search “ISIS”", "Include figures awaiting review". */
  removeText: string;
}

export interface FilterNames {
  metricLabel?: (key: string) => string | undefined;
  sourceLabel?: string | null;
}

/** The filters that narrow `filters` (the review status only when it leaves figures out), in the form's order. */
export function describeFilters(filters: FigureFilters, names: FilterNames = {}): ActiveFilter[] {
  const out: Array<Omit<ActiveFilter, 'removeText'>> = [];
  if (filters.q) out.push({ group: 'q', text: `the search “${filters.q}”` });
  if (filters.metric) out.push({ group: 'metric', text: `the metric ${names.metricLabel?.(filters.metric) ?? filters.metric}` });
  const years = yearsText(filters.from, filters.to);
  if (years) out.push({ group: 'years', text: years });
  if (filters.source !== undefined) out.push({ group: 'source', text: `the source ${names.sourceLabel ?? `number ${filters.source}`}` });
  if (filters.attributedTo) out.push({ group: 'attributedTo', text: `figures attributed to ${filters.attributedTo}` });
  if (filters.status === 'reviewed') out.push({ group: 'status', text: 'reviewed figures only' });
  if (filters.status === 'pending') out.push({ group: 'status', text: 'figures awaiting review only' });
  if (filters.sourceKind) out.push({ group: 'sourceKind', text: filters.sourceKind === 'full' ? 'full articles only (no excerpts)' : 'excerpts only' });
  if (filters.key) out.push({ group: 'key', text: 'one comparison' });
  return out.map((f) => ({ ...f, removeText: f.group === 'status' ? (filters.status === 'reviewed' ? 'Include figures awaiting review' : 'Show reviewed figures too') : `Remove ${f.text}` }));
}

function yearsText(from: number | undefined, to: number | undefined): string | null {
  if (from !== undefined && to !== undefined) return from === to ? `the year ${from}` : `the years ${from}–${to}`;
  if (from !== undefined) return `the years from ${from}`;
  if (to !== undefined) return `the years up to ${to}`;
  return null;
}

/**
 * The same view without one filter (and back on its first page). Removing the review filter shows every visible
 * figure, reviewed or awaiting review, whatever the default for the reader.
 */
export function withoutFilter(filters: FigureFilters, group: FilterGroup): FigureFilters {
  const f: FigureFilters = { ...filters };
  delete f.page;
  delete f.after;
  if (group === 'status') return { ...f, status: 'current' };
  if (group === 'years') {
    delete f.from;
    delete f.to;
  } else delete f[group];
  return f;
}
