import { describe, expect, it } from 'vitest';
import { describeFilters, withoutFilter } from './filter-words';

describe('describeFilters', () => {
  it('names each chosen filter in words, the year range as one', () => {
    const labels = { metricLabel: (k: string) => (k === 'arrests' ? 'Arrests' : undefined), sourceLabel: 'Morocco World News' };
    expect(describeFilters({ q: 'ISIS', metric: 'arrests', from: 2030, to: 2031, source: 4, status: 'reviewed' }, labels).map((f) => f.text)).toEqual([
      'the search “ISIS”',
      'the metric Arrests',
      'the years 2030–2031',
      'the source Morocco World News',
      'reviewed figures only',
    ]);
    expect(describeFilters({ from: 2019, to: 2019 })[0]!.text).toBe('the year 2019');
    expect(describeFilters({ to: 2019 })[0]!.text).toBe('the years up to 2019');
    expect(describeFilters({ source: 9 })[0]!.text).toBe('the source number 9');
    expect(describeFilters({ q: 'x', status: 'reviewed' }).map((f) => f.removeText)).toEqual(['Remove the search “x”', 'Include figures awaiting review']);
  });
  it('leaves out what does not narrow: no filters, or every figure', () => {
    expect(describeFilters({})).toEqual([]);
    expect(describeFilters({ status: 'current', sort: 'value', page: 2 })).toEqual([]);
  });
});

describe('withoutFilter', () => {
  it('drops one filter and the page position, keeps the rest', () => {
    const f = { q: 'ISIS', from: 2030, to: 2031, sort: 'value' as const, page: 3, after: 17 };
    expect(withoutFilter(f, 'years')).toEqual({ q: 'ISIS', sort: 'value' });
    expect(withoutFilter(f, 'q')).toEqual({ from: 2030, to: 2031, sort: 'value' });
  });
  it('removing the review filter shows reviewed and awaiting review alike', () => {
    expect(withoutFilter({ status: 'reviewed', metric: 'arrests' }, 'status')).toEqual({ status: 'current', metric: 'arrests' });
  });
});
