import type { Qualifier } from './figure';

/**
 * A figure's value as an interval. Bounds may be open (null = unbounded) and each end is inclusive
 * or exclusive, so ">25" (25, ∞) and "at least 25" [25, ∞) stay different things.
 */
export interface Interval {
  lower: number | null;
  upper: number | null;
  lowerInclusive: boolean;
  upperInclusive: boolean;
}

/**
 * Tolerance for "about N": ±10 % of N, at least ±1 — so "about 1,600" is [1440, 1760] and
 * "une trentaine" (about 30) is [27, 33]. Chosen because outlets round to two significant figures;
 * a tighter band would call ordinary rounding a contradiction.
 */
export const ABOUT_TOLERANCE = 0.1;

export function intervalFor(qualifier: Qualifier, value: number): Interval {
  switch (qualifier) {
    case 'exact':
      return { lower: value, upper: value, lowerInclusive: true, upperInclusive: true };
    case 'more_than':
      return { lower: value, upper: null, lowerInclusive: false, upperInclusive: false };
    case 'at_least':
      return { lower: value, upper: null, lowerInclusive: true, upperInclusive: false };
    case 'about': {
      const delta = Math.max(1, Math.round(value * ABOUT_TOLERANCE));
      return { lower: Math.max(0, value - delta), upper: value + delta, lowerInclusive: true, upperInclusive: true };
    }
    case 'fewer_than':
      return { lower: 0, upper: value, lowerInclusive: true, upperInclusive: false };
    case 'up_to':
      return { lower: 0, upper: value, lowerInclusive: true, upperInclusive: true };
  }
}

/** Do two intervals share at least one point? Open ends and exclusive bounds are honoured. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return !isBelow(a, b) && !isBelow(b, a);
}

/** True when every point of `a` lies strictly below every point of `b`. */
function isBelow(a: Interval, b: Interval): boolean {
  if (a.upper === null || b.lower === null) return false;
  if (a.upper < b.lower) return true;
  if (a.upper > b.lower) return false;
  return !(a.upperInclusive && b.lowerInclusive);
}

/** "(25, ∞)", "[40, ∞)", "[1440, 1760]", "168". */
export function formatInterval(i: Interval): string {
  if (i.lower !== null && i.upper !== null && i.lower === i.upper && i.lowerInclusive && i.upperInclusive) {
    return formatNumber(i.lower);
  }
  const lo = i.lower === null ? '−∞' : formatNumber(i.lower);
  const hi = i.upper === null ? '∞' : formatNumber(i.upper);
  const open = i.lower !== null && i.lowerInclusive ? '[' : '(';
  const close = i.upper !== null && i.upperInclusive ? ']' : ')';
  return `${open}${lo}, ${hi}${close}`;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

const QUALIFIER_SYMBOL: Record<Qualifier, string> = {
  exact: '',
  more_than: '>',
  at_least: '≥',
  about: '≈',
  fewer_than: '<',
  up_to: '≤',
};

/** Compact display of a qualified value: ">25", "≈1,600", "168". */
export function formatQualified(qualifier: Qualifier, value: number): string {
  return `${QUALIFIER_SYMBOL[qualifier]}${formatNumber(value)}`;
}

export const QUALIFIER_LABEL: Record<Qualifier, string> = {
  exact: 'exactly',
  more_than: 'more than',
  at_least: 'at least',
  about: 'about',
  fewer_than: 'fewer than',
  up_to: 'up to',
};

/** Of two lower bounds, the one fewer values satisfy (at equal values an exclusive bound is stricter). */
export function stricterLower(a: Interval, b: Interval): Interval {
  if (a.lower === null) return b;
  if (b.lower === null) return a;
  if (a.lower !== b.lower) return a.lower > b.lower ? a : b;
  return a.lowerInclusive ? b : a;
}

export function stricterUpper(a: Interval, b: Interval): Interval {
  if (a.upper === null) return b;
  if (b.upper === null) return a;
  if (a.upper !== b.upper) return a.upper < b.upper ? a : b;
  return a.upperInclusive ? b : a;
}

/**
 * Whether intervals all overlap pairwise, in linear time: on a line they do exactly when the one with the strictest
 * lower bound overlaps the one with the strictest upper bound (Helly's theorem in one dimension).
 */
export function allOverlap(intervals: Interval[]): boolean {
  if (intervals.length < 2) return true;
  return intervalsOverlap(intervals.reduce(stricterLower), intervals.reduce(stricterUpper));
}

/** The values every interval allows (call it only when they all overlap). */
export function intersection(intervals: Interval[]): Interval {
  const low = intervals.reduce(stricterLower);
  const high = intervals.reduce(stricterUpper);
  return { lower: low.lower, lowerInclusive: low.lowerInclusive, upper: high.upper, upperInclusive: high.upperInclusive };
}

/** The smallest interval holding every one of them. */
export function hull(intervals: Interval[]): Interval {
  const looser = (a: Interval, b: Interval, pick: (x: Interval, y: Interval) => Interval) => (pick(a, b) === a ? b : a);
  const low = intervals.reduce((a, b) => looser(a, b, stricterLower));
  const high = intervals.reduce((a, b) => looser(a, b, stricterUpper));
  return { lower: low.lower, lowerInclusive: low.lowerInclusive, upper: high.upper, upperInclusive: high.upperInclusive };
}

/** A qualified value in words: "more than 125", "about 1,600", "168". */
export function valueInWords(qualifier: Qualifier, value: number): string {
  return qualifier === 'exact' ? formatNumber(value) : `${QUALIFIER_LABEL[qualifier]} ${formatNumber(value)}`;
}
