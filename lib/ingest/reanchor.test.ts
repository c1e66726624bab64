import { describe, expect, it } from 'vitest';
import { findQuote } from './reanchor';

describe('findQuote', () => {
  const text = 'Intro.\n\nSince 2002, Morocco has dismantled\u00a0207 terrorist cells. L’an passé, 79 personnes ont été arrêtées.';

  it('finds the exact quote first', () => {
    expect(findQuote(text, 'Intro.')).toEqual({ start: 0, end: 6 });
  });

  it('treats no-break spaces, line breaks and apostrophe forms as equal, returning the new text’s span', () => {
    const at = findQuote(text, 'Morocco has dismantled 207 terrorist cells')!;
    expect(text.slice(at.start, at.end)).toBe('Morocco has dismantled\u00a0207 terrorist cells');
    const fr = findQuote(text, "L'an passé, 79 personnes")!;
    expect(text.slice(fr.start, fr.end)).toBe('L’an passé, 79 personnes');
  });

  it('stays within the given range and says when the quote is not there', () => {
    expect(findQuote(text, 'Intro.', 1)).toBeNull();
    expect(findQuote(text, 'Morocco has dismantled 208 terrorist cells')).toBeNull();
    expect(findQuote(text, 'cells (a', 0)).toBeNull(); // regex characters are literal
  });
});
