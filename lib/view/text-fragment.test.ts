import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from './text-fragment';

describe('textFragmentUrl', () => {
  it('links a short quote whole, with the characters the syntax reserves encoded', () => {
    expect(textFragmentUrl('https://x.org/a', '21 cells in 2015, 19 in 2016')).toBe('https://x.org/a#:~:text=21%20cells%20in%202015%2C%2019%20in%202016');
    expect(textFragmentUrl('https://x.org/a#top', 'al-Qaeda & co')).toBe('https://x.org/a#:~:text=al%2DQaeda%20%26%20co');
  });

  it('links a long quote by its first and last words', () => {
    const quote = 'bring the number of cells dismantled by the Central Bureau, since its creation in 2015, to 49 structures';
    expect(textFragmentUrl('https://x.org/a', quote)).toBe('https://x.org/a#:~:text=bring%20the%20number%20of,2015%2C%20to%2049%20structures');
  });

  it('keeps accents and typographic quotes, percent-encoded as UTF-8', () => {
    expect(textFragmentUrl('https://x.org/a', 'l’EI (929)')).toBe(`https://x.org/a#:~:text=${encodeURIComponent('l’EI')}%20%28929%29`);
  });
});
