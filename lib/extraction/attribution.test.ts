import { describe, expect, it } from 'vitest';
import { CARRY, sentenceAttribution, updateAttribution } from './attribution';
import { readSentence } from './stage-fixture';

const who = (s: string, hasFigures = true) => {
  const r = readSentence(s);
  return sentenceAttribution(r.cues, r.text, r.tokens, r.smask, hasFigures);
};

describe('attribution', () => {
  it('names a known source after a cue, or a person before a speech verb', () => {
    expect(who('According to the interior ministry, 12 cells were dismantled.')).toBe('Ministry of Interior');
    expect(who('Abdelhak Khiame said 12 cells were dismantled.')).toBe('Abdelhak Khiame');
    expect(who('Selon la DGSN, 12 cellules ont été démantelées.')).toBe('DGSN');
  });

  it('reads the French inversion after a participle', () => {
    expect(who('Douze cellules ont été démantelées, a indiqué Mohamed Moufakir.')).toBe('Mohamed Moufakir');
  });

  it('carries the previous speaker over a pronoun or a sentence with no cue', () => {
    expect(who('He said 12 cells were dismantled.')).toBe(CARRY);
    expect(who('Police dismantled 12 cells.')).toBe(CARRY);
    const r = readSentence('He said 12 cells were dismantled.');
    r.st.attribution = 'BCIJ';
    updateAttribution(r.cues, r.st, r.text, r.tokens, r.smask, true);
    expect(r.st.attribution).toBe('BCIJ');
  });
});
