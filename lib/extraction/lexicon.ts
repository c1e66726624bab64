/**
 * Everything language-specific the engine knows, kept as plain data so a new metric, wording or language
 * is an edit here rather than in the engine. Phrases are lowercase word sequences; a trailing `*` on a word
 * matches any ending ("arrest*" → arrest, arrests, arrested, arresting). Apostrophes are normalised to `'`.
 *
 * The engine reads a number's surroundings as a small set of cues:
 *  - `heads`     nouns right after the number that name what is counted ("25 cells", "2 963 interpellations");
 *  - `persons`   nouns for people ("individuals", "Marocains"), which need a predicate to say what they did;
 *  - `features`  verbs and phrases (arrest, fight, return, dismantle, foil, kill…) found around the number;
 *  - `units`     nouns that make a number something else (years, days, %, ages).
 */

export type FeatureKind = 'arrest' | 'fight' | 'return' | 'dismantle' | 'foil' | 'kill' | 'held' | 'neutral';

export interface HeadNoun {
  metric: string;
  /** Words allowed between the number and the noun (adjectives): "terrorist", "dismantled", "planned". */
  phrases: string[];
}

export interface Lexicon {
  heads: HeadNoun[];
  /** Thing nouns that become `plots_foiled` instead of `terrorist_incidents` after a foil verb or "planned". */
  attackNouns: string[];
  plotModifiers: string[];
  persons: { phrases: string[]; feature?: FeatureKind }[];
  features: Record<FeatureKind, string[]>;
  units: string[];
  /** Words right before a number that make it an age, an article number, a rank… */
  blockingBefore: string[];
  /** Words a few tokens before a number that make it an age ("aged between 18 and 35"). */
  ageWords: string[];
  /** Determiners before a number that point back to a count already stated ("the 2,009 cells"). */
  definiteBefore: string[];
  /** Qualifier phrases immediately before the number. */
  qualifiersBefore: { phrase: string; qualifier: 'more_than' | 'at_least' | 'about' | 'fewer_than' | 'up_to' }[];
  /** Letters that may be glued to a number by a typo ("over125", "de500"). */
  glueWords: string[];
  /** Verbs meaning "exceeds" that qualify a number further right ("dépasserait la centaine"). */
  exceedVerbs: string[];
  numberWords: Record<string, number>;
  /** Approximate quantity words: value, and whether they already carry "about". */
  approxWords: Record<string, number>;
  /** Phrases that read as the number one only in these fixed forms ("un seul attentat"). */
  singleOne: string[];
  /** Zero forms: "no terrorist incidents", "aucun attentat", "zero incidents". */
  zeroWords: string[];
  /** "not … any": a negation within a few words before `any`. */
  negations: string[];
  months: Record<string, number>;
  /** Words that mark a number as a subset of the figure before it ("of them", "dont"). */
  subsetAfter: string[];
  subsetBefore: string[];
  /** "Six autres personnes", "another 53", "the other 16": continues the figure before without being its subset. */
  additionalMarkers: string[];
  /** After these, what follows is about part of the group only ("270 have returned, most of whom were prosecuted"). */
  partialSubset: string[];
  /** A sentence opening with one of these continues the people counted just before ("They were accompanied by …"). */
  anaphors: string[];
  /** Words that chain an elliptic number to the figure before it ("and 19 in 2016"). */
  coordinators: string[];
  /** A single operation: a singular determiner a few words before one of these nouns ("a 13-person cell",
   *  "une cellule", "l'opération de septembre"). People counted in such a sentence are the size of one operation. */
  singleOperation: { determiners: string[]; nouns: string[] };
  /** Day-level time words: a sentence dated to a day reports one event ("arrested three militants on Thursday"). */
  dayWords: string[];
  /** Words that make a sentence about totals even when it mentions one operation ("bringing the total to …"). */
  aggregateCues: string[];
  /** Lines that point to other articles: their figures belong to those articles. */
  crossLinks: string[];
  /** Ratios ("neuf cellules sur dix", "one in five") are not counts. */
  ratioWords: string[];
  time: {
    since: string[];
    /** "since its creation" without a year: resolved from the agency named nearby. */
    creation: string[];
    agencyCreated: string[];
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
    rangeFrom: string[];
    rangeTo: string[];
    pastSpan: { before: string[]; after: string[]; one: string[]; units: Record<string, number> };
    between: string[];
    betweenAnd: string[];
    /** Before a year: the date a report was published, not the period it covers. */
    publication: string[];
    /** Comparatives: "the first decrease since 2013" is not a period for a count. */
    superlatives: string[];
    /** "report on 2016", "Country Reports on Terrorism 2017": the year a report covers. */
    reportYear: string[];
    speech: string[];
  };
  /** Dated events a "since" may refer to; matched when all `words` occur in the since-phrase. */
  events: { words: string[]; date: string }[];
  /** Agencies whose creation date resolves "since its creation". */
  agencies: { names: string[]; created: string; scope: string }[];
  scopes: { phrases: string[]; scope: string }[];
  /** Other subjects that, between an agency and a number, make the number someone else's ("…, le Royaume a neutralisé"). */
  otherSubjects: string[];
  sources: { phrases: string[]; name: string }[];
  attributionCues: { before: string[]; after: string[]; participles: string[]; auxiliaries: string[]; pronouns: string[]; notNames: string[] };
}

export const LEXICON: Lexicon = {
  heads: [
    {
      metric: 'cells_dismantled',
      phrases: [
        'cell', 'cells', 'cellule', 'cellules', 'terror cell*', 'structures', 'terrorist structure*', 'structures terroristes',
        'terrorist groups', 'groupes terroristes', 'terrorist networks', 'réseaux terroristes',
      ],
    },
    {
      metric: 'arrests',
      phrases: ['arrest', 'arrests', 'arrestation', 'arrestations', 'interpellation', 'interpellations', 'detention', 'detentions'],
    },
    {
      metric: 'plots_foiled',
      phrases: [
        'plot', 'plots', 'planned attack*', 'attack plan*', 'criminal plan*', 'terrorist plan*', 'terror plot*',
        "projet* d'attentat*", 'projet* criminel*', 'projet* terroriste*', "projet* d'attaque*", 'complot*',
      ],
    },
    { metric: 'terrorist_incidents', phrases: ['incident', 'incidents', 'terrorist incident*', 'terror-related incident*'] },
  ],
  attackNouns: [
    'attack', 'attacks', 'attentat', 'attentats', 'attaque', 'attaques', 'bombing', 'bombings', 'terrorist actions',
    'actions terroristes', 'terrorist operations', 'opérations terroristes',
  ],
  plotModifiers: ['planned', 'foiled', 'thwarted', 'projet', 'projets'],
  persons: [
    { phrases: ['fighter', 'fighters', 'combattant', 'combattants', 'jihadist*', 'djihadist*'], feature: 'fight' },
    { phrases: ['returnee', 'returnees', 'revenant', 'revenants'], feature: 'return' },
    { phrases: ['candidats au djihad', 'candidats au jihad', 'candidates for jihad', 'would-be jihadists'], feature: 'fight' },
    {
      phrases: [
        'individual', 'individuals', 'people', 'person', 'persons', 'suspect', 'suspects', 'moroccan', 'moroccans',
        'national', 'nationals', 'citizen*', 'women', 'woman', 'minor', 'minors', 'child', 'children', 'extremist*',
        'militant*', 'recruit*', 'member', 'members', 'prisoner*', 'defendant*', 'youth*', 'islamist*', 'terrorists',
        'terror suspects', 'radicals', 'operatives', 'supporters', 'sympathizers', 'men', 'jihadis', 'returning fighters',
        'detainee', 'detainees', 'inmates', 'convicts', 'agents', 'officers',
        'personne', 'personnes', 'individu', 'individus', 'marocain', 'marocains', 'marocaine', 'marocaines',
        'ressortissant*', 'femme', 'femmes', 'mineur', 'mineurs', 'enfant', 'enfants', 'extrémiste*', 'membre',
        'membres', 'détenu*', 'suspect*', 'jeune*', 'islamiste*', 'éléments', 'terroristes', 'partisans',
        'sympathisants', 'hommes', 'prévenus', 'accusés',
      ],
    },
  ],
  features: {
    arrest: [
      'arrest*', 'detain*', 'apprehend*', 'held for questioning', 'taken into custody', 'referred to the judiciary',
      'referred to court', 'referred to the courts', 'brought before', 'brought to justice', 'prosecut*', 'charged',
      'interpell*', 'arrêt*', 'déféré*', 'présenté* à la justice', 'présenté* devant', 'traduit* en justice',
      'comparution', 'poursuivi*', 'appréhendé*', 'présenté* au parquet', 'remis à la justice', 'garde à vue',
      'placed in custody', 'in custody', 'indicted', 'inculpé*', 'to justice', 'to court', 'devant la justice',
    ],
    fight: [
      'fight*', 'went to fight', 'travel*', 'left for', 'left to', 'left directly', 'joined', 'join', 'made the journey',
      'foreign terrorist fighter*', 'combat*', 'se battr*', 'rejoint', 'rejoindre', 'partis', 'parti pour', 'partie pour',
      'parties pour', 'sont parties', 'départ*',
      'devenu* combattant*', 'enrôlé*', 'enrolled', 'joining', 'affiliated with', 'affiliated to', 'affiliés à',
      'affiliés aux', 'belong to', 'ralliant', 'rallié*', 'in the ranks', 'in extremist ranks',
      'dans les rangs', 'gone to fight', 'se sont rendus dans', 'se sont rendues dans', 'left the country', 'quitté le maroc', 'quitté le pays', 'ont quitté',
    ],
    return: [
      'return*', 'came back', 'come back', 'coming back', 'repatriat*', 'rentré*', 'revenu*', 'regagné', 'rapatri*',
      'de retour',
    ],
    dismantle: [
      'dismantl*', 'broke up', 'broken up', 'break up', 'breaking up', 'took apart', 'taken apart', 'busted',
      'neutralis*', 'neutraliz*', 'démantel*', 'venu* à bout', "hors d'état de nuire",
    ],
    foil: [
      'foil*', 'thwart*', 'prevent*', 'avoid*', 'évit*', 'stopped', 'averted', 'disrupted', 'déjou*', 'avort*', 'fait échouer',
      'faire échouer', 'empêch*',
    ],
    kill: [
      'killed', 'died', 'dead', 'wounded', 'injured', 'victims', 'péri', 'tué*', 'mort*', 'perdu la vie', 'blessé*',
      'décédé*',
    ],
    // Longer phrases that contain a feature word without its meaning ("fighting terrorism", "fait partie de").
    neutral: [
      'fight against terrorism', 'fighting terrorism', 'fight terrorism', 'fight against extremism', 'fighting extremism',
      'combattre le terrorisme', 'combat contre le terrorisme', 'combat contre l\'extrémisme', 'combattre l\'extrémisme',
      'lutte contre le terrorisme', 'fait partie', 'font partie', 'faisant partie', 'return to normal', 'retour à la normale',
      'joint', 'arrest warrant*', "mandat d'arrêt", 'mandats d\'arrêt',
    ],
    held: [
      'camps', 'in prisons', 'in prison', 'remain in', 'held in camps', 'held in prisons', 'held in syria', 'held in iraq',
      'stranded', 'détenus dans', 'détenus en', 'toujours détenus', 'emprisonnés', 'incarcérés en', 'bloqués',
    ],
  },
  units: [
    'year', 'years', 'year-old', 'decade', 'decades', 'décennie*', 'century', 'centuries', 'siècle*', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute*',
    'an', 'ans', 'année', 'années', 'mois', 'semaine*', 'jour', 'jours', 'heure*', '%', 'percent', 'per cent',
    'pour cent', 'pourcent', 'km', 'kilomet*', 'kilomèt*', 'dollar*', 'euro*', 'dirham*', 'dh', 'mad', 'times', 'fois',
    'million*', 'billion*', 'milliard*', 'article', 'articles', 'page*', 'meeting*', 'réunion*', 'working group*',
    'group*', 'groupe*', 'region*', 'région*', 'countr*', 'pays', 'institution*', 'session*', 'edition*', 'édition*',
    'member-state*', 'member states', 'états membres', 'point*', 'axes', 'areas', 'domaines', 'sides', 'operations',
    'opérations', 'raids', 'coups de filet', 'cas', 'cases',
  ],
  blockingBefore: [
    'aged', 'age', 'âgé', 'âgée', 'âgés', 'âgées', 'article', 'articles', 'law', 'loi', 'no', 'n°', 'number', 'numéro',
    'decree', 'décret', 'dahir', 'resolution', 'résolution', 'chapter', 'chapitre', 'page', 'top', 'covid', 'g',
    'paragraph', 'alinéa', 'section', 'room', 'flight', 'vol', 'emergency number', 'route', 'highway',
  ],
  ageWords: ['aged', 'age', 'ages', 'âge', 'âgé', 'âgée', 'âgés', 'âgées', 'years old', 'ans'],
  definiteBefore: ['the', 'these', 'those', 'ces', 'les', 'cette'],
  qualifiersBefore: [
    { phrase: 'more than', qualifier: 'more_than' },
    { phrase: 'over', qualifier: 'more_than' },
    { phrase: 'upwards of', qualifier: 'more_than' },
    { phrase: 'in excess of', qualifier: 'more_than' },
    { phrase: 'plus de', qualifier: 'more_than' },
    { phrase: "plus d'", qualifier: 'more_than' },
    { phrase: 'au-delà de', qualifier: 'more_than' },
    { phrase: 'at least', qualifier: 'at_least' },
    { phrase: 'no fewer than', qualifier: 'at_least' },
    { phrase: 'no less than', qualifier: 'at_least' },
    { phrase: 'au moins', qualifier: 'at_least' },
    { phrase: 'pas moins de', qualifier: 'at_least' },
    { phrase: "pas moins d'", qualifier: 'at_least' },
    { phrase: 'about', qualifier: 'about' },
    { phrase: 'around', qualifier: 'about' },
    { phrase: 'approximately', qualifier: 'about' },
    { phrase: 'roughly', qualifier: 'about' },
    { phrase: 'nearly', qualifier: 'about' },
    { phrase: 'almost', qualifier: 'about' },
    { phrase: 'some', qualifier: 'about' },
    { phrase: 'close to', qualifier: 'about' },
    { phrase: 'an estimated', qualifier: 'about' },
    { phrase: 'près de', qualifier: 'about' },
    { phrase: "près d'", qualifier: 'about' },
    { phrase: 'environ', qualifier: 'about' },
    { phrase: 'quelque', qualifier: 'about' },
    { phrase: 'approximativement', qualifier: 'about' },
    { phrase: 'autour de', qualifier: 'about' },
    { phrase: 'pas loin de', qualifier: 'about' },
    { phrase: 'presque', qualifier: 'about' },
    { phrase: 'fewer than', qualifier: 'fewer_than' },
    { phrase: 'less than', qualifier: 'fewer_than' },
    { phrase: 'moins de', qualifier: 'fewer_than' },
    { phrase: "moins d'", qualifier: 'fewer_than' },
    { phrase: 'up to', qualifier: 'up_to' },
    { phrase: 'no more than', qualifier: 'up_to' },
    { phrase: 'not more than', qualifier: 'up_to' },
    { phrase: 'as many as', qualifier: 'up_to' },
    { phrase: 'pas plus de', qualifier: 'up_to' },
    // An estimate is an approximation: "estimated at 1,800", "the estimated 1,300", "estimé à 1 500".
    { phrase: 'estimated at', qualifier: 'about' },
    { phrase: 'the estimated', qualifier: 'about' },
    { phrase: 'estimates', qualifier: 'about' },
    { phrase: 'estimé à', qualifier: 'about' },
    { phrase: 'estimés à', qualifier: 'about' },
    { phrase: 'estimée à', qualifier: 'about' },
    { phrase: 'estimées à', qualifier: 'about' },
    { phrase: 'évalué à', qualifier: 'about' },
    { phrase: 'évalués à', qualifier: 'about' },
    { phrase: "jusqu'à", qualifier: 'up_to' },
  ],
  glueWords: ['over', 'than', 'de', 'least', 'moins', 'about', 'nearly', 'some', 'environ', 'to', 'of'],
  exceedVerbs: ['exceed*', 'surpass*', 'topped', 'dépass*', 'excède*'],
  numberWords: {
    zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
    zéro: 0, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50,
    soixante: 60, cent: 100, cents: 100, mille: 1000,
  },
  approxWords: {
    // Vague plurals ("dozens", "des centaines") state no value and are left out on purpose.
    'a dozen': 12, 'une douzaine': 12, 'une dizaine': 10, 'une quinzaine': 15,
    'une vingtaine': 20, 'une trentaine': 30, 'une quarantaine': 40, 'une cinquantaine': 50, 'une soixantaine': 60,
    'une centaine': 100, 'la centaine': 100, 'un millier': 1000, 'le millier': 1000, 'a hundred': 100,
    'a thousand': 1000,
  },
  singleOne: ['un seul', 'une seule', 'only one', 'just one', 'a single'],
  zeroWords: ['no', 'zero', 'aucun', 'aucune', 'nul', 'nulle'],
  negations: ['not', "n't", 'never', 'without'],
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
    november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
    nov: 11, dec: 12, janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8,
    aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  },
  subsetAfter: ['of them', 'of those', 'of whom', 'of which', "d'entre eux", "d'entre elles"],
  subsetBefore: [
    'of those', 'of these', 'of them', 'of whom', 'of which', 'among them', 'among those', 'including', 'dont', 'parmi',
    'parmi eux', 'parmi elles', 'parmi ces', 'among these', 'of those detained', 'notamment', 'y compris',
  ],
  partialSubset: ['most of whom', 'many of whom', 'some of whom', 'most of them', 'dont la plupart', 'la plupart', 'dont beaucoup', 'dont certains', 'majority of whom'],
  anaphors: ['they', 'ils', 'elles', 'these', 'those', 'ces', 'eux'],
  additionalMarkers: ['autres', 'other', 'others', 'another', 'the other', 'the remaining', 'a further', 'further'],
  coordinators: [
    'and', 'et', 'puis', 'then', 'to', 'against', 'contre', 'à', 'while', 'tandis que', 'versus', 'vs', 'ou', 'or',
    'compared with', 'compared to', 'up from', 'down from', 'from', 'as against', 'comparé à', 'par rapport à', 'après',
    'contre seulement', 'after',
  ],
  singleOperation: {
    determiners: ['a', 'an', 'one', 'this', 'that', 'the', 'une', 'un', 'cette', 'ce', 'cet', 'la', 'le', "l'", 'même', 'same', 'single', 'seule'],
    nouns: ['cell', 'cellule', 'network', 'réseau', 'operation', 'opération', 'raid', 'sweep', 'case', 'affaire', 'coup de filet', 'group', 'groupe'],
  },
  dayWords: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'overnight', 'this week',
    'last week', 'earlier this week', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier',
    'cette semaine', 'la semaine dernière', 'ce matin', 'this morning',
  ],
  aggregateCues: [
    'since', 'depuis', 'total', 'totalling', 'totaling', 'bringing', 'portant', 'number of', 'nombre de', 'nombre d\'',
    'so far', 'to date', 'au total', 'in all', 'overall', 'cumulative', 'cumul*', 'bilan', 'tally', 'record', 'year',
    'année', 'an dernier', 'annual', 'annuel*',
  ],
  crossLinks: ['read also', 'read more', 'also read', 'related', 'see also', 'lire aussi', 'à lire aussi', 'lire également', 'voir aussi', 'sur le même sujet', 'à lire', 'read:'],
  ratioWords: ['sur', 'out of', 'in every', 'in'],
  time: {
    since: ['since', 'depuis'],
    /** After "since" and an agency's name: "since the BCIJ was set up", "depuis que le BCIJ a été créé". */
    agencyCreated: ['was set up', 'was created', 'was established', 'was founded', 'was launched', "'s creation", 'a été créé', 'a été mis en place', 'fut créé'],
    creation: ['its creation', 'sa création', 'its inception', 'its establishment', 'it was created', 'it was set up', 'the bureau was set up', 'bureau opened', 'it was founded'],
    thisYear: ['this year', 'cette année', 'so far this year', 'year to date', 'depuis le début de l\'année', 'since the start of the year', 'since the beginning of the year', "depuis janvier", 'since january'],
    lastYear: ['last year', "l'an dernier", "l'an passé", "l'année dernière", "l'année passée", "l'année écoulée", 'past year'],
    previousYear: ['previous year', 'year before', "l'année précédente", "l'année d'avant", 'year earlier', 'un an plus tôt'],
    sameYear: ['same year', 'that year', 'cette même année', 'même année', 'cette année-là'],
    theYear: [
      'during the year', 'over the course of the year', 'throughout the year', 'in the course of the year', 'over the year',
      'tout au long de l\'année', "au cours de l'année", "pendant l'année", "durant l'année", "sur l'année", 'during that year',
    ],
    samePeriod: ['same period', 'même période', 'cette période', 'that period'],
    soFar: ['so far', 'to date', "jusqu'ici", "jusqu'à présent", "à ce jour", 'à présent', 'in total', 'au total'],
    now: ['currently', 'today', "aujourd'hui", 'actuellement', 'at present', 'as of now', 'à ce jour'],
    thatDate: ['that date', 'cette date', 'then', 'that time', 'cette époque', 'the attacks', 'the bombings', 'the attack', 'these attacks', 'les attentats', 'ces attentats', 'cet attentat', 'the events', 'ces événements'],
    creationYear: ['created in', 'set up in', 'established in', 'founded in', 'launched in', 'created back in', 'créé en', 'créée en', 'mis en place en', 'mise en place en', 'fondé en', 'lancé en', 'institué en', 'instauré en'],
    sameOperations: ['these operations', 'those operations', 'ces opérations', 'ces démantèlements', 'ces interpellations', 'these raids', 'those raids', 'ces coups de filet', 'these arrests', 'those dismantlings'],
    /** "over the past two decades", "au cours des trois dernières années": a span ending at the statement. */
    pastSpan: {
      /** English: one of these, then a count (or none: "the past decade"), then a unit. */
      before: ['last', 'past'],
      /** French: a count (or a determiner for one: "la dernière décennie"), one of these, then a unit. */
      after: ['dernières', 'derniers', 'dernière', 'dernier', 'écoulées', 'passées'],
      one: ['the', 'la', 'le', 'a', 'une', 'un'],
      units: { year: 1, years: 1, decade: 10, decades: 10, années: 1, ans: 1, année: 1, an: 1, décennie: 10, décennies: 10 },
    },
    rangeFrom: ['from', 'de', 'du'],
    rangeTo: ['to', 'à', 'au', 'through', 'until', "jusqu'à", "jusqu'en"],
    // "over 2015 and 2016": the span both years cover.
    between: ['between', 'entre', 'over', 'during'],
    betweenAnd: ['and', 'et'],
    publication: ['published', 'publié', 'publiée', 'released', 'issued', 'paru', 'parue', 'dated', 'daté', 'datée'],
    superlatives: ['first', 'lowest', 'highest', 'largest', 'biggest', 'premier', 'première', 'plus bas', 'plus haut', 'record', 'decrease', 'increase', 'baisse', 'hausse', 'drop', 'rise'],
    reportYear: [
      'report on', 'report for', 'report covering', 'reports on terrorism', 'report on terrorism', 'country reports on terrorism',
      'rapport sur l\'année', 'rapport sur', 'consacrée à', 'consacré à', 'qui porte sur l\'année', 'porte sur l\'année',
      'review of', 'bilan de', 'bilan pour', 'edition covering', 'covering',
    ],
    speech: [
      'said', 'says', 'told', 'stated', 'announced', 'put', 'puts', 'estimated', 'reported', 'declared', 'noted',
      'indiqué', 'déclaré', 'annoncé', 'affirmé', 'précisé', 'estimé', 'estime', 'évalué', 'avancé', 'révélé', 'souligné',
    ],
  },
  events: [
    { words: ['september', '11'], date: '2001-09-11' },
    { words: ['9/11'], date: '2001-09-11' },
    { words: ['11', 'septembre'], date: '2001-09-11' },
    { words: ['casablanca'], date: '2003-05-16' },
    { words: ['16', 'mai', '2003'], date: '2003-05-16' },
    { words: ['may', '16', '2003'], date: '2003-05-16' },
    { words: ['argana'], date: '2011-04-28' },
  ],
  agencies: [
    { names: ['bcij', 'central bureau of judicial investigation', "bureau central d'investigations judiciaires", 'the bureau', 'le bureau', 'bureau'], created: '2015', scope: 'BCIJ operations' },
  ],
  otherSubjects: [
    'morocco', 'maroc', 'royaume', 'kingdom', 'authorities', 'autorités', 'services', 'police', 'government',
    'gouvernement', 'ministry', 'ministère', 'country', 'pays', 'state', 'department', 'département', 'dgsn', 'dgst',
  ],
  scopes: [
    { phrases: ['islamic state', 'isis', 'isil', 'daech', 'daesh', 'état islamique', 'etat islamique', 'ei'], scope: 'linked to ISIS' },
    { phrases: ['al-fay', 'fay\' wal-istihlal'], scope: "linked to Al-Fay' wal-Istihlal" },
    { phrases: ['syria-iraq', 'syrian-iraqi', 'syro-irakien*', 'syria and iraq', 'iraq and syria', 'syrie et irak', 'irak et syrie', 'en irak et en syrie'], scope: 'linked to the Syria-Iraq zone' },
    { phrases: ['conflict zone*', 'zones de conflit', 'foyers de tension', 'hotbeds'], scope: 'linked to conflict zones' },
    { phrases: ['libya', 'libye'], scope: 'returned from Libya' },
    { phrases: ['women', 'femmes'], scope: 'women' },
    { phrases: ['minors', 'children', 'mineurs', 'enfants'], scope: 'minors' },
    { phrases: ['attempt to leave', 'attempting to leave', 'trying to leave', 'tentaient de quitter', 'tentant de quitter', 'tentative de quitter'], scope: 'attempting to leave Morocco' },
    { phrases: ['former prisoners', 'former detainees', 'anciens détenus', 'déjà été condamnés', 'already served sentences'], scope: 'former terrorism detainees' },
    { phrases: ['acted alone', 'lone actor*', 'lone wolves', 'loups solitaires'], scope: 'lone actors' },
    { phrases: ['repatriated', 'rapatrié*'], scope: 'repatriated' },
  ],
  sources: [
    { phrases: ['state department', "département d'état", 'country reports on terrorism', 'country report on terrorism', 'washington'], name: 'US State Department' },
    { phrases: ['bcij', 'central bureau of judicial investigation', "bureau central d'investigations judiciaires"], name: 'BCIJ' },
    { phrases: ['dgsn', 'general directorate for national security', 'direction générale de la sûreté nationale'], name: 'DGSN' },
    { phrases: ['dgst', 'general directorate for territorial surveillance', 'direction générale de la surveillance du territoire'], name: 'DGST' },
    { phrases: ['ministry of interior', 'ministry of the interior', 'interior ministry', "ministère de l'intérieur", 'interior minister'], name: 'Ministry of Interior' },
    { phrases: ['global terrorism index', 'indice mondial du terrorisme'], name: 'Global Terrorism Index' },
    { phrases: ['apa'], name: 'APA news agency' },
    { phrases: ['parliamentary', 'parlementaire'], name: 'Parliamentary mission' },
  ],
  attributionCues: {
    before: [
      'according to', 'selon', "d'après", 'cited by', 'citing', 'compiled by', 'published by', 'released by', 'kept by',
      'issued by', 'reported by', 'publié par', 'publiée par', 'établi par', 'établie par', 'recensés par',
    ],
    after: [
      'said', 'says', 'told', 'stated', 'noted', 'notes', 'added', 'adds', 'explained', 'announced', 'revealed', 'estimated', 'indicated',
    ],
    /** French past participles that are a cue after an auxiliary ("a indiqué", "a-t-il précisé", "ont annoncé"). */
    participles: ['indiqué', 'déclaré', 'affirmé', 'précisé', 'ajouté', 'souligné', 'révélé', 'annoncé', 'expliqué', 'dit', 'estimé', 'rappelé'],
    auxiliaries: ['a', 'ont', 'avait', 'avaient', 'a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles', 'aurait'],
    /** A cue with one of these right before or inside it refers back to the last speaker ("he said", "a-t-il précisé"). */
    pronouns: ['he', 'she', 'they', 'il', 'elle', 'ils', 'elles', 'a-t-il', 'a-t-elle', 'ont-ils', 'lui', 'him', 'it', 'son', 'sa', 'ses', 'his', 'her', 'its', 'their', 'leur', 'the same', 'la même', 'le même', 'this', 'that', 'ce', 'cette'],
    /** Capitalised words that start sentences without being names. */
    notNames: ['the', 'a', 'an', 'in', 'on', 'at', 'for', 'since', 'over', 'of', 'le', 'la', 'les', 'un', 'une', 'des', 'en', 'depuis', 'selon', 'pour', 'dans', 'au', 'aux', 'du', 'de', 'this', 'these', 'those', 'ces', 'cette', 'ce', 'according', 'speaking', 'moroccan', 'morocco', 'maroc', 'marocains', 'moroccans', 'last', 'earlier', 'after', 'before', 'with', 'par', 'sur', 'but', 'and', 'et', 'mais', 'however', 'also', 'it', 'he', 'she', 'il', 'elle', 'they', 'ils', 'avant', 'après', 'quant', 'parmi', 'of', 'among'],
  },
};
