import { describe, expect, it } from 'vitest';
import type { FigureView } from '@/lib/data/dto';
import { cutAtWord, figureDescription } from './social';

const figure = (quote: string) =>
  ({
    valueWords: 'more than 125',
    metricLabel: 'Arrests',
    periodText: '2019',
    attributedTo: 'US State Department',
    quote,
    source: { outlet: 'Morocco World News', publishedAt: '2020-06-24' },
  }) as FigureView;

describe('figureDescription', () => {
  it('the number in words, what, when, who and where, then the quote', () => {
    expect(figureDescription(figure('the arrest of over125 individuals'))).toBe(
      'more than 125 — arrests, 2019 according to US State Department (Morocco World News, 24 Jun 2020): “the arrest of over125 individuals”',
    );
  });
  it('a long quote is cut at a word, within what a card shows', () => {
    const d = figureDescription(figure('word '.repeat(80).trim()));
    expect(d.length).toBeLessThanOrEqual(201);
    expect(d.endsWith('word…”')).toBe(true);
  });
});

describe('cutAtWord', () => {
  it('keeps a short text, cuts a long one at a word near the end, or inside one long word', () => {
    expect(cutAtWord('short text', 20)).toBe('short text');
    expect(cutAtWord('one two three four five six', 20)).toBe('one two three four…');
    expect(cutAtWord('x'.repeat(30), 20)).toBe(`${'x'.repeat(19)}…`);
    expect(cutAtWord('a ' + 'x'.repeat(30), 20)).toHaveLength(20);
  });
});
