/**
 * The metrics table: per metric, what holds in every language. Whether a metric is a flow or a stock comes from
 * the metric catalogue (lib/domain/metrics.ts, the rows seeded into the Metric table), not from a second list;
 * head nouns come from the language files. The engine derives its metric sets from this table.
 */
import { CORE_METRICS } from '@/lib/domain/metrics';
import type { MetricEntry } from './types';

export type MetricFacts = Omit<MetricEntry, 'heads'>;

function kindOf(metric: string): MetricEntry['kind'] {
  const row = CORE_METRICS.find((m) => m.key === metric);
  if (!row) throw new Error(`metric ${metric} is not in CORE_METRICS`);
  return row.kind;
}

/** In catalogue order; head nouns are tried in this order. */
export const METRIC_FACTS: readonly MetricFacts[] = [
  { metric: 'cells_dismantled', counts: 'things', kind: kindOf('cells_dismantled') },
  { metric: 'arrests', counts: 'people', kind: kindOf('arrests'), feature: 'arrest' },
  { metric: 'plots_foiled', counts: 'things', kind: kindOf('plots_foiled') },
  // Fighters who were arrested are still counted as fighters ("1,664 fighters, of whom 270 were arrested").
  { metric: 'foreign_fighters', counts: 'people', kind: kindOf('foreign_fighters'), feature: 'fight', refines: [{ antecedent: 'foreign_fighters', own: ['arrests'] }] },
  { metric: 'returnees', counts: 'people', kind: kindOf('returnees'), feature: 'return' },
  // Returnees arrested or referred to the courts; a subset of them stays in this metric.
  {
    metric: 'returnees_prosecuted', counts: 'people', kind: kindOf('returnees_prosecuted'),
    refines: [{ antecedent: 'returnees_prosecuted', own: ['returnees', 'arrests'] }, { antecedent: 'returnees', own: ['arrests'] }],
  },
  { metric: 'terrorist_incidents', counts: 'things', kind: kindOf('terrorist_incidents') },
];
