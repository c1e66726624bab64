/**
 * For the stage tests: one sentence read up to its live numbers, with the default compiled lexicon, so each
 * stage function can be called directly on real tokens, numbers and times.
 */
import type { ParsedDocument, PartialDate } from '@/lib/domain/figure';
import { sentenceCandidates } from './candidates';
import { compileCues, type Cues } from './cues';
import { isCountedYear, liveNumbers } from './live';
import { maskUnion, tokenize } from './tokens';
import { newDocState, type DocState } from './types';
import { LEXICON } from './lexicon';

/** Both languages' words in one compiled lexicon, so a stage test can read an example of either language. */
export const DEFAULT_CUES: Cues = compileCues(LEXICON);

export function bodyDocument(text: string, publishedAt: PartialDate | null = '2019-03-01'): ParsedDocument {
  return { text, bodyStart: 0, bodyEnd: text.length, title: null, outlet: null, url: null, language: 'en', publishedAt, format: 'body', kind: 'full' };
}

/** `text` as one sentence of a document published at `publishedAt`; pass `st` to continue a document. */
export function readSentence(text: string, publishedAt: PartialDate | null = '2019-03-01', st: DocState = newDocState(bodyDocument(text, publishedAt))) {
  const cues = DEFAULT_CUES;
  const span = { start: 0, end: text.length };
  const tokens = tokenize(text, 0, text.length);
  const smask = maskUnion(tokens);
  const nums = cues.numbers.findNumbers(text, tokens);
  const times = cues.time.findTimes(text, tokens, st.pubYear, publishedAt, null, span, (t, k, i) => isCountedYear(cues, t, k, i), smask);
  const live = liveNumbers(cues, text, tokens, nums, times);
  return { cues, st, text, span, tokens, smask, nums, times, live, candidates: () => sentenceCandidates(cues, text, tokens, live) };
}
