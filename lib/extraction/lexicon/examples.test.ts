import { describe, expect, it } from 'vitest';
import type { ExtractedFigure } from '@/lib/domain/figure';
import { extractFromText } from '../index';
import { EN_EXAMPLES } from './en.examples';
import { EXAMPLE_DATE, type LexiconExample } from './examples';
import { FR_EXAMPLES } from './fr.examples';

const brief = (f: ExtractedFigure) =>
  `${f.metric} ${f.qualifier} ${f.value} ${f.periodStart ?? '-'}..${f.periodEnd ?? '-'}${f.cumulative ? ' cum' : ''}${f.scope ? ` [${f.scope}]` : ''}`;

const BY_LANGUAGE: Record<string, readonly LexiconExample[]> = { en: EN_EXAMPLES, fr: FR_EXAMPLES };

describe.each(Object.entries(BY_LANGUAGE))('lexicon examples (%s)', (language, examples) => {
  it.each(examples.map((e) => [e.sentence, e] as const))('%s', (_sentence, e) => {
    const { figures } = extractFromText(` date ${EXAMPLE_DATE} ${e.sentence}`);
    expect(figures.map(brief)).toEqual(e.figures);
  });

  // One sentence is too short for language detection; the examples of a file together are not.
  it('are detected as their language when read together', () => {
    expect(extractFromText(examples.map((e) => e.sentence).join(' ')).document.language).toBe(language);
  });
});
