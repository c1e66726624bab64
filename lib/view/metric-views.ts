import { z } from 'zod';

/**
 * The views of a metric page, as the URL names them (`/metrics/arrests?view=running`), so each can be linked to.
 * An unknown value shows the whole story rather than an error: a shared link with a typo still lands somewhere.
 */
export const METRIC_VIEWS = ['story', 'annual', 'running', 'parts', 'statements'] as const;
export type MetricViewName = (typeof METRIC_VIEWS)[number];
export const metricViewSchema = z.enum(METRIC_VIEWS).catch('story');

export const METRIC_VIEW_LABEL: Record<MetricViewName, string> = {
  story: 'Whole story',
  annual: 'By year',
  running: 'Running totals',
  parts: 'Parts of the total',
  statements: 'Every statement',
};

export function metricViewHref(key: string, view: MetricViewName): string {
  return view === 'story' ? `/metrics/${key}` : `/metrics/${key}?view=${view}`;
}

/** The embeddable chart of a metric: its running totals, or its annual figures. */
export const embedChartSchema = z.enum(['running', 'annual']).catch('running');
