/**
 * The lexicon compiled for the engine: phrase sets (each with its token mask bit, see tokens.ts) and word sets,
 * built once per lexicon by `compileCues`; plus the character-level helpers every stage uses (clause punctuation,
 * capitals). Nothing here is mutable after compilation.
 */
import type { Qualifier } from '@/lib/domain/figure';
import type { FeatureKind, Lexicon } from './lexicon';
import { compileNumberReader, type NumberReader } from './numbers';
import { compileTimeReader, type TimeReader } from './time';
import { PhraseSet, phraseSet, type Token } from './tokens';

export type HeadKind =
  | { type: 'metric'; metric: string }
  | { type: 'attack' }
  | { type: 'person'; feature: FeatureKind | null }
  | { type: 'unit' };

export interface Cues {
  /** Number words, approximate words, zero forms (numbers.ts). */
  numbers: NumberReader;
  /** Time phrases, months, named events (time.ts). */
  time: TimeReader;
  heads: PhraseSet<HeadKind>;
  features: PhraseSet<FeatureKind>;
  qualifiers: PhraseSet<Qualifier>;
  /** The qualifier phrases as listed, for numbers with a glued qualifier ("over125"). */
  qualifierList: Lexicon['qualifiersBefore'];
  exceed: PhraseSet<boolean>;
  blocking: Set<string>;
  ageWords: Set<string>;
  definite: Set<string>;
  subsetAfter: PhraseSet<boolean>;
  subsetBefore: PhraseSet<boolean>;
  coord: PhraseSet<boolean>;
  additionalMarkers: PhraseSet<boolean>;
  partial: PhraseSet<boolean>;
  anaphors: Set<string>;
  plotMods: Set<string>;
  months: Map<string, number>;
  singleDet: PhraseSet<boolean>;
  singleNoun: PhraseSet<boolean>;
  singleVerb: PhraseSet<boolean>;
  rates: PhraseSet<boolean>;
  aggregate: PhraseSet<boolean>;
  dayWords: PhraseSet<boolean>;
  /** Metrics that count people (a person noun can carry them). */
  personMetrics: Set<string>;
  /** Metrics that are standing totals at a date rather than counts over a period. */
  stockMetrics: Set<string>;
  otherSubjects: Set<string>;
  scopePhrases: PhraseSet<string>;
  sources: PhraseSet<string>;
  agencies: PhraseSet<{ created: string; scope: string }>;
  attrBefore: PhraseSet<boolean>;
  attrAfter: PhraseSet<boolean>;
  participles: PhraseSet<boolean>;
  auxiliaries: Set<string>;
  pronouns: PhraseSet<boolean>;
  notNames: Set<string>;
  /** Words that end the modifier run between a number and its noun ("273 were detained", "19 last year"). */
  stop: Set<string>;
  definiteOrPossessive: Set<string>;
  /** What people who did this are counted as ("fighters who left" → foreign_fighters). */
  personFeatureMetric: Partial<Record<FeatureKind, string>>;
  /** antecedent metric → own metric → the metric a subset of that antecedent becomes (see MetricEntry.refines). */
  refinements: Map<string, Map<string, string>>;
  /** Agency scope label → its creation year. */
  agencyCreated: Map<string, string>;
  /** Dated events (the words that name them), for a document's counting start ("the Casablanca bombings"). */
  events: Lexicon['events'];
  /** Every word of every event, to skip sentences that name none. */
  eventWords: Set<string>;
  /** Determiners between "of" and a head noun ("1,500 of their nationals"). */
  ofDeterminers: Set<string>;
  /** Nouns of a number-of frame ("the number of", "le nombre de"). */
  numberOf: Set<string>;
  /** Word hashes of everything that can make a sentence without digits worth reading (see prescan.ts). */
  prescan: Set<number>;
  crossLink: RegExp;
}

/** FNV-1a over a word's UTF-16 code units: the pre-scan hashes words in place with the same function. */
export function fnvWord(w: string): number {
  let h = 2166136261;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  return h;
}

/** Compiles a lexicon. The phrase sets are created in a fixed order: the first ones get the token mask bits. */
export function compileCues(lex: Lexicon): Cues {
  // The number and time readers first: their sets are scanned over the most tokens.
  const numbers = compileNumberReader(lex);
  const time = compileTimeReader(lex);
  const heads = new PhraseSet<HeadKind>();
  for (const m of lex.metrics) {
    for (const phrases of Object.values(m.heads)) for (const p of phrases) heads.add(p, { type: 'metric', metric: m.metric });
  }
  for (const p of lex.attackNouns) heads.add(p, { type: 'attack' });
  for (const g of lex.persons) for (const p of g.phrases) heads.add(p, { type: 'person', feature: g.feature ?? null });
  for (const p of lex.units) heads.add(p, { type: 'unit' });

  const features = new PhraseSet<FeatureKind>();
  for (const [kind, phrases] of Object.entries(lex.features) as [FeatureKind, string[]][]) {
    for (const p of phrases) features.add(p, kind);
  }
  const qualifiers = new PhraseSet<Qualifier>();
  for (const q of lex.qualifiersBefore) qualifiers.add(q.phrase, q.qualifier);
  const exceed = phraseSet(lex.exceedVerbs, true);
  const subsetAfter = phraseSet(lex.subsetAfter, true);
  const subsetBefore = phraseSet(lex.subsetBefore, true);
  const coord = phraseSet(lex.coordinators, true);
  const additionalMarkers = phraseSet(lex.additionalMarkers, true);
  const partial = phraseSet(lex.partialSubset, true);
  const singleDet = phraseSet(lex.singleOperation.determiners, true, false);
  const singleNoun = phraseSet(lex.singleOperation.nouns, true);
  const singleVerb = phraseSet(lex.singleOperation.verbs, true);
  const rates = phraseSet(lex.rates, true, false);
  const aggregate = phraseSet(lex.aggregateCues, true);
  const dayWords = phraseSet(lex.dayWords, true);
  const scopePhrases = new PhraseSet<string>();
  for (const s of lex.scopes) for (const p of s.phrases) scopePhrases.add(p, s.scope);
  const sources = new PhraseSet<string>();
  for (const s of lex.sources) for (const p of s.phrases) sources.add(p, s.name);
  const agencies = new PhraseSet<{ created: string; scope: string }>();
  for (const a of lex.agencies) for (const n of a.names) agencies.add(n, { created: a.created, scope: a.scope });
  const attrBefore = phraseSet(lex.attributionCues.before, true);
  const attrAfter = phraseSet(lex.attributionCues.after, true);
  const participles = phraseSet(lex.attributionCues.participles, true);
  const pronouns = phraseSet(lex.attributionCues.pronouns, true, false);

  const prescan = new Set<number>();
  const words: string[] = [
    ...Object.keys(lex.numberWords),
    ...lex.zeroWords,
    'any',
    ...Object.keys(lex.approxWords),
    ...lex.singleOne,
    ...lex.attributionCues.before,
    ...lex.attributionCues.after,
    ...lex.sources.flatMap((x) => x.phrases),
    ...lex.agencies.flatMap((a) => a.names),
  ];
  for (const phrase of words) {
    for (const w of phrase.toLowerCase().split(/[^\p{L}\p{M}]+/u)) if (w.length > 0) prescan.add(fnvWord(w));
  }
  const personFeatureMetric: Partial<Record<FeatureKind, string>> = {};
  const refinements = new Map<string, Map<string, string>>();
  for (const m of lex.metrics) {
    if (m.feature && personFeatureMetric[m.feature] === undefined) personFeatureMetric[m.feature] = m.metric;
    for (const r of m.refines ?? []) {
      const byOwn = refinements.get(r.antecedent) ?? new Map<string, string>();
      for (const own of r.own) byOwn.set(own, m.metric);
      refinements.set(r.antecedent, byOwn);
    }
  }
  const crossLink = new RegExp(
    `^(?:${lex.crossLinks.map((c) => c.replace(/[.*+?^$\{\}()|[\]\\]/g, '\\$&').replace(/:$/, '')).join('|')})\\s*[:\\-–—»>]`,
    'i',
  );

  return {
    numbers, time, heads, features, qualifiers, qualifierList: lex.qualifiersBefore, exceed,
    blocking: new Set(lex.blockingBefore), ageWords: new Set(lex.ageWords), definite: new Set(lex.definiteBefore),
    subsetAfter, subsetBefore, coord, additionalMarkers, partial, anaphors: new Set(lex.anaphors),
    plotMods: new Set(lex.plotModifiers), months: new Map(Object.entries(lex.months)), singleDet, singleNoun, singleVerb, rates, aggregate,
    dayWords, personMetrics: new Set(lex.metrics.filter((m) => m.counts === 'people').map((m) => m.metric)),
    stockMetrics: new Set(lex.metrics.filter((m) => m.kind === 'stock').map((m) => m.metric)),
    otherSubjects: new Set(lex.otherSubjects), scopePhrases, sources, agencies, attrBefore, attrAfter, participles,
    auxiliaries: new Set(lex.attributionCues.auxiliaries), pronouns, notNames: new Set(lex.attributionCues.notNames),
    stop: new Set(lex.stopWords), definiteOrPossessive: new Set(lex.definiteOrPossessive), personFeatureMetric, refinements,
    agencyCreated: new Map(lex.agencies.map((a) => [a.scope, a.created])), ofDeterminers: new Set(lex.ofDeterminers),
    numberOf: new Set(lex.numberOf), prescan, crossLink, events: lex.events, eventWords: new Set(lex.events.flatMap((e) => e.words)),
  };
}

/* ------------------------------------------------------------------ characters */

// Clause punctuation: , ; : . ( ) « » " “ ” ! ? — –
const PUNCT = new Uint8Array(256);
for (const ch of ',;:.()«»"!?') PUNCT[ch.charCodeAt(0)] = 1;

function isPunctCode(c: number): boolean {
  return c < 256 ? PUNCT[c] === 1 : c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013;
}

/** Clause punctuation in text[from, to), looking at most `limit` characters (gaps between tokens are short). */
export function hasPunct(text: string, from: number, to: number, limit = 8): boolean {
  const end = Math.min(to, from + limit);
  for (let i = from; i < end; i++) if (isPunctCode(text.charCodeAt(i))) return true;
  return false;
}

const QUOTE_OR_SPACE = /^[\s"“”«»\u00a0\u202f]*$/;

/** The gap holds only quotes and spaces (scare quotes around a noun). */
export function onlyQuotes(text: string, from: number, to: number): boolean {
  return to - from <= 4 && QUOTE_OR_SPACE.test(text.slice(from, to));
}

/** A `;` or `:` in text[from, to), within 400 characters. */
export function hasClauseBreak(text: string, from: number, to: number): boolean {
  const lim = Math.min(to, from + 400);
  for (let i = from; i < lim; i++) {
    const ch = text[i]!;
    if (ch === ';' || ch === ':') return true;
  }
  return false;
}

export function isCapitalized(text: string, t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = text.charCodeAt(t.start);
  if (c < 128) return c >= 65 && c <= 90;
  if (c < 256) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  return /^\p{Lu}/u.test(text[t.start]!);
}

/** "BCIJ", "RABAT": three or more capitals (acronyms and datelines are not personal names). */
export function isAllCaps(text: string, t: Token): boolean {
  if (t.end - t.start < 3) return false;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7))) return false;
  }
  return true;
}

/** Does any phrase of the set occur in the sentence? */
export function hasPhrase(tokens: readonly Token[], set: PhraseSet<unknown>): boolean {
  for (let k = 0; k < tokens.length; k++) if (set.longestAt(tokens, k)) return true;
  return false;
}
