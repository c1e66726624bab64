/**
 * The figure fields an analyst corrects, their labels and how a value is written in the history. Kept apart from
 * the zod schemas (edit-schemas.ts) because the correction form in the browser needs these and nothing else: zod in
 * a client bundle probes for eval, which the Content-Security-Policy reports as a violation.
 */
import type { FigureFields } from './edit-schemas';

export const FIGURE_FIELDS = ['metricKey', 'value', 'qualifier', 'periodStart', 'periodEnd', 'cumulative', 'asOf', 'scope', 'attributedTo'] as const satisfies ReadonlyArray<keyof FigureFields>;
export type FigureField = (typeof FIGURE_FIELDS)[number];

export const FIELD_LABELS: Record<FigureField, string> = {
  metricKey: 'Metric',
  value: 'Value',
  qualifier: 'Qualifier',
  periodStart: 'Period start',
  periodEnd: 'Period end',
  cumulative: 'Running total',
  asOf: 'As of',
  scope: 'Scope',
  attributedTo: 'Attributed to',
};

/** A figure as the correction form sees it: its version and its stated fields. */
export interface FigureEditState {
  version: number;
  fields: FigureFields;
}

/** How a field's value is written in the history and in notices: text, or null for "none". */
export function historyText(v: FigureFields[FigureField]): string | null {
  if (v === null) return null;
  return typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
}
