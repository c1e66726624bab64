import { describe, expect, it } from 'vitest';
import type { ExtractedFigure } from '@/lib/domain/figure';
import { parseDocument } from '../document';
import { createExtractor, extractFigures } from '../engine';
import { emptyLanguage, EN, FR, type LanguageLexicon } from './index';

/** A sketch of a third language through data alone: a few Spanish words for cells, dismantling, numbers and time. */
const ES: LanguageLexicon = {
  ...emptyLanguage('es'),
  heads: { cells_dismantled: ['célula', 'células', 'células terroristas'] },
  features: { ...emptyLanguage('es').features, dismantle: ['desmantel*', 'desarticul*'] },
  numberWords: { doce: 12, veinte: 20 },
  qualifiersBefore: [{ phrase: 'más de', qualifier: 'more_than' }],
  time: { ...emptyLanguage('es').time, since: ['desde'] },
  functionWords: ['el', 'los', 'las', 'del', 'en', 'ha', 'han', 'desde', 'más', 'por', 'con', 'y'],
  stopWords: ['de', 'la', 'el', 'los', 'las', 'en', 'han', 'sido'],
};
const withSpanish = createExtractor([EN, FR, ES]);

const brief = (f: ExtractedFigure) => `${f.metric} ${f.qualifier} ${f.value} ${f.periodStart ?? '-'}..${f.periodEnd ?? '-'}${f.cumulative ? ' cum' : ''}`;
const run = (extract: typeof extractFigures, body: string) => extract(parseDocument(` date 2020-02-01 ${body}`)).map(brief);

describe('a language added through the lexicon alone', () => {
  it('reads its head nouns, verbs, number words, qualifiers and time phrases', () => {
    expect(run(withSpanish, 'La policía ha desmantelado doce células terroristas desde 2015.')).toEqual(['cells_dismantled exact 12 2015..2020-02-01 cum']);
    expect(run(withSpanish, 'La policía desarticuló más de 20 células en 2019.')).toEqual(['cells_dismantled more_than 20 2019..2019']);
  });

  it('is unknown to the default engine, which still reads English and French as before', () => {
    expect(run(extractFigures, 'La policía ha desmantelado doce células terroristas desde 2015.')).toEqual([]);
    const en = 'Police dismantled 12 cells in 2019.';
    expect(run(withSpanish, en)).toEqual(run(extractFigures, en));
  });
});
