import { z } from 'zod';
import { QUALIFIERS } from '@/lib/domain/figure';

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

/** One figure as an analyst accepted it: the reviewed reading of a quote. */
export const reviewedFigureSchema = z.object({
  metric: z.string().regex(/^[a-z][a-z0-9_]*$/),
  value: z.number().int().nonnegative(),
  valueText: z.string().min(1),
  qualifier: z.enum(QUALIFIERS),
  periodStart: partialDate.nullable(),
  periodEnd: partialDate.nullable(),
  cumulative: z.boolean(),
  scope: z.string().nullable(),
  attributedTo: z.string().nullable(),
  citedReport: z.string().nullable().optional(),
  quote: z.string().min(1),
});
export type ReviewedFigure = z.infer<typeof reviewedFigureSchema>;

/**
 * A reviewed-decisions file: for each source file name, the figures accepted. Figures the extractor finds in
 * such a file that match none of these are recorded as rejected.
 */
export const decisionsFileSchema = z.object({
  about: z.string().optional(),
  files: z.record(z.string(), z.array(reviewedFigureSchema)),
});
export type DecisionsFile = z.infer<typeof decisionsFileSchema>;
