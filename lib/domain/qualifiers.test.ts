import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QUALIFIERS, type Qualifier } from './figure';
import { formatInterval, formatQualified, intervalFor, intervalsOverlap, type Interval } from './qualifiers';

const closed = (lower: number, upper: number): Interval => ({ lower, upper, lowerInclusive: true, upperInclusive: true });

describe('intervalFor', () => {
  it('exact N is the single point [N, N]', () => {
    expect(intervalFor('exact', 168)).toEqual(closed(168, 168));
  });

  it('"no attacks" (exact 0) is [0, 0]', () => {
    expect(intervalFor('exact', 0)).toEqual(closed(0, 0));
  });

  it('more than N is (N, ∞): exclusive lower bound, no upper bound', () => {
    expect(intervalFor('more_than', 25)).toEqual({ lower: 25, upper: null, lowerInclusive: false, upperInclusive: false });
  });

  it('at least N is [N, ∞)', () => {
    expect(intervalFor('at_least', 40)).toEqual({ lower: 40, upper: null, lowerInclusive: true, upperInclusive: false });
  });

  it('fewer than N is [0, N)', () => {
    expect(intervalFor('fewer_than', 10)).toEqual({ lower: 0, upper: 10, lowerInclusive: true, upperInclusive: false });
  });

  it('up to N is [0, N]', () => {
    expect(intervalFor('up_to', 10)).toEqual(closed(0, 10));
  });

  describe('about N: ±10 % of N, at least ±1', () => {
    it.each([
      [1600, 1440, 1760], // "about 1,600"
      [30, 27, 33], // "une trentaine"
      [100, 90, 110],
      [5, 4, 6], // 10 % is 0.5 → the ±1 floor
      [3, 2, 4],
      [1, 0, 2],
      [0, 0, 1], // never below zero
      [14, 13, 15], // 1.4 rounds to 1
      [25, 22, 28], // 2.5 rounds to 3 (Math.round)
    ])('about %i is [%i, %i]', (value, lower, upper) => {
      expect(intervalFor('about', value)).toEqual(closed(lower, upper));
    });
  });

  it('every interval contains its own value, and never goes below zero', () => {
    fc.assert(
      fc.property(fc.constantFrom<Qualifier>(...QUALIFIERS), fc.integer({ min: 0, max: 1_000_000 }), (q, v) => {
        const i = intervalFor(q, v);
        expect(i.lower === null || i.lower >= 0).toBe(true);
        // The printed value is a bound for strict qualifiers, otherwise inside the interval.
        if (q === 'more_than' || q === 'fewer_than') {
          expect(q === 'more_than' ? i.lower : i.upper).toBe(v);
        } else {
          expect(intervalsOverlap(i, closed(v, v))).toBe(true);
        }
      }),
    );
  });
});

describe('intervalsOverlap', () => {
  const moreThan25 = intervalFor('more_than', 25);
  const atLeast40 = intervalFor('at_least', 40);

  it('(25, ∞) and [25, 25] do not overlap: "more than 25" excludes 25', () => {
    expect(intervalsOverlap(moreThan25, closed(25, 25))).toBe(false);
    expect(intervalsOverlap(closed(25, 25), moreThan25)).toBe(false);
  });

  it('[40, ∞) and [40, 40] overlap: "at least 40" includes 40', () => {
    expect(intervalsOverlap(atLeast40, closed(40, 40))).toBe(true);
    expect(intervalsOverlap(closed(40, 40), atLeast40)).toBe(true);
  });

  it('two identical "more than" figures agree', () => {
    expect(intervalsOverlap(moreThan25, intervalFor('more_than', 25))).toBe(true);
  });

  it('(25, ∞) overlaps any exact value above 25', () => {
    expect(intervalsOverlap(moreThan25, closed(26, 26))).toBe(true);
  });

  it('two unbounded-above intervals always overlap', () => {
    expect(intervalsOverlap(intervalFor('more_than', 1000), intervalFor('at_least', 1))).toBe(true);
  });

  it('[0, 10) and [10, 10] do not overlap; [0, 10] and [10, 10] do', () => {
    expect(intervalsOverlap(intervalFor('fewer_than', 10), closed(10, 10))).toBe(false);
    expect(intervalsOverlap(intervalFor('up_to', 10), closed(10, 10))).toBe(true);
  });

  it('(25, ∞) and [0, 25) touch at an excluded point only', () => {
    expect(intervalsOverlap(moreThan25, intervalFor('fewer_than', 25))).toBe(false);
    expect(intervalsOverlap(intervalFor('at_least', 25), intervalFor('up_to', 25))).toBe(true);
    expect(intervalsOverlap(intervalFor('at_least', 25), intervalFor('fewer_than', 25))).toBe(false);
  });

  it('200 and 220 exact disagree; "about 200" and 220 agree', () => {
    expect(intervalsOverlap(closed(200, 200), closed(220, 220))).toBe(false);
    expect(intervalsOverlap(intervalFor('about', 200), closed(220, 220))).toBe(true);
  });

  it('fully unbounded intervals overlap everything', () => {
    const all: Interval = { lower: null, upper: null, lowerInclusive: false, upperInclusive: false };
    expect(intervalsOverlap(all, closed(3, 3))).toBe(true);
    expect(intervalsOverlap(all, intervalFor('more_than', 3))).toBe(true);
  });

  it('is symmetric and agrees with a brute-force check on integer and half-integer points', () => {
    const interval = fc
      .record({
        lower: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
        upper: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
        lowerInclusive: fc.boolean(),
        upperInclusive: fc.boolean(),
      })
      .filter((i) => i.lower === null || i.upper === null || i.lower < i.upper || (i.lower === i.upper && i.lowerInclusive && i.upperInclusive));
    const contains = (i: Interval, x: number): boolean =>
      (i.lower === null || x > i.lower || (x === i.lower && i.lowerInclusive)) && (i.upper === null || x < i.upper || (x === i.upper && i.upperInclusive));
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const points: number[] = [];
        for (let x = -1; x <= 21; x += 0.5) points.push(x);
        const brute = points.some((x) => contains(a, x) && contains(b, x));
        expect(intervalsOverlap(a, b)).toBe(brute);
        expect(intervalsOverlap(b, a)).toBe(brute);
      }),
    );
  });
});

describe('formatInterval', () => {
  it.each<[Qualifier, number, string]>([
    ['exact', 168, '168'],
    ['exact', 2963, '2,963'],
    ['more_than', 25, '(25, ∞)'],
    ['at_least', 40, '[40, ∞)'],
    ['about', 1600, '[1,440, 1,760]'],
    ['fewer_than', 10, '[0, 10)'],
    ['up_to', 10, '[0, 10]'],
  ])('%s %i → %s', (q, v, text) => {
    expect(formatInterval(intervalFor(q, v))).toBe(text);
  });

  it('shows an unbounded lower end as (−∞', () => {
    expect(formatInterval({ lower: null, upper: 5, lowerInclusive: true, upperInclusive: true })).toBe('(−∞, 5]');
  });
});

describe('formatQualified', () => {
  it.each<[Qualifier, number, string]>([
    ['exact', 168, '168'],
    ['more_than', 25, '>25'],
    ['at_least', 40, '≥40'],
    ['about', 1600, '≈1,600'],
    ['fewer_than', 10, '<10'],
    ['up_to', 10, '≤10'],
    ['exact', 0, '0'],
  ])('%s %i → %s', (q, v, text) => {
    expect(formatQualified(q, v)).toBe(text);
  });
});
