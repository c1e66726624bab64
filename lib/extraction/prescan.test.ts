import { describe, expect, it } from 'vitest';
import { DEFAULT_CUES } from './stage-fixture';
import { isCrossLink, worthReading } from './prescan';

const worth = (s: string) => worthReading(DEFAULT_CUES, s, 0, s.length);

describe('prescan', () => {
  it('reads sentences with a digit, a number word, an attribution cue or a known source', () => {
    expect(worth('Police dismantled 12 cells.')).toBe(true);
    expect(worth('Police dismantled seven cells.')).toBe(true);
    expect(worth('Selon le ministère, la menace persiste.')).toBe(true);
    expect(worth('The BCIJ is based in Salé.')).toBe(true);
  });

  it('skips sentences that can state no figure and change no context', () => {
    expect(worth('Weather was pleasant yesterday.')).toBe(false);
    expect(worth('Belle journée ensoleillée.')).toBe(false);
  });

  it('drops a "read also" line only at the start of a line', () => {
    const text = 'Intro.\nRead also: Morocco dismantles 3 cells\nBody says read also: 4 cells.';
    const line = text.indexOf('Read');
    expect(isCrossLink(DEFAULT_CUES, text, { start: line, end: text.indexOf('\nBody') })).toBe(true);
    const mid = text.indexOf('read also');
    expect(isCrossLink(DEFAULT_CUES, text, { start: mid, end: text.length })).toBe(false);
  });
});
