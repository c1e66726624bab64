import 'server-only';
import { getDb } from '@/lib/db/client';
import { cachedRead } from './read-cache';

export interface MetricView {
  key: string;
  label: string;
  description: string;
  kind: string;
}

async function readGetMetrics(): Promise<MetricView[]> {
  return getDb().metric.findMany({ orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }], select: { key: true, label: true, description: true, kind: true } });
}
export const getMetrics = cachedRead('getMetrics', readGetMetrics);

/** One metric by its key, or null (the metric page's not-found). */
async function readGetMetric(key: string): Promise<MetricView | null> {
  return getDb().metric.findUnique({ where: { key }, select: { key: true, label: true, description: true, kind: true } });
}
export const getMetric = cachedRead('getMetric', readGetMetric);
