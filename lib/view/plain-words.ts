import type { Qualifier } from '@/lib/domain/figure';
import { formatNumber, QUALIFIER_LABEL, type Interval } from '@/lib/domain/qualifiers';
import { formatDate } from '@/lib/domain/periods';

/**
 * How public pages say things, in one place: a reader of a newspaper should be able to read every label without
 * the method page. The notation ("(25, ∞)", "[1,440, 1,760]", character offsets) stays in the export and on the
 * method page (/about), which explains it.
 */

/** A qualified value as a sentence says it: "168", "more than 25", "about 1,600", "fewer than 10". */
export function describeValue(qualifier: Qualifier, value: number): string {
  return qualifier === 'exact' ? formatNumber(value) : `${QUALIFIER_LABEL[qualifier]} ${formatNumber(value)}`;
}

/**
 * The range a figure allows, in words: "168", "more than 25", "at least 40", "between 1,440 and 1,760",
 * "fewer than 10", "10 or fewer". A lower end of 0 is no bound at all (nothing is counted below zero).
 */
export function describeRange(i: Interval): string {
  const lower = i.lower === null || (i.lower === 0 && i.lowerInclusive) ? null : i.lower;
  if (i.lower !== null && i.upper !== null && i.lower === i.upper && i.lowerInclusive && i.upperInclusive) return formatNumber(i.lower);
  if (lower === null && i.upper === null) return 'any number';
  if (i.upper === null) return `${i.lowerInclusive ? 'at least' : 'more than'} ${formatNumber(lower!)}`;
  if (lower === null) return i.upperInclusive ? `${formatNumber(i.upper)} or fewer` : `fewer than ${formatNumber(i.upper)}`;
  return `between ${formatNumber(lower)} and ${formatNumber(i.upper)}`;
}

/**
 * What a page adds after the value to say how ctstats reads it, or null when the words already say it all
 * ("more than 25" is its own range; "about 1,600" is not: ctstats takes it as between 1,440 and 1,760).
 */
export function rangeNote(qualifier: Qualifier, i: Interval): string | null {
  return qualifier === 'about' ? `taken as ${describeRange(i)}` : null;
}

/** The review filter's choices, as a visitor reads them. */
export const STATUS_CHOICE_LABEL = {
  reviewed: 'Reviewed figures only',
  current: 'Include figures awaiting review',
  pending: 'Only figures awaiting review',
} as const satisfies Record<'reviewed' | 'current' | 'pending', string>;

/** "1,234 figures", "1 figure". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * How a source is titled: its own title when the document has one, else its outlet and date ("Morocco World
 * News, 24 Jun 2020"), never its first sentence cut short (which reads as a headline the outlet never wrote).
 */
export function sourceTitle(s: { id: number; title: string | null; outlet: string | null; publishedAt: string | null }): string {
  const title = s.title?.trim();
  if (title) return title;
  const date = s.publishedAt ? formatDate(s.publishedAt) : null;
  if (s.outlet) return date ? `${s.outlet}, ${date}` : s.outlet;
  return date ? `Article of ${date} (outlet not stated)` : `Source ${s.id} (outlet and date not stated)`;
}

/**
 * A corrected field's value as the figure's page says it: qualifiers in words ("more_than" → "more than"),
 * dates as dates, nothing as "none".
 */
export function describeFieldValue(field: string, text: string | null): string {
  if (text === null || text === '') return 'none';
  if (field === 'qualifier' && text in QUALIFIER_LABEL) return QUALIFIER_LABEL[text as Qualifier];
  if ((field === 'asOf' || field === 'periodStart' || field === 'periodEnd') && /^\d{4}(-\d{2}){0,2}$/.test(text)) return formatDate(text);
  if (field === 'value' && /^\d+(\.\d+)?$/.test(text)) return formatNumber(Number(text));
  return text;
}
