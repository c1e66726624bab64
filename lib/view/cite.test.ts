import { describe, expect, it } from 'vitest';
import type { FigureView } from '@/lib/data/dto';
import { citeFigure } from './cite';

const figure = (over: { source?: Partial<FigureView['source']> } & Partial<Omit<FigureView, 'source'>> = {}): FigureView => {
  const { source, ...rest } = over;
  return {
    id: 42,
    metricLabel: 'Arrests',
    valueWords: 'more than 125',
    periodText: '2019',
    attributedTo: 'US State Department',
    quote: 'the arrest of over125 individuals',
    ...rest,
    source: { id: 2, title: null, headline: 'x', outlet: 'Morocco World News', publishedAt: '2020-06-24', url: 'https://example.org/a', kind: 'full', label: 'Morocco World News', displayTitle: 'Morocco World News, 24 Jun 2020', ...source },
  } as FigureView;
};

const ACCESSED = new Date('2026-12-01T22:00:00Z');

describe('citeFigure', () => {
  it('source, date, address, the quote and figure, the permalink and the access date', () => {
    expect(citeFigure(figure(), 'https://ctstats.example/figures/42', ACCESSED)).toBe(
      'Morocco World News, 24 Jun 2020. https://example.org/a “the arrest of over125 individuals” — Arrests: more than 125, 2019, according to US State Department. ' +
        'ctstats figure 42, https://ctstats.example/figures/42 (accessed 1 Dec 2026).',
    );
  });
  it('says what is not known rather than leaving a gap', () => {
    const text = citeFigure(figure({ attributedTo: null, source: { outlet: null, publishedAt: null, url: null, title: 'Moroccan Security' } }), '/figures/42', ACCESSED);
    expect(text.startsWith('Outlet not stated, “Moroccan Security”, date not stated. “the arrest')).toBe(true);
    expect(text).not.toContain('according to');
  });
  it('marks an excerpt as a quoted passage', () => {
    expect(citeFigure(figure({ source: { kind: 'excerpt' } }), '/figures/42', ACCESSED)).toContain('24 Jun 2020 (quoted passage).');
  });
});
