import { describe, expect, it } from 'vitest';
import { agencySubjectOf, findAgency, ownScopes } from './scope';
import { readSentence } from './stage-fixture';

describe('scope', () => {
  it('reads narrowing phrases in the figure\'s own words', () => {
    const r = readSentence('Police dismantled 40 cells linked to ISIS and 12 cells in 2018.');
    const [a, b] = r.candidates();
    expect(ownScopes(r.cues, r.tokens, a!, b!.num.tok)).toEqual(['linked to ISIS']);
    expect(ownScopes(r.cues, r.tokens, b!, null)).toEqual([]);
  });

  it('counts women and minors as scopes of a person count', () => {
    const r = readSentence('The fighters include 290 women and 390 minors.');
    const [w, m] = r.candidates();
    expect(ownScopes(r.cues, r.tokens, w!, m!.num.tok)).toEqual(['women']);
    expect(ownScopes(r.cues, r.tokens, m!, null)).toEqual(['minors']);
  });

  it('scopes a count to the agency that is its subject, not one that merely appears', () => {
    const r = readSentence('The BCIJ dismantled 9 cells in 2018.');
    expect(findAgency(r.cues, r.tokens)).toBe('BCIJ operations');
    expect(agencySubjectOf(r.cues, r.text, r.tokens, r.candidates()[0]!)).toBe('BCIJ operations');
    const other = readSentence('Since the BCIJ was set up, the kingdom dismantled 80 cells.');
    expect(agencySubjectOf(other.cues, other.text, other.tokens, other.candidates()[0]!)).toBeNull();
  });
});
