import { z } from 'zod';
import { LANGUAGES, QUALIFIERS } from '@/lib/domain/figure';
import { FIGURE_FIELDS, FIELD_LABELS, historyText, type FigureEditState, type FigureField } from './figure-edit-fields';

export { FIGURE_FIELDS, FIELD_LABELS, historyText, type FigureEditState, type FigureField };

/**
 * What analysts send from the workspace forms, one schema per form, shared by the server actions and their tests.
 * Every message is written for the person at the form: it names the field and says what would be accepted.
 * Form fields arrive as strings (or are missing); an empty field means "none" wherever a value is optional.
 */

const MAX_ID = 2_147_483_647;
export const idField = (what: string) =>
  z
    .string({ error: `The ${what} number is missing.` })
    .regex(/^[1-9]\d{0,9}$/, `The ${what} number is not valid.`)
    .transform(Number)
    .pipe(z.number().max(MAX_ID, `The ${what} number is not valid.`));

/** Empty or whitespace → null; otherwise trimmed and at most `max` characters. */
const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .optional()
    .transform((s) => (s ?? '').trim())
    .pipe(z.string().max(max, `${label} can be at most ${max} characters.`))
    .transform((s) => (s === '' ? null : s));

function isRealDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A partial ISO date ("2019", "2019-06", "2019-06-24") that exists on the calendar, or empty for none. */
export const partialDate = (label: string) =>
  optionalText(label, 40).refine((s) => s === null || isRealDate(s), {
    message: `${label} must be a date written YYYY, YYYY-MM or YYYY-MM-DD (for example 2019-06-24), between 1900 and 2100.`,
  });

/** Only web addresses: a `javascript:` or `data:` link on a source page would run in the reader's browser. */
export const webUrl = optionalText('The address', 2000).refine(
  (s) => {
    if (s === null) return true;
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'The address must be a web address starting with http:// or https://.' },
);

const checkbox = z
  .string()
  .optional()
  .transform((s) => s === 'on' || s === 'true' || s === '1');

export const note = optionalText('A note', 500);

const metricKey = z
  .string({ error: 'Choose a metric.' })
  .regex(/^[a-z][a-z0-9_]{0,63}$/, 'Choose a metric from the list.');

const value = z
  .string({ error: 'Give the value.' })
  .trim()
  .regex(/^\d{1,9}$/, 'The value must be a whole number written with digits only (for example 168).')
  .transform(Number);

const qualifier = z.enum(QUALIFIERS, { error: `The qualifier must be one of: ${QUALIFIERS.join(', ')}.` });

/** The stated parts of a figure an analyst can set; the derived columns follow from them (lib/domain/derive.ts). */
export const figureFieldsSchema = z
  .object({
    metricKey,
    value,
    qualifier,
    periodStart: partialDate('The period start'),
    periodEnd: partialDate('The period end'),
    cumulative: checkbox,
    asOf: partialDate('The as-of date'),
    scope: optionalText('The scope', 200),
    attributedTo: optionalText('The attribution', 200),
  })
  .refine((f) => f.periodStart === null || f.periodEnd === null || f.periodStart.slice(0, 4) <= f.periodEnd.slice(0, 4), {
    message: 'The period ends before it starts.',
    path: ['periodEnd'],
  });
export type FigureFields = z.infer<typeof figureFieldsSchema>;
/** The editable fields, in the order the history lists them. */
const version = z
  .string({ error: 'The form is missing the version it was opened with; reload the page.' })
  .regex(/^[1-9]\d{0,9}$/, 'The form is missing the version it was opened with; reload the page.')
  .transform(Number);

export const correctFigureSchema = z.object({ figureId: idField('figure'), version, note }).and(figureFieldsSchema);

/** A figure added by hand from a selection of the stored source text: offsets into that text. */
export const addFigureSchema = z
  .object({
    sourceId: idField('source'),
    quoteStart: z.string({ error: 'The selection is missing.' }).regex(/^\d{1,9}$/, 'The selection is not valid.').transform(Number),
    quoteEnd: z.string({ error: 'The selection is missing.' }).regex(/^\d{1,9}$/, 'The selection is not valid.').transform(Number),
    quote: z.string({ error: 'The selection is missing.' }).min(1, 'Select the words that state the figure.').max(2000, 'Select at most 2,000 characters.'),
    valueText: optionalText('The value as printed', 200),
    note,
  })
  .and(figureFieldsSchema);

export const sourceDetailsSchema = z.object({
  title: optionalText('The title', 300),
  outlet: optionalText('The outlet', 200),
  url: webUrl,
  publishedAt: partialDate('The publication date'),
  language: z
    .string()
    .optional()
    .transform((s) => (s ? s : null))
    .pipe(z.enum(LANGUAGES, { error: 'The language must be English or French.' }).nullable()),
  isPublic: checkbox,
});
export type SourceDetailsFields = z.infer<typeof sourceDetailsSchema>;

export const editSourceSchema = z.object({ sourceId: idField('source'), version, note }).and(sourceDetailsSchema);

/** A one-line reason from a failed parse, naming the first problem. */
export function firstProblem(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'That request was not understood.';
}

