import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIGURE_SORTS, STATUS_FILTERS, filtersToQuery, parseFigureFilters, parseId, searchParamsOf, withoutEmptyParams, type FigureFilters, type SearchParams } from './schemas';

describe('searchParamsOf', () => {
  it('keeps every value of a repeated key, as Next.js gives a page its searchParams', () => {
    expect(searchParamsOf(new URLSearchParams('a=1&b=2&a=3&a=4'))).toEqual({ a: ['1', '3', '4'], b: '2' });
  });
});

function fromQuery(query: string): SearchParams {
  const out: SearchParams = {};
  for (const [k, v] of new URLSearchParams(query)) out[k] = v;
  return out;
}

describe('parseFigureFilters', () => {
  it('free text with control characters (a NUL byte PostgreSQL refuses) is reported and ignored', () => {
    const { filters, problems } = parseFigureFilters({ q: 'a\u0000b', attributedTo: 'BCIJ\u0007', metric: 'arrests' });
    expect(filters).toEqual({ metric: 'arrests' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('text without control characters');
    expect(parseFigureFilters({ q: 'tab\tand newline\n are fine' }).problems).toEqual([]);
  });

  it('a repeated parameter is reported and ignored (neither the first nor the last is guessed), the rest apply', () => {
    const { filters, problems } = parseFigureFilters(searchParamsOf(new URLSearchParams('metric=arrests&metric=plots_foiled&from=2019')));
    expect(filters).toEqual({ from: 2019 });
    expect(problems).toEqual(['Ignored metric: it was given 2 times; give it once.']);
    // Given once, in an array (as Next.js may pass it), it applies.
    expect(parseFigureFilters({ metric: ['arrests'] }).filters).toEqual({ metric: 'arrests' });
  });

  it('no parameters: no filters, no problems', () => {
    expect(parseFigureFilters({})).toEqual({ filters: {}, problems: [] });
  });

  it('?year=abc gives a problem message and no year filter', () => {
    const { filters, problems } = parseFigureFilters({ year: 'abc' });
    expect(filters).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('year');
    expect(problems[0]).toContain('abc');
    expect(problems[0]).toContain('a four-digit year');
  });

  it('one bad value is dropped while the others still apply', () => {
    const { filters, problems } = parseFigureFilters({ metric: 'arrests', from: 'abc', to: '2020' });
    expect(filters).toEqual({ metric: 'arrests', to: 2020 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('from year');
  });

  it('parses every valid field', () => {
    const { filters, problems } = parseFigureFilters({
      metric: 'cells_dismantled',
      from: '2015',
      to: '2020',
      source: '3',
      attributedTo: 'US State Department',
      status: 'reviewed',
      sort: 'value',
      dir: 'desc',
      page: '2',
      q: 'ISIS',
    });
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      metric: 'cells_dismantled',
      from: 2015,
      to: 2020,
      source: 3,
      attributedTo: 'US State Department',
      status: 'reviewed',
      sort: 'value',
      dir: 'desc',
      page: 2,
      q: 'ISIS',
    });
  });

  it('year sets both ends of the range', () => {
    expect(parseFigureFilters({ year: '2019' })).toEqual({ filters: { from: 2019, to: 2019 }, problems: [] });
  });

  it('a reversed range is swapped, with a message', () => {
    const { filters, problems } = parseFigureFilters({ from: '2020', to: '2015' });
    expect(filters).toEqual({ from: 2015, to: 2020 });
    expect(problems).toEqual(['The year range 2020–2015 is reversed; showing 2015–2020.']);
  });

  it.each(['1899', '2101', '2019.5', '20 19', 'NaN', 'Infinity'])('rejects year %s', (v) => {
    const { filters, problems } = parseFigureFilters({ year: v });
    expect(filters).toEqual({});
    expect(problems).toHaveLength(1);
  });

  it.each([
    ['0', false],
    ['-1', false],
    ['1', true],
    ['100000', true],
    ['100001', false],
    ['1.5', false],
    ['x', false],
  ])('page=%s accepted: %s', (v, ok) => {
    const { filters, problems } = parseFigureFilters({ page: v });
    expect(filters.page !== undefined).toBe(ok);
    expect(problems.length).toBe(ok ? 0 : 1);
    if (!ok) expect(problems[0]).toContain('a page number from 1');
  });

  it('rejects values outside the enums and malformed metric keys', () => {
    const { filters, problems } = parseFigureFilters({ status: 'deleted', sort: 'id', dir: 'up', metric: 'Cells Dismantled' });
    expect(filters).toEqual({});
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain(`one of ${STATUS_FILTERS.join(', ')}`);
    expect(problems.join('\n')).toContain(`one of ${FIGURE_SORTS.join(', ')}`);
    expect(problems.join('\n')).toContain('asc or desc');
    expect(problems.join('\n')).toContain('must be a metric key');
  });

  // Design change (issue 8): a repeated parameter used to be read as its first value here and its last in the
  // export; now it is reported and ignored on pages and refused by the export.
  it('ignores repeated parameters, with a problem, and ignores empty ones', () => {
    expect(parseFigureFilters({ metric: ['arrests', 'cells_dismantled'], q: '' })).toEqual({ filters: {}, problems: ['Ignored metric: it was given 2 times; give it once.'] });
  });

  it('truncates long bad values in messages', () => {
    const { problems } = parseFigureFilters({ year: 'x'.repeat(500) });
    expect(problems[0]!.length).toBeLessThan(150);
    expect(problems[0]).toContain('…');
  });

  it('ignores unknown parameters', () => {
    expect(parseFigureFilters({ foo: 'bar' })).toEqual({ filters: {}, problems: [] });
  });
});

describe('parseId', () => {
  it.each(['1', '42', '2147483647'])('accepts %s', (raw) => {
    expect(parseId(raw)).toBe(Number(raw));
  });

  it.each(['not-a-number', '0', '-1', '1e3', '01', '1.0', ' 1', '1 ', '', '2147483648', '99999999999', '9'.repeat(400), '0x10'])('rejects %j', (raw) => {
    expect(parseId(raw)).toBeNull();
  });
});

describe('filtersToQuery', () => {
  it('is empty for no filters', () => {
    expect(filtersToQuery({})).toBe('');
  });

  it('applies overrides and drops undefined values', () => {
    expect(filtersToQuery({ metric: 'arrests', page: 3 }, { page: undefined })).toBe('?metric=arrests');
    expect(filtersToQuery({ metric: 'arrests' }, { page: 2 })).toBe('?metric=arrests&page=2');
  });

  it('encodes free text', () => {
    expect(filtersToQuery({ q: 'a&b=c ?' })).toBe('?q=a%26b%3Dc+%3F');
  });

  it('round-trips through parseFigureFilters', () => {
    const year = fc.integer({ min: 1900, max: 2100 });
    const text = fc.string({ minLength: 1, maxLength: 200 });
    const filters: fc.Arbitrary<FigureFilters> = fc.record(
      {
        metric: fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/),
        from: year,
        to: year,
        source: fc.integer({ min: 1, max: 1_000_000 }),
        attributedTo: text,
        status: fc.constantFrom(...STATUS_FILTERS),
        sort: fc.constantFrom(...FIGURE_SORTS),
        dir: fc.constantFrom('asc' as const, 'desc' as const),
        page: fc.integer({ min: 1, max: 100_000 }),
        q: text,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        filters.filter((f) => f.from === undefined || f.to === undefined || f.from <= f.to),
        (f) => {
          const parsed = parseFigureFilters(fromQuery(filtersToQuery(f).slice(1)));
          expect(parsed.problems).toEqual([]);
          expect(parsed.filters).toEqual(f);
        },
      ),
    );
  });
});

describe('numeric filters take digits only', () => {
  it.each([
    ['from', '1e3'],
    ['from', '0x7E3'],
    ['to', '2019.0'],
    ['source', '1e3'],
    ['source', '0x10'],
    ['page', '2e1'],
  ])('rejects %s=%j with a message', (key, raw) => {
    const { filters, problems } = parseFigureFilters({ [key]: raw });
    expect(filters).toEqual({});
    expect(problems).toHaveLength(1);
  });

  it('still accepts plain digits, with surrounding spaces trimmed', () => {
    expect(parseFigureFilters({ from: ' 2019 ', source: '12', page: '3' }).filters).toEqual({ from: 2019, source: 12, page: 3 });
  });
});

describe('withoutEmptyParams', () => {
  it('drops empty parameters and keeps the rest as given, repeats and bad values included', () => {
    expect(withoutEmptyParams({ q: 'ISIS', metric: '', from: '', to: '' })).toBe('?q=ISIS');
    expect(withoutEmptyParams({ metric: '', from: '' })).toBe('');
    expect(withoutEmptyParams({ metric: ['a', 'b', ''], from: 'abc' })).toBe('?metric=a&metric=b&from=abc');
  });
  it('null when nothing is empty, so a clean URL is not redirected', () => {
    expect(withoutEmptyParams({ q: 'ISIS', page: '2' })).toBeNull();
    expect(withoutEmptyParams({})).toBeNull();
  });
});
