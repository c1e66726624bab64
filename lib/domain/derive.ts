import type { PartialDate, Qualifier } from './figure';
import { intervalFor } from './qualifiers';
import { yearOf } from './periods';
import { comparisonKey } from './compare';

/** What an analyst or the engine states about a figure; everything else stored with it follows from these. */
export interface StatedFigure {
  metricKey: string;
  value: number;
  qualifier: Qualifier;
  periodStart: PartialDate | null;
  periodEnd: PartialDate | null;
  cumulative: boolean;
  scope: string | null;
  geography: string;
}

/** The columns derived from a stated figure: its interval, the indexed years of its period and its comparison key. */
export interface DerivedColumns {
  lower: number | null;
  upper: number | null;
  lowerInclusive: boolean;
  upperInclusive: boolean;
  periodStartYear: number | null;
  periodEndYear: number | null;
  comparisonKey: string;
}

/**
 * The one derivation of a figure's stored columns, used by ingest and by every correction, so a corrected figure
 * lands in the same year filters and comparison groups as one extracted that way. A flow with only a start (“in
 * 2019”) ends in its start year; a running total without an end runs to its as-of date, so its end year stays open.
 */
export function deriveFigureColumns(f: StatedFigure): DerivedColumns {
  const interval = intervalFor(f.qualifier, f.value);
  return {
    lower: interval.lower,
    upper: interval.upper,
    lowerInclusive: interval.lowerInclusive,
    upperInclusive: interval.upperInclusive,
    periodStartYear: yearOf(f.periodStart),
    periodEndYear: yearOf(f.periodEnd) ?? (f.cumulative ? null : yearOf(f.periodStart)),
    comparisonKey: comparisonKey(f),
  };
}
