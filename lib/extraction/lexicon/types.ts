/**
 * The shape of the engine's knowledge. A language file (`en.ts`, `fr.ts`) is a `LanguageLexicon`: the words of
 * one language for every list. `index.ts` joins them into the `Lexicon` the engine compiles, and adds the facts
 * that belong to no language (the metrics table, agencies' creation years, event dates).
 *
 * Phrases are lowercase word sequences; a trailing `*` on a word matches any ending ("arrest*" → arrest, arrests,
 * arrested, arresting). Apostrophes are normalised to `'`.
 */

/** What a verb or phrase near a number says happened to what it counts. `neutral` blocks a shorter cue inside it. */
export type FeatureKind = 'arrest' | 'fight' | 'return' | 'dismantle' | 'foil' | 'kill' | 'held' | 'neutral';

export type QualifierBefore = 'more_than' | 'at_least' | 'about' | 'fewer_than' | 'up_to';

/** Groups of person nouns; the group says what the people did when the noun itself says it ("fighters"). */
export type PersonGroup = 'fighters' | 'returnees' | 'volunteers' | 'people';

/** One metric the engine extracts: the facts that hold in every language, plus head nouns per language. */
export interface MetricEntry {
  /** The metric key (a row of the Metric table). */
  metric: string;
  /** People (a person noun plus a predicate can state it) or things (only its head nouns can). */
  counts: 'people' | 'things';
  /** Flow (counted over a period) or stock (a standing total at a date). */
  kind: 'flow' | 'stock';
  /** For people: what people did to be counted here ("fighters who left" → foreign_fighters). */
  feature?: FeatureKind;
  /** This metric narrows an antecedent: a subset of `antecedent` whose own metric is in `own` becomes this one
   *  ("270 returned, of whom 92 were arrested": arrests of returnees are returnees prosecuted). */
  refines?: { antecedent: string; own: string[] }[];
  /** Nouns right after the number that name what is counted, per language ("25 cells", "2 963 interpellations"). */
  heads: Record<string, string[]>;
}

/** The words of one language. Every list is present (possibly empty) so the union keeps a fixed order. */
export interface LanguageLexicon {
  /** ISO 639-1 code, as `ParsedDocument.language`. */
  language: string;
  /** Head nouns per metric key. */
  heads: Record<string, string[]>;
  /** Thing nouns that become `plots_foiled` instead of `terrorist_incidents` after a foil verb or "planned". */
  attackNouns: string[];
  plotModifiers: string[];
  persons: Record<PersonGroup, string[]>;
  features: Record<FeatureKind, string[]>;
  /** Nouns that make a number something else (years, days, %, ages, meetings). */
  units: string[];
  /** Words right before a number that make it an age, an article number, a rank… */
  blockingBefore: string[];
  /** Words a few tokens before a number that make it an age ("aged between 18 and 35"). */
  ageWords: string[];
  /** Determiners before a number that point back to a count already stated ("the 2,009 cells"). */
  definiteBefore: string[];
  /** Qualifier phrases immediately before the number. */
  qualifiersBefore: { phrase: string; qualifier: QualifierBefore }[];
  /** Letters that may be glued to a number by a typo ("over125", "de500"). */
  glueWords: string[];
  /** Verbs meaning "exceeds" that qualify a number further right ("dépasserait la centaine"). */
  exceedVerbs: string[];
  numberWords: Record<string, number>;
  /** Approximate quantity words and their value ("a dozen", "une trentaine"). */
  approxWords: Record<string, number>;
  /** Phrases that read as the number one only in these fixed forms ("un seul attentat"). */
  singleOne: string[];
  /** Zero forms: "no terrorist incidents", "aucun attentat". */
  zeroWords: string[];
  /** "not … any": a negation within a few words before `any`. */
  negations: string[];
  months: Record<string, number>;
  /** Words that mark a number as a subset of the figure before it ("of them", "dont"). */
  subsetAfter: string[];
  subsetBefore: string[];
  /** "Six autres personnes", "another 53": continues the figure before without being its subset. */
  additionalMarkers: string[];
  /** After these, what follows is about part of the group only ("most of whom were prosecuted"). */
  partialSubset: string[];
  /** A sentence opening with one of these continues the people counted just before ("They were accompanied by …"). */
  anaphors: string[];
  /** Words that chain an elliptic number to the figure before it ("and 19 in 2016"). */
  coordinators: string[];
  /** A singular determiner a few words before one of these nouns marks one operation ("a 13-person cell"). */
  singleOperation: { determiners: string[]; nouns: string[]; verbs: string[] };
  /** Day-level time words: a sentence dated to a day reports one event ("on Thursday"). */
  dayWords: string[];
  /** Words that make a sentence about totals even when it mentions one operation ("bringing the total to …"). */
  aggregateCues: string[];
  /** Line openings that point to other articles ("Read also:"). */
  crossLinks: string[];
  /** Ratios ("neuf cellules sur dix", "one in five") are not counts. */
  ratioWords: string[];
  /** Right after the counted noun, these make the number a rate ("per million", "par an"). */
  rates: string[];
  time: {
    since: string[];
    /** After "since" and an agency's name: "since the BCIJ was set up". */
    agencyCreated: string[];
    /** "since its creation" without a year: resolved from the agency named nearby. */
    creation: string[];
    thisYear: string[];
    lastYear: string[];
    previousYear: string[];
    sameYear: string[];
    theYear: string[];
    samePeriod: string[];
    soFar: string[];
    now: string[];
    thatDate: string[];
    /** "The BCIJ, created in 2015, …": counts since the creation year. */
    creationYear: string[];
    /** "Ces opérations ont permis …": the period of the figure just before. */
    sameOperations: string[];
    /** "over the past two decades", "au cours des trois dernières années": a span ending at the statement. */
    pastSpan: {
      /** English order: one of these, then a count (or none: "the past decade"), then a unit. */
      before: string[];
      /** French order: a count (or a determiner for one), one of these, then a unit. */
      after: string[];
      /** Determiners that stand for a count of one ("the past decade", "la dernière décennie"). */
      one: string[];
      /** Unit words and their length in years. */
      units: Record<string, number>;
    };
    rangeFrom: string[];
    rangeTo: string[];
    between: string[];
    betweenAnd: string[];
    /** Before a year: the date a report was published, not the period it covers. */
    publication: string[];
    /** Comparatives: "the first decrease since 2013" is not a period for a count. */
    superlatives: string[];
    /** "report on 2016", "Country Reports on Terrorism 2017": the year a report covers. */
    reportYear: string[];
    /** Speech verbs that date a statement ("said in July 2014"). */
    speech: string[];
  };
  /** Dated events a "since" may refer to, by date: each word list matches when all its words occur. */
  events: Record<string, string[][]>;
  /** Names of agencies, by the scope label of their operations (see `AGENCIES` in index.ts). */
  agencies: Record<string, string[]>;
  /** Scope label → narrowing phrases ("linked to ISIS" ← "daech"). */
  scopes: Record<string, string[]>;
  /** Other subjects that, between an agency and a number, make the number someone else's ("le Royaume a neutralisé"). */
  otherSubjects: string[];
  /** Source name → the phrases that name it. */
  sources: Record<string, string[]>;
  attributionCues: {
    /** Cues before the source ("according to", "selon"). */
    before: string[];
    /** Speech verbs after the source ("X said"). */
    after: string[];
    /** Past participles that are a cue after an auxiliary ("a indiqué", "a-t-il précisé"). */
    participles: string[];
    auxiliaries: string[];
    /** A cue with one of these right before or inside it refers back to the last speaker ("he said"). */
    pronouns: string[];
    /** Capitalised words that start sentences without being names. */
    notNames: string[];
  };
  /** Words that end the modifier run between a number and its noun ("273 were detained", "19 last year"). */
  stopWords: string[];
  /** A word after an attribution cue that makes it refer back ("selon son directeur"). */
  definiteOrPossessive: string[];
  /** Determiners between "of" and a head noun ("1,500 of their nationals", "une cinquantaine de ces cellules"). */
  ofDeterminers: string[];
  /** Nouns of a number-of frame ("the number of cells … at a dozen", "le nombre de cellules"). */
  numberOf: string[];
}

/** The union of the languages, as the engine compiles it. */
export interface Lexicon extends Omit<LanguageLexicon, 'language' | 'heads' | 'persons' | 'events' | 'agencies' | 'scopes' | 'sources'> {
  languages: string[];
  metrics: MetricEntry[];
  persons: { phrases: string[]; feature?: FeatureKind }[];
  events: { words: string[]; date: string }[];
  agencies: { names: string[]; created: string; scope: string }[];
  scopes: { phrases: string[]; scope: string }[];
  sources: { phrases: string[]; name: string }[];
}
