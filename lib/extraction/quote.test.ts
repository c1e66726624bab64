import { describe, expect, it } from 'vitest';
import { inheritMetrics, selectFigures } from './metric';
import { assignTimes, resolvePeriod } from './period';
import { extendQuote, toFigure } from './quote';
import { bodyDocument, readSentence } from './stage-fixture';

function figuresOf(s: string) {
  const r = readSentence(s);
  const cands = r.candidates();
  inheritMetrics(r.cues, r.st, r.tokens, cands);
  const figs = selectFigures(r.cues, r.st, r.text, r.tokens, r.smask, r.times, cands);
  assignTimes(r.text, r.times, figs);
  figs.forEach((c, i) => (c.period = resolvePeriod(r.st, c, figs, i, r.times, [])));
  return { r, figs };
}

describe('quote', () => {
  it('widens the quote to the figure\'s own time phrase, never past the sentence', () => {
    const { r, figs } = figuresOf('Police dismantled 12 terrorist cells since 2002, officials said.');
    const c = figs[0]!;
    expect(r.text.slice(c.quoteStart, c.quoteEnd)).toBe('12 terrorist cells');
    extendQuote(c, r.span);
    expect(r.text.slice(c.quoteStart, c.quoteEnd)).toBe('12 terrorist cells since 2002');
    extendQuote(c, { start: r.span.start, end: c.quoteEnd - 5 });
    expect(c.quoteEnd).toBe(r.text.indexOf(' 2002'));
  });

  it('turns a candidate into the figure with its verbatim quote and context', () => {
    const text = 'Police dismantled more than 12 terrorist cells in 2018.';
    const { r, figs } = figuresOf(text);
    const c = figs[0]!;
    extendQuote(c, r.span);
    const f = toFigure(bodyDocument(text), c);
    expect(f).toMatchObject({ metric: 'cells_dismantled', value: 12, valueText: 'more than 12', qualifier: 'more_than', periodStart: '2018' });
    expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.prefix + f.quote + f.suffix).toBe(text);
  });
});
