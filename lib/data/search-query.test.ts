import { describe, expect, it } from 'vitest';
import { ftsTerms, snippetRuns, toFtsQuery, toTsQuery, tsTerms, SNIPPET_END, SNIPPET_START } from './search-query';

describe('search queries', () => {
  it('keeps only words, lower-cased, so no input is query syntax', () => {
    expect(ftsTerms('ISIS')).toEqual(['isis']);
    expect(ftsTerms('"a" OR b* -c NEAR(d) e:f')).toEqual(['a', 'or', 'b', 'c', 'near', 'd', 'e', 'f']);
    expect(ftsTerms('  ')).toEqual([]);
    expect(ftsTerms('***')).toEqual([]);
    expect(ftsTerms('cellules démantelées')).toEqual(['cellules', 'démantelées']);
    expect(ftsTerms('1 600 ex-détenus')).toEqual(['1', '600', 'ex', 'détenus']);
  });

  it('the words as a phrase, the last as a prefix', () => {
    expect(toFtsQuery(['plot', 'number', '1'])).toBe('"plot number 1"*');
    expect(toTsQuery(['plot', 'number', '1'])).toBe('plot <-> number <-> 1:*');
    expect(toFtsQuery(['plot', 'number', '1'], false)).toBe('"plot number 1"');
    expect(toTsQuery(['plot', 'number', '1'], false)).toBe('plot <-> number <-> 1');
  });

  it('snippets become plain and matched runs', () => {
    expect(snippetRuns(`the ${SNIPPET_START}ISIS${SNIPPET_END} cells`)).toEqual([
      { text: 'the ', hit: false },
      { text: 'ISIS', hit: true },
      { text: ' cells', hit: false },
    ]);
    expect(snippetRuns('<script>x</script>')).toEqual([{ text: '<script>x</script>', hit: false }]);
  });
});

describe('PostgreSQL terms', () => {
  it('keep a French thousands number such as 2.938 whole, as the PostgreSQL parser does', () => {
    expect(tsTerms('2.938 personnes arrêtées')).toEqual(['2.938', 'personnes', 'arrêtées']);
    expect(toTsQuery(tsTerms('2.938 personnes'))).toBe('2.938 <-> personnes:*');
  });
});
