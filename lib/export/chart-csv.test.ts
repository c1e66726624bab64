import { describe, expect, it } from 'vitest';
import { parseFigureFilters, searchParamsOf } from '@/lib/data/schemas';
import { chartCsvHref, csvFileName } from './chart-csv';

describe('chartCsvHref', () => {
  it('the export narrowed to one metric and the chart’s view', () => {
    expect(chartCsvHref('arrests')).toBe('/api/figures?format=csv&metric=arrests');
    expect(chartCsvHref('cells_dismantled', { from: 2015, to: 2019, status: 'current' })).toBe('/api/figures?format=csv&metric=cells_dismantled&from=2015&to=2019&status=current');
  });
  it('writes filters the export’s schema reads back unchanged, with no problem', () => {
    const url = new URL(chartCsvHref('foreign_fighters', { from: 2011, to: 2020, status: 'reviewed', sourceKind: 'full' }), 'http://x');
    const params = searchParamsOf(url.searchParams);
    delete params.format;
    expect(parseFigureFilters(params)).toEqual({ filters: { metric: 'foreign_fighters', from: 2011, to: 2020, status: 'reviewed', sourceKind: 'full' }, problems: [] });
  });
});

describe('csvFileName', () => {
  it('names the metric and the day', () => {
    const day = new Date('2026-12-01T23:00:00Z');
    expect(csvFileName('arrests', day)).toBe('ctstats-arrests-2026-12-01.csv');
    expect(csvFileName(undefined, day)).toBe('ctstats-figures-2026-12-01.csv');
    expect(csvFileName('a"b/../c', day)).toBe('ctstats-abc-2026-12-01.csv');
  });
});
