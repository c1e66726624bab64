import { describe, expect, it } from 'vitest';
import type { ExtractedFigure } from '@/lib/domain/figure';
import { parseDocument } from './document';
import { extractFigures } from './engine';
import { compileLanguageGuesser } from './language';
import { EN, FR, LANGUAGES } from './lexicon';
import { tokenize } from './tokens';

const guesser = compileLanguageGuesser(LANGUAGES);
const ofSentence = (s: string) => guesser.ofTokens(tokenize(s, 0, s.length));
const brief = (f: ExtractedFigure) => `${f.metric} ${f.qualifier} ${f.value} ${f.periodStart ?? '-'}..${f.periodEnd ?? '-'}${f.cumulative ? ' cum' : ''}`;

describe('the language of a sentence', () => {
  it('is the language with the most function words, given at least two', () => {
    expect(ofSentence('Since 2002, the bureau has dismantled 57 cells.')).toBe('en');
    expect(ofSentence('Depuis 2002, le bureau a démantelé 57 cellules dans le pays.')).toBe('fr');
  });

  it('is not told by a sentence with too few function words, or as many of each', () => {
    expect(ofSentence('57 cellules démantelées.')).toBeNull();
    expect(ofSentence('BCIJ: 57 cells')).toBeNull();
    expect(ofSentence('the cells, les cellules')).toBeNull();
  });

  it('comes from the language files: a word both files list decides nothing', () => {
    const g = compileLanguageGuesser([{ ...EN, functionWords: ['the', 'des'] }, { ...FR, functionWords: ['des', 'les'] }]);
    const s = 'des des des the les les';
    expect(g.ofTokens(tokenize(s, 0, s.length))).toBe('fr');
    expect(g.ofText('the the des des des')).toBe('en');
  });

  it('of a text is read in place, from its bounds, as from the slice', () => {
    const text = 'Depuis 2002, le bureau a démantelé les cellules. The bureau said the cells of the region were dismantled.';
    const cut = text.indexOf('The');
    expect(guesser.ofText(text, 0, cut)).toBe('fr');
    expect(guesser.ofText(text, cut)).toBe(guesser.ofText(text.slice(cut)));
    expect(guesser.ofText(text, cut)).toBe('en');
  });
});

describe('each sentence read with the lexicon of its language', () => {
  it('reads a French quotation inside an English article with the French words', () => {
    const doc = parseDocument(
      ' date 2019-03-01 The Moroccan security services keep up their pressure on the cells of the region. ' +
        '« Depuis sa création en 2015, le BCIJ a démantelé 57 cellules terroristes », a déclaré son directeur. ' +
        'The director also said that the threat remains high.',
    );
    expect(doc.language).toBe('en');
    expect(extractFigures(doc).map(brief)).toEqual(['cells_dismantled exact 57 2015..2019-03-01 cum']);
  });

  it('does not read an English word with the meaning it has in French', () => {
    // "combat*" marks fighters in French ("combattants"); "combating terrorism" says nothing of the kind.
    const doc = parseDocument(' date 2020-02-01 In 2019, 120 people involved in combating terrorism were trained in Rabat.');
    expect(extractFigures(doc)).toEqual([]);
    const fr = parseDocument(' date 2020-02-01 En 2019, 120 combattants marocains étaient partis en Syrie selon le ministère.');
    expect(extractFigures(fr).map(brief)).toEqual(['foreign_fighters exact 120 -..2019 cum']);
  });
});

describe('the guesser of the default engine', () => {
  it('counts function words by token mask bits', () => {
    expect(guesser.byMask).toBe(true);
  });
});
