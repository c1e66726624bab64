import { describe, expect, it } from 'vitest';
import { countTicks, formatCount, roundStep, yearStartTicks, yearTicks } from './axis';

describe('axis ticks', () => {
  it('count ticks are round, start at zero and reach the largest value', () => {
    expect(countTicks(2963)).toEqual([0, 1000, 2000, 3000]);
    expect(countTicks(50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(countTicks(214)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(4304)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
  });

  it('no uneven steps such as 0/15/30/50: every step is 1, 2 or 5 × 10^k', () => {
    for (const max of [3, 7, 13, 29, 61, 183, 999, 1664, 12345]) {
      const ticks = countTicks(max);
      const step = ticks[1]! - ticks[0]!;
      expect(String(step)).toMatch(/^[125]0*$/);
      expect(ticks.every((t, i) => t === i * step)).toBe(true);
      expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(max);
    }
  });

  it('year ticks are whole years in round steps', () => {
    expect(yearTicks(2015, 2019)).toEqual([2015, 2016, 2017, 2018, 2019]);
    expect(yearTicks(2003, 2022)).toEqual([2000, 2005, 2010, 2015, 2020, 2025]);
    expect(roundStep(0)).toBe(1);
    expect(yearStartTicks(Date.UTC(2015, 2, 24), Date.UTC(2021, 4, 17))).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022].map((y) => Date.UTC(y, 0, 1)));
  });

  it('counts print with thousands separators', () => {
    expect(formatCount(2963)).toBe('2,963');
    expect(formatCount(3000)).toBe('3,000');
  });
});
