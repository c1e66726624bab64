/**
 * The core metric catalogue. It is seeded into the Metric table; after that metrics are data —
 * a new metric is a new row, and every page reads labels and order from the database.
 */
export interface MetricDefinition {
  key: string;
  label: string;
  description: string;
  kind: 'flow' | 'stock';
  sortOrder: number;
}

export const CORE_METRICS: readonly MetricDefinition[] = [
  { key: 'cells_dismantled', label: 'Cells dismantled', description: 'Terrorist cells dismantled by the security services.', kind: 'flow', sortOrder: 1 },
  { key: 'arrests', label: 'Arrests', description: 'People arrested on terrorism charges.', kind: 'flow', sortOrder: 2 },
  { key: 'plots_foiled', label: 'Plots foiled', description: 'Attack plans thwarted before execution.', kind: 'flow', sortOrder: 3 },
  { key: 'foreign_fighters', label: 'Foreign fighters', description: 'Nationals who left to fight in conflict zones abroad.', kind: 'stock', sortOrder: 4 },
  { key: 'returnees', label: 'Returnees', description: 'Foreign fighters who came back to Morocco.', kind: 'stock', sortOrder: 5 },
  { key: 'returnees_prosecuted', label: 'Returnees prosecuted', description: 'Returnees arrested and referred to the courts.', kind: 'stock', sortOrder: 6 },
  { key: 'terrorist_incidents', label: 'Terrorist incidents', description: 'Terrorist attacks or incidents on Moroccan soil.', kind: 'flow', sortOrder: 7 },
];

/**
 * What one unit of a metric is, for axis labels and headline numbers ("214 cells"). Metrics are data, so an
 * unknown key falls back to a neutral word rather than needing code.
 */
const UNITS: Record<string, string> = {
  cells_dismantled: 'cells',
  arrests: 'people arrested',
  plots_foiled: 'plots',
  foreign_fighters: 'people',
  returnees: 'people',
  returnees_prosecuted: 'people',
  terrorist_incidents: 'incidents',
};

export function unitOf(metricKey: string): string {
  return UNITS[metricKey] ?? 'count';
}
