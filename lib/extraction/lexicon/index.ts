/**
 * The engine's knowledge, as data. `en.ts` and `fr.ts` hold the words of each language for every list;
 * `metrics.ts` the per-metric facts; this file adds the language-neutral facts (agencies' creation years) and
 * joins everything into one `Lexicon`: each list is the languages' lists one after the other (English first), so
 * the compiled phrase sets are the same whatever file a word lives in.
 */
import { EN } from './en';
import { FR } from './fr';
import { METRIC_FACTS, type MetricFacts } from './metrics';
import type { FeatureKind, LanguageLexicon, Lexicon, MetricEntry, PersonGroup } from './types';

export type { FeatureKind, LanguageLexicon, Lexicon, MetricEntry, PersonGroup } from './types';
export { METRIC_FACTS, type MetricFacts } from './metrics';
export { EN } from './en';
export { FR } from './fr';

/** The language files, in the order their words are joined. */
export const LANGUAGES: readonly LanguageLexicon[] = [EN, FR];

/** Agencies whose creation resolves "since its creation"; their names are in the language files. */
export const AGENCIES: readonly { scope: string; created: string }[] = [{ scope: 'BCIJ operations', created: '2015' }];

const PERSON_GROUPS: readonly { group: PersonGroup; feature?: FeatureKind }[] = [
  { group: 'fighters', feature: 'fight' },
  { group: 'returnees', feature: 'return' },
  { group: 'volunteers', feature: 'fight' },
  { group: 'people' },
];
const FEATURE_KINDS: readonly FeatureKind[] = ['arrest', 'fight', 'return', 'dismantle', 'foil', 'kill', 'neutral', 'held'];

/** A language with every list empty: the start of a new language file, or of a test lexicon. */
export function emptyLanguage(language: string): LanguageLexicon {
  const features = Object.fromEntries(FEATURE_KINDS.map((k) => [k, []])) as unknown as Record<FeatureKind, string[]>;
  return {
    language, heads: {}, attackNouns: [], plotModifiers: [], persons: { fighters: [], returnees: [], volunteers: [], people: [] },
    features, units: [], blockingBefore: [], ageWords: [], definiteBefore: [], qualifiersBefore: [], glueWords: [],
    exceedVerbs: [], numberWords: {}, approxWords: {}, singleOne: [], zeroWords: [], negations: [], months: {},
    subsetAfter: [], subsetBefore: [], additionalMarkers: [], partialSubset: [], anaphors: [], coordinators: [],
    singleOperation: { determiners: [], nouns: [], verbs: [] }, dayWords: [], aggregateCues: [], crossLinks: [], ratioWords: [], rates: [],
    time: {
      since: [], agencyCreated: [], creation: [], thisYear: [], lastYear: [], previousYear: [], sameYear: [], theYear: [],
      samePeriod: [], soFar: [], now: [], thatDate: [], creationYear: [], sameOperations: [],
      pastSpan: { before: [], after: [], one: [], units: {} }, rangeFrom: [], rangeTo: [], between: [], betweenAnd: [],
      publication: [], superlatives: [], reportYear: [], speech: [],
    },
    events: {}, agencies: {}, scopes: {}, otherSubjects: [], sources: {},
    attributionCues: { before: [], after: [], participles: [], auxiliaries: [], pronouns: [], notNames: [] },
    stopWords: [], definiteOrPossessive: [], ofDeterminers: [], numberOf: [],
  };
}

/** Keyed lists joined across languages: keys in order of first appearance, each key's lists one after the other. */
function byKey<T>(records: readonly Record<string, T[]>[]): [string, T[]][] {
  const out = new Map<string, T[]>();
  for (const r of records) {
    for (const [k, v] of Object.entries(r)) out.set(k, [...(out.get(k) ?? []), ...v]);
  }
  return [...out];
}

/** Joins language files (and a metrics table) into the lexicon the engine compiles. */
export function buildLexicon(languages: readonly LanguageLexicon[] = LANGUAGES, metrics: readonly MetricFacts[] = METRIC_FACTS): Lexicon {
  const cat = (pick: (l: LanguageLexicon) => readonly string[]): string[] => languages.flatMap(pick);
  const known = new Set(metrics.map((m) => m.metric));
  for (const l of languages) {
    for (const m of Object.keys(l.heads)) if (!known.has(m)) throw new Error(`${l.language}: head nouns for unknown metric ${m}`);
  }
  const metricEntries: MetricEntry[] = metrics.map((m) => ({
    ...m,
    heads: Object.fromEntries(languages.map((l) => [l.language, l.heads[m.metric] ?? []])),
  }));
  // Every time list is joined the same way; the past-span parts are joined part by part.
  type TimeLists = Omit<Lexicon['time'], 'pastSpan'>;
  const timeKeys = Object.keys(languages[0]?.time ?? {}).filter((k) => k !== 'pastSpan') as (keyof TimeLists)[];
  const time: Lexicon['time'] = {
    ...(Object.fromEntries(timeKeys.map((k) => [k, languages.flatMap((l) => l.time[k])])) as TimeLists),
    pastSpan: {
      before: languages.flatMap((l) => l.time.pastSpan.before),
      after: languages.flatMap((l) => l.time.pastSpan.after),
      one: languages.flatMap((l) => l.time.pastSpan.one),
      units: Object.assign({}, ...languages.map((l) => l.time.pastSpan.units)) as Record<string, number>,
    },
  };
  return {
    languages: languages.map((l) => l.language),
    metrics: metricEntries,
    attackNouns: cat((l) => l.attackNouns),
    plotModifiers: cat((l) => l.plotModifiers),
    persons: PERSON_GROUPS.map((g) => ({ phrases: cat((l) => l.persons[g.group]), ...(g.feature ? { feature: g.feature } : {}) })),
    features: Object.fromEntries(FEATURE_KINDS.map((k) => [k, cat((l) => l.features[k])])) as Record<FeatureKind, string[]>,
    units: cat((l) => l.units),
    blockingBefore: cat((l) => l.blockingBefore),
    ageWords: cat((l) => l.ageWords),
    definiteBefore: cat((l) => l.definiteBefore),
    qualifiersBefore: languages.flatMap((l) => l.qualifiersBefore),
    glueWords: cat((l) => l.glueWords),
    exceedVerbs: cat((l) => l.exceedVerbs),
    numberWords: Object.assign({}, ...languages.map((l) => l.numberWords)) as Record<string, number>,
    approxWords: Object.assign({}, ...languages.map((l) => l.approxWords)) as Record<string, number>,
    singleOne: cat((l) => l.singleOne),
    zeroWords: cat((l) => l.zeroWords),
    negations: cat((l) => l.negations),
    months: Object.assign({}, ...languages.map((l) => l.months)) as Record<string, number>,
    subsetAfter: cat((l) => l.subsetAfter),
    subsetBefore: cat((l) => l.subsetBefore),
    additionalMarkers: cat((l) => l.additionalMarkers),
    partialSubset: cat((l) => l.partialSubset),
    anaphors: cat((l) => l.anaphors),
    coordinators: cat((l) => l.coordinators),
    singleOperation: {
      determiners: cat((l) => l.singleOperation.determiners),
      nouns: cat((l) => l.singleOperation.nouns),
      verbs: cat((l) => l.singleOperation.verbs),
    },
    dayWords: cat((l) => l.dayWords),
    aggregateCues: cat((l) => l.aggregateCues),
    crossLinks: cat((l) => l.crossLinks),
    ratioWords: cat((l) => l.ratioWords),
    rates: cat((l) => l.rates),
    time,
    events: byKey(languages.map((l) => l.events)).flatMap(([date, lists]) => lists.map((words) => ({ words, date }))),
    agencies: AGENCIES.map((a) => ({ names: languages.flatMap((l) => l.agencies[a.scope] ?? []), created: a.created, scope: a.scope })),
    scopes: byKey(languages.map((l) => l.scopes)).map(([scope, phrases]) => ({ phrases, scope })),
    otherSubjects: cat((l) => l.otherSubjects),
    sources: byKey(languages.map((l) => l.sources)).map(([name, phrases]) => ({ phrases, name })),
    attributionCues: {
      before: cat((l) => l.attributionCues.before),
      after: cat((l) => l.attributionCues.after),
      participles: cat((l) => l.attributionCues.participles),
      auxiliaries: cat((l) => l.attributionCues.auxiliaries),
      pronouns: cat((l) => l.attributionCues.pronouns),
      notNames: cat((l) => l.attributionCues.notNames),
    },
    stopWords: cat((l) => l.stopWords),
    definiteOrPossessive: cat((l) => l.definiteOrPossessive),
    ofDeterminers: cat((l) => l.ofDeterminers),
    numberOf: cat((l) => l.numberOf),
  };
}

/** English and French, as the default engine reads them. */
export const LEXICON: Lexicon = buildLexicon();
