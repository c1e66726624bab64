import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locateQuote, paragraphAround, segmentText, type Span } from './text-segments';

const TEXT = 'Morocco dismantled more than 25 cells in 2019 and arrested over 125 people.';
const at = (needle: string, id: number): Span => {
  const start = TEXT.indexOf(needle);
  if (start === -1) throw new Error(`not in text: ${needle}`);
  return { id, start, end: start + needle.length };
};


describe('segmentText', () => {
  it('without spans the whole text is one unlinked run', () => {
    expect(segmentText(TEXT, [])).toEqual([{ start: 0, end: TEXT.length, text: TEXT, ids: [] }]);
  });

  it('splits around one span', () => {
    const s = at('more than 25 cells', 1);
    const segs = segmentText(TEXT, [s]);
    expect(segs.map((x) => [x.text, x.ids])).toEqual([
      ['Morocco dismantled ', []],
      ['more than 25 cells', [1]],
      [' in 2019 and arrested over 125 people.', []],
    ]);
  });

  it('overlapping spans produce a shared run that lists both, shortest first', () => {
    const a = at('more than 25 cells in 2019', 1);
    const b = at('cells in 2019 and arrested', 2);
    const segs = segmentText(TEXT, [a, b]);
    expect(segs.map((x) => [x.text, x.ids])).toEqual([
      ['Morocco dismantled ', []],
      ['more than 25 ', [1]],
      ['cells in 2019', [1, 2]],
      [' and arrested', [2]],
      [' over 125 people.', []],
    ]);
  });

  it('a nested span wins inside its outer span (most specific link first)', () => {
    const outer = at('dismantled more than 25 cells in 2019', 7);
    const inner = at('more than 25 cells', 3);
    const segs = segmentText(TEXT, [outer, inner]);
    expect(segs.find((x) => x.text === 'more than 25 cells')?.ids).toEqual([3, 7]);
    expect(segs.find((x) => x.text === 'dismantled ')?.ids).toEqual([7]);
    expect(segs.find((x) => x.text === ' in 2019')?.ids).toEqual([7]);
  });

  it('equal spans are ordered by id', () => {
    const segs = segmentText(TEXT, [at('over 125', 9), at('over 125', 4)]);
    expect(segs.find((x) => x.text === 'over 125')?.ids).toEqual([4, 9]);
  });

  it('ignores spans outside the range, empty and reversed spans', () => {
    const from = TEXT.indexOf('more');
    const to = TEXT.indexOf(' and');
    const segs = segmentText(TEXT, [at('over 125', 1), at('Morocco', 2), { id: 3, start: 10, end: 10 }, { id: 4, start: 30, end: 20 }], from, to);
    expect(segs).toEqual([{ start: from, end: to, text: TEXT.slice(from, to), ids: [] }]);
  });

  it('clips a span that crosses the edge of the range, so the figure is still linked', () => {
    const from = 0;
    const to = TEXT.indexOf(' cells');
    const segs = segmentText(TEXT, [at('more than 25 cells', 1)], from, to);
    expect(segs.map((x) => [x.text, x.ids])).toEqual([
      ['Morocco dismantled ', []],
      ['more than 25', [1]],
    ]);
  });

  it('segments are contiguous and cover exactly the range', () => {
    const segs = segmentText(TEXT, [at('more than 25 cells', 1), at('over 125', 2)], 5, 70);
    expect(segs[0]!.start).toBe(5);
    expect(segs.at(-1)!.end).toBe(70);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
  });

  it('property: concatenated segment texts === text.slice(from, to), and every run is covered by exactly the spans listed', () => {
    const input = fc.string({ minLength: 0, maxLength: 80 }).chain((text) => {
      const pos = fc.integer({ min: 0, max: text.length });
      return fc.record({
        text: fc.constant(text),
        range: fc.tuple(pos, pos).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])),
        spans: fc.array(
          fc.record({ id: fc.integer({ min: 1, max: 50 }), start: fc.integer({ min: -5, max: text.length + 5 }), end: fc.integer({ min: -5, max: text.length + 5 }) }),
          { maxLength: 8 },
        ),
      });
    });
    fc.assert(
      fc.property(input, ({ text, range: [from, to], spans }) => {
        const segs = segmentText(text, spans, from, to);
        expect(segs.map((s) => s.text).join('')).toBe(text.slice(from, to));
        for (const s of segs) {
          expect(s.start).toBeLessThan(s.end);
          expect(s.text).toBe(text.slice(s.start, s.end));
          const covering = spans.filter((sp) => sp.start < sp.end && Math.max(sp.start, from) <= s.start && Math.min(sp.end, to) >= s.end).map((sp) => sp.id);
          expect([...s.ids].sort((a, b) => a - b)).toEqual(covering.sort((a, b) => a - b));
        }
      }),
    );
  });
});

describe('locateQuote', () => {
  const quote = 'more than 25 cells';
  const start = TEXT.indexOf(quote);

  it('exact: the quote is at its stored offsets', () => {
    expect(locateQuote(TEXT, quote, start, start + quote.length)).toEqual({ start, end: start + quote.length, status: 'exact' });
  });

  it('moved: the text shifted, the quote is found by content', () => {
    const shifted = `UPDATED: ${TEXT}`;
    expect(locateQuote(shifted, quote, start, start + quote.length)).toEqual({ start: start + 9, end: start + 9 + quote.length, status: 'moved' });
  });

  it('moved: with a prefix, the occurrence after that prefix is chosen', () => {
    const text = 'In 2018: more than 25 cells. In 2019: more than 25 cells.';
    const second = text.lastIndexOf(quote);
    expect(locateQuote(text, quote, 0, 5, 'In 2019: ')).toEqual({ start: second, end: second + quote.length, status: 'moved' });
    // Without the prefix the first occurrence is taken.
    expect(locateQuote(text, quote, 0, 5).start).toBe(text.indexOf(quote));
    // An unknown prefix falls back to the quote alone.
    expect(locateQuote(text, quote, 0, 5, 'nowhere ').start).toBe(text.indexOf(quote));
  });

  it('missing: the quote is no longer in the text; the stored offsets are returned', () => {
    expect(locateQuote('Completely different text.', quote, 3, 21)).toEqual({ start: 3, end: 21, status: 'missing' });
  });

  it('offsets beyond the text do not throw', () => {
    expect(locateQuote('short', quote, 100, 118).status).toBe('missing');
  });
});

describe('paragraphAround', () => {
  const text = 'Title line\n\nFirst paragraph with 168 cells.\nSecond paragraph with 50 cells.\n\nLast.';

  it('returns the line holding the quote', () => {
    const s = text.indexOf('168');
    const p = paragraphAround(text, s, s + 3);
    expect(text.slice(p.start, p.end)).toBe('First paragraph with 168 cells.');
  });

  it('works at the start and end of the text', () => {
    expect(paragraphAround(text, 0, 5)).toEqual({ start: 0, end: 10 });
    const s = text.indexOf('Last');
    expect(text.slice(paragraphAround(text, s, s + 4).start)).toBe('Last.');
    expect(paragraphAround(text, s, s + 4).end).toBe(text.length);
  });

  it('a quote starting a line keeps that line', () => {
    const s = text.indexOf('Second');
    const p = paragraphAround(text, s, s + 6);
    expect(text.slice(p.start, p.end)).toBe('Second paragraph with 50 cells.');
  });

  it('a quote spanning lines takes both lines', () => {
    const s = text.indexOf('168');
    const e = text.indexOf('50') + 2;
    const p = paragraphAround(text, s, e);
    expect(text.slice(p.start, p.end)).toBe('First paragraph with 168 cells.\nSecond paragraph with 50 cells.');
  });

  it('property: the paragraph always contains the quote and no line break outside it', () => {
    const input = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), maxLength: 40 }).chain((text) =>
      fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length })),
    );
    fc.assert(
      fc.property(input, ([text, a, b]) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const p = paragraphAround(text, start, end);
        expect(p.start).toBeLessThanOrEqual(start);
        expect(p.end).toBeGreaterThanOrEqual(end);
        expect(text.slice(p.start, start)).not.toContain('\n');
        expect(text.slice(end, p.end)).not.toContain('\n');
      }),
    );
  });
});
