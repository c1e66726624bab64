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
