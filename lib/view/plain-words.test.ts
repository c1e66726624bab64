import { describe, expect, it } from 'vitest';
import { QUALIFIERS, type Qualifier } from '@/lib/domain/figure';
import { intervalFor } from '@/lib/domain/qualifiers';
import { countOf, describeFieldValue, describeRange, describeValue, rangeNote, sourceTitle } from './plain-words';

// What public pages print: words a reader knows, never interval notation.
const NOTATION = /[[\]()∞]/;

describe('describeValue', () => {
  it.each<[Qualifier, number, string]>([
    ['exact', 168, '168'],
    ['exact', 2963, '2,963'],
    ['more_than', 25, 'more than 25'],
    ['at_least', 40, 'at least 40'],
    ['about', 1600, 'about 1,600'],
    ['fewer_than', 10, 'fewer than 10'],
    ['up_to', 10, 'up to 10'],
  ])('%s %i → %s', (q, v, text) => {
    expect(describeValue(q, v)).toBe(text);
  });
});

describe('describeRange', () => {
  it.each<[Qualifier, number, string]>([
    ['exact', 168, '168'],
    ['exact', 0, '0'],
    ['more_than', 25, 'more than 25'],
    ['at_least', 40, 'at least 40'],
    ['about', 1600, 'between 1,440 and 1,760'],
    ['about', 30, 'between 27 and 33'],
    ['fewer_than', 10, 'fewer than 10'],
    ['up_to', 10, '10 or fewer'],
  ])('%s %i → %s', (q, v, text) => {
    expect(describeRange(intervalFor(q, v))).toBe(text);
  });

  it('has words for ends no qualifier makes', () => {
    expect(describeRange({ lower: null, upper: null, lowerInclusive: false, upperInclusive: false })).toBe('any number');
    expect(describeRange({ lower: null, upper: 5, lowerInclusive: false, upperInclusive: true })).toBe('5 or fewer');
    expect(describeRange({ lower: 3, upper: 9, lowerInclusive: false, upperInclusive: false })).toBe('between 3 and 9');
  });

  it('never prints notation, for any qualifier and value', () => {
    for (const q of QUALIFIERS) for (const v of [0, 1, 7, 25, 1600, 123456]) expect(describeRange(intervalFor(q, v))).not.toMatch(NOTATION);
  });
});

describe('rangeNote', () => {
  it('explains only what the words leave open: “about”', () => {
    expect(rangeNote('about', intervalFor('about', 1600))).toBe('taken as between 1,440 and 1,760');
    for (const q of QUALIFIERS.filter((x) => x !== 'about')) expect(rangeNote(q, intervalFor(q, 25))).toBeNull();
  });
});

describe('sourceTitle', () => {
  it('the document title first, trimmed', () => {
    expect(sourceTitle({ id: 4, title: ' Moroccan Security ', outlet: 'Morocco World News', publishedAt: null })).toBe('Moroccan Security');
  });
  it('else outlet and date, never the text', () => {
    expect(sourceTitle({ id: 7, title: null, outlet: 'GFATF', publishedAt: '2022-10' })).toBe('GFATF, Oct 2022');
    expect(sourceTitle({ id: 7, title: '', outlet: 'Axar.az', publishedAt: null })).toBe('Axar.az');
    expect(sourceTitle({ id: 1, title: null, outlet: null, publishedAt: '2020-02-28' })).toBe('Article of 28 Feb 2020 (outlet not stated)');
    expect(sourceTitle({ id: 3, title: null, outlet: null, publishedAt: null })).toBe('Source 3 (outlet and date not stated)');
  });
});

describe('countOf', () => {
  it('says one and many', () => {
    expect(countOf(1, 'figure')).toBe('1 figure');
    expect(countOf(1234, 'figure')).toBe('1,234 figures');
    expect(countOf(2, 'match', 'matches')).toBe('2 matches');
  });
});

describe('describeFieldValue', () => {
  it('says a corrected value in words', () => {
    expect(describeFieldValue('qualifier', 'more_than')).toBe('more than');
    expect(describeFieldValue('asOf', '2020-06-24')).toBe('24 Jun 2020');
    expect(describeFieldValue('value', '2963')).toBe('2,963');
    expect(describeFieldValue('scope', null)).toBe('none');
    expect(describeFieldValue('scope', 'linked to ISIS')).toBe('linked to ISIS');
  });
});
