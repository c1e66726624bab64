/**
 * The engine's driver: document → sentences → per-sentence stages → document-level reconciliation.
 *
 *   prescan.ts      sentence text → skip or read (no digit and no known word: nothing to read)
 *   tokens.ts       sentence text → tokens (with phrase-set mask bits)
 *   numbers.ts      tokens → number mentions
 *   time.ts         tokens → time expressions
 *   live.ts         numbers + times → the numbers that may be counts
 *   candidates.ts   live numbers → candidates (qualifier, head noun, features → first metric)
 *   metric.ts       candidates → figures (inheritance, refinement, back-references, one-operation filter)
 *   period.ts       figures + times → each figure's period
 *   scope.ts        figure → its scopes
 *   attribution.ts  sentence → who speaks (carried in DocState)
 *   quote.ts        figure → quote bounds and the ExtractedFigure
 *   reconcile.ts    all figures → one per distinct statement
 *
 *   language.ts     sentence tokens → its language, hence the lexicon it is read with
 *
 * Each language's lexicon (number words and time phrases included) is compiled once per extractor
 * (`createExtractor`); the default extractor is built when this module loads. State across sentences lives in one
 * `DocState` per call, passed to the stages explicitly.
 */
import type { ExtractedFigure, ParsedDocument } from '@/lib/domain/figure';
import { updateAttribution, sourceNear } from './attribution';
import { sentenceCandidates } from './candidates';
import { compileCues, type Cues } from './cues';
import { compileLanguageGuesser } from './language';
import { LANGUAGES, lexiconFor, METRIC_FACTS, type LanguageLexicon, type MetricFacts } from './lexicon';
import { isCountedYear, liveNumbers } from './live';
import { inheritMetrics, rememberFigures, selectFigures } from './metric';
import { assignTimes, noteAnchor, notePeriod, noteTimes, resolvePeriod } from './period';
import { isCrossLink, joinScreens, worthReading, type Screen } from './prescan';
import { extendQuote, toFigure } from './quote';
import { reconcile } from './reconcile';
import { findAgency, figureScopes } from './scope';
import { splitSentences, type Span } from './segment';
import { maskUnion, sequentialCopy, tokenize, type Token } from './tokens';
import { newDocState, type Candidate, type DocState } from './types';

export type Extractor = (doc: ParsedDocument) => ExtractedFigure[];

/** One language's compiled cues, and the counted-year test over them. */
interface Reader {
  cues: Cues;
  countedYear: CountedYear;
}

type CountedYear = (text: string, tokens: readonly Token[], tok: number) => boolean;

function readerOf(cues: Cues): Reader {
  return { cues, countedYear: (text, tokens, tok) => isCountedYear(cues, text, tokens, tok) };
}

/**
 * An extraction engine over `languages`: each language's lexicon (with every language's proper names, see
 * `lexiconFor`) is compiled here, once. Each sentence is read with the lexicon of its language (language.ts);
 * a sentence whose language its words do not tell keeps the document's.
 */
export function createExtractor(languages: readonly LanguageLexicon[] = LANGUAGES, metrics: readonly MetricFacts[] = METRIC_FACTS): Extractor {
  if (languages.length === 0) throw new Error('createExtractor: no language');
  const readers = new Map(languages.map((l) => [l.language, readerOf(compileCues(lexiconFor(l, languages, metrics)))]));
  const guesser = compileLanguageGuesser(languages);
  const screen = joinScreens([...readers.values()].map((r) => r.cues));
  const first = readers.get(languages[0]!.language)!;
  return (doc) => extract(readers.get(doc.language) ?? first, (tokens) => readers.get(guesser.ofTokens(tokens) ?? '') ?? null, screen, doc);
}

function extract(docReader: Reader, readerFor: (tokens: readonly Token[]) => Reader | null, screen: Screen, doc: ParsedDocument): ExtractedFigure[] {
  const text = doc.text;
  const bodyStart = Math.max(0, Math.min(doc.bodyStart, text.length));
  const bodyEnd = Math.max(bodyStart, Math.min(doc.bodyEnd, text.length));
  const st = newDocState(doc);
  // A title naming a report year ("Country Reports on Terrorism 2022: Morocco") dates the whole text.
  if (doc.title) {
    const title = sequentialCopy(doc.title);
    const tt = tokenize(title, 0, title.length);
    const { cues } = readerFor(tt) ?? docReader;
    // …and a source it names speaks until the body names another.
    st.attribution = sourceNear(cues, tt, 0, tt.length);
    for (const t of cues.time.findTimes(title, tt, st.pubYear, doc.publishedAt, null, { start: 0, end: title.length })) {
      if (t.kind === 'reportYear' && t.year !== null) {
        st.statementYear = t.year;
        st.contextYear = t.year;
      }
    }
  }
  const out: ExtractedFigure[] = [];
  for (const s of splitSentences(text, bodyStart, bodyEnd)) {
    if (!worthReading(screen, text, s.start, s.end) || isCrossLink(screen, text, s)) continue;
    const tokens = tokenize(text, s.start, s.end);
    if (tokens.length === 0) continue;
    for (const c of analyzeSentence(readerFor(tokens) ?? docReader, st, s, tokens)) out.push(toFigure(doc, c));
  }
  return reconcile(out, text);
}

/** One sentence through the stages; returns its figures and updates `st` for the sentences after. */
function analyzeSentence({ cues, countedYear }: Reader, st: DocState, s: Span, tokens: readonly Token[]): Candidate[] {
  const text = st.doc.text;
  const smask = maskUnion(tokens);
  noteAnchor(cues, st, tokens, smask);
  const nums = cues.numbers.findNumbers(text, tokens);
  if (nums.length === 0) {
    // A sentence without numbers can still name who speaks for the next one, or the agency it is about.
    updateAttribution(cues, st, text, tokens, smask, false);
    if (cues.agencies.presentIn(smask)) {
      const agency = findAgency(cues, tokens);
      if (agency) st.agencyScope = agency;
    }
    return [];
  }
  const times = cues.time.findTimes(text, tokens, st.pubYear, st.doc.publishedAt, st.lastFullDate, s, countedYear, smask);
  noteTimes(st, times);
  const agencyHere = cues.agencies.presentIn(smask) ? findAgency(cues, tokens) : null;

  const live = liveNumbers(cues, text, tokens, nums, times);
  const cands = sentenceCandidates(cues, text, tokens, live);
  inheritMetrics(cues, st, tokens, cands);
  const figs = selectFigures(cues, st, text, tokens, smask, times, cands);
  updateAttribution(cues, st, text, tokens, smask, figs.length > 0);
  assignTimes(text, times, figs);
  const sentenceLead = times.filter((t) => figs[0] && t.end <= figs[0].num.start && t.kind !== 'publication');
  for (let i = 0; i < figs.length; i++) {
    const c = figs[i]!;
    c.period = resolvePeriod(st, c, figs, i, times, sentenceLead);
    c.scopes = figureScopes(cues, st, text, tokens, smask, live, c, agencyHere);
    c.attribution = st.attribution;
    extendQuote(c, s);
    notePeriod(cues, st, c);
  }
  if (agencyHere) st.agencyScope = agencyHere;
  rememberFigures(st, figs);
  const last = figs[figs.length - 1];
  if (last) st.lastFigure = last;
  return figs;
}

/** The default engine: English and French, compiled when this module loads. */
export const extractFigures: Extractor = createExtractor();
