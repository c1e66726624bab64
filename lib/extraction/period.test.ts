import { describe, expect, it } from 'vitest';
import { inheritMetrics, selectFigures } from './metric';
import { assignTimes, fromTime, pickTime, resolvePeriod } from './period';
import { readSentence } from './stage-fixture';

/** Each figure of one sentence with its period, through the period stage. */
function periods(s: string, publishedAt = '2019-03-01') {
  const r = readSentence(s, publishedAt);
  const cands = r.candidates();
  inheritMetrics(r.cues, r.st, r.tokens, cands);
  const figs = selectFigures(r.cues, r.st, r.text, r.tokens, r.smask, r.times, cands);
  assignTimes(r.text, r.times, figs);
  const lead = r.times.filter((t) => figs[0] && t.end <= figs[0].num.start && t.kind !== 'publication');
  return figs.map((c, i) => {
    const p = resolvePeriod(r.st, c, figs, i, r.times, lead);
    c.period = p;
    return `${c.num.value} ${p.start ?? '-'}..${p.end ?? '-'}${p.cumulative ? ' cum' : ''}`;
  });
}

describe('period', () => {
  it('prefers a since or range phrase over a report year', () => {
    const r = readSentence('The Country Reports on Terrorism 2017 say 180 cells were dismantled since 2002.');
    expect(pickTime(r.times)?.kind).toBe('since');
  });

  it('resolves relative years from the publication date', () => {
    const r = readSentence('Police dismantled 12 cells last year.', '2019-03-01');
    const t = r.times.find((x) => x.kind === 'lastYear')!;
    expect(fromTime(r.st, t, r.times)).toEqual({ start: '2018', end: '2018', cumulative: false });
  });

  it('gives each time to the figure of its clause', () => {
    expect(periods('Police dismantled 12 cells in 2018, while in 2017 they broke up 9 cells.')).toEqual(['12 2018..2018', '9 2017..2017']);
    expect(periods('Since 2002, 210 cells have been dismantled.')).toEqual(['210 2002..2019-03-01 cum']);
  });

  it('makes a stock a standing total at the date of the statement', () => {
    expect(periods('Some 1,600 Moroccans have joined ISIS, the ministry said.', '2016-05-10')).toEqual(['1600 -..2016-05-10 cum']);
  });
});
