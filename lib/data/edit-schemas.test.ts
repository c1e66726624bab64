import { describe, expect, it } from 'vitest';
import { addFigureSchema, correctFigureSchema, editSourceSchema, firstProblem, sourceDetailsSchema } from './edit-schemas';

/** What the server actions receive: every field a string, a File, or missing. */
type Body = Record<string, unknown>;

const figure: Body = { figureId: '12', version: '3', metricKey: 'arrests', value: '120', qualifier: 'exact', periodStart: '2019', periodEnd: '2019', cumulative: undefined, asOf: '2020-01-05', scope: '', attributedTo: 'DGSN', note: '' };
const source: Body = { sourceId: '4', version: '1', title: 'A title', outlet: '', url: 'https://example.org/a', publishedAt: '2020-02-29', language: 'fr', isPublic: 'on', note: undefined };

describe('correctFigureSchema', () => {
  it('reads a good form: empty optional fields are null, a missing checkbox is false', () => {
    const r = correctFigureSchema.parse(figure);
    expect(r).toMatchObject({ figureId: 12, version: 3, value: 120, scope: null, cumulative: false, note: null, asOf: '2020-01-05' });
  });

  const bad: Array<[string, Body, RegExp]> = [
    ['version missing', { version: undefined }, /version it was opened with/],
    ['version not a number', { version: '1; DROP' }, /version it was opened with/],
    ['figure id zero', { figureId: '0' }, /figure number is not valid/],
    ['figure id too large', { figureId: '99999999999' }, /figure number is not valid/],
    ['figure id a file', { figureId: new File(['1'], 'x.txt') }, /figure number is missing|not valid/],
    ['metric missing', { metricKey: undefined }, /Choose a metric/],
    ['metric with spaces', { metricKey: 'DROP TABLE' }, /Choose a metric from the list/],
    ['value negative', { value: '-3' }, /whole number/],
    ['value exponent', { value: '1e3' }, /whole number/],
    ['value decimal', { value: '12.5' }, /whole number/],
    ['value too long', { value: '1234567890' }, /whole number/],
    ['qualifier unknown', { qualifier: 'roughly' }, /qualifier must be one of/],
    ['date 30 February', { periodStart: '2019-02-30' }, /period start must be a date/],
    ['month 13', { periodEnd: '2019-13' }, /period end must be a date/],
    ['words for a date', { asOf: 'last year' }, /as-of date must be a date/],
    ['year out of range', { asOf: '1850' }, /as-of date must be a date/],
    ['period reversed', { periodStart: '2020', periodEnd: '2018' }, /ends before it starts/],
    ['scope too long', { scope: 'x'.repeat(201) }, /scope can be at most 200/],
    ['note too long', { note: 'x'.repeat(501) }, /note can be at most 500/],
    ['attribution a number', { attributedTo: 7 }, /attribution must be text/],
  ];
  it.each(bad)('refuses %s with a message naming the field', (_name, change, message) => {
    const r = correctFigureSchema.safeParse({ ...figure, ...change });
    expect(r.success).toBe(false);
    if (!r.success) expect(firstProblem(r.error)).toMatch(message);
  });
});

describe('sourceDetailsSchema and editSourceSchema', () => {
  it('reads a good form', () => {
    expect(editSourceSchema.parse(source)).toMatchObject({ sourceId: 4, outlet: null, isPublic: true, language: 'fr', publishedAt: '2020-02-29' });
    expect(sourceDetailsSchema.parse({ ...source, isPublic: undefined, language: '' })).toMatchObject({ isPublic: false, language: null });
  });

  const bad: Array<[string, Body, RegExp]> = [
    ['javascript: address', { url: 'javascript:alert(1)' }, /http:\/\/ or https:\/\//],
    ['data: address', { url: 'data:text/html,hi' }, /http:\/\/ or https:\/\//],
    ['ftp address', { url: 'ftp://example.org' }, /http:\/\/ or https:\/\//],
    ['address without scheme', { url: 'example.org/a' }, /http:\/\/ or https:\/\//],
    ['29 February of a common year', { publishedAt: '2019-02-29' }, /publication date must be a date/],
    ['day-first date', { publishedAt: '31/01/2020' }, /publication date must be a date/],
    ['language not offered', { language: 'de' }, /English or French/],
    ['title too long', { title: 't'.repeat(301) }, /title can be at most 300/],
    ['version zero', { version: '0' }, /version it was opened with/],
  ];
  it.each(bad)('refuses %s', (_name, change, message) => {
    const r = editSourceSchema.safeParse({ ...source, ...change });
    expect(r.success).toBe(false);
    if (!r.success) expect(firstProblem(r.error)).toMatch(message);
  });
});

describe('addFigureSchema', () => {
  const add: Body = { ...figure, sourceId: '3', quoteStart: '10', quoteEnd: '30', quote: 'arrested 120 suspects', valueText: '120' };
  it('reads a good selection', () => {
    expect(addFigureSchema.parse(add)).toMatchObject({ sourceId: 3, quoteStart: 10, quoteEnd: 30, valueText: '120' });
  });
  it.each([
    ['negative offset', { quoteStart: '-1' }, /selection is not valid/],
    ['empty quote', { quote: '' }, /Select the words/],
    ['quote too long', { quote: 'q'.repeat(2001) }, /at most 2,000/],
    ['missing source', { sourceId: undefined }, /source number is missing/],
  ] as Array<[string, Body, RegExp]>)('refuses %s', (_name, change, message) => {
    const r = addFigureSchema.safeParse({ ...add, ...change });
    expect(r.success).toBe(false);
    if (!r.success) expect(firstProblem(r.error)).toMatch(message);
  });
});
