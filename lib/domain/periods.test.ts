import { describe, expect, it } from 'vitest';
import { daysBetween, describePeriod, formatDate, yearOf, type PeriodLike } from './periods';

describe('yearOf', () => {
  it.each([
    ['2019', 2019],
    ['2019-06', 2019],
    ['2019-06-24', 2019],
  ])('%s → %i', (d, y) => expect(yearOf(d)).toBe(y));

  it('is null for unknown or malformed dates', () => {
    expect(yearOf(null)).toBeNull();
    expect(yearOf(undefined)).toBeNull();
    expect(yearOf('')).toBeNull();
    expect(yearOf('202')).toBeNull(); // a truncated base year, as printed in one source
    expect(yearOf('unknown')).toBeNull();
  });
});

describe('daysBetween', () => {
  it('counts whole days, in either order', () => {
    expect(daysBetween('2020-06-24', '2020-09-24')).toBe(92);
    expect(daysBetween('2020-09-24', '2020-06-24')).toBe(92);
    expect(daysBetween('2015-03-21', '2015-03-24')).toBe(3);
    expect(daysBetween('2020-01-01', '2020-01-01')).toBe(0);
  });

  it('reads partial dates at their first day', () => {
    expect(daysBetween('2019', '2019-02-01')).toBe(31);
    expect(daysBetween('2019-03', '2019-03-01')).toBe(0);
    expect(daysBetween('2019', '2020')).toBe(365);
    expect(daysBetween('2020', '2021')).toBe(366); // leap year
  });

  it('is null when either date is unknown or malformed', () => {
    expect(daysBetween(null, '2019')).toBeNull();
    expect(daysBetween('2019', null)).toBeNull();
    expect(daysBetween('2019-6-1', '2019')).toBeNull();
    expect(daysBetween('yesterday', '2019')).toBeNull();
  });
});

describe('formatDate', () => {
  it.each([
    ['2020-06-24', '24 Jun 2020'],
    ['2001-09-11', '11 Sep 2001'],
    ['2020-06', 'Jun 2020'],
    ['2020', '2020'],
    ['2020-12-01', '1 Dec 2020'],
  ])('%s → %s', (d, text) => expect(formatDate(d)).toBe(text));

  it('says "date unknown" for a missing date', () => {
    expect(formatDate(null)).toBe('date unknown');
  });
});

const period = (p: Partial<PeriodLike>): PeriodLike => ({ periodStart: null, periodEnd: null, cumulative: false, asOf: null, ...p });

describe('describePeriod', () => {
  it('an annual figure reads as its year', () => {
    expect(describePeriod(period({ periodStart: '2019', periodEnd: '2019', asOf: '2020-06-24' }))).toBe('2019');
  });

  it('a single-day or single-month flow period reads as that date', () => {
    expect(describePeriod(period({ periodStart: '2020-06', periodEnd: '2020-06' }))).toBe('Jun 2020');
    expect(describePeriod(period({ periodStart: '2020-06-24', periodEnd: '2020-06-24' }))).toBe('24 Jun 2020');
  });

  it('a range of years reads as "2011–2013"', () => {
    expect(describePeriod(period({ periodStart: '2011', periodEnd: '2013' }))).toBe('2011–2013');
  });

  it('a year-to-date range gives the year once', () => {
    expect(describePeriod(period({ periodStart: '2020-01-01', periodEnd: '2020-10-22' }))).toBe('1 Jan–22 Oct 2020');
  });

  it('a dated range across years gives both dates in full', () => {
    expect(describePeriod(period({ periodStart: '2019-11-01', periodEnd: '2020-02-15' }))).toBe('1 Nov 2019–15 Feb 2020');
  });

  it('open flow ranges and an unknown period are said so', () => {
    expect(describePeriod(period({ periodStart: '2019' }))).toBe('from 2019');
    expect(describePeriod(period({ periodEnd: '2019-05' }))).toBe('to May 2019');
    expect(describePeriod(period({}))).toBe('period unknown');
  });

  it('a cumulative figure with an as-of date: "since 2002 (to 15 Oct 2018)"', () => {
    expect(describePeriod(period({ cumulative: true, periodStart: '2002', periodEnd: '2018-10-15', asOf: '2018-10-15' }))).toBe('since 2002 (to 15 Oct 2018)');
    expect(describePeriod(period({ cumulative: true, periodStart: '2001-09-11', periodEnd: '2018-10-15', asOf: '2018-10-15' }))).toBe(
      'since 11 Sep 2001 (to 15 Oct 2018)',
    );
  });

  it('a cumulative figure from an undated source says its as-of date is unknown', () => {
    expect(describePeriod(period({ cumulative: true, periodStart: '2001-09-11' }))).toBe('since 11 Sep 2001 (date of the statement unknown)');
  });

  it('a cumulative figure whose end was not recorded falls back to its as-of date', () => {
    expect(describePeriod(period({ cumulative: true, periodStart: '2002', periodEnd: null, asOf: '2018-10-15' }))).toBe('since 2002 (to 15 Oct 2018)');
  });

  it('a stock (no start) reads as a running total as of its date', () => {
    expect(describePeriod(period({ cumulative: true, periodEnd: '2020-09' }))).toBe('running total as of Sep 2020');
    expect(describePeriod(period({ cumulative: true, periodEnd: null, asOf: '2020-09-24' }))).toBe('running total as of 24 Sep 2020');
    expect(describePeriod(period({ cumulative: true }))).toBe('running total, date unknown');
  });
});
