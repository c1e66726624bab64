import { describe, expect, it } from 'vitest';
import { extractFromText } from './index';

const run = (body: string) => extractFromText(`date: 2019-03-01\n\n${body}\n`, 'x.txt').figures.map((f) => `${f.value} «${f.quote}»`);
const paragraphs = (body: string) => {
  const { document, figures } = extractFromText(`date: 2019-03-01\n\n${body}\n`, 'x.txt');
  return figures.map((f) => document.text.slice(0, f.start).split('\n\n').length - 1);
};

describe('document-level reconciliation', () => {
  it('keeps one figure when a teaser restates the body, the occurrence with its context', () => {
    // Paragraph 0 is the header block; the teaser is paragraph 1, the body paragraph 2.
    expect(paragraphs('Police dismantled 12 cells in 2018.\n\nAccording to the interior ministry, the security services dismantled 12 terrorist cells in 2018 across the country.')).toEqual([2]);
  });

  it('reads digits and words for the same number as one figure', () => {
    expect(run('Twelve cells were dismantled in 2018.\n\nIn all, 12 terrorist cells were dismantled in 2018, the ministry said.')).toHaveLength(1);
  });

  it('keeps figures that differ in period or value', () => {
    expect(run('Police dismantled 12 cells in 2018 and 12 cells in 2017.')).toHaveLength(2);
    expect(run('Police dismantled 12 cells in 2018. They dismantled 14 cells in 2017.')).toHaveLength(2);
  });
});
