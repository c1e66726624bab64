import { describe, expect, it } from 'vitest';
import { readSentence } from './stage-fixture';

const live = (s: string) => readSentence(s).live.map((n) => n.value);

describe('live numbers', () => {
  it('drops years read as times, days of the month and article numbers', () => {
    expect(live('Police dismantled 12 cells in 2018.')).toEqual([12]);
    expect(live('On 16 May, police arrested 5 suspects.')).toEqual([5]);
    expect(live('Under article 218 of the penal code, 40 people were charged.')).toEqual([40]);
  });

  it('drops ages', () => {
    expect(live('The 14 suspects, aged between 18 and 35, were arrested.')).toEqual([14]);
  });

  it('keeps a year-like number that counts people', () => {
    expect(live('About 2000 Moroccan nationals joined ISIS.')).toEqual([2000]);
  });
});
