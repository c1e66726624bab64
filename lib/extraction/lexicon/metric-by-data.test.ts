import { describe, expect, it } from 'vitest';
import type { ExtractedFigure } from '@/lib/domain/figure';
import { parseDocument } from '../document';
import { createExtractor, extractFigures } from '../engine';
import { buildLexicon, EN, FR, LEXICON, METRIC_FACTS } from './index';

/** A new metric through data alone: a metrics-table row and head nouns in each language file. */
const languages = [
  { ...EN, heads: { ...EN.heads, weapons_seized: ['weapon', 'weapons', 'firearm*'] } },
  { ...FR, heads: { ...FR.heads, weapons_seized: ['arme', 'armes', 'arme* à feu'] } },
];
const metrics = [...METRIC_FACTS, { metric: 'weapons_seized', counts: 'things', kind: 'flow' } as const];
const withWeapons = buildLexicon(languages, metrics);
const extractWithWeapons = createExtractor(languages, metrics);

const brief = (f: ExtractedFigure) => `${f.metric} ${f.qualifier} ${f.value} ${f.periodStart ?? '-'}..${f.periodEnd ?? '-'}${f.cumulative ? ' cum' : ''}`;
const run = (extract: (d: ReturnType<typeof parseDocument>) => ExtractedFigure[], body: string) =>
  extract(parseDocument(` date 2020-02-01 ${body}`)).map(brief);

describe('a metric added through the lexicon alone', () => {
  it('is extracted in English and French, with qualifier and period, once its head nouns are data', () => {
    expect(run(extractWithWeapons, 'Police seized 35 weapons in 2019.')).toEqual(['weapons_seized exact 35 2019..2019']);
    expect(run(extractWithWeapons, 'Since 2002, the services have seized more than 1,200 firearms.')).toEqual([
      'weapons_seized more_than 1200 2002..2020-02-01 cum',
    ]);
    expect(run(extractWithWeapons, 'La police a saisi 35 armes en 2019.')).toEqual(['weapons_seized exact 35 2019..2019']);
  });

  it('is not known to the default engine, and leaves the other metrics as they were', () => {
    expect(run(extractFigures, 'Police seized 35 weapons in 2019.')).toEqual([]);
    const text = 'Police dismantled 12 cells and arrested 40 suspects in 2019, and seized 35 weapons.';
    expect(run(extractWithWeapons, text)).toEqual([...run(extractFigures, text), 'weapons_seized exact 35 2019..2019']);
  });

  it('joins its head nouns into the metrics table of the lexicon, per language', () => {
    expect(withWeapons.metrics.find((m) => m.metric === 'weapons_seized')?.heads).toEqual({
      en: ['weapon', 'weapons', 'firearm*'],
      fr: ['arme', 'armes', 'arme* à feu'],
    });
    expect(withWeapons.metrics.slice(0, LEXICON.metrics.length)).toEqual(LEXICON.metrics);
  });

  it('refuses head nouns for a metric the table does not have', () => {
    expect(() => buildLexicon([{ ...EN, heads: { ...EN.heads, typo_metric: ['x'] } }])).toThrow(/unknown metric typo_metric/);
  });
});
