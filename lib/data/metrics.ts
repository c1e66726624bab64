import 'server-only';
import { getDb } from '@/lib/db/client';

export interface MetricView {
  key: string;
  label: string;
  description: string;
  kind: string;
}

export async function getMetrics(): Promise<MetricView[]> {
  return getDb().metric.findMany({ orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }], select: { key: true, label: true, description: true, kind: true } });
}

/** One metric by its key, or null (the metric page's not-found). */
export async function getMetric(key: string): Promise<MetricView | null> {
  return getDb().metric.findUnique({ where: { key }, select: { key: true, label: true, description: true, kind: true } });
}
